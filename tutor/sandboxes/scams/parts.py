"""Shared pieces of the practice "scams" app: texts, clues to touch, action buttons, avatars.

Everything is drawn big and calm (no hover), sized through the kit's :class:`Look`. A clue is
a piece of the message itself: touched, it is circled in orange, as a teacher would.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from tutor.core.sizes import MIN_TARGET_PX
from tutor.sandboxes.kit.look import FIXED, ROW, Drawn, Look
from tutor.sandboxes.kit.text import INK, MUTED
from tutor.sandboxes.kit.touch import Pressable, icon_pixmap

LINK = "#08409a"
CLUE_RING = "#e65100"  # orange, a little darker than the help ring, and a pale fill
CLUE_FILL = "#fff3e0"
TEXT_PX = 22
BLUR_EDGE = "#607d8b"  # the edge of a blurred picture: 4:1 on white (WCAG 1.4.11)


# Inside an address: "site.fr/page"; never inside an amount ("€0.99") or a number.
BREAK_AFTER = re.compile(r"(/|(?<!\d)\.|\.(?!\d))(?=\S)")
BREAK_AROUND = re.compile(r"(?<=\S)@(?=\S)")  # an e-mail address: "name@site.fr"
BREAK = "\u200b"  # a zero-width space: a line may break there, nothing is drawn


def breakable(text: str) -> str:
    """``text`` where a long address (an e-mail, a web link) may break around its "@" and
    after its "/" and "." as a phone's mail app does, instead of running past the edge of a
    narrow screen at big text sizes."""
    text = BREAK_AROUND.sub(BREAK + "@" + BREAK, text)
    return BREAK_AFTER.sub(r"\1" + BREAK, text)


class WrapLabel(QLabel):
    """A word-wrapped label that asks for all the lines it needs at its present width.

    (Nested layouts do not always give a wrapped label its height for width: this keeps
    every line visible instead of clipping the last ones.) An address in it may break
    around its "@" and after its "/" and "." (:func:`breakable`); ``text()`` gives the words
    as written.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(breakable(text), parent)

    def text(self) -> str:
        return super().text().replace(BREAK, "")

    def _fit(self) -> None:
        if self.width() <= 0:
            return
        margins = self.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        shown = super().text()
        box = self.fontMetrics().boundingRect(
            QRect(0, 0, max(1, width), 100_000), Qt.TextFlag.TextWordWrap, shown
        )
        needed = box.height() + margins.top() + margins.bottom() if shown else 0
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(breakable(text))
        self._fit()

    def setFont(self, font) -> None:
        super().setFont(font)
        self._fit()


def label(look: Look, text: str, px: float = TEXT_PX, bold: bool = False, colour: str = INK):
    """A transparent, word-wrapped text that follows the look (at least 20 design pixels)."""
    widget = WrapLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setStyleSheet(f"color: {colour}; background: transparent;")
    widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    look.keep_font(widget, max(20, px), bold)
    return widget


def icon_label(look: Look, icon: str, colour: str, size: float) -> QLabel:
    """A vector icon as a label, redrawn at the look's scale."""
    widget = QLabel()
    widget.setStyleSheet("background: transparent;")
    widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def redraw() -> None:
        px = look.px(size)
        widget.setPixmap(icon_pixmap(icon, colour, px))
        widget.setFixedSize(px, px)

    look.follow(widget, redraw)
    return widget


def margins(layout: QLayout, look: Look, h: float, v: float, spacing: float = 8) -> None:
    """Set a layout's margins and spacing in design pixels, now and when the look changes."""

    def apply() -> None:
        layout.setContentsMargins(look.px(h), look.px(v), look.px(h), look.px(v))
        layout.setSpacing(look.px(spacing))

    look.follow(layout, apply)


class Panel(QWidget):
    """A plain painted rectangle (optionally rounded) to hold other widgets."""

    def __init__(self, look: Look, colour: str, radius: float = 0, border: str | None = None):
        super().__init__()
        self.look = look
        self.colour = QColor(colour)
        self.radius = radius
        self.border = QColor(border) if border else None

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.border, self.look.px(2)) if self.border else Qt.PenStyle.NoPen
        painter.setPen(pen)
        painter.setBrush(self.colour)
        r = self.look.px(self.radius)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), r, r)


class Disc(Drawn):
    """A round avatar: a coloured disc with initials or a white icon (no photos)."""

    def __init__(self, look: Look, colour: str, initials: str = "", icon: str = "", size=56):
        super().__init__(look, sizing=FIXED)
        self.colour = QColor(colour)
        self.initials = initials
        self.icon = icon
        self.size_px = size
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(self.size_px), self.look.px(self.size_px))

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawEllipse(QRectF(0, 0, side, side))
        if self.icon:
            icon = side * 6 // 10
            painter.drawPixmap(
                (side - icon) // 2, (side - icon) // 2, icon_pixmap(self.icon, "#ffffff", icon)
            )
            return
        font = self.font()
        font.setPixelSize(max(8, side * 4 // 10))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, self.initials)


class ClueArea(Pressable):
    """A piece of the message the learner can touch; once found, it is circled in orange.

    ``style``: ``text`` (plain words), ``link`` (blue, underlined), ``button`` (a blue
    button drawn inside a message), ``headline`` (big and bold), ``file`` (a file name).
    """

    def __init__(
        self,
        look: Look,
        target_id: str,
        text: str,
        style: str = "text",
        px: float = TEXT_PX,
        colour: str = INK,
        leading: QWidget | None = None,
        detail: str = "",
        fill: bool = True,
    ):
        super().__init__(
            look=look, sizing=(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        )
        self.kind = style
        self.found = False
        self.fill = fill
        self.setObjectName(target_id)
        bold = style in ("headline", "button")
        ink = "#ffffff" if style == "button" else LINK if style == "link" else colour
        self.text_label = label(look, text, px + (4 if style == "headline" else 0), bold, ink)
        if style == "link":
            font = self.text_label.font()
            font.setUnderline(True)
            self.text_label.setFont(font)
            look.changed.connect(self._underline)
        if style == "button":
            self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout(self)
        if style == "file":
            leading = icon_label(look, "mdi6.package-down", "#5f6368", 34)
        if style == "hidden":
            leading = icon_label(look, "mdi6.eye-off", "#37474f", 56)
            self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if leading is not None:
            row.addWidget(leading)
        texts = column()
        texts.addStretch(1)
        texts.addWidget(self.text_label)
        self.detail_label: QLabel | None = None
        if detail:
            self.detail_label = label(look, detail, 20, False, MUTED if colour == INK else colour)
            texts.addWidget(self.detail_label)
        texts.addStretch(1)
        row.addLayout(texts, 1)
        margins(row, look, 16 if style == "button" else 12, 10)
        # A strut keeps even a one-line clue a finger's size (64 real pixels high at least):
        # the parent layout reads this layout's height, not the widget's own size hints.
        self._strut = QSpacerItem(0, self._strut_height())
        row.addItem(self._strut)
        look.changed.connect(self._on_look_changed)

    def _strut_height(self) -> int:
        """A finger's height less the row's top and bottom margins (10 design px each)."""
        return self.look.touch_px(MIN_TARGET_PX) - 2 * self.look.px(10)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.look.touch_px(MIN_TARGET_PX)))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.look.touch_px(MIN_TARGET_PX)))

    def _on_look_changed(self) -> None:
        self._strut.changeSize(0, self._strut_height())
        layout = self.layout()
        if layout is not None:
            layout.invalidate()

    def _underline(self) -> None:
        font = self.text_label.font()
        font.setUnderline(True)
        self.text_label.setFont(font)

    def text(self) -> str:
        return self.text_label.text()

    def set_found(self, found: bool) -> None:
        self.found = found
        self.update()

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(look.px(3), look.px(3), -look.px(3), -look.px(3))
        radius = look.px(14)
        if self.kind == "button":
            inner = rect.adjusted(look.px(6), look.px(4), -look.px(6), -look.px(4))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(LINK).darker(120) if self.is_down else QColor(LINK))
            painter.drawRoundedRect(inner, look.px(10), look.px(10))
        elif self.kind == "hidden":
            paint_blur(painter, rect, look)
        if self.found and self.fill and self.kind not in ("button", "hidden"):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(CLUE_FILL))
            painter.drawRoundedRect(rect, radius, radius)
        if self.found:
            painter.setPen(QPen(QColor(CLUE_RING), look.px(5)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, radius, radius)


def paint_blur(painter: QPainter, rect: QRectF, look: Look) -> None:
    """A calm grey "blurred" placeholder: soft overlapping blobs, nothing recognisable."""
    painter.save()
    painter.setPen(QPen(QColor(BLUR_EDGE), look.px(2)))  # its edge shows on white (4:1)
    painter.setBrush(QColor("#cfd8dc"))
    painter.drawRoundedRect(rect, look.px(14), look.px(14))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setClipRect(rect)
    for fx, fy, fr, colour in (
        (0.2, 0.3, 0.35, "#b0bec5"),
        (0.7, 0.6, 0.4, "#bcc8ce"),
        (0.45, 0.8, 0.3, "#c5d0d5"),
        (0.85, 0.2, 0.25, "#b8c4ca"),
    ):
        painter.setBrush(QColor(colour))
        r = rect.height() * fr
        painter.drawEllipse(
            QRectF(
                rect.left() + rect.width() * fx - r,
                rect.top() + rect.height() * fy - r,
                2 * r,
                2 * r,
            )
        )
    painter.restore()


class ActionButton(Pressable):
    """A "what to do" choice: an icon and words on up to two lines, calm and neutral.

    All choices look alike (the wise ones are not given away); a chosen one gets a green
    check mark.
    """

    def __init__(
        self,
        look: Look,
        target_id: str,
        text: str,
        icon: str,
        background: str = "#ffffff",
        ink: str = "#0d3c78",
    ):
        super().__init__(look=look, sizing=ROW)
        self.icon = icon
        self.done = False
        self.background = QColor(background)
        self.ink = ink
        self.setObjectName(target_id)
        self.text_label = label(look, text, 21, True, ink)
        self.icon_label = icon_label(look, icon, ink, 34)
        row = QHBoxLayout(self)
        row.addWidget(self.icon_label)
        row.addWidget(self.text_label, 1)
        margins(row, look, 14, 6, 12)
        self._keep_height()
        look.changed.connect(self._keep_height)

    def _keep_height(self) -> None:
        self.setMinimumHeight(self.look.touch_px(68))

    def text(self) -> str:
        return self.text_label.text()

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(300), self.look.touch_px(70))

    def set_done(self, done: bool) -> None:
        self.done = done
        self.icon_label.setPixmap(
            icon_pixmap(
                "mdi6.check-circle" if done else self.icon,
                "#15632e" if done else self.ink,
                self.look.px(34),
            )
        )
        self.update()

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        fill = QColor("#e6f4ea") if self.done else self.background
        painter.setBrush(fill.darker(115) if self.is_down else fill)
        painter.setPen(QPen(QColor("#15632e" if self.done else "#5f6b7a"), look.px(2)))
        painter.drawRoundedRect(rect, look.px(14), look.px(14))


def column(parent: QWidget | None = None) -> QVBoxLayout:
    layout = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    return layout

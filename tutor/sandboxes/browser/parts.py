"""Shared pieces of the practice browser's pages: text, fields, tiles, the scrolling page.

Everything is painted big and calm (no hover), sized through the kit's :class:`Look`.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tutor.i18n import _
from tutor.sandboxes.kit.look import FIXED, ROW, Look
from tutor.sandboxes.kit.scrolling import SwipedPage
from tutor.sandboxes.kit.text import INK, MUTED
from tutor.sandboxes.kit.text import label as text
from tutor.sandboxes.kit.touch import Pressable, TouchButton, icon_pixmap

SEA = "#0b4f8a"  # the town's own colour: a deep sea blue, no brand's
SEA_LIGHT = "#e3eef8"
TILE_EDGE = "#6f8296"  # a menu entry's edge: 3:1 and more on the white page (WCAG 1.4.11)
OK_GREEN = "#16592a"
W = TypeVar("W", bound=QWidget)
GLIDE_MS = 420
# The tablet is designed at this size (it fits a 820x640 region with a small margin).
BEZEL = 22


def button(look: Look, name: str, label: str, icon: str | None = None, **kw) -> TouchButton:
    """A big painted button whose objectName is its lesson target id."""
    widget = TouchButton(look, label, icon, **kw)
    widget.setObjectName(name)
    return widget


class Field(Pressable):
    """An input box of a web form, filled only through the on-screen keyboard."""

    def __init__(self, look: Look, name: str, placeholder: str = "", parent=None):
        super().__init__(parent, look=look, sizing=ROW)
        self.setObjectName(name)
        self.setProperty("boundary", True)  # a field: its edge shows where to write (3:1)
        self.placeholder = placeholder
        self._text = ""
        self.focused = False

    def text(self) -> str:
        return self._text

    def set_text(self, value: str) -> None:
        self._text = value
        self.update()

    def set_focused(self, focused: bool) -> None:
        self.focused = focused
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(360), self.look.touch_px(68))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.setPen(QPen(QColor(SEA if self.focused else "#6b7177"), look.px(3)))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(box, look.px(10), look.px(10))
        inner = box.adjusted(look.px(16), 0, -look.px(12), 0)
        painter.setFont(look.font(self, 24))
        metrics = painter.fontMetrics()
        if not self._text and not self.focused:
            painter.setPen(QColor(MUTED))
            painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter, self.placeholder)
            return
        shown = metrics.elidedText(self._text, Qt.TextElideMode.ElideLeft, int(inner.width()) - 8)
        painter.setPen(QColor(INK))
        painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter, shown)
        if self.focused:
            x = inner.left() + metrics.horizontalAdvance(shown) + look.px(3)
            painter.setPen(QPen(QColor(SEA), look.px(3)))
            half = metrics.height() / 2
            mid = inner.center().y()
            painter.drawLine(QPointF(x, mid - half), QPointF(x, mid + half))


class IconButton(Pressable):
    """A round button with an icon only (clear cross, plus, minus), 64 px at least."""

    def __init__(self, look: Look, name: str, icon: str, colour: str = SEA, parent=None):
        super().__init__(parent, look=look, sizing=FIXED)
        self.icon = icon
        self.colour = QColor(colour)
        self.setObjectName(name)

    def sizeHint(self) -> QSize:
        return QSize(self.look.touch_px(68), self.look.touch_px(68))

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour.darker(130) if self.is_down else self.colour)
        side = min(self.width(), self.height())
        left, top = (self.width() - side) / 2, (self.height() - side) / 2
        painter.drawEllipse(QRectF(left, top, side, side))
        size = side * 6 // 10
        pix = icon_pixmap(self.icon, "#ffffff", size)
        painter.drawPixmap(int(left + (side - size) / 2), int(top + (side - size) / 2), pix)


class Message(QLabel):
    """The form's kind sentence (what is missing and how to fix it); hidden when empty."""

    def __init__(self, look: Look, parent=None):
        super().__init__(parent)
        self.look = look
        self.setWordWrap(True)
        look.keep_font(self, 22, bold=True)
        self.hide()

    def say(self, value: str, good: bool = False) -> None:
        look = self.look
        self.setText(value)
        border, background = (OK_GREEN, "#e6f4ea") if good else ("#b35900", "#fff3dc")
        self.setStyleSheet(
            f"color: {INK}; background: {background}; border: {look.px(3)}px solid {border};"
            f" border-radius: {look.px(10)}px; padding: {look.px(12)}px;"
        )
        self.setVisible(bool(value))


class Tile(Pressable):
    """A menu entry of the portal: a coloured badge with an icon and a wrapped name."""

    def __init__(self, look: Look, name: str, label: str, icon: str, colour: str, parent=None):
        super().__init__(parent, look=look, sizing=ROW)
        self.label = label
        self.icon = icon
        self.colour = QColor(colour)
        self.setObjectName(name)

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(340), self.look.touch_px(88))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(QColor(TILE_EDGE), look.px(2)))
        painter.setBrush(QColor("#d7e4f1") if self.is_down else QColor("#ffffff"))
        painter.drawRoundedRect(rect, look.px(14), look.px(14))
        badge = look.px(60)
        top = (self.height() - badge) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawEllipse(QRectF(look.px(14), top, badge, badge))
        icon = look.px(36)
        pix = icon_pixmap(self.icon, "#ffffff", icon)
        painter.drawPixmap(look.px(14) + (badge - icon) // 2, int(top + (badge - icon) / 2), pix)
        painter.setFont(look.font(self, 22, bold=True))
        painter.setPen(QColor(INK))
        left = look.px(14) + badge + look.px(14)
        box = QRectF(left, 0, self.width() - left - look.px(10), self.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, self.label)


class CheckRow(Pressable):
    """A tick box with an icon and its sentence, the whole row being the touch target."""

    def __init__(self, look: Look, name: str, label: str, icon: str, colour: str, parent=None):
        super().__init__(parent, look=look, sizing=ROW)
        self.label = label
        self.icon = icon
        self.colour = QColor(colour)
        self.checked = False
        self.setObjectName(name)

    def set_checked(self, checked: bool) -> None:
        self.checked = checked
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(400), self.look.touch_px(76))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(QColor(SEA if self.checked else TILE_EDGE), look.px(2)))
        painter.setBrush(QColor(SEA_LIGHT if self.checked or self.is_down else "#ffffff"))
        painter.drawRoundedRect(rect, look.px(12), look.px(12))
        box = look.px(40)
        top = (self.height() - box) / 2
        square = QRectF(look.px(16), top, box, box)
        painter.setPen(QPen(QColor(SEA if self.checked else "#50565c"), look.px(3)))
        painter.setBrush(QColor(SEA) if self.checked else QColor("#ffffff"))
        painter.drawRoundedRect(square, look.px(6), look.px(6))
        if self.checked:
            pix = icon_pixmap("mdi6.check-bold", "#ffffff", box - look.px(8))
            painter.drawPixmap(int(square.left()) + look.px(4), int(top) + look.px(4), pix)
        icon = look.px(38)
        x = look.px(16) + box + look.px(16)
        painter.drawPixmap(
            x, (self.height() - icon) // 2, icon_pixmap(self.icon, self.colour, icon)
        )
        x += icon + look.px(14)
        painter.setFont(look.font(self, 23))
        painter.setPen(QColor(INK))
        painter.drawText(
            QRectF(x, 0, self.width() - x - look.px(8), self.height()),
            Qt.AlignmentFlag.AlignVCenter,
            self.label,
        )


class Stepper(QWidget):
    """A number chosen with big minus and plus buttons (no typing needed)."""

    def __init__(self, look: Look, name: str, label: str, parent=None):
        super().__init__(parent)
        self.look = look
        self.less = IconButton(look, f"{name}.less", "mdi6.minus")
        self.more = IconButton(look, f"{name}.more", "mdi6.plus")
        self.value_label = text(look, "0", 30, bold=True)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value_label.setMinimumWidth(look.px(64))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(look.px(14))
        row.addWidget(text(look, label, 23, bold=True), 1)
        row.addWidget(self.less)
        row.addWidget(self.value_label)
        row.addWidget(self.more)

    def set_value(self, value: int) -> None:
        self.value_label.setText(str(value))


class Logo(Pressable):
    """The town's drawn coat of arms (a shield with a lighthouse and waves) and its name."""

    def __init__(self, look: Look, parent=None):
        super().__init__(parent, look=look, sizing=ROW)
        self.setObjectName("portal.home")

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(500), self.look.touch_px(84))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(SEA))
        h = self.height()
        w = look.px(58)
        x0, y0 = look.px(18), look.px(10)
        shield = QPolygonF(
            [
                QPointF(x0, y0),
                QPointF(x0 + w, y0),
                QPointF(x0 + w, y0 + h * 0.5),
                QPointF(x0 + w / 2, h - look.px(8)),
                QPointF(x0, y0 + h * 0.5),
            ]
        )
        painter.setPen(QPen(QColor("#f2c94c"), look.px(3)))
        painter.setBrush(QColor("#ffffff"))
        painter.drawPolygon(shield)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c62828"))  # the lighthouse
        tower = QPolygonF(
            [
                QPointF(x0 + w * 0.42, y0 + look.px(10)),
                QPointF(x0 + w * 0.58, y0 + look.px(10)),
                QPointF(x0 + w * 0.64, y0 + h * 0.52),
                QPointF(x0 + w * 0.36, y0 + h * 0.52),
            ]
        )
        painter.drawPolygon(tower)
        painter.setPen(QPen(QColor(SEA), look.px(3)))
        for row in range(2):  # the waves
            y = y0 + h * 0.56 + row * look.px(7)
            for part in range(3):
                left = x0 + look.px(6) + part * (w - look.px(12)) / 3
                painter.drawArc(QRectF(left, y, (w - look.px(12)) / 3, look.px(8)), 0, 180 * 16)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(look.font(self, 26, bold=True))
        left = x0 + w + look.px(18)
        painter.drawText(
            QRectF(left, 0, self.width() - left, h * 0.62),
            Qt.AlignmentFlag.AlignBottom,
            _("Belcastel-sur-Mer"),
        )
        painter.setFont(look.font(self, 20))
        painter.drawText(
            QRectF(left, h * 0.6, self.width() - left, h * 0.4),
            Qt.AlignmentFlag.AlignTop,
            _("Town hall · Online services"),
        )


class PageView(SwipedPage):
    """A web page's scrolling area (``page.view``): it follows the finger; a swipe up,
    when the lesson accepts it, moves one screen further (a calm glide)."""

    def __init__(self, look: Look, parent=None):
        super().__init__(look, "page.view", QWidget(), GLIDE_MS, parent)
        self.column.setSpacing(look.px(14))
        self.column.setContentsMargins(0, 0, 0, look.px(24))

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor("#ffffff"))  # the white under the page

    def mouseReleaseEvent(self, event: QMouseEvent):
        super().mouseReleaseEvent(event)
        self._anchor = None

    def scroll_screen(self, direction: str) -> None:
        """One screen further down the page (``up``) or back up (``down``)."""
        base = self._anchor if self._anchor is not None else self.bar.value()
        page = max(1, self.area.viewport().height() - self.look.px(60))
        self.glide_to(base + page if direction == "up" else base - page)

    def glide_to(self, value: int) -> None:
        self._glide.to(value)

    def destination(self) -> int:
        """Where the page will rest (see ``kit/scrolling.py``)."""
        return self._glide.destination()

    def finish_glide(self) -> None:
        self._glide.finish()

    def reveal(self, widget: QWidget, margin: int = 46) -> None:
        """Bring ``widget`` near the top of the visible page (a field about to be typed in)."""
        self.column.activate()
        top = widget.mapTo(self.content, widget.rect().topLeft()).y()
        self._glide.stop()
        self.bar.setValue(max(0, top - self.look.px(margin)))

    def to_top(self) -> None:
        self._glide.stop()
        self.bar.setValue(0)


class WebPage(QWidget):
    """One page of a site: an address, whether it is protected, and a scrolling column."""

    def __init__(self, look: Look, path: str, site: str = "portal", parent=None):
        super().__init__(parent)
        self.look = look
        self.path = path
        self.site = site
        self.view = PageView(look)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view)
        self.column = self.view.column
        if site == "portal":
            self.column.addWidget(Logo(look))
        self.body = QVBoxLayout()
        m = look.px(24)
        self.body.setContentsMargins(m, look.px(6), m, 0)
        self.body.setSpacing(look.px(14))
        self.column.addLayout(self.body)
        self.column.addStretch(1)

    def add(self, widget: W) -> W:
        self.body.addWidget(widget)
        return widget

    def title(self, value: str) -> QLabel:
        return self.add(text(self.look, value, 30, bold=True, colour=SEA))

    def para(self, value: str, px: float = 22, colour: str = INK, bold: bool = False) -> QLabel:
        return self.add(text(self.look, value, px, bold, colour))

    def row(self, *widgets: QWidget) -> QHBoxLayout:
        line = QHBoxLayout()
        line.setSpacing(self.look.px(14))
        for widget in widgets:
            line.addWidget(widget)
        self.body.addLayout(line)
        return line

    def labelled_field(self, name: str, label: str, placeholder: str = "") -> Field:
        self.para(label, 22, bold=True)
        return self.add(Field(self.look, name, placeholder))

"""The text field every practice app writes in with its on-screen keyboard.

It shows the text and, while the keyboard is up, a caret; typing comes only from the
on-screen keyboard, so it never takes the computer keyboard's focus. Apps differ only in
how it looks (a :class:`FieldStyle`): a one-line search box, a note's page that wraps, a
messaging app's round bar where emojis show as pictures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import cast

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

from tutor.i18n import _
from tutor.sandboxes.kit.gestures import GestureArea
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.touch import icon_pixmap


class Lines(Enum):
    """How the text is laid out in the field."""

    ONE = "one"  # one line; the start gives way to "…" so the end (the caret) shows
    WRAP = "wrap"  # as many lines as needed; the end stays in sight
    EMOJI = "emoji"  # one line with emojis drawn as pictures; slides left as it grows


Sizes = Callable[[Look], tuple[QSize, QSize]]  # the field's size hint and minimum size


@dataclass(frozen=True)
class FieldStyle:
    """The look of an app's text field. Lengths are design pixels (scaled by the look)."""

    edge: str  # the frame while the keyboard is down
    active: str  # the frame and the caret while writing
    sizes: Sizes
    lines: Lines = Lines.ONE
    text_px: float = 26
    ink: str = "#111111"
    hint_ink: str = "#5f6368"  # the placeholder
    edge_px: float = 3
    active_edge_px: float = 3
    radius: float | None = 12  # None: a pill (round ends)
    # Around the frame (left, top, right, bottom); None: 2 screen pixels, for its pen.
    margin: tuple[float, float, float, float] | None = None
    padding: tuple[float, float, float, float] = (16, 0, 12, 0)  # inside the frame
    # How it grows (horizontally, vertically); None: as any widget.
    policy: tuple[QSizePolicy.Policy, QSizePolicy.Policy] | None = (
        QSizePolicy.Policy.Expanding,
        QSizePolicy.Policy.Fixed,
    )
    boundary: bool = False  # the audit checks the frame's contrast (3:1) as an edge
    translate_hint: bool = False  # the placeholder is a message id, translated when drawn


class KeyboardField(GestureArea):
    """A white field the on-screen keyboard writes in; a coloured frame while writing."""

    def __init__(
        self,
        look: Look,
        style: FieldStyle,
        placeholder: str,
        icon: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.look = look
        self.field_style = style
        self.placeholder = placeholder
        self.icon = icon
        self._text = ""
        self.writing = False  # caret shown while the keyboard is up
        if style.boundary:
            self.setProperty("boundary", True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if style.policy is not None:
            self.setSizePolicy(*style.policy)
        look.changed.connect(self.updateGeometry)
        look.changed.connect(self.update)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self.update()

    def set_writing(self, writing: bool) -> None:
        self.writing = writing
        self.update()

    def sizeHint(self) -> QSize:
        return self.field_style.sizes(self.look)[0]

    def minimumSizeHint(self) -> QSize:
        return self.field_style.sizes(self.look)[1]

    # -- drawing ------------------------------------------------------------------------------
    def _frame(self) -> QRectF:
        margin = self.field_style.margin
        if margin is None:
            return QRectF(self.rect()).adjusted(2, 2, -2, -2)
        px = self.look.px
        left, top, right, bottom = margin
        return QRectF(self.rect()).adjusted(px(left), px(top), -px(right), -px(bottom))

    def paintEvent(self, event):
        look, style = self.look, self.field_style
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = self._frame()
        colour, width = (
            (style.active, style.active_edge_px) if self.writing else (style.edge, style.edge_px)
        )
        painter.setPen(QPen(QColor(colour), look.px(width)))
        painter.setBrush(QColor("#ffffff"))
        radius = frame.height() / 2 if style.radius is None else look.px(style.radius)
        painter.drawRoundedRect(frame, radius, radius)
        left, top, right, bottom = style.padding
        x = frame.left() + look.px(left)
        if self.icon:
            size = look.px(32)
            pixmap = icon_pixmap(self.icon, "#5f6368", size)
            painter.drawPixmap(int(x), int(frame.center().y() - size / 2), pixmap)
            x += size + look.px(10)
        inner = QRectF(
            x,
            frame.top() + look.px(top),
            frame.right() - look.px(right) - x,
            frame.height() - look.px(top) - look.px(bottom),
        )
        font = look.font(self, style.text_px)
        painter.setFont(font)
        if not self._text and not self.writing:
            painter.setPen(QColor(style.hint_ink))
            vertical = Qt.AlignmentFlag.AlignTop if style.lines is Lines.WRAP else None
            align = Qt.AlignmentFlag.AlignLeft | (vertical or Qt.AlignmentFlag.AlignVCenter)
            hint = _(self.placeholder) if style.translate_hint else self.placeholder
            painter.drawText(inner, align, hint)
            return
        if style.lines is Lines.ONE:
            self._paint_one_line(painter, inner)
        elif style.lines is Lines.WRAP:
            self._paint_wrapped(painter, inner)
        else:
            self._paint_emoji_line(painter, inner)

    def _paint_one_line(self, painter: QPainter, inner: QRectF) -> None:
        look = self.look
        metrics = QFontMetrics(painter.font())
        # The end of the text (where the caret is) stays in sight in a narrow field.
        shown = self._text
        while len(shown) > 1 and metrics.horizontalAdvance(shown) > inner.width() - look.px(8):
            shown = "…" + shown.removeprefix("…")[1:]
        painter.setPen(QColor(self.field_style.ink))
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        if self.writing:
            caret_x = inner.left() + metrics.horizontalAdvance(shown) + look.px(2)
            half = metrics.height() / 2
            painter.setPen(QPen(QColor(self.field_style.active), look.px(3)))
            painter.drawLine(
                QPointF(caret_x, inner.center().y() - half),
                QPointF(caret_x, inner.center().y() + half),
            )

    def _paint_wrapped(self, painter: QPainter, inner: QRectF) -> None:
        look = self.look
        layout = QTextLayout(self._text, painter.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(inner.width())
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        shift = max(0.0, y - inner.height())  # keep the end (the caret) in sight
        painter.save()
        painter.setClipRect(inner)
        painter.setPen(QColor(self.field_style.ink))
        origin = QPointF(inner.left(), inner.top() - shift)
        layout.draw(painter, origin)
        if self.writing:
            last = layout.lineAt(layout.lineCount() - 1) if layout.lineCount() else None
            x, top = 0.0, 0.0
            if last is not None:
                x = cast(tuple[float, int], last.cursorToX(len(self._text)))[0]
                top = last.y()
            height = painter.fontMetrics().height()
            painter.setPen(QPen(QColor(self.field_style.active), look.px(3)))
            cx = origin.x() + x + look.px(2)
            painter.drawLine(QPointF(cx, origin.y() + top), QPointF(cx, origin.y() + top + height))
        painter.restore()

    def _paint_emoji_line(self, painter: QPainter, inner: QRectF) -> None:
        from tutor.sandboxes.kit.chat.emoji import document

        look = self.look
        if not self._text:
            self._round_caret(painter, inner.left(), inner)
            return
        doc = document(self._text, painter.font(), self.field_style.ink, wrap=False)
        text_w = doc.idealWidth()
        shift = max(0.0, text_w - inner.width() + look.px(6))  # keep the end in sight
        painter.save()
        painter.setClipRect(inner)
        painter.translate(inner.left() - shift, inner.center().y() - doc.size().height() / 2)
        doc.drawContents(painter)
        painter.restore()
        if self.writing:
            self._round_caret(painter, inner.left() - shift + text_w + look.px(2), inner)

    def _round_caret(self, painter: QPainter, x: float, inner: QRectF) -> None:
        look = self.look
        painter.setPen(QPen(QColor(self.field_style.active), look.px(3)))
        half = look.font_px(self.field_style.text_px) * 0.7
        cy = inner.center().y()
        painter.drawLine(round(x), round(cy - half), round(x), round(cy + half))

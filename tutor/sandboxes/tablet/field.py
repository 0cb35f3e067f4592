"""A one-line text field of the practice tablet (a Wi-Fi password, a store search).

Like the Notes page, it shows the text and a caret; typing comes only from the on-screen
keyboard, so it never takes the computer keyboard's focus.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tutor.sandboxes.kit.gestures import GestureArea
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.touch import icon_pixmap

TEXT_PX = 26


class TextField(GestureArea):
    """A white rounded field with a grey placeholder, and a blue frame while writing."""

    def __init__(
        self,
        look: Look,
        placeholder: str,
        icon: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.look = look
        self.placeholder = placeholder
        self.icon = icon
        self._text = ""
        self.writing = False
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
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
        look = self.look
        height = max(look.touch_px(64), round(look.font_px(TEXT_PX) * 1.9))
        return QSize(look.px(400), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.look.touch_px(120), self.sizeHint().height())

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        colour = QColor("#1565c0") if self.writing else QColor("#80868b")
        painter.setPen(QPen(colour, look.px(3) if self.writing else look.px(2)))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(frame, look.px(12), look.px(12))
        x = frame.left() + look.px(16)
        if self.icon:
            size = look.px(32)
            painter.drawPixmap(
                int(x), int(frame.center().y() - size / 2), icon_pixmap(self.icon, "#5f6368", size)
            )
            x += size + look.px(10)
        font = look.font(self, TEXT_PX)
        painter.setFont(font)
        inner = QRectF(x, frame.top(), frame.right() - x - look.px(12), frame.height())
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if not self._text and not self.writing:
            painter.setPen(QColor("#5f6368"))
            painter.drawText(inner, align, self.placeholder)
            return
        metrics = QFontMetrics(font)
        # The end of the text (where the caret is) stays in sight in a narrow field.
        shown = self._text
        while len(shown) > 1 and metrics.horizontalAdvance(shown) > inner.width() - look.px(8):
            shown = "…" + shown.removeprefix("…")[1:]
        painter.setPen(QColor("#111111"))
        painter.drawText(inner, align, shown)
        if self.writing:
            caret_x = inner.left() + metrics.horizontalAdvance(shown) + look.px(2)
            half = metrics.height() / 2
            painter.setPen(QPen(QColor("#1565c0"), look.px(3)))
            painter.drawLine(
                QPointF(caret_x, inner.center().y() - half),
                QPointF(caret_x, inner.center().y() + half),
            )

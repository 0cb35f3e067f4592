"""Big, calm touch controls drawn by hand: buttons, switches and level bars.

They are :class:`GestureArea` s, so a tremor or a long press still counts as a touch, and
they are painted rather than styled, so there is no hover effect and they look the same on
every platform. Sizes are design pixels, turned into real pixels by a :class:`Look`.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from tutor.core.sizes import MIN_TARGET_PX
from tutor.sandboxes.kit.gestures import GestureArea
from tutor.sandboxes.kit.look import FIXED, LINE, ROW, Drawn, Look, Sizing, follow_look

# Sizes of touched controls go through ``Look.touch_px``: a tablet drawn smaller turns design
# pixels into fewer real pixels, but never a control into less than MIN_TARGET_PX (64).


def icon_pixmap(name: str, color: str | QColor, size: int) -> QPixmap:
    """A vector icon (QtAwesome id such as ``mdi6.wifi``) as a pixmap of ``size`` pixels.

    Drawn from the icon font directly (see ``tutor.glyphs``): importing QtAwesome and
    loading its dozen fonts made every practice app slower to open."""
    from tutor.glyphs import named_icon

    colour = QColor(color)
    name_format = QColor.NameFormat.HexArgb if colour.alpha() < 255 else QColor.NameFormat.HexRgb
    return named_icon(name, colour.name(name_format)).pixmap(QSize(size, size))


class Pressable(GestureArea):
    """A gesture area that shows it is being pressed (the only feedback: no hover).

    Nearly every control of a practice app is drawn from its app's :class:`Look`: given
    ``look``, it keeps it as ``self.look`` and lays itself out again whenever the look
    changes (its size hint follows the drawing's scale and text size), and repaints too
    with ``repaints=True`` (what it draws depends on the look beyond its size). ``sizing``
    says how it grows in its layout (:data:`FIXED`, :data:`ROW`, :data:`FILL`,
    :data:`LINE` or a pair of size policies)."""

    look: Look

    def __init__(
        self,
        parent: QWidget | None = None,
        accepts_swipe: bool = False,
        *,
        look: Look | None = None,
        sizing: Sizing | None = None,
        repaints: bool = False,
    ):
        super().__init__(parent, accepts_swipe)
        self._down = False
        if sizing is not None:
            self.setSizePolicy(*sizing)
        if look is not None:
            self.look = look
            follow_look(self, look, repaints)

    @property
    def is_down(self) -> bool:
        return self._down

    def pressed_painter(self, pressed: str | QColor, radius: float = 0) -> QPainter:
        """An antialiased painter on the control, its pressed look already drawn while a
        finger is on it: ``pressed`` over the whole control, with rounded corners of
        ``radius`` design pixels when given."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.is_down:
            if radius:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(pressed))
                corner = self.look.px(radius)
                painter.drawRoundedRect(QRectF(self.rect()), corner, corner)
            else:
                painter.fillRect(self.rect(), QColor(pressed))
        return painter

    def mousePressEvent(self, event: QMouseEvent):
        if event.button() == Qt.MouseButton.LeftButton:
            self._down = True
            self.update()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent):
        self._down = False
        self.update()
        super().mouseReleaseEvent(event)


class TouchButton(Pressable):
    """A rounded button with an optional icon and a text, at least 64x64 design pixels.

    ``row=True`` makes a full-width list row: a round coloured badge with the icon, the text
    on the left and a chevron on the right (like a settings list).
    """

    def __init__(
        self,
        look: Look,
        text: str = "",
        icon: str | None = None,
        *,
        background: str = "#1565c0",
        foreground: str = "#ffffff",
        font_px: float = 24,
        height: float = 72,
        min_width: float = MIN_TARGET_PX,
        radius: float = 16,
        row: bool = False,
        badge: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(
            parent,
            look=look,
            sizing=ROW if row else LINE,
            repaints=True,
        )
        self._text = text
        self._icon = icon
        self.background = QColor(background)
        self.foreground = QColor(foreground)
        self._font_px = font_px
        self._height = height
        self._min_width = min_width
        self._radius = radius
        self._row = row
        self._badge = QColor(badge) if badge else None

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self.updateGeometry()
        self.update()

    def set_icon(self, icon: str | None) -> None:
        self._icon = icon
        self.update()

    def _icon_size(self) -> int:
        return self.look.px(42) if self._badge is None else self.look.px(34)

    def sizeHint(self) -> QSize:
        look = self.look
        metrics = QFontMetrics(look.font(self, self._font_px, bold=not self._row))
        text_w = metrics.horizontalAdvance(self._text) if self._text else 0
        icon_w = 0
        if self._icon:
            icon_w = look.px(56) if self._badge is not None else self._icon_size()
            icon_w += look.px(14) if self._text else 0
        extra = look.px(48) if self._row else 0
        width = max(look.touch_px(self._min_width), text_w + icon_w + look.px(40) + extra)
        height = max(look.touch_px(self._height), metrics.height() + look.px(24))
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(self.look.touch_px(self._min_width), hint.height())

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        color = self.background.darker(125) if self.is_down else self.background
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, look.px(self._radius), look.px(self._radius))
        painter.setFont(look.font(self, self._font_px, bold=not self._row))
        painter.setPen(self.foreground)
        if self._row:
            self._paint_row(painter)
        else:
            self._paint_centered(painter)

    def _paint_centered(self, painter: QPainter) -> None:
        look = self.look
        metrics = painter.fontMetrics()
        text_w = metrics.horizontalAdvance(self._text) if self._text else 0
        icon_s = self._icon_size() if self._icon else 0
        gap = look.px(14) if (self._icon and self._text) else 0
        x = (self.width() - (icon_s + gap + text_w)) // 2
        if self._icon:
            pix = icon_pixmap(self._icon, self.foreground, icon_s)
            painter.drawPixmap(x, (self.height() - icon_s) // 2, pix)
        if self._text:
            text_rect = QRect(x + icon_s + gap, 0, text_w + 2, self.height())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, self._text)

    def _paint_row(self, painter: QPainter) -> None:
        look = self.look
        x = look.px(16)
        if self._icon:
            badge = look.px(56)
            top = (self.height() - badge) // 2
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._badge or self.foreground)
            painter.drawEllipse(x, top, badge, badge)
            painter.restore()
            icon_s = self._icon_size()
            pix = icon_pixmap(self._icon, "#ffffff", icon_s)
            painter.drawPixmap(x + (badge - icon_s) // 2, top + (badge - icon_s) // 2, pix)
            x += badge + look.px(18)
        chevron = look.px(34)
        text_rect = QRect(x, 0, self.width() - x - chevron - look.px(24), self.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, self._text)
        pix = icon_pixmap("mdi6.chevron-right", "#5f6368", chevron)
        painter.drawPixmap(
            self.width() - chevron - look.px(16), (self.height() - chevron) // 2, pix
        )


class ToggleSwitch(Pressable):
    """An on/off switch drawn big (track and knob); the owner decides when it flips."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=FIXED)
        self._checked = False

    def is_checked(self) -> bool:
        return self._checked

    def set_checked(self, checked: bool) -> None:
        self._checked = checked
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.look.touch_px(120), self.look.touch_px(68))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QRectF(self.rect()).adjusted(look.px(4), look.px(8), -look.px(4), -look.px(8))
        on = QColor("#15632e")
        painter.setPen(QPen(QColor("#3c4043"), look.px(2)))
        painter.setBrush(on if self._checked else QColor("#c4c7c5"))
        radius = track.height() / 2
        painter.drawRoundedRect(track, radius, radius)
        knob_d = track.height() - look.px(8)
        knob_x = track.right() - knob_d - look.px(4) if self._checked else track.left() + look.px(4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff").darker(110) if self.is_down else QColor("#ffffff"))
        painter.drawEllipse(QRectF(knob_x, track.top() + look.px(4), knob_d, knob_d))
        if self._checked:
            pix = icon_pixmap("mdi6.check", on, int(knob_d * 0.7))
            painter.drawPixmap(
                int(knob_x + knob_d * 0.15), int(track.top() + look.px(4) + knob_d * 0.15), pix
            )


class LevelBar(Drawn):
    """A row of blocks showing a level (volume, brightness): easy to read at a glance."""

    def __init__(self, look: Look, maximum: int, color: str = "#1565c0", parent=None):
        super().__init__(look, parent, sizing=ROW)
        self.maximum = maximum
        self.value = 0
        self.color = QColor(color)

    def set_value(self, value: int) -> None:
        self.value = max(0, min(self.maximum, value))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(240), self.look.px(40))

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = self.look.px(6)
        width = (self.width() - gap * (self.maximum - 1)) / self.maximum
        for index in range(self.maximum):
            filled = index < self.value
            painter.setPen(QPen(QColor("#3c4043"), 1))
            painter.setBrush(self.color if filled else QColor("#e8eaed"))
            block = QRectF(index * (width + gap), 0, width, self.height() - 1)
            painter.drawRoundedRect(block, self.look.px(6), self.look.px(6))

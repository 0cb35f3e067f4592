"""The Camera app: what the camera sees, a big round shutter button, the last photo.

Laid out as a tablet's camera held sideways: the picture fills the screen and the
controls stand in a black strip on the right, the shutter in the middle (where the thumb
is) and the last photo taken just under it. Taking a photo flashes the picture white for a
moment and puts the new photo in the small round frame, as real camera apps do.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from tutor.i18n import _
from tutor.sandboxes.kit.chrome import style_label
from tutor.sandboxes.kit.look import FIXED, Look
from tutor.sandboxes.kit.touch import Pressable
from tutor.sandboxes.tablet.pictures import TAKEN, paint_picture

STRIP_WIDTH = 170  # design pixels of the black strip of controls
SHUTTER = 104  # the shutter's diameter, design pixels
THUMBNAIL = 76
FLASH_MS = 180
MODE_COLOUR = "#ffd54f"  # the chosen mode's word, yellow on black as on Android cameras


class Viewfinder(QWidget):
    """What the camera sees (the vase of flowers), with the thin guide lines of a camera."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.flash = 0  # 0: none; otherwise how white the picture is (0..255)
        self.setProperty("photo", True)  # a picture of the world: shown as it is
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(560), self.look.px(380))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.look.px(120), self.look.px(90))

    def paintEvent(self, event):
        painter = QPainter(self)
        rect = QRectF(self.rect())
        paint_picture(painter, rect, TAKEN, cover=True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(255, 255, 255, 90), max(1, self.look.px(2))))
        for third in (1, 2):
            x = rect.width() * third / 3
            y = rect.height() * third / 3
            painter.drawLine(QPointF(x, 0), QPointF(x, rect.height()))
            painter.drawLine(QPointF(0, y), QPointF(rect.width(), y))
        if self.flash:
            painter.fillRect(rect, QColor(255, 255, 255, self.flash))


class ShutterButton(Pressable):
    """The big white round button that takes the photo (``camera.shutter``)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=FIXED)

    def sizeHint(self) -> QSize:
        side = self.look.touch_px(SHUTTER)
        return QSize(side, side)

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        ring = max(2, look.px(6))
        painter.setPen(QPen(QColor("#ffffff"), ring))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2))
        inner = rect.adjusted(ring * 2.2, ring * 2.2, -ring * 2.2, -ring * 2.2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#bdbdbd") if self.is_down else QColor("#ffffff"))
        painter.drawEllipse(inner)


class LastPhoto(Pressable):
    """The last photo taken, small and round: touching it opens it (``camera.last_photo``)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=FIXED)
        self.picture: str | None = None
        self.setProperty("photo", True)

    def set_picture(self, picture: str | None) -> None:
        self.picture = picture
        self.update()

    def sizeHint(self) -> QSize:
        side = self.look.touch_px(THUMBNAIL)
        return QSize(side, side)

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        border = max(2, self.look.px(3))
        inner = rect.adjusted(border, border, -border, -border)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#424242"))
        painter.drawEllipse(inner)
        if self.picture is not None:
            clip = QPainterPath()
            clip.addEllipse(inner)
            painter.save()
            painter.setClipPath(clip)
            paint_picture(painter, inner, self.picture, cover=True)
            painter.restore()
        painter.setPen(QPen(QColor("#ffffff"), border))
        painter.setBrush(QColor(0, 0, 0, 70) if self.is_down else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)


class CameraStrip(QWidget):
    """The black strip on the right: the mode's name, the shutter and the last photo."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.mode = QLabel(_("Photo"))
        self.mode.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shutter = ShutterButton(look)
        self.shutter.setObjectName("camera.shutter")
        self.last_photo = LastPhoto(look)
        self.last_photo.setObjectName("camera.last_photo")
        self.column = QVBoxLayout(self)
        self.column.addStretch(1)
        self.column.addWidget(self.mode)
        self.column.addWidget(self.shutter, 0, Qt.AlignmentFlag.AlignHCenter)
        self.column.addWidget(self.last_photo, 0, Qt.AlignmentFlag.AlignHCenter)
        self.column.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        look.changed.connect(self.restyle)
        self.restyle()

    def restyle(self) -> None:
        look = self.look
        style_label(self.mode, look, 22, f"color: {MODE_COLOUR}; background: transparent;", True)
        self.column.setContentsMargins(look.px(8), look.px(8), look.px(8), look.px(8))
        self.column.setSpacing(look.px(22))
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(self.look.px(STRIP_WIDTH), hint.width()), hint.height())

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor("#000000"))


class CameraScreen(QWidget):
    """The Camera app: the viewfinder and the strip of controls."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.viewfinder = Viewfinder(look)
        self.strip = CameraStrip(look)
        self.shutter = self.strip.shutter
        self.last_photo = self.strip.last_photo
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.viewfinder, 1)
        row.addWidget(self.strip)
        self._flash_timer = QTimer(self, interval=FLASH_MS // 3)
        self._flash_timer.timeout.connect(self._fade_flash)

    def show_last_photo(self, picture: str | None) -> None:
        self.last_photo.set_picture(picture)

    def flash(self) -> None:
        """The picture goes white for a moment: the photo is taken."""
        self.viewfinder.flash = 230
        self.viewfinder.update()
        self._flash_timer.start()

    def end_flash(self) -> None:
        self._flash_timer.stop()
        self.viewfinder.flash = 0
        self.viewfinder.update()

    def _fade_flash(self) -> None:
        self.viewfinder.flash = max(0, self.viewfinder.flash - 90)
        if not self.viewfinder.flash:
            self._flash_timer.stop()
        self.viewfinder.update()

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor("#000000"))

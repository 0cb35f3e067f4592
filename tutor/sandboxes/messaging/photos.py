"""The photos of the gallery, painted by hand (no pictures from elsewhere), and the
gallery and preview screens used to send one."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from tutor.i18n import _
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.pictures import cake, sky
from tutor.sandboxes.kit.touch import Pressable, TouchButton
from tutor.sandboxes.messaging.parts import HeaderBar, icon_button
from tutor.sandboxes.messaging.spec import PHOTO_IDS


def paint_photo(painter: QPainter, rect: QRectF, photo_id: str) -> None:
    """A simple illustration filling ``rect``, clipped to rounded corners."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    clip = QPainterPath()
    radius = min(rect.width(), rect.height()) * 0.06
    clip.addRoundedRect(rect, radius, radius)
    painter.setClipPath(clip)
    painter.translate(rect.topLeft())
    painter.scale(rect.width() / 400, rect.height() / 300)  # drawn on a 400x300 canvas
    painter.setPen(Qt.PenStyle.NoPen)
    {"garden": _garden, "cake": cake, "cat": _cat, "beach": _beach}[photo_id](painter)
    painter.restore()


def _garden(painter: QPainter) -> None:
    sky(painter, "#6fb6ee", "#cde9fb", 170)
    painter.setBrush(QColor("#ffd54f"))
    painter.drawEllipse(QPointF(330, 60), 32, 32)
    painter.fillRect(QRectF(0, 170, 400, 130), QColor("#5aa544"))
    painter.setBrush(QColor("#7a4b2a"))
    painter.drawRect(QRectF(62, 110, 16, 80))  # tree trunk
    painter.setBrush(QColor("#2e7d32"))
    painter.drawEllipse(QPointF(70, 100), 48, 44)
    colours = ("#e53935", "#fdd835", "#ffffff", "#ab47bc", "#fb8c00")
    for index in range(9):
        x = 130 + index * 30
        y = 225 + (index % 3) * 18
        painter.setPen(QPen(QColor("#2e7d32"), 4))
        painter.drawLine(QPointF(x, y), QPointF(x, y + 40))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours[index % len(colours)]))
        for dx, dy in ((-7, 0), (7, 0), (0, -7), (0, 7)):
            painter.drawEllipse(QPointF(x + dx, y + dy), 7, 7)
        painter.setBrush(QColor("#fbc02d"))
        painter.drawEllipse(QPointF(x, y), 5, 5)


def _cat(painter: QPainter) -> None:
    painter.fillRect(QRectF(0, 0, 400, 300), QColor("#d7ccc8"))
    painter.fillRect(QRectF(0, 230, 400, 70), QColor("#795548"))  # the floor (4:1 on the wall)
    fur = QColor("#ef8a2c")
    painter.setBrush(fur)
    painter.drawEllipse(QRectF(130, 150, 160, 110))  # body
    painter.drawEllipse(QPointF(200, 130), 62, 56)  # head
    for side in (-1, 1):
        ear = QPolygonF(
            [
                QPointF(200 + side * 58, 112),
                QPointF(200 + side * 50, 54),
                QPointF(200 + side * 18, 84),
            ]
        )
        painter.drawPolygon(ear)
    painter.setPen(QPen(fur, 18, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawArc(QRectF(250, 170, 90, 90), -30 * 16, 160 * 16)  # tail
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#2e7d32"))
    painter.drawEllipse(QPointF(178, 124), 10, 12)
    painter.drawEllipse(QPointF(222, 124), 10, 12)
    painter.setBrush(QColor("#111111"))
    painter.drawEllipse(QPointF(178, 124), 4, 9)
    painter.drawEllipse(QPointF(222, 124), 4, 9)
    painter.setBrush(QColor("#f48fb1"))
    painter.drawPolygon(QPolygonF([QPointF(192, 144), QPointF(208, 144), QPointF(200, 153)]))
    painter.setPen(QPen(QColor("#5d4037"), 2))
    for dy in (-4, 4):
        painter.drawLine(QPointF(150, 150 + dy), QPointF(185, 150))
        painter.drawLine(QPointF(250, 150 + dy), QPointF(215, 150))


def _beach(painter: QPainter) -> None:
    sky(painter, "#4fa3e0", "#bfe3fa", 150)
    painter.setBrush(QColor("#ffeb3b"))
    painter.drawEllipse(QPointF(80, 55), 30, 30)
    painter.fillRect(QRectF(0, 150, 400, 70), QColor("#1e88e5"))
    painter.setPen(QPen(QColor("#e3f2fd"), 3))
    for x in range(20, 400, 70):
        painter.drawLine(QPointF(x, 175), QPointF(x + 30, 175))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(QRectF(0, 215, 400, 85), QColor("#f3d9a4"))
    painter.setPen(QPen(QColor("#6d4c41"), 5))
    painter.drawLine(QPointF(290, 150), QPointF(290, 260))  # parasol pole
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#e53935"))
    painter.drawChord(QRectF(220, 110, 140, 90), 0, 180 * 16)
    painter.setBrush(QColor("#ffffff"))
    painter.drawChord(QRectF(265, 110, 50, 90), 0, 180 * 16)


class PhotoTile(Pressable):
    """One photo of the gallery: touch it to see it big."""

    def __init__(self, look: Look, photo_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.photo_id = photo_id
        self.setObjectName(f"gallery.{photo_id}")
        self.setProperty("photo", True)  # a picture of the world: shown as it is (audit)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        look.changed.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(300), self.look.px(180))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.look.px(120), self.look.px(90))

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        paint_photo(painter, rect, self.photo_id)
        if self.is_down:
            painter.fillRect(rect, QColor(0, 0, 0, 60))


class GalleryScreen(QWidget):
    """The learner's photos in a grid, as the picker of a messaging app shows them."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.header = HeaderBar(look, _("Photos"))
        self.close_button = icon_button(look, "mdi6.close", "gallery.close")
        self.header.row.insertWidget(0, self.close_button)
        self.tiles = {photo: PhotoTile(look, photo) for photo in PHOTO_IDS}
        self.grid = QGridLayout()
        for index, tile in enumerate(self.tiles.values()):
            self.grid.addWidget(tile, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addLayout(self.grid, 1)
        look.changed.connect(self.restyle)
        self.restyle()

    def restyle(self) -> None:
        m = self.look.px(14)
        self.grid.setContentsMargins(m, m, m, m)
        self.grid.setSpacing(m)

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor("#ffffff"))


class BigPhoto(QWidget):
    """The chosen photo, as big as the screen allows, keeping its shape."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.photo_id = PHOTO_IDS[0]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#111111"))
        m = self.look.px(12)
        width = min(self.width() - 2 * m, (self.height() - 2 * m) * 4 / 3)
        height = width * 3 / 4
        rect = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        paint_photo(painter, rect, self.photo_id)


class PreviewScreen(QWidget):
    """One photo shown big before it is sent, with a big "Send" button."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.header = HeaderBar(look)
        self.back_button = icon_button(look, "mdi6.arrow-left", "preview.back")
        self.header.row.insertWidget(0, self.back_button)
        self.photo = BigPhoto(look)
        self.send_button = TouchButton(
            look, _("Send"), "mdi6.send", background="#15632e", font_px=28, height=76
        )
        self.send_button.setObjectName("preview.send")
        self.bottom = QHBoxLayout()
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.photo, 1)
        layout.addLayout(self.bottom)
        look.changed.connect(self.restyle)
        self.restyle()

    def show_photo(self, photo_id: str, person_name: str) -> None:
        self.photo.photo_id = photo_id
        self.photo.update()
        self.header.set_title(_("Send to {name}").format(name=person_name))

    def restyle(self) -> None:
        m = self.look.px(10)
        self.bottom.setContentsMargins(m, m, self.look.px(16), m)

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor("#111111"))

"""The gallery and preview screens used to send a photo (the photos: ``kit/chat/photos.py``)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QWidget

from tutor.i18n import _
from tutor.sandboxes.kit.chat.parts import HeaderBar, icon_button
from tutor.sandboxes.kit.chat.photos import paint_photo
from tutor.sandboxes.kit.chat.state import PHOTO_IDS
from tutor.sandboxes.kit.chrome import stacked
from tutor.sandboxes.kit.look import FILL, Look
from tutor.sandboxes.kit.touch import Pressable, TouchButton


class PhotoTile(Pressable):
    """One photo of the gallery: touch it to see it big."""

    def __init__(self, look: Look, photo_id: str, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=FILL)
        self.photo_id = photo_id
        self.setObjectName(f"gallery.{photo_id}")
        self.setProperty("photo", True)  # a picture of the world: shown as it is (audit)

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
        layout = stacked(self, self.header)
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
        layout = stacked(self, self.header, (self.photo, 1))
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

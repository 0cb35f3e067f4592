"""The Photos app, and sharing a photo with Messages.

Photos shows the tablet's photos in a grid, newest first (the photo just taken is the first
one, at the top left). Touching one shows it full screen, with a "Share" button. Sharing
goes the way it does on a real tablet: a sheet offers the apps that can send it (here
Messages), Messages asks who to send it to (the family group or one person), then shows
the photo ready to go with a "Send" button, and finally the photo sent, with a banner that
says so and two ticks under it once it is delivered.

:class:`Gallery` holds the photos and what is shown, and gives the tablet the screens of
both apps (the Camera's included: it puts its photos here).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from tutor.i18n import _
from tutor.sandboxes.kit.chrome import TitleBar, stacked, style_label
from tutor.sandboxes.kit.look import FIXED, Look
from tutor.sandboxes.kit.scrolling import finger_page
from tutor.sandboxes.kit.touch import Pressable, TouchButton, icon_pixmap
from tutor.sandboxes.tablet.apps import title_bar_colour
from tutor.sandboxes.tablet.camera import CameraScreen
from tutor.sandboxes.tablet.home import APP_LOOKS
from tutor.sandboxes.tablet.pictures import SAMPLE_PHOTOS, TAKEN, TAKEN_WHEN, paint_picture
from tutor.sandboxes.tablet.spec import PHOTO_GRID_NAMES, SHARE_PEOPLE

# Screens (ids in the tablet's stack).
CAMERA = "camera"
PHOTOS = "photos"
VIEWER = "photos.viewer"
SHARE = "photos.share"
PICK = "share.pick"
SEND = "share.send"
TARGET_PREFIXES = ("camera.", "photos.", "share.")

GRID_COLUMNS = 4
TILE = 168  # design pixels of a square photo in the grid
MESSAGES_COLOUR = "#1a73e8"
SENT_COLOUR = "#1b5e20"  # the confirmation banner: white on dark green (8:1)
PAGE_BACKGROUND = "#ffffff"
VIEWER_BACKGROUND = "#000000"


@dataclass
class GalleryState:
    """The photos, newest first, as (picture, when it was taken), and where sharing is."""

    photos: list[tuple[str, str]] = field(default_factory=lambda: list(SAMPLE_PHOTOS))
    viewing: int = 0  # the photo shown full screen (its place in ``photos``)
    viewer_from: str = PHOTOS  # where "back" leads from the full-screen photo
    recipient: str | None = None  # who Messages sends to (a key of SHARE_PEOPLE)
    sent: list[tuple[str, str]] = field(default_factory=list)  # (picture, recipient)
    just_sent: bool = False  # Messages shows the photo sent (not one ready to send)

    def shown(self) -> tuple[str, str]:
        return self.photos[min(self.viewing, len(self.photos) - 1)]


def recipient_name(key: str) -> str:
    return next(_(name) for person, name, _does in SHARE_PEOPLE if person == key)


class PhotoTile(Pressable):
    """One square photo of the grid, cut to its square as Photos apps show them."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=FIXED)
        self.picture = ""
        self.setProperty("photo", True)  # a picture of the world: shown as it is

    def set_picture(self, picture: str) -> None:
        self.picture = picture
        self.update()

    def sizeHint(self) -> QSize:
        side = self.look.touch_px(TILE)
        return QSize(side, side)

    def paintEvent(self, event):
        painter = QPainter(self)
        rect = QRectF(self.rect())
        if self.picture:
            paint_picture(painter, rect, self.picture, cover=True)
        if self.is_down:
            painter.fillRect(rect, QColor(0, 0, 0, 70))


class PhotosGridScreen(QWidget):
    """The grid of photos, newest first, under the app's title bar."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.title = TitleBar(look, _("Photos"), title_bar_colour(APP_LOOKS["photos"][0]))
        content = QWidget()
        self.grid = QGridLayout(content)
        self.tiles: list[PhotoTile] = []
        for number in range(1, len(PHOTO_GRID_NAMES) + 1):
            tile = PhotoTile(look)
            tile.setObjectName(f"photos.grid.{number}")
            self.tiles.append(tile)
            index = number - 1
            self.grid.addWidget(
                tile, index // GRID_COLUMNS, index % GRID_COLUMNS, Qt.AlignmentFlag.AlignCenter
            )
        self.grid.setRowStretch(len(PHOTO_GRID_NAMES) // GRID_COLUMNS, 1)
        stacked(self, self.title, (finger_page(content), 1))
        look.changed.connect(self.restyle)
        self.restyle()

    def set_photos(self, photos: list[tuple[str, str]]) -> None:
        """Show the newest photos, one a tile (the grid keeps as many as it has tiles)."""
        for index, tile in enumerate(self.tiles):
            shown = index < len(photos)
            tile.set_picture(photos[index][0] if shown else "")
            tile.setVisible(shown)

    def pictures(self) -> list[str]:
        return [tile.picture for tile in self.tiles if not tile.isHidden()]

    def restyle(self) -> None:
        m = self.look.px(14)
        self.grid.setContentsMargins(m, m, m, m)
        self.grid.setSpacing(self.look.px(8))

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor(PAGE_BACKGROUND))


class BigPicture(QWidget):
    """A photo as big as the space allows, keeping its shape, on black."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.picture = TAKEN
        self.dim = False
        self.setProperty("photo", True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_picture(self, picture: str) -> None:
        self.picture = picture
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(500), self.look.px(300))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.look.px(80), self.look.px(60))

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(VIEWER_BACKGROUND))
        margin = self.look.px(6)
        paint_picture(
            painter, QRectF(self.rect()).adjusted(margin, margin, -margin, -margin), self.picture
        )
        if self.dim:
            painter.fillRect(self.rect(), QColor(0, 0, 0, 140))


class PhotoViewerScreen(QWidget):
    """One photo full screen: when it was taken above it, the "Share" button under it."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.when = QLabel()
        self.when.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture = BigPicture(look)
        self.share = TouchButton(
            look, _("Share"), "mdi6.share-variant", background="#303134", font_px=26
        )
        self.share.setObjectName("photos.share")
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.share)
        bottom.addStretch(1)
        self.column = QVBoxLayout(self)
        self.column.setSpacing(0)
        self.column.addWidget(self.when)
        self.column.addWidget(self.picture, 1)
        self.column.addLayout(bottom)
        look.changed.connect(self.restyle)
        self.restyle()

    def show_photo(self, picture: str, when: str) -> None:
        self.picture.set_picture(picture)
        self.when.setText(_(when))

    def restyle(self) -> None:
        look = self.look
        style_label(self.when, look, 24, "color: #ffffff; background: transparent;", True)
        m = look.px(10)
        self.column.setContentsMargins(m, m, m, m)

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor(VIEWER_BACKGROUND))


class AppTile(Pressable):
    """An app of the share sheet: its round coloured symbol and its name under it."""

    def __init__(self, look: Look, name: str, icon: str, colour: str, parent=None):
        super().__init__(parent, look=look, sizing=FIXED)
        self.name = name
        self.icon = icon
        self.colour = QColor(colour)

    def sizeHint(self) -> QSize:
        look = self.look
        text_w = QFontMetrics(look.font(self, 24, bold=True)).horizontalAdvance(self.name)
        width = max(look.touch_px(140), text_w + look.px(24))
        return QSize(width, look.px(84) + look.px(14) + round(look.font_px(24) * 1.5))

    def paintEvent(self, event):
        look = self.look
        painter = self.pressed_painter("#e8eaed", 16)
        disc = look.px(84)
        x = (self.width() - disc) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawEllipse(QRectF(x, 0, disc, disc))
        symbol = disc * 56 // 100
        painter.drawPixmap(
            int(x + (disc - symbol) / 2),
            (disc - symbol) // 2,
            icon_pixmap(self.icon, "#ffffff", symbol),
        )
        painter.setFont(look.font(self, 24, bold=True))
        painter.setPen(QColor("#1f1f1f"))
        text = QRectF(0, disc + look.px(10), self.width(), self.height() - disc - look.px(10))
        painter.drawText(text, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.name)


class ShareSheetScreen(QWidget):
    """The share sheet: the photo, darkened, and a white sheet from the bottom offering the
    apps that can send it."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.picture = BigPicture(look)
        self.picture.dim = True
        self.sheet = QWidget()
        self.sheet.setObjectName("share.sheet")
        self.heading = QLabel(_("Share with"))
        self.messages = AppTile(look, _("Messages"), "mdi6.message-text", MESSAGES_COLOUR)
        self.messages.setObjectName("share.messages")
        self.sheet_layout = QVBoxLayout(self.sheet)
        self.sheet_layout.addWidget(self.heading)
        row = QHBoxLayout()
        row.addWidget(self.messages)
        row.addStretch(1)
        self.sheet_layout.addLayout(row)
        stacked(self, (self.picture, 1), self.sheet)
        look.changed.connect(self.restyle)
        self.restyle()

    def show_photo(self, picture: str) -> None:
        self.picture.set_picture(picture)

    def restyle(self) -> None:
        look = self.look
        radius = look.px(24)
        self.sheet.setStyleSheet(
            f"QWidget#share\\.sheet {{ background: #ffffff; border-top-left-radius: {radius}px;"
            f" border-top-right-radius: {radius}px; }}"
        )
        self.sheet.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        style_label(self.heading, look, 28, "color: #1f1f1f; background: transparent;", True)
        m = look.px(22)
        self.sheet_layout.setContentsMargins(m, look.px(16), m, m)
        self.sheet_layout.setSpacing(look.px(12))

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor(VIEWER_BACKGROUND))


class SharePickScreen(QWidget):
    """Messages asks who to send the photo to: the family group first, then people."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.title = TitleBar(look, _("Send to"), title_bar_colour(MESSAGES_COLOUR))
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.rows: dict[str, TouchButton] = {}
        for key, name, _does in SHARE_PEOPLE:
            group = key == "family"
            button = TouchButton(
                look,
                _(name),
                "mdi6.account-group" if group else "mdi6.account",
                background="#ffffff",
                foreground="#1f1f1f",
                font_px=28,
                height=84,
                row=True,
                badge="#0b8043" if group else "#5f6368",
                radius=18,
            )
            button.setObjectName(f"share.to.{key}")
            self.rows[key] = button
            self.body.addWidget(button)
        self.body.addStretch(1)
        stacked(self, self.title, (finger_page(content), 1))
        look.changed.connect(self.restyle)
        self.restyle()

    def restyle(self) -> None:
        m = self.look.px(18)
        self.body.setContentsMargins(m, m, m, m)
        self.body.setSpacing(self.look.px(10))

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor("#f1f3f4"))


class PhotoBubble(QWidget):
    """The photo in the conversation: a rounded picture, and under it, once sent, two
    ticks and "Delivered"."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.picture = TAKEN
        self.delivered = False
        self.setProperty("photo", True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_photo(self, picture: str, delivered: bool) -> None:
        self.picture = picture
        self.delivered = delivered
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(320), self.look.px(240))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.look.px(120), self.look.px(110))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        status_h = round(look.font_px(22) * 1.6)
        room = QRectF(self.rect()).adjusted(0, 0, 0, -status_h)
        height = max(10.0, room.height())
        width = min(room.width(), height * 4 / 3)
        photo = QRectF(room.right() - width, room.top(), width, width * 3 / 4)
        corner = look.px(14)
        rounded = QPainterPath()
        rounded.addRoundedRect(photo, corner, corner)
        painter.save()
        painter.setClipPath(rounded)
        paint_picture(painter, photo, self.picture, cover=True)
        painter.restore()
        painter.setPen(QPen(QColor(MESSAGES_COLOUR), look.px(4)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(photo, corner, corner)
        if not self.delivered:
            return
        font = look.font(self, 22, bold=True)
        painter.setFont(font)
        painter.setPen(QColor("#3c4043"))
        text = _("Delivered")
        text_w = painter.fontMetrics().horizontalAdvance(text)
        tick = look.px(28)
        y = photo.bottom() + look.px(4)
        painter.drawText(
            QRectF(photo.right() - text_w, y, text_w + 2, status_h),
            Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        painter.drawPixmap(
            int(photo.right() - text_w - tick - look.px(6)),
            int(y + (status_h - tick) / 2),
            icon_pixmap("mdi6.check-all", "#5f6368", tick),
        )


class ShareSendScreen(QWidget):
    """The conversation with the chosen person or group: the photo ready to go and the
    "Send" button; once sent, the photo delivered and a banner that says it is sent."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.title = TitleBar(look, "", title_bar_colour(MESSAGES_COLOUR))
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.bubble = PhotoBubble(look)
        self.send = TouchButton(look, _("Send"), "mdi6.send", background="#0b57d0", font_px=28)
        self.send.setObjectName("share.send")
        self.send_row = QHBoxLayout()
        self.send_row.addStretch(1)
        self.send_row.addWidget(self.send)
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.addWidget(self.banner)
        self.body.addWidget(self.bubble, 1)
        self.body.addLayout(self.send_row)
        stacked(self, self.title, (finger_page(content), 1))
        look.changed.connect(self.restyle)
        self.restyle()

    def show_message(self, picture: str, recipient: str, sent: bool) -> None:
        name = recipient_name(recipient)
        self.title.label.setText(name)
        self.bubble.set_photo(picture, sent)
        self.banner.setText(_("Your photo is sent to {name}.").format(name=name))
        self.banner.setVisible(sent)
        self.send.setVisible(not sent)

    def is_sent(self) -> bool:
        return not self.banner.isHidden()

    def restyle(self) -> None:
        look = self.look
        style_label(
            self.banner,
            look,
            26,
            f"color: #ffffff; background: {SENT_COLOUR}; border-radius: {look.px(12)}px;"
            f" padding: {look.px(12)}px;",
            True,
        )
        m = look.px(18)
        self.body.setContentsMargins(m, m, m, m)
        self.body.setSpacing(look.px(12))

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor("#ffffff"))


class Gallery:
    """The photos of the tablet and the screens of Camera and Photos: the tablet asks it
    what each of their targets does, and where "back" leads from their screens."""

    def __init__(self, look: Look):
        self.state = GalleryState()
        self.camera = CameraScreen(look)
        self.grid = PhotosGridScreen(look)
        self.viewer = PhotoViewerScreen(look)
        self.sheet = ShareSheetScreen(look)
        self.pick = SharePickScreen(look)
        self.send = ShareSendScreen(look)
        self.screens: dict[str, QWidget] = {
            CAMERA: self.camera,
            PHOTOS: self.grid,
            VIEWER: self.viewer,
            SHARE: self.sheet,
            PICK: self.pick,
            SEND: self.send,
        }
        self.reset()

    def reset(self) -> None:
        self.state = GalleryState()
        self._refresh()

    @staticmethod
    def handles(target: str) -> bool:
        return target.startswith(TARGET_PREFIXES)

    def apply(self, target: str) -> str:
        """Do what ``target`` does, from whatever screen; returns the screen to show."""
        state = self.state
        screen: str
        state.just_sent = target == "share.send"
        if target == "camera.shutter":
            state.photos.insert(0, (TAKEN, TAKEN_WHEN))
            self.camera.flash()
            screen = CAMERA
        elif target == "camera.last_photo":
            state.viewing, state.viewer_from = 0, CAMERA
            screen = VIEWER
        elif target.startswith("photos.grid."):
            place = int(target.rsplit(".", 1)[-1]) - 1
            state.viewing = max(0, min(place, len(state.photos) - 1))
            state.viewer_from = PHOTOS
            screen = VIEWER
        elif target == "photos.share":
            screen = SHARE
        elif target == "share.messages":
            screen = PICK
        elif target.startswith("share.to."):
            state.recipient = target.rsplit(".", 1)[-1]
            screen = SEND
        elif target == "share.send":
            state.recipient = state.recipient or "family"
            state.sent.append((state.shown()[0], state.recipient))
            screen = SEND
        else:
            raise ValueError(f"the tablet does not handle {target!r}")
        self._refresh()
        return screen

    def parent_of(self, screen: str) -> str | None:
        """Where "back" leads from ``screen`` (None: not a screen of these apps)."""
        if screen == VIEWER:
            return self.state.viewer_from
        if screen == SEND:
            return VIEWER if self.state.just_sent else PICK
        return {SHARE: VIEWER, PICK: VIEWER, CAMERA: None, PHOTOS: None}.get(screen)

    def _refresh(self) -> None:
        state = self.state
        self.grid.set_photos(state.photos)
        self.camera.show_last_photo(state.photos[0][0] if state.photos else None)
        picture, when = state.shown()
        self.viewer.show_photo(picture, when)
        self.sheet.show_photo(picture)
        self.send.show_message(picture, state.recipient or "family", self.state.just_sent)

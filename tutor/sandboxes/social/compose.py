"""Writing: the comments of a post, the post composer and the photo gallery."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tutor.i18n import _
from tutor.sandboxes.kit.chrome import stacked
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.scrolling import bare_scroll_area, finger_page, finger_scroll_area
from tutor.sandboxes.social.content import GALLERY
from tutor.sandboxes.social.parts import (
    MUTED,
    Avatar,
    Card,
    Header,
    Page,
    clear_layout,
    label,
    main_button,
    person_name,
    soft_button,
    text_field,
)
from tutor.sandboxes.social.photos import PhotoView


class CommentScreen(Page):
    """A post and its comments, with the box to write one (``comment.field``)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.header = Header(look, _("Comments"))
        self.content = Page()
        self.column = QVBoxLayout(self.content)
        m = look.px(12)
        self.column.setContentsMargins(m, m, m, m)
        self.column.setSpacing(look.px(10))
        self.area = bare_scroll_area(self.content, see_through=False)
        # The comments take the room left: with the keyboard up on a small screen the bar
        # and the box to write keep a finger's height, the comments scroll in what is left.
        self.area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.field = text_field(look, _("Write a comment…"))
        self.field.setObjectName("comment.field")
        self.publish = main_button(look, _("Publish"), "mdi6.send")
        self.publish.setObjectName("comment.publish")
        entry = Card()
        row = QHBoxLayout(entry)
        row.setContentsMargins(m, look.px(8), m, look.px(8))
        row.setSpacing(m)
        row.addWidget(self.field, 1)
        row.addWidget(self.publish)
        stacked(self, self.header, (self.area, 1), entry)

    def show_post(self, author: str, text: str, comments: list[tuple[str, str]]) -> None:
        """``comments``: (author id, text) pairs, oldest first."""
        clear_layout(self.column)
        look = self.look
        post = Card()
        row = QHBoxLayout(post)
        row.setContentsMargins(look.px(12), look.px(10), look.px(12), look.px(10))
        row.setSpacing(look.px(12))
        row.addWidget(Avatar(look, author, 48), 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(label(look, person_name(author), 22, bold=True))
        words.addWidget(label(look, text, 22))
        row.addLayout(words, 1)
        self.column.addWidget(post)
        if not comments:
            self.column.addWidget(label(look, _("No comments yet."), 21, colour=MUTED))
        for who, said in comments:
            line = QHBoxLayout()
            line.setSpacing(look.px(10))
            line.addWidget(Avatar(look, who, 44), 0, Qt.AlignmentFlag.AlignTop)
            bubble = label(look, f"{person_name(who)}\n{said}", 21)
            bubble.setStyleSheet(
                "color: #1c1c1c; background: #ffffff;"
                f" border-radius: {look.px(16)}px; padding: {look.px(10)}px;"
            )
            line.addWidget(bubble, 1)
            holder = QWidget()
            holder.setLayout(line)
            self.column.addWidget(holder)
        self.column.addStretch(1)
        self.show_latest()

    def show_latest(self) -> None:
        """Keep the newest comment in sight (for example when the keyboard comes up)."""
        bar = self.area.verticalScrollBar()
        QTimer.singleShot(0, lambda: bar.setValue(bar.maximum()))


class ComposerScreen(Page):
    """Creating a post: its text (``compose.text``), a photo, and "Publish"."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.header = Header(look, _("Create a post"))
        self.publish = main_button(look, _("Publish"), "mdi6.send")
        self.publish.setObjectName("compose.publish")
        self.header.row.addWidget(self.publish)
        who = QHBoxLayout()
        who.setSpacing(look.px(12))
        self.avatar = Avatar(look, "me", 48)
        who.addWidget(self.avatar)
        self.audience = label(look, "", 20, colour=MUTED)
        who.addWidget(self.audience, 1)
        self.field = text_field(look, _("What's new?"), font_px=26)
        self.field.setObjectName("compose.text")
        self.field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview = PhotoView(None, radius=look.px(8))
        self.preview.setFixedSize(look.px(120), look.px(80))
        self.add_photo = soft_button(look, _("Add a photo"), "mdi6.image-plus")
        self.add_photo.setObjectName("compose.photo")
        photo_row = QHBoxLayout()
        photo_row.setSpacing(look.px(12))
        photo_row.addWidget(self.preview)
        photo_row.addWidget(self.add_photo)
        photo_row.addStretch(1)
        draft = QWidget()
        inner = QVBoxLayout(draft)
        m = look.px(10)
        inner.setContentsMargins(look.px(16), m, look.px(16), m)
        inner.setSpacing(m)
        inner.addLayout(who)
        inner.addWidget(self.field, 1)
        inner.addLayout(photo_row)
        stacked(self, self.header, (finger_page(draft), 1))

    def set_writing(self, writing: bool) -> None:
        """With the keyboard up, the page slides up as on a real tablet: who sees the post
        goes out of sight, so the box and "Add a photo" keep a finger's size."""
        self.field.set_writing(writing)
        self.avatar.setVisible(not writing)
        self.audience.setVisible(not writing)

    def show_draft(self, text: str, photo: str | None, audience: str) -> None:
        self.field.set_text(text)
        self.preview.set_photo(photo)
        self.preview.setVisible(photo is not None)
        self.audience.setText(_("{you} · Visible to: {who}").format(you=_("You"), who=audience))


class GalleryScreen(Page):
    """The learner's photos, to choose one for a post (``gallery.<photo>``)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.header = Header(look, _("Choose a photo"))
        photos = QWidget()  # on a page moved by a finger when the photos do not all fit
        grid = QGridLayout(photos)
        m = look.px(16)
        grid.setContentsMargins(m, m, m, m)
        grid.setSpacing(m)
        self.tiles: dict[str, PhotoView] = {}
        for index, (photo_id, name) in enumerate(GALLERY.items()):
            tile = PhotoView(photo_id, radius=look.px(12))
            tile.setObjectName(f"gallery.{photo_id}")
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            tile.setMinimumHeight(look.px(120))
            caption = label(look, _(name), 21)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell = QVBoxLayout()
            cell.setSpacing(look.px(4))
            cell.addWidget(tile, 1)
            cell.addWidget(caption)
            grid.addLayout(cell, index // 2, index % 2)
            self.tiles[photo_id] = tile
        stacked(self, self.header, (finger_scroll_area(photos), 1))

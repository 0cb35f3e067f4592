"""Sign-in by tapping one's own picture: no password, no typing."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from tutor.i18n import _
from tutor.storage.learners import Learner
from tutor.ui import display
from tutor.ui.screens.grid import TileGrid
from tutor.ui.theme import picture_ink
from tutor.ui.widgets import PictureTile, avatar_pixmap, button, display_button, label, picture

NEW_PERSON_COLOUR = "#0b4a85"
TILE_PICTURE_PX = 120


def _tile_picture(avatar: str | None, colour: str) -> QPixmap:
    """A learner's disc, or (``avatar`` None) the "New person" picture, in the current look."""
    if avatar is None:
        ink = picture_ink(colour, display.current().theme)
        return picture("mdi6.account-plus", ink, TILE_PICTURE_PX)
    return avatar_pixmap(avatar, colour, TILE_PICTURE_PX)


class SignInScreen(QWidget):
    learner_chosen = Signal(str)  # learner id
    new_learner_requested = Signal()
    notices_requested = Signal()
    facilitator_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screen.sign_in")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 24)
        layout.setSpacing(20)
        top = QHBoxLayout()
        self.title = label(_("Hello! Tap your picture."), "title")
        top.addWidget(self.title, 1)
        self.display_button = display_button("signin")
        top.addWidget(self.display_button)
        layout.addLayout(top)
        self.grid = TileGrid(columns=4)
        layout.addWidget(self.grid, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.facilitator_button = button(
            _("Facilitator space"), "mdi6.lock-outline", "discreet", name="signin.facilitator"
        )
        self.facilitator_button.setMinimumHeight(64)
        self.facilitator_button.clicked.connect(self.facilitator_requested)
        self.notices_button = button(
            "", "mdi6.information-outline", "discreet", name="signin.notices"
        )
        self.notices_button.clicked.connect(self.notices_requested)
        self.notices_button.hide()
        bottom.addWidget(self.notices_button)
        bottom.addWidget(self.facilitator_button)
        layout.addLayout(bottom)
        # The pictures take the colours of a new look at once (light ones in strong contrast).
        display.notifier().changed.connect(self._on_display_changed)

    def _on_display_changed(self) -> None:
        for tile in self.grid.tiles():
            if isinstance(tile, PictureTile):
                tile.set_picture(_tile_picture(tile.property("avatar"), tile.property("colour")))

    def set_learners(self, learners: list[Learner]) -> None:
        self.title.setText(
            _("Hello! Tap your picture.") if learners else _("Welcome! To begin, tap “New person”.")
        )
        tiles: list[QWidget] = []
        for learner in learners:
            tile = PictureTile(learner.first_name, _tile_picture(learner.avatar, learner.colour))
            tile.setProperty("avatar", learner.avatar)
            tile.setProperty("colour", learner.colour)
            tile.setObjectName(f"signin.learner.{learner.id}")
            tile.clicked.connect(lambda _c=False, i=learner.id: self.learner_chosen.emit(i))
            tiles.append(tile)
        new = PictureTile(_("New person"), _tile_picture(None, NEW_PERSON_COLOUR))
        new.setProperty("colour", NEW_PERSON_COLOUR)
        new.setObjectName("signin.new")
        new.clicked.connect(self.new_learner_requested)
        tiles.append(new)
        self.grid.set_tiles(tiles)
        # Tab goes through the screen in reading order: "Aa", the pictures, then below.
        chain = [self.display_button, *tiles, self.notices_button, self.facilitator_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def release_tiles(self) -> None:
        """Let the pictures go while another screen is shown (``set_learners`` makes them)."""
        if self.grid.tiles():
            self.grid.set_tiles([])

    def set_notice_count(self, count: int) -> None:
        """Facilitator notices (broken lessons, a damaged database): a discreet button."""
        self.notices_button.setText(_("Note for the facilitator ({count})").format(count=count))
        self.notices_button.setVisible(count > 0)

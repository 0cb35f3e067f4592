"""The modules as large tiles, then a module's lessons as large cards."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from tutor.core.modules import Module
from tutor.i18n import _, ngettext
from tutor.ui import display
from tutor.ui.flow import FlowLayout
from tutor.ui.screens.grid import CardsScreen, TileGrid
from tutor.ui.widgets import (
    Banner,
    CardButton,
    PictureTile,
    button,
    compact_on_short_window,
    display_button,
    label,
    recolour_tiles,
    themed_tile_picture,
    top_row_with_back,
)


class CatalogueScreen(QWidget):
    module_chosen = Signal(str)
    today_lesson_chosen = Signal(str)  # a lesson assigned to today's workshop
    sign_out_requested = Signal()
    settings_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screen.catalogue")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 24)
        layout.setSpacing(18)
        top = QHBoxLayout()
        self.title = label("", "title")
        self.title.setObjectName("catalogue.title")  # "Hello Jeanne!": whose catalogue
        top.addWidget(self.title, 1)
        # The buttons flow onto a second line when the text is very large.
        actions = QWidget()
        flow = FlowLayout(actions, align_right=True)
        self.display_button = display_button("catalogue")
        flow.add(self.display_button)
        self.settings_button = button(
            _("My settings"), "mdi6.tune-variant", name="catalogue.settings"
        )
        self.settings_button.clicked.connect(self.settings_requested)
        flow.add(self.settings_button)
        self.sign_out_button = button(
            _("Change person"), "mdi6.account-switch", name="catalogue.sign_out"
        )
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        flow.add(self.sign_out_button)
        top.addWidget(actions, 2)
        layout.addLayout(top)
        # "Today": the lessons the facilitator chose for today's workshop, first.
        self.today_box = QWidget()
        self.today_box.setObjectName("catalogue.today")
        today = QVBoxLayout(self.today_box)
        today.setContentsMargins(0, 0, 0, 0)
        today.addWidget(label(_("Today, in the workshop:"), "instruction"))
        self.today_row = TileGrid(columns=3, tile_size=(360, 110))
        self.today_row.setFixedHeight(140)
        display.notifier().changed.connect(self._on_display_changed)
        today.addWidget(self.today_row)
        self.today_box.hide()
        layout.addWidget(self.today_box)
        layout.addWidget(label(_("What would you like to learn? Tap a picture."), "instruction"))
        self.grid = TileGrid(columns=3, tile_size=(330, 240))
        layout.addWidget(self.grid, 1)
        display.notifier().changed.connect(self._recolour)

    def _recolour(self) -> None:
        """The pictures in the new look's colours (light ones in strong contrast)."""
        recolour_tiles([*self.today_row.tiles(), *self.grid.tiles()])

    def _on_display_changed(self) -> None:
        self.today_row.setFixedHeight(self.today_row.tile_size()[1] + 30)
        self._fit_window()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_window()

    def _fit_window(self) -> None:
        """On a short window at big sizes, the buttons and margins give the pictures their
        room: a module's picture is seen whole above "Plus bas"."""
        short = compact_on_short_window(
            self, (self.display_button, self.settings_button, self.sign_out_button)
        )
        layout = self.layout()
        assert layout is not None  # (built in __init__)
        layout.setContentsMargins(40, 12 if short else 28, 40, 8 if short else 24)
        layout.setSpacing(8 if short else 18)

    def show_modules(
        self,
        first_name: str,
        modules: list[tuple[Module, int, int]],
        today: list[tuple[str, str]] | None = None,
    ) -> None:
        """``modules``: each module with its number of lessons and how many of them the
        learner has done; ``today``: (lesson id, title) of the lessons assigned to today's
        workshop."""
        self.title.setText(_("Hello {name}!").format(name=first_name))
        today_tiles: list[QWidget] = []
        for lesson_id, title in today or []:
            card = CardButton(title, [], QPixmap())
            card.set_picture(themed_tile_picture(card, "mdi6.star-circle", "#b33c00", 64))
            card.setObjectName(f"catalogue.today.{lesson_id}")
            card.clicked.connect(lambda _c=False, i=lesson_id: self.today_lesson_chosen.emit(i))
            today_tiles.append(card)
        self.today_row.set_tiles(today_tiles)
        self.today_box.setVisible(bool(today_tiles))
        tiles = []
        for module, count, done in modules:
            if done:
                # Progress the learner can see: "2 leçons sur 4 faites".
                caption = ngettext(
                    "{done} of {count} lessons done", "{done} of {count} lessons done", done
                ).format(done=done, count=count)
            elif count:
                caption = ngettext("{count} lesson", "{count} lessons", count).format(count=count)
            else:
                caption = _("Coming soon")
            tile = PictureTile(f"{module.display_title()}\n{caption}", QPixmap())
            tile.set_picture(themed_tile_picture(tile, module.icon, module.colour, 110))
            tile.setObjectName(f"catalogue.module.{module.id}")
            tile.setEnabled(count > 0)
            tile.clicked.connect(lambda _c=False, m=module.id: self.module_chosen.emit(m))
            tiles.append(tile)
        self.grid.set_tiles(tiles)


@dataclass(frozen=True)
class LessonCard:
    lesson_id: str
    title: str
    goal: str
    minutes: int
    status: str  # already worded for the learner
    icon: str = "mdi6.play-circle-outline"


class LessonListScreen(CardsScreen):
    lesson_chosen = Signal(str)
    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screen.lessons")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 24)
        layout.setSpacing(16)
        self.title = label("", "title")
        top_parts = top_row_with_back("lessons", self.title, self.back_requested.emit)
        self.back_button, self.display_button = top_parts.back_button, top_parts.display_button
        top = top_parts.layout
        layout.addLayout(top)
        self.banner = Banner()
        self.banner.setObjectName("lessons.banner")
        layout.addWidget(self.banner)
        self.grid = TileGrid(columns=1, tile_size=(600, 120))
        layout.addWidget(self.grid, 1)
        self.follow_display()

    def _fit_window(self) -> None:
        """On a short window at big sizes, a lesson's card is seen whole above "Plus bas"."""
        short = compact_on_short_window(self, (self.back_button, self.display_button))
        layout = self.layout()
        assert layout is not None  # (built in __init__)
        layout.setContentsMargins(40, 8 if short else 28, 40, 4 if short else 24)
        layout.setSpacing(8 if short else 16)

    def show_lessons(self, title: str, cards: list[LessonCard], banner: str = "") -> None:
        self.title.setText(title)
        self.banner.show_text(banner)
        tiles: list[QWidget] = []
        for card in cards:
            tile = CardButton(
                card.title,
                [card.goal, _("About {minutes} minutes").format(minutes=card.minutes), card.status],
                QPixmap(),
            )
            tile.set_picture(themed_tile_picture(tile, card.icon, "#0b4a85", 72))
            tile.setObjectName(f"lessons.lesson.{card.lesson_id}")
            tile.clicked.connect(lambda _c=False, i=card.lesson_id: self.lesson_chosen.emit(i))
            tiles.append(tile)
        self.grid.set_tiles(tiles)

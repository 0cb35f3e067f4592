"""The facilitator's home: one big tile per task, and "Lock" to leave."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap

from tutor.i18n import _
from tutor.ui.display import current, icon_colour
from tutor.ui.facilitator.common import Page
from tutor.ui.facilitator.space import FacilitatorPage
from tutor.ui.screens.grid import TileGrid
from tutor.ui.theme import picture_ink
from tutor.ui.widgets import PictureTile, icon

COLUMNS = 6  # two rows of tiles on a 1280x800 tablet


class FacilitatorHome(Page):
    tile_chosen = Signal(str)

    def __init__(self, pages: Sequence[FacilitatorPage]) -> None:
        """``pages``: one tile each, in this order (``registry.PAGES``)."""
        super().__init__("facilitator", _("Facilitator space"))
        self._pages = tuple(pages)
        self.back_button.setText(_("Lock"))
        self.back_button.setAccessibleName(_("Lock"))
        self.back_button.setProperty("icon_name", "mdi6.lock")  # kept when colours change
        self.back_button.setIcon(icon("mdi6.lock", icon_colour(self.back_button)))
        self.back_button.setObjectName("facilitator.lock")
        # The learners' own grid of tiles: as many on a line as fit, bigger with the text,
        # scrolling by finger when they do not all fit.
        self.grid = TileGrid(columns=COLUMNS, tile_size=(180, 220), fill=True)
        self.tiles: dict[str, PictureTile] = {}
        for page in self._pages:
            tile = PictureTile(_(page.title), _tile_picture(page.icon, page.colour))
            tile.setObjectName(f"facilitator.tile.{page.key}")
            tile.clicked.connect(lambda _c=False, k=page.key: self.tile_chosen.emit(k))
            self.tiles[page.key] = tile
        self.grid.set_tiles(list(self.tiles.values()))
        self.body.addWidget(self.grid, 1)

    def _on_display_changed(self) -> None:
        super()._on_display_changed()
        for page in self._pages:
            self.tiles[page.key].set_picture(_tile_picture(page.icon, page.colour))


def _tile_picture(icon_name: str, colour: str) -> QPixmap:
    """The task's picture in its colour; in strong contrast, a light colour of the same hue
    (the dark colours would hardly show on black: ``theme.picture_ink``)."""
    display = current()
    return icon(icon_name, picture_ink(colour, display.theme)).pixmap(display.sizes.px(96))

"""The facilitator's home: one big tile per task, and "Lock" to leave."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap

from tutor.i18n import N_, _
from tutor.ui.display import current, icon_colour
from tutor.ui.facilitator.common import Page
from tutor.ui.screens.grid import TileGrid
from tutor.ui.theme import picture_ink
from tutor.ui.widgets import PictureTile, icon

TILES = (
    ("learners", N_("Learners"), "mdi6.account-multiple", "#0b4a85"),
    ("workshops", N_("Workshops"), "mdi6.calendar-account", "#1b5e20"),
    ("progress", N_("Progress"), "mdi6.table-check", "#6a1b9a"),
    ("difficult", N_("Difficult steps"), "mdi6.alert-circle-outline", "#b33c00"),
    ("charts", N_("Charts"), "mdi6.chart-bar", "#00595e"),
    ("exports", N_("Exports and documents"), "mdi6.file-export-outline", "#4e342e"),
    ("backup", N_("Backup and restore"), "mdi6.backup-restore", "#37474f"),
    ("stand", N_("Stand mode"), "mdi6.storefront-outline", "#b33c00"),
    ("packs", N_("Tablets and packs"), "mdi6.tablet-cellphone", "#0b4a85"),
    ("change_pin", N_("Change PIN"), "mdi6.form-textbox-password", "#8e244d"),
)
COLUMNS = 5


class FacilitatorHome(Page):
    tile_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__("facilitator", _("Facilitator space"))
        self.back_button.setText(_("Lock"))
        self.back_button.setAccessibleName(_("Lock"))
        self.back_button.setProperty("icon_name", "mdi6.lock")  # kept when colours change
        self.back_button.setIcon(icon("mdi6.lock", icon_colour(self.back_button)))
        self.back_button.setObjectName("facilitator.lock")
        # The learners' own grid of tiles: as many on a line as fit, bigger with the text,
        # scrolling by finger when they do not all fit.
        self.grid = TileGrid(columns=COLUMNS, tile_size=(220, 220))
        self.tiles: dict[str, PictureTile] = {}
        for key, text, icon_name, colour in TILES:
            tile = PictureTile(_(text), _tile_picture(icon_name, colour))
            tile.setObjectName(f"facilitator.tile.{key}")
            tile.clicked.connect(lambda _c=False, k=key: self.tile_chosen.emit(k))
            self.tiles[key] = tile
        self.grid.set_tiles(list(self.tiles.values()))
        self.body.addWidget(self.grid, 1)

    def _on_display_changed(self) -> None:
        super()._on_display_changed()
        for key, _text, icon_name, colour in TILES:
            self.tiles[key].set_picture(_tile_picture(icon_name, colour))


def _tile_picture(icon_name: str, colour: str) -> QPixmap:
    """The task's picture in its colour; in strong contrast, a light colour of the same hue
    (the dark colours would hardly show on black: ``theme.picture_ink``)."""
    display = current()
    return icon(icon_name, picture_ink(colour, display.theme)).pixmap(display.sizes.px(96))

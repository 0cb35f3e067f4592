"""The facilitator's home: one big tile per task, and "Lock" to leave."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout

from tutor.i18n import N_, _
from tutor.ui.facilitator.common import Page
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
        self.back_button.setIcon(icon("mdi6.lock"))
        self.back_button.setObjectName("facilitator.lock")
        grid = QGridLayout()
        grid.setSpacing(20)
        self.tiles: dict[str, PictureTile] = {}
        for index, (key, text, icon_name, colour) in enumerate(TILES):
            tile = PictureTile(_(text), icon(icon_name, colour).pixmap(96))
            tile.setObjectName(f"facilitator.tile.{key}")
            tile.setMinimumSize(220, 220)
            tile.clicked.connect(lambda _c=False, k=key: self.tile_chosen.emit(k))
            grid.addWidget(tile, *divmod(index, COLUMNS))
            self.tiles[key] = tile
        self.body.addLayout(grid)
        self.body.addStretch(1)

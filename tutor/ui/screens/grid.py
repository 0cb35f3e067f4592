"""A finger-scrollable grid of big tiles, used by several screens."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QScrollArea, QWidget

from tutor.ui.widgets import finger_scroll


class TileGrid(QScrollArea):
    def __init__(self, columns: int = 4, tile_size: tuple[int, int] = (230, 230)):
        super().__init__()
        finger_scroll(self)
        self._columns = columns
        self._tile_size = tile_size
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setSpacing(24)
        self._grid.setContentsMargins(8, 8, 8, 8)
        self.setWidget(self._inner)

    def set_tiles(self, tiles: Sequence[QWidget]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()
                old.setParent(None)
                old.deleteLater()
        for index, tile in enumerate(tiles):
            tile.setMinimumSize(*self._tile_size)
            row, column = divmod(index, self._columns)
            self._grid.addWidget(tile, row, column)
        self._grid.setRowStretch(self._grid.rowCount(), 1)
        if self._columns > 1:
            self._grid.setColumnStretch(self._columns, 1)

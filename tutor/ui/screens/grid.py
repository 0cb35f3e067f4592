"""A finger-scrollable grid of big tiles, used by several screens.

The number of columns follows the width and the learner's text size: at 200 % the tiles
are wider, so fewer fit on a row and the grid reflows (and scrolls) instead of cutting text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QScrollArea, QWidget

from tutor.ui import display
from tutor.ui.widgets import NO_FOCUS, finger_scroll, recolour_tiles

SPACING = 24
MARGIN = 8


# Room kept for the "Plus bas" bar (tutor.ui.scroll_cue: a 64-pixel button and its gaps,
# more at big text sizes).
CUE_STRIP_PX = 96


class TileGrid(QScrollArea):
    def __init__(
        self, columns: int = 4, tile_size: tuple[int, int] = (230, 230), fill: bool = False
    ):
        """``fill``: the tiles share the whole width (same-width columns, no gap on the
        right), rather than keeping their least size."""
        super().__init__()
        self._fill = fill
        finger_scroll(self)
        self.setProperty("focusPolicy", NO_FOCUS)  # the tiles take the focus, not the grid
        self._columns = columns
        self._tile_size = tile_size
        self._tiles: list[QWidget] = []
        self._laid_columns = 0
        self._laid_width = self._laid_height = 0
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setSpacing(SPACING)
        self._grid.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self.setWidget(self._inner)
        display.notifier().changed.connect(self._on_display_changed)

    def tile_size(self) -> tuple[int, int]:
        """The least size of a tile at the current text size (grows less than the text)."""
        factor = 1 + (display.current().sizes.scale - 1) * 0.7
        width, height = self._tile_size
        return round(width * factor), round(height * factor)

    def columns(self) -> int:
        if self._columns == 1:
            return 1
        width = self.viewport().width() - 2 * MARGIN
        fit = (width + SPACING) // (self.tile_size()[0] + SPACING)
        return max(1, min(self._columns, fit))

    def tiles(self) -> list[QWidget]:
        return list(self._tiles)

    def set_tiles(self, tiles: Sequence[QWidget]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None and old not in tiles:
                old.hide()
                old.setParent(None)
                old.deleteLater()
        self._tiles = list(tiles)
        self._lay_out()

    def _lay_out(self) -> None:
        while self._grid.count():
            self._grid.takeAt(0)
        columns = self.columns()
        self._laid_columns = columns
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
            self._grid.setColumnMinimumWidth(column, 0)
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 0)
            self._grid.setRowMinimumHeight(row, 0)
        width, height = self.tile_size()
        room = self._room_per_column(columns)
        width = room if self._fill else min(width, room)
        # Nor more height than the list shows: a picture taller than the room left above
        # "Plus bas" could never be seen whole (its content still keeps what it needs).
        height = min(height, self._room_in_height())
        self._laid_width, self._laid_height = width, height
        for index, tile in enumerate(self._tiles):
            tile.setMinimumSize(width, height)
            row, column = divmod(index, columns)
            self._grid.addWidget(tile, row, column)
            # The cells hold the least size too: a button's own minimum is reset by the
            # style sheet's min-width and min-height whenever it is polished again (after
            # start-up or a change of look the tiles shrank to their content).
            self._grid.setColumnMinimumWidth(column, width)
            self._grid.setRowMinimumHeight(row, height)
        self._grid.setRowStretch(self._grid.rowCount(), 1)
        if self._columns > 1:
            self._grid.setColumnStretch(columns, 1)
        # At once, with the new least sizes: a layout still pending kept the rows of the
        # tiles' own height while each tile took its new least height, so a row of taller
        # tiles was drawn over the next (the facilitator's home at 150 % on 1200x800).
        self._grid.invalidate()
        self._grid.activate()
        self._grid.setGeometry(self._inner.rect())

    def showEvent(self, event):
        super().showEvent(event)
        if self._tiles:  # (laid out while hidden: placed again now that it shows)
            self._grid.invalidate()
            self._grid.activate()
            self._grid.setGeometry(self._inner.rect())

    def _room_per_column(self, columns: int) -> int:
        """A tile never asks for more than its column's share of the width: a wider one
        (a lesson's card at 200 % on a 1024-pixel screen) ran off the right edge, its words
        cut, where fingers scroll only up and down."""
        width = self.viewport().width() - 2 * MARGIN - (columns - 1) * SPACING
        return max(1, width // columns)

    def laid_tile_size(self) -> tuple[int, int]:
        """The least size the tiles were given: :meth:`tile_size`, within the list's room."""
        return self._laid_width, self._laid_height

    def _room_in_height(self) -> int:
        """The list's height less the "Plus bas" bar's strip, whether it shows or not (so
        showing it never changes the tiles, which would change whether it shows)."""
        whole = self.viewport().height() + self.viewportMargins().bottom()
        return max(1, whole - CUE_STRIP_PX - 2 * MARGIN)

    def _on_display_changed(self) -> None:
        self._lay_out()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if not self._tiles:
            return
        columns = self.columns()
        capped = min(self.tile_size()[0], self._room_per_column(columns))
        tall = min(self.tile_size()[1], self._room_in_height())
        if (columns, capped, tall) != (self._laid_columns, self._laid_width, self._laid_height):
            self._lay_out()


class CardsScreen(QWidget):
    """A screen around a grid of cards (``grid``): when the look changes the cards'
    pictures take its colours, and when the look or the window's size changes the screen
    fits its window again (:meth:`_fit_window`). Call :meth:`follow_display` once the
    grid is made."""

    grid: TileGrid

    def follow_display(self) -> None:
        display.notifier().changed.connect(self._on_display_changed)

    def _on_display_changed(self) -> None:
        """The pictures in the new look's colours (light ones in strong contrast)."""
        recolour_tiles(self.grid.tiles())
        self._fit_window()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_window()

    def _fit_window(self) -> None:
        """What the screen changes on a small window or at big sizes (nothing here)."""

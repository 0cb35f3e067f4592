"""The look chosen by the learner (text size and theme), applied live to the whole app.

``apply_display`` re-applies the font, the palette and the style sheet, re-colours the
buttons' icons, then tells the widgets that lay themselves out by size (tile grids, the
player's panel, the practice apps) through :func:`notifier`'s ``changed`` signal.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication

from tutor.ui.theme import PALETTES, STANDARD, TEXT_SIZES, Palette, Sizes, app_font, style_sheet

BASE_ICON_PX = 32


class Display(NamedTuple):  # (a named tuple: see theme.Palette)
    text_size: int = 100  # 100, 150 or 200 (%)
    theme: str = "standard"  # "standard" or "high_contrast"

    @property
    def palette(self) -> Palette:
        return PALETTES.get(self.theme, STANDARD)

    @property
    def sizes(self) -> Sizes:
        size = self.text_size if self.text_size in TEXT_SIZES else 100
        return Sizes(size / 100)

    @property
    def practice_text_factor(self) -> float:
        """How much bigger the practice apps' text gets: less than the tutor's own text,
        because a practice app keeps the shape of a real tablet."""
        return {150: 1.15, 200: 1.3}.get(self.text_size, 1.0)


class _Notifier(QObject):
    changed = Signal()


_current = Display()


@cache
def notifier() -> _Notifier:
    """Emits ``changed`` after a new look is applied."""
    return _Notifier()


def current() -> Display:
    return _current


# Words (and icons) on a button that answers what cannot be undone (its red is the same in
# both themes: see the facilitator's style).
ON_DANGER = "#ffffff"


def icon_colour(button: QAbstractButton) -> str:
    """The colour of a button's icon: the colour of its text in the current theme."""
    palette = _current.palette
    role = button.property("role")
    if role == "danger":
        return ON_DANGER
    return palette.on_primary if role == "primary" else palette.text


def icon_px() -> int:
    return _current.sizes.px(BASE_ICON_PX)


def apply_display(display: Display) -> None:
    """Apply ``display`` to the running application, at once, on every screen."""
    from tutor.glyphs import named_icon  # (widgets.icon: widgets imports this module)

    global _current
    _current = display
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    palette, sizes = display.palette, display.sizes
    sheet = style_sheet(palette, sizes)
    if app.styleSheet() == sheet:
        return  # already there: re-polishing every widget would only cost time
    app.setFont(app_font(sizes))
    app.setPalette(qt_palette(palette))
    app.setStyleSheet(sheet)
    for widget in app.allWidgets():
        name = widget.property("icon_name")
        if name and isinstance(widget, QAbstractButton):
            widget.setIcon(named_icon(str(name), icon_colour(widget)))
            widget.setIconSize(QSize(icon_px(), icon_px()))
    notifier().changed.emit()


def qt_palette(palette: Palette) -> QPalette:
    """The Qt palette matching the theme, for widgets that paint themselves."""
    qt = QPalette()
    window, surface, text = QColor(palette.window), QColor(palette.surface), QColor(palette.text)
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.Base, surface),
        (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.Button, surface),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Highlight, QColor(palette.primary)),
        (QPalette.ColorRole.HighlightedText, QColor(palette.on_primary)),
    ):
        qt.setColor(role, colour)
    return qt

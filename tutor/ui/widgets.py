"""Small reusable widgets, all sized for fingers and eyes.

The sign-in screen is built from these before its first paint, and that path never touches
``Qt``, PySide6's namespace of Qt's general enums: the first use of it creates all of its
Python enums (about 17 ms, a sixth of a bare window's start). So enum-typed settings go
through Qt properties by value (:data:`PLAIN_TEXT` …), tiles are painted by the style sheet,
pictures without a pen or a brush (see ``glyphs``), and what cannot be done without the
namespace (the pointing cursor, finger scrolling) waits for :func:`apply_finishing_touches`,
right after that first paint.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from tutor.core.avatars import AVATARS, COLOURS
from tutor.core.sizes import MIN_TARGET_PX

SHORT_WINDOW_PX = 790
"""A screen less tall than this (a 768 px laptop) is short for 150 % and 200 % text..."""
NARROW_WINDOW_PX = 1250
"""...and one narrower than this (1200 or 1024 px) wraps its rows of buttons."""
COMPACT_BUTTON = "QPushButton { min-height: 60px; padding: 0px 14px; }"
"""A button a finger's height (64 px with its edge) rather than a big button's."""
# Values of Qt's enums, set as Qt properties (see the module's docstring).
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
STRONG_FOCUS = 11  # Qt.FocusPolicy.StrongFocus
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter

# Finishing touches that need Qt's namespace, held while the first screen is built.
_held_touches: list[tuple[QWidget, Callable[[QWidget], None]]] | None = None


def hold_finishing_touches() -> None:
    """From now until :func:`apply_finishing_touches`, touches that need Qt's namespace wait."""
    global _held_touches
    if _held_touches is None:
        _held_touches = []


def apply_finishing_touches() -> None:
    """Give the widgets built meanwhile what they waited for (skipping any deleted since)."""
    global _held_touches
    held, _held_touches = _held_touches or [], None
    for widget, touch in held:
        if Shiboken.isValid(widget):
            touch(widget)


def _finishing_touch(widget: QWidget, touch: Callable[[QWidget], None]) -> None:
    if _held_touches is None:
        touch(widget)
    else:
        _held_touches.append((widget, touch))


def _pointing_hand(widget: QWidget) -> None:
    from PySide6.QtCore import Qt

    widget.setCursor(Qt.CursorShape.PointingHandCursor)


def icon(name: str, colour: str = "#141414") -> QIcon:
    """A vector icon, made once per (name, colour): screens ask for the same ones often.

    ``mdi6.*`` icons are painted from the icon font directly (fast, see ``glyphs``).
    """
    from tutor.glyphs import named_icon

    return named_icon(name, colour)


def set_role(widget: QWidget, role: str) -> None:
    """Tag a widget for the style sheet (``QWidget[role="..."]``)."""
    widget.setProperty("role", role)


def label(text: str, role: str | None = None, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setProperty("textFormat", PLAIN_TEXT)
    if role:
        set_role(widget, role)
    return widget


def button(
    text: str, icon_name: str | None = None, role: str | None = None, name: str | None = None
) -> QPushButton:
    from tutor.ui.display import icon_colour, icon_px

    widget = QPushButton(text)
    if role:
        set_role(widget, role)
    if icon_name:
        widget.setProperty("icon_name", icon_name)  # re-coloured when the theme changes
        widget.setIcon(icon(icon_name, icon_colour(widget)))
        widget.setIconSize(QSize(icon_px(), icon_px()))
    if name:
        widget.setObjectName(name)
    widget.setAccessibleName(text)
    _finishing_touch(widget, _pointing_hand)
    widget.setAutoDefault(True)  # Enter presses the button that has the keyboard focus
    return widget


def finger_scroll(area: QScrollArea) -> QScrollArea:
    """Scroll by dragging with a finger or the mouse, with a kinetic feel; no scrollbars."""
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
    # Our own viewport widget: asking Qt for its default one makes PySide6 look up the
    # class of the widget returned, which initialises every scroll-area class first
    # (about 25 ms, on the way to the first screen).
    viewport = QWidget()
    area.setViewport(viewport)
    _finishing_touch(viewport, _kinetic_scrolling)
    return area


def _kinetic_scrolling(viewport: QWidget) -> None:
    from PySide6.QtWidgets import QScroller, QScrollerProperties

    from tutor.ui.scroll_cue import add_scroll_cue

    area = viewport.parentWidget()
    if isinstance(area, QScrollArea) and not area.property("own_more_cue"):
        add_scroll_cue(area)  # "more below", while there is
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    # A touch reaches the button under the finger at once, even right after another touch
    # (a held-back press was lost when two buttons were touched quickly).
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    scroller.setScrollerProperties(properties)


def scroll_page(screen: QWidget) -> QVBoxLayout:
    """Make ``screen`` one finger-scrollable page and return the layout to fill.

    At 200 % a screen is often taller than the window: it scrolls instead of being cut.
    """
    outer = QVBoxLayout(screen)
    outer.setContentsMargins(0, 0, 0, 0)
    area = finger_scroll(QScrollArea())
    area.setObjectName(f"{screen.objectName()}.scroll")
    inner = QWidget()
    set_role(inner, "page")
    area.setWidget(inner)
    outer.addWidget(area)
    return QVBoxLayout(inner)


def display_button(screen_name: str) -> QPushButton:
    """The "Aa" button found on every learner screen: text size and colours, at any time."""
    from tutor.i18n import _

    widget = button("Aa", name=f"{screen_name}.display")
    widget.setAccessibleName(_("Text size and colours"))
    widget.setToolTip("")
    widget.setMinimumSize(MIN_TARGET_PX, MIN_TARGET_PX)
    return widget


class TopRow(NamedTuple):
    layout: QHBoxLayout
    display_button: QPushButton


class TopRowWithBack(NamedTuple):
    layout: QHBoxLayout
    back_button: QPushButton
    display_button: QPushButton


def top_row(screen_name: str, title: QLabel) -> TopRow:
    """The top of a learner's screen, the same everywhere: the title taking the room, and
    "Aa" (text size and colours)."""
    row = QHBoxLayout()
    row.addWidget(title, 1)
    aa = display_button(screen_name)
    row.addWidget(aa)
    return TopRow(row, aa)


def top_row_with_back(screen_name: str, title: QLabel, back: Callable[[], None]) -> TopRowWithBack:
    """``top_row`` with "Back" first, calling ``back`` when touched."""
    from tutor.i18n import _

    top = top_row(screen_name, title)
    back_button = button(_("Back"), "mdi6.arrow-left", name=f"{screen_name}.back")
    back_button.clicked.connect(back)
    top.layout.insertWidget(0, back_button)
    return TopRowWithBack(top.layout, back_button, top.display_button)


@cache
def _disc(colour: str, size: int) -> QPixmap:
    """The font's disc, drawn so that it fills the square (it is 20/24 of its em box)."""
    from tutor.glyphs import character, glyph_pixmap

    return glyph_pixmap(character("mdi6.circle"), QSize(size, size), colour, 1.2)


def picture(icon_name: str, colour: str, size: int) -> QPixmap:
    """An icon as a square picture: ``mdi6.*`` drawn straight from the icon font (what its
    icon would give, without a round trip through an icon engine written in Python)."""
    from tutor.glyphs import GlyphMissing, character, glyph_pixmap

    try:
        return glyph_pixmap(character(icon_name), QSize(size, size), colour)
    except GlyphMissing:
        return icon(icon_name, colour).pixmap(size)


def avatar_pixmap(icon_name: str, colour: str, size: int, theme: str | None = None) -> QPixmap:
    """A coloured disc with a picture in it, in ``theme`` (the current one by default).

    The learner's colour is dark, for light pages; in strong contrast the disc takes a light
    colour of the same hue (``theme.picture_ink``) so that it shows on black, and the
    picture in it is drawn in black or white, whichever stands out on the disc."""
    from tutor.ui.display import current
    from tutor.ui.theme import ink_on, picture_ink

    disc = picture_ink(colour or COLOURS[0], theme or current().theme)
    pixmap = _disc(disc, size).copy()  # the disc itself is shared
    painter = QPainter(pixmap)
    inner = int(size * 0.6)
    offset = (size - inner) // 2
    painter.drawPixmap(offset, offset, picture(icon_name or AVATARS[0], ink_on(disc), inner))
    painter.end()
    return pixmap


def themed_icon(name: str, colour: str) -> QIcon:
    """``icon`` in the colour a picture of ``colour`` takes in the current theme (a light
    one in strong contrast, see ``theme.picture_ink``)."""
    from tutor.ui.display import current
    from tutor.ui.theme import picture_ink

    return icon(name, picture_ink(colour, current().theme))


def themed_tile_picture(tile: PictureTile, name: str, colour: str, size: int) -> QPixmap:
    """The tile's icon picture in the current theme; the tile keeps what it needs to draw it
    again in another look (:func:`recolour_tiles`)."""
    tile.setProperty("picture", (name, colour, size))
    return themed_icon(name, colour).pixmap(size)


def recolour_tiles(tiles: list[QWidget]) -> None:
    """Tiles whose icon was drawn by :func:`themed_tile_picture`, drawn again in the
    current theme (a change of look shows at once)."""
    for tile in tiles:
        drawn = tile.property("picture")
        if isinstance(tile, PictureTile) and drawn:
            name, colour, size = drawn
            tile.set_picture(themed_icon(name, colour).pixmap(size))


def _see_through(widget: QWidget) -> None:
    """A picture or a line inside a tile: a touch on it is the tile's."""
    from PySide6.QtCore import Qt

    widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


class PictureTile(QPushButton):
    """A big square button: a picture above a name (learners, modules, choices).

    A push button without text of its own (its name is a label under the picture), so its
    rounded frame is drawn by the style sheet (``PictureTile`` rules in ``theme``): the
    surface, a thicker focus-coloured border with the keyboard focus, the feedback colour
    while pressed."""

    def __init__(self, text: str, pixmap: QPixmap, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = text
        self.setAccessibleName(text)
        self.setCheckable(False)
        _finishing_touch(self, _pointing_hand)
        self.setProperty("focusPolicy", STRONG_FOCUS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        picture = QLabel()
        picture.setPixmap(pixmap)
        picture.setAccessibleName(text)  # a screen reader says whose (or what) picture it is
        self._picture = picture
        picture.setProperty("alignment", ALIGN_CENTER)
        _finishing_touch(picture, _see_through)
        # Bold by the application's style sheet: a sheet of its own per label would cost
        # each tile a style of its own (measured ~0.3 ms a tile on the sign-in screen).
        name = label(text, "tile_name")
        name.setProperty("alignment", ALIGN_CENTER)
        _finishing_touch(name, _see_through)
        layout.addWidget(picture)
        layout.addWidget(name)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)

    def text(self) -> str:
        """The tile's name (drawn by its label, not by the button)."""
        return self._text

    def set_picture(self, pixmap: QPixmap) -> None:
        self._picture.setPixmap(pixmap)

    # Sized by what it holds (a push button would size itself by its own, empty, text).
    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.totalSizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.totalMinimumSize() if layout is not None else super().minimumSizeHint()

    def keyPressEvent(self, event):
        if not _press_on_enter(self, event):
            super().keyPressEvent(event)


def _press_on_enter(tile: QAbstractButton, event) -> bool:
    from PySide6.QtCore import Qt

    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and tile.isEnabled():
        tile.click()
        return True
    return False


class Banner(QLabel):
    """A calm message line (e.g. "Saved"), hidden when empty."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        set_role(self, "banner")
        self.setWordWrap(True)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class CardButton(PictureTile):
    """A wide button: a picture on the left, a bold title and wrapped lines on the right."""

    def __init__(
        self, title: str, lines: list[str], pixmap: QPixmap, parent: QWidget | None = None
    ):
        QPushButton.__init__(self, parent)
        self._text = title
        self.setAccessibleName(title)
        self.setAccessibleDescription(" ".join(lines))
        _finishing_touch(self, _pointing_hand)
        self.setProperty("focusPolicy", STRONG_FOCUS)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 16, 20, 16)
        row.setSpacing(20)
        picture = QLabel()
        picture.setPixmap(pixmap)
        picture.setAccessibleName(title)
        self._picture = picture
        _finishing_touch(picture, _see_through)
        row.addWidget(picture)
        column = QVBoxLayout()
        heading = label(title, "instruction")
        _finishing_touch(heading, _see_through)
        column.addWidget(heading)
        for line in lines:
            text = label(line)
            _finishing_touch(text, _see_through)
            column.addWidget(text)
        row.addLayout(column, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)


def compact_on_short_window(screen: QWidget, buttons: Sequence[QPushButton]) -> bool:
    """From 150 % on a short or narrow window, ``buttons`` are a finger's height rather
    than a big button's, so the screen's words and pictures keep their room; True then."""
    from tutor.ui import display

    small = screen.height() < SHORT_WINDOW_PX or screen.width() < NARROW_WINDOW_PX
    short = display.current().sizes.scale >= 1.5 and small
    for widget in buttons:
        widget.setStyleSheet(COMPACT_BUTTON if short else "")
    return short

"""Material Design icons painted straight from the icon font that QtAwesome ships.

The tutor's own screens use a few dozen ``mdi6.*`` icons, and the sign-in screen must
paint quickly. Importing QtAwesome costs about 110 ms (QtPy imports every Qt class, which
creates thousands of Python enums), so these screens read the same font file and the same
name-to-character map directly: same look, a few milliseconds. The practice apps keep
using QtAwesome itself (it is loaded after the first screen is shown).
"""

from __future__ import annotations

import atexit
import importlib.util
import logging
import shutil
import tempfile
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap

PREFIX = "mdi6"
FONT_PATTERN = "materialdesignicons6-webfont-*.ttf"
GLYPH_SCALE = 0.875  # the glyph is drawn a little smaller than its box, as QtAwesome does
DISABLED_COLOUR = "#8a8a8a"
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter, without touching Qt's namespace


class GlyphMissing(LookupError):
    """An icon name that the shipped icon font does not have."""


def _qtawesome_fonts() -> Path:
    """QtAwesome's font folder, found without importing QtAwesome (that is the point)."""
    spec = importlib.util.find_spec("qtawesome")
    locations = list(spec.submodule_search_locations or []) if spec else []
    if not locations:
        raise GlyphMissing("the QtAwesome package is not installed")
    return Path(locations[0]) / "fonts"


@cache
def _font_and_map() -> tuple[str, str]:
    """The font family (loaded once) and the text of the name-to-code map (JSON pairs
    ``"name": "0xf0001"``: finding a name in the text is much quicker than decoding all
    7,000 pairs, and only a few dozen names are ever asked for)."""
    fonts = _qtawesome_fonts()
    ttf = sorted(fonts.glob(FONT_PATTERN))
    if not ttf:
        raise GlyphMissing(f"no {FONT_PATTERN} in {fonts}")
    charmap = ttf[-1].with_name(ttf[-1].name.replace("-webfont-", "-webfont-charmap-"))
    codes = charmap.with_suffix(".json").read_text(encoding="utf-8")
    font_id = QFontDatabase.addApplicationFont(str(ttf[-1]))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise GlyphMissing(f"the icon font {ttf[-1]} could not be loaded")
    return families[0], codes


@cache
def character(name: str) -> str:
    """The font character of ``mdi6.<name>``; :class:`GlyphMissing` if there is none."""
    prefix, _dot, short = name.partition(".")
    if prefix != PREFIX:
        raise GlyphMissing(f"only {PREFIX}.* icons are drawn from the font, not {name!r}")
    _family, codes = _font_and_map()
    key = codes.find(f'"{short}":')  # a key: quoted and followed by a colon
    start = codes.find('"', key + len(short) + 3) + 1
    end = codes.find('"', start)
    try:
        if key < 0 or start <= 0 or end < 0:
            raise ValueError
        return chr(int(codes[start:end], 16))
    except ValueError:
        raise GlyphMissing(f"unknown icon {name!r}") from None


class GlyphEngine(QIconEngine):
    """Paints one glyph of the icon font at any size: sharp at every text size."""

    def __init__(self, name: str, colour: str):
        super().__init__()
        self.name = name
        self.colour = colour
        self._char = character(name)
        # Drawn once per size: a table of status icons repaints them at every scroll.
        self._drawn: dict[tuple[int, int, bool], QPixmap] = {}

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        disabled = mode == QIcon.Mode.Disabled
        key = (size.width(), size.height(), disabled)
        drawn = self._drawn.get(key)
        if drawn is None:
            colour = DISABLED_COLOUR if disabled else self.colour
            drawn = self._drawn[key] = glyph_pixmap(self._char, size, colour)
        return drawn

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.name, self.colour)


def glyph_pixmap(char: str, size: QSize, colour: str, scale: float = GLYPH_SCALE) -> QPixmap:
    """One glyph of the icon font, centred, in ``colour``.

    Drawn without giving the painter a pen or a brush: from Python, either makes PySide6
    create every enum of Qt's namespace (about 17 ms), which the first screen does without.
    The glyph is drawn in the painter's own black, then coloured through it (source-in)."""
    family, _codes = _font_and_map()
    pixmap = QPixmap(size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(family)
    font.setPixelSize(max(1, round(scale * size.height())))
    painter.setFont(font)
    painter.drawText(QRect(QPoint(0, 0), size), ALIGN_CENTER, char)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    ink = QPixmap(size)
    ink.fill(QColor(colour))
    painter.drawPixmap(0, 0, ink)
    painter.end()
    return pixmap


def glyph_icon(name: str, colour: str) -> QIcon:
    """``name`` (``mdi6.*``) as an icon in ``colour``; :class:`GlyphMissing` if unknown."""
    return QIcon(GlyphEngine(name, colour))


@cache
def named_icon(name: str, colour: str) -> QIcon:
    """Any QtAwesome icon name: ``mdi6.*`` from the font directly, another set through
    QtAwesome itself (imported only then). An unknown name gives an empty icon (and a line
    in the log) rather than stopping a screen."""
    try:
        return glyph_icon(name, colour)
    except GlyphMissing:
        pass
    try:
        import qtawesome

        return qtawesome.icon(name, color=colour)
    except Exception:  # a missing font file or an unknown name
        logging.getLogger(__name__).warning("no icon %r", name, exc_info=True)
        return QIcon()


@cache
def _glyph_folder() -> Path:
    """A private folder for this run's glyph pictures, removed when the program ends."""
    folder = Path(tempfile.mkdtemp(prefix="pas-a-pas-glyphs-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


@cache
def glyph_file(name: str, colour: str, px: int) -> str:
    """``name`` (``mdi6.*``) in ``colour`` as a PNG file, for a style sheet's ``image:``
    (a check box's mark: a style sheet that draws the box itself draws no mark of its own).
    An empty string when it cannot be made (the box then shows its fill alone)."""
    try:
        pixmap = glyph_pixmap(character(name), QSize(px, px), colour, 1.0)
    except GlyphMissing:
        return ""
    path = _glyph_folder() / f"{name.replace('.', '-')}-{colour.lstrip('#')}-{px}.png"
    return path.as_posix() if pixmap.save(str(path)) else ""

"""Colours, sizes and the style sheet: large text, large targets, high contrast.

Sizes are given at 100 % and scaled by the learner's text size (100, 150 or 200 %). Body
text is never under 22 px at 100 %, and every control a finger touches is at least 64 px.
"""

from __future__ import annotations

import colorsys
from functools import cache
from typing import NamedTuple

from PySide6.QtGui import QFont

from tutor.core.colours import contrast_ratio
from tutor.core.sizes import MIN_TARGET_PX
from tutor.fonts import font_family


# Named tuples rather than frozen dataclasses: these are defined on the way to the first
# screen, and a frozen dataclass costs ~1 ms to define (it compiles its methods).
class Palette(NamedTuple):
    window: str
    surface: str
    text: str
    muted_text: str
    primary: str
    on_primary: str
    border: str
    feedback_bg: str
    feedback_text: str
    praise_bg: str
    praise_text: str
    focus: str
    band: str  # a shaded line in a table (a module's name above its lessons)
    band_text: str
    chosen: str  # the ring around a chosen picture or colour (3:1 and more on the page)


STANDARD = Palette(
    window="#f4f1ea",
    surface="#ffffff",
    text="#141414",
    muted_text="#3d3d3d",
    primary="#0b4a85",
    on_primary="#ffffff",
    border="#5a5a5a",
    feedback_bg="#fff1c7",
    feedback_text="#2b1f00",
    praise_bg="#dff3e0",
    praise_text="#0b3d12",
    focus="#5e35b1",  # violet: unlike the help's orange ring (see tutor.ui.focus_ring)
    band="#e8e2d4",
    band_text="#141414",
    chosen="#b84a00",
)
HIGH_CONTRAST = Palette(
    window="#000000",
    surface="#000000",
    text="#ffffff",
    muted_text="#ffffff",
    primary="#ffeb3b",
    on_primary="#000000",
    border="#ffffff",
    feedback_bg="#000000",
    feedback_text="#ffeb3b",
    praise_bg="#000000",
    praise_text="#7dff8a",
    focus="#00e5ff",
    band="#333333",
    band_text="#ffffff",
    chosen="#ffb74d",
)
PALETTES = {"standard": STANDARD, "high_contrast": HIGH_CONTRAST}
# The least contrast between any text and its background, per theme (WCAG AA and AAA).
MIN_CONTRAST = {"standard": 4.5, "high_contrast": 7.0}
# A learner's text sizes (percent of the base sizes).
TEXT_SIZES = (100, 150, 200)
MIN_BODY_PX = 22


# Non-text contrast (WCAG 1.4.11): pictures, boxes, edges and tracks against their page.
MIN_NON_TEXT_CONTRAST = 3.0
# Pictures drawn in a colour of their own (a learner's disc, a module's icon, a status icon)
# are dark, for the usual light pages. In strong contrast (black pages) each takes a light
# colour of the same hue, at least this contrast on black; some are chosen by hand.
LIGHT_INK_CONTRAST = 10.0
HIGH_CONTRAST_INK = {
    "#1b5e20": "#7dff8a",
    "#b33c00": "#ffb74d",
    "#5a5a5a": "#ffffff",
    "#8e244d": "#ff9ec0",
    "#0b4a85": "#8cc8ff",
}


@cache
def picture_ink(colour: str, theme: str) -> str:
    """The colour a picture of ``colour`` is drawn in with ``theme``: as given in the usual
    colours, a light colour of the same hue in strong contrast (see HIGH_CONTRAST_INK)."""
    if theme != "high_contrast":
        return colour
    colour = colour.lower()
    chosen = HIGH_CONTRAST_INK.get(colour)
    if chosen is not None:
        return chosen
    red, green, blue = (int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    for step in range(101):  # lighter and lighter, keeping the hue, until it reads on black
        lighter = lightness + (1 - lightness) * step / 100
        rgb = colorsys.hls_to_rgb(hue, lighter, saturation)
        candidate = "#" + "".join(f"{round(c * 255):02x}" for c in rgb)
        if contrast_ratio(candidate, HIGH_CONTRAST.window) >= LIGHT_INK_CONTRAST:
            return candidate
    return "#ffffff"


def ink_on(colour: str) -> str:
    """What is drawn on a disc of ``colour`` (a learner's picture): white or black,
    whichever contrasts more."""
    white, black = contrast_ratio("#ffffff", colour), contrast_ratio("#000000", colour)
    return "#ffffff" if white >= black else "#000000"


def text_pairs(palette: Palette) -> dict[str, tuple[str, str]]:
    """Every (text, background) pair the style sheet uses, by what it is for."""
    p = palette
    return {
        "text on window": (p.text, p.window),
        "text on surface": (p.text, p.surface),
        "muted text on window": (p.muted_text, p.window),
        "muted text on surface": (p.muted_text, p.surface),
        "primary button": (p.on_primary, p.primary),
        "kind answer": (p.feedback_text, p.feedback_bg),
        "praise": (p.praise_text, p.praise_bg),
        "chosen button": (p.feedback_text, p.feedback_bg),
        "shaded line of a table": (p.band_text, p.band),
    }


def non_text_pairs(palette: Palette) -> dict[str, tuple[str, str]]:
    """Every (edge or picture, background) pair the style sheet draws, by what it is for:
    each must reach MIN_NON_TEXT_CONTRAST."""
    p = palette
    return {
        "edge of a button, field or tile on the page": (p.border, p.window),
        "edge of a button or field on a panel": (p.border, p.surface),
        "progress done on its track": (p.primary, p.surface),
        "chosen picture's ring on the page": (p.chosen, p.window),
        "focus ring on the page": (p.focus, p.window),
        "icon in its text's colour": (p.text, p.surface),
    }


class Sizes(NamedTuple):
    """Pixel sizes at a given text scale."""

    scale: float

    def px(self, base: float) -> int:
        return round(base * self.scale)

    @property
    def body(self) -> int:
        return self.px(24)

    @property
    def instruction(self) -> int:
        # Grows a little less than the body text, so that long words fit the lesson panel.
        return round(34 * (0.5 + 0.5 * self.scale))

    @property
    def title(self) -> int:
        return round(40 * (0.5 + 0.5 * self.scale))

    @property
    def small(self) -> int:
        return self.px(22)

    @property
    def button_height(self) -> int:
        # Grows less than the text: a button's padding need not double with it.
        return max(MIN_TARGET_PX, round(76 * (0.6 + 0.4 * self.scale)))


def app_font(sizes: Sizes) -> QFont:
    font = QFont(font_family())
    font.setPixelSize(sizes.body)
    return font


def style_sheet(palette: Palette, sizes: Sizes) -> str:
    p, s = palette, sizes
    return f"""
    QWidget {{ color: {p.text}; font-size: {s.body}px; }}
    QMainWindow, QStackedWidget#screens > QWidget, TileGrid, TileGrid > QWidget > QWidget,
        QWidget[role="page"] {{ background: {p.window}; }}
    QLabel[role="title"] {{ font-size: {s.title}px; font-weight: bold; }}
    QLabel[role="instruction"] {{ font-size: {s.instruction}px; font-weight: bold; }}
    QLabel[role="counter"] {{ font-size: {s.body}px; color: {p.muted_text}; font-weight: bold; }}
    QLabel[role="muted"] {{ color: {p.muted_text}; }}
    QLabel[role="tile_name"] {{ font-weight: bold; }}
    QLabel[role="speech"] {{ background: {p.surface}; color: {p.text};
        border: 2px solid {p.border}; border-radius: 14px; padding: 14px; }}
    QLabel[role="feedback"] {{ background: {p.feedback_bg}; color: {p.feedback_text};
        border: 3px solid {p.border}; border-radius: 14px; padding: 14px; }}
    QLabel[role="praise"] {{ background: {p.praise_bg}; color: {p.praise_text};
        border: 3px solid {p.praise_text}; border-radius: 14px; padding: 14px; }}
    QLabel[role="banner"] {{ background: {p.praise_bg}; color: {p.praise_text};
        border-radius: 12px; padding: 12px; }}
    QPushButton {{ background: {p.surface}; color: {p.text}; border: 3px solid {p.border};
        border-radius: 16px; padding: 8px 20px; min-height: {s.button_height - 22}px;
        min-width: {MIN_TARGET_PX}px; font-size: {s.body}px; font-weight: bold; }}
    QPushButton:checked {{ background: {p.feedback_bg}; color: {p.feedback_text};
        border: 6px solid {p.text}; padding: 5px 17px; }}
    QPushButton:pressed {{ background: {p.border}; color: {p.surface}; }}
    QPushButton[role="primary"] {{ background: {p.primary}; color: {p.on_primary};
        border-color: {p.primary}; }}
    QPushButton:disabled {{ color: {p.muted_text}; border-style: dashed; }}
    QPushButton[role="tile"] {{ text-align: left; padding: 16px; }}
    PictureTile {{ background: {p.surface}; border: 3px solid {p.border}; border-radius: 20px;
        margin: 2px; padding: 0px; min-height: 0px; }}
    PictureTile:pressed {{ background: {p.feedback_bg}; }}
    QPushButton[role="discreet"] {{ border: 2px solid {p.border}; font-size: {s.small}px;
        font-weight: normal; }}
    QLineEdit {{ background: {p.surface}; border: 3px solid {p.border}; border-radius: 12px;
        padding: 10px; font-size: {s.instruction}px; min-height: {MIN_TARGET_PX}px; }}
    QLineEdit:focus {{ border: 4px solid {p.focus}; }}
    QFrame[role="panel"] {{ background: {p.surface}; border: 2px solid {p.border};
        border-radius: 18px; }}
    QFrame[role="definition"] {{ background: {p.feedback_bg}; border: 4px solid {p.text};
        border-radius: 16px; }}
    QLabel[role="definition_text"] {{ background: transparent; color: {p.feedback_text};
        font-size: {s.instruction}px; }}
    QLabel[role="pin_dots"] {{ font-size: {s.px(52)}px; letter-spacing: 12px;
        background: {p.surface}; color: {p.text}; border: 3px solid {p.border};
        border-radius: 14px; }}
    QPushButton[role="pin_key"] {{ font-size: {s.px(40)}px; }}
    QProgressBar {{ background: {p.surface}; border: 2px solid {p.border};
        border-radius: 6px; }}
    QProgressBar::chunk {{ background: {p.primary}; border-radius: 3px; }}
    QScrollBar:vertical {{ width: 0px; }}
    QScrollBar:horizontal {{ height: 0px; }}
    """

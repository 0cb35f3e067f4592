"""The app's legible font, for the screens and the printed documents alike.

Atkinson Hyperlegible Next (made for low vision) when shipped, else DejaVu Sans. Loaded
into Qt's font database once, on first use; below both ``ui`` and ``exports``, so that a
PDF is written in the same font without the documents depending on the screens.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from tutor.paths import assets_dir

FALLBACK_FAMILY = "DejaVu Sans"


@cache
def font_family() -> str:
    """The family name to ask Qt for: the bundled font once loaded, else the fallback."""
    family = None
    for path in sorted(Path(assets_dir(), "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    return family or FALLBACK_FAMILY

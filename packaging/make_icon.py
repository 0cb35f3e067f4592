"""Renders packaging/icons/pas-a-pas.svg to the PNG (Linux) and ICO (Windows) icons.

Run once after changing the SVG: ``.venv/bin/python packaging/make_icon.py``. The outputs
are committed, so building the bundle does not need this step.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent / "icons"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "pas-a-pas.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    render(256).save(str(ICONS / "pas-a-pas.png"))
    # Qt's ICO writer stores one size per file; 256 px is what Windows scales from.
    if not render(256).save(str(ICONS / "pas-a-pas.ico"), "ICO"):
        print("could not write the ICO file (Qt's ico image plugin missing?)", file=sys.stderr)
        return 1
    print(f"wrote {ICONS / 'pas-a-pas.png'} and {ICONS / 'pas-a-pas.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

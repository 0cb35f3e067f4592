"""Qt's offscreen platform with screens of chosen sizes.

Pictures and audits are made without a display. Qt's offscreen platform pretends to have
one 800×800 screen; a window is only ever judged against the screen it would have, so the
screens are given the sizes of the tablets and laptops the app is made for. Several sizes
sit side by side as several screens, so one process can show the window on each in turn.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Sequence

WINDOW_SIZES = ((1280, 800), (1200, 800), (1366, 768), (1024, 768))
"""A 10-inch tablet; a Surface Go at 150 % scaling; a common laptop; the smallest supported."""

_SIZE = re.compile(r"^\s*(\d{3,5})\s*[x×]\s*(\d{3,5})\s*$")


def parse_size(text: str) -> tuple[int, int]:
    """``"1280x800"`` → ``(1280, 800)``; ValueError names what was expected."""
    found = _SIZE.match(text)
    if found is None:
        raise ValueError(f"{text!r}: expected WIDTHxHEIGHT, for example 1280x800")
    width, height = int(found[1]), int(found[2])
    if not (640 <= width <= 8000 and 480 <= height <= 8000):
        raise ValueError(f"{text!r}: expected a width from 640 and a height from 480")
    return width, height


def use_offscreen_screens(sizes: Sequence[tuple[int, int]]) -> None:
    """Before the QApplication is made: offscreen screens of these logical sizes, side by
    side from the left (under ``QT_SCALE_FACTOR`` their pixels are that much bigger)."""
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    screens, left = [], 0
    for index, (width, height) in enumerate(sizes):
        physical = round(width * scale), round(height * scale)
        screens.append(
            {
                "name": f"screen-{index}-{width}x{height}",
                "x": left,
                "y": 0,
                "width": physical[0],
                "height": physical[1],
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        )
        left += physical[0]
    handle, path = tempfile.mkstemp(prefix="tutor-screens-", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as config:
        json.dump({"screens": screens}, config)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"


def place_on_screen(window, index: int) -> None:
    """Moves ``window`` to screen ``index`` (see :func:`use_offscreen_screens`) and gives it
    that screen's whole size, as a maximised window on a tablet."""
    from PySide6.QtGui import QGuiApplication

    screens = QGuiApplication.screens()
    screen = screens[min(index, len(screens) - 1)]
    area = screen.availableGeometry()
    window.showNormal()
    window.setScreen(screen)
    window.move(area.topLeft())
    window.resize(area.size())

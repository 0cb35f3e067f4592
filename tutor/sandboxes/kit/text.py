"""Text colours and labels shared by the practice apps' screens.

One ink and one muted grey for every app: both read at 7:1 and more on white (the muted
grey also on the apps' light grey pages), so no app needs its own near-black.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tutor.sandboxes.kit.look import Look

INK = "#1b1b1b"  # body text
MUTED = "#4a4f55"  # secondary text (times, hints): still 7:1 on white


def label(look: Look, text: str, px: float = 22, bold: bool = False, colour: str = INK) -> QLabel:
    """A transparent, word-wrapped text sized by the look (at least 20 design pixels)."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setStyleSheet(f"color: {colour}; background: transparent;")
    look.keep_font(widget, max(20, px), bold)
    return widget

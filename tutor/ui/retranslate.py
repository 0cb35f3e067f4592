"""Putting the fixed texts of screens into another language, live.

Screens write their fixed texts (titles, button names) once, when built. When a learner
changes the language, each such text is found again by its message id in the catalogue of
the language it was shown in, and replaced by the same message in the new language. Texts
made from data (names, lesson titles, step counters) are not in the catalogue: the
controller rebuilds them by showing the screen again.
"""

from __future__ import annotations

import gettext
from functools import cache

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tutor.i18n import DEFAULT_LANGUAGE, DOMAIN, LOCALE_DIR, _catalog


@cache
def _message_ids() -> tuple[str, ...]:
    """Every message id of the program (those of the default catalogue)."""
    catalogue = gettext.translation(DOMAIN, LOCALE_DIR, [DEFAULT_LANGUAGE], fallback=True)
    entries = getattr(catalogue, "_catalog", {})
    return tuple(key for key in entries if isinstance(key, str) and key)


@cache
def _reverse(language: str) -> dict[str, str]:
    """Shown text -> message id, in ``language``."""
    catalogue = _catalog(language)
    return {catalogue.gettext(message): message for message in _message_ids()}


def translate_text(text: str, old: str, new: str) -> str:
    """``text`` shown in ``old`` language, in ``new`` (unchanged if not a catalogue text)."""
    message = _reverse(old).get(text)
    return text if message is None else _catalog(new).gettext(message)


def retranslate(widgets: list[QWidget], old: str, new: str) -> None:
    """Replace the fixed texts of ``widgets`` and everything inside them."""
    if old == new:
        return
    for root in widgets:
        for widget in [root, *root.findChildren(QWidget)]:
            if isinstance(widget, QLabel | QAbstractButton):
                text = widget.text()
                if text:
                    widget.setText(translate_text(text, old, new))
            name = widget.accessibleName()
            if name:
                widget.setAccessibleName(translate_text(name, old, new))
            description = widget.accessibleDescription()
            if description:
                widget.setAccessibleDescription(translate_text(description, old, new))

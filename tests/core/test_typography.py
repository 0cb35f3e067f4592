"""French spaces that must not start or end a line (and amounts that stay whole)."""

from __future__ import annotations

import pytest

from tutor.i18n import _, set_language
from tutor.typography import NBSP, keep_together


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Sans danger ou danger ? Touchez.", f"Sans danger ou danger{NBSP}? Touchez."),
        ("Bravo ! Attention : ici ; là.", f"Bravo{NBSP}! Attention{NBSP}: ici{NBSP}; là."),
        ("Touchez « Aide ».", f"Touchez «{NBSP}Aide{NBSP}»."),
        ("Frais : 1,99 € et 80 %.", f"Frais{NBSP}: 1,99{NBSP}€ et 80{NBSP}%."),
        ("Tap “Help”. Safe or scam? €0.99", "Tap “Help”. Safe or scam? €0.99"),
        ("Déjà ainsi\u00a0? Oui", "Déjà ainsi\u00a0? Oui"),
        ("? au début", "? au début"),
    ],
)
def test_spaces_before_signs_do_not_break(written, shown):
    assert keep_together(written) == shown
    assert keep_together(shown) == shown  # idempotent


def test_french_translations_keep_their_spaces():
    set_language("fr")
    try:
        said = _("Try again. If you need it, tap “Help”.")
    finally:
        set_language("fr")
    assert "«" in said and f"«{NBSP}" in said and " »" not in said

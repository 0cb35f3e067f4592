"""Spaces a line may not break at, so a text reads as it is printed.

French puts a space before ``? ! : ; »`` and after ``«``. With an ordinary space there, the
text layout may start a line with a lone "?" or end one with a lone "«" (seen at 200 %
in the player). An amount and its sign ("1,99 €", "80 %") stay on one line too. The rule
is applied where texts are produced for the screen (translations and lesson texts), so
every screen gets it without each one minding it; writers keep typing ordinary spaces.
It changes nothing in English, which puts no space there.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"  # a space the line may not break at, as wide as an ordinary one

_BEFORE = re.compile(r"(?<=\S) +(?=[?!:;»])")  # "Prêt ?" -> "Prêt\u00a0?"
_AFTER = re.compile(r"« +")  # "« Aide »" -> "«\u00a0Aide\u00a0»"
_SIGN = re.compile(r"(?<=\d) +(?=[€%])")  # "1,99 €", "80 %"


def keep_together(text: str) -> str:
    """``text`` with a non-breaking space where French typography puts a space that must
    not start or end a line: before ``? ! : ; »``, after ``«``, and before "€" or "%"
    after a number. Idempotent; a text without such spaces comes back as it was."""
    if " " not in text:
        return text
    text = _BEFORE.sub(NBSP, text)
    text = _AFTER.sub("«" + NBSP, text)
    return _SIGN.sub(NBSP, text)

"""Cutting narration into sentences, so the one being spoken can be highlighted."""

from __future__ import annotations

import re

# A sentence ends with . ! ? or … (possibly followed by a closing quote), then a space.
_END = re.compile(r"(?<=[.!?…])[\u00a0\s]*[»”\"]?\s+(?=\S)")


_SPACES = re.compile(r"[^\S\u00a0\u202f]+")


def split_sentences(text: str) -> list[str]:
    """``"Bonjour ! Touchez Notes."`` -> ``["Bonjour !", "Touchez Notes."]``."""
    # Runs of spaces become one; a non-breaking space (French, before "?") stays one.
    text = _SPACES.sub(" ", text).strip()
    if not text:
        return []
    parts: list[str] = []
    start = 0
    for match in _END.finditer(text):
        piece = text[start : match.start()] + text[match.start() : match.end()].rstrip()
        parts.append(piece.strip())
        start = match.end()
    parts.append(text[start:].strip())
    merged: list[str] = []
    for part in parts:
        if merged and part[:1].islower():
            merged[-1] = f"{merged[-1]} {part}"  # « Oui ! » dit-elle: one sentence
        elif part:
            merged.append(part)
    return merged

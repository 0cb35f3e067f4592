"""The player's words as rich text: the lesson's hard words underlined with a small "?"
(a link to their meaning), the sentence being heard tinted, an e-mail address that may
break after its "@"."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tutor.core.hard_words import find_words

HEARD_INK = "#141414"
HEARD_STYLE = f"background-color: #ffe08a; color: {HEARD_INK}; text-decoration: underline;"


WORD_LINK = "word:"  # the link of a marked word: "word:<index in the lesson's words>"


def marked_instruction(text: str, words: Sequence[tuple[str, str]], ink: str) -> str:
    """The instruction as rich text, each declared word found in it underlined, in bold,
    with a small "?" after it, as a link ``word:<index>``. Underline and "?" mark it in every
    theme (not a colour alone); the ink is the text's own colour, not a link's blue."""
    found = find_words(text, [word for word, _means in words])
    if not found:
        return ""
    parts, last = [], 0
    for place in found:
        parts.append(html.escape(text[last : place.start]))
        shown = html.escape(text[place.start : place.end])
        parts.append(
            f'<a href="{WORD_LINK}{place.index}" style="color: {ink}; '
            f'text-decoration: underline;">{shown}<sup>?</sup></a>'
        )
        last = place.end
    parts.append(html.escape(text[last:]))
    return "".join(parts)


def ink_of(text: QLabel) -> str:
    """The colour a label's words are drawn in, in the theme now."""
    return text.palette().color(text.foregroundRole()).name()


# An e-mail address may break after its "@" (as a phone's mail app shows it): at 200 %
# "anne@example.com" is wider than the panel, and ran past its edge.
_ADDRESS_AT = re.compile(r"(?<=\w)@(?=\w)")


def breakable(text: str) -> str:
    """``text`` where an e-mail address may go on the next line after its "@"."""
    return _ADDRESS_AT.sub("@\u200b", text)


def show_text(text: QLabel, marked: str, plain: str, links: bool = True) -> None:
    """``marked`` (rich text) in ``text``, or ``plain`` when there is nothing marked. Only
    a text with words to touch (``links``) takes touches; else the label ignores them.
    Its accessible name is ``plain`` either way: a screen reader reads words, not markup."""
    text.setAccessibleName(plain)
    marked, plain = breakable(marked), breakable(plain)
    if marked:
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setText(marked)
        text.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            if links
            else Qt.TextInteractionFlag.NoTextInteraction
        )
    else:
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setText(plain)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)


def marked_sentences(
    sentences: Sequence[str], heard: int, words: Sequence[tuple[str, str]], ink: str
) -> str:
    """The explanation as rich text: its hard words marked as in :func:`marked_instruction`,
    and the sentence ``heard`` (if any) tinted and underlined. In the tinted sentence the
    words take the tint's own dark ink, so they stay readable in every theme."""
    parts = []
    for number, sentence in enumerate(sentences):
        own_ink = HEARD_INK if number == heard else ink
        text = marked_instruction(sentence, words, own_ink) or html.escape(sentence)
        if number == heard:
            text = f'<span style="{HEARD_STYLE}">{text}</span>'
        parts.append(text)
    return " ".join(parts)

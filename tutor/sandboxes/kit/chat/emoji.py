"""Emojis, drawn with vector icons so they look the same on every computer.

Many computers (and the offscreen renderer) have no colour emoji font, so an emoji is kept
in the text as its character (what a real app sends) and drawn as a coloured icon. Text with
emojis is laid out by a :class:`QTextDocument` whose images are these icons.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QFont, QTextDocument, QTextOption

from tutor.sandboxes.kit.touch import icon_pixmap


@dataclass(frozen=True)
class Emoji:
    id: str
    char: str  # one code point, so the keyboard's erase key removes it whole
    icon: str
    colour: str


# The faces' yellow, deep enough to show on white (4:1; a bright yellow gave 2:1).
EMOJI_YELLOW = "#b36b00"
EMOJIS: dict[str, Emoji] = {
    e.id: e
    for e in (
        Emoji("smile", "\U0001f600", "mdi6.emoticon-happy", EMOJI_YELLOW),
        Emoji("heart", "\u2764", "mdi6.heart", "#d32f2f"),
        Emoji("thumbs_up", "\U0001f44d", "mdi6.thumb-up", EMOJI_YELLOW),
        Emoji("cake", "\U0001f382", "mdi6.cake-variant", "#c2185b"),
        Emoji("flower", "\U0001f338", "mdi6.flower", "#ec407a"),
        Emoji("kiss", "\U0001f618", "mdi6.emoticon-kiss", EMOJI_YELLOW),
    )
}
BY_CHAR = {e.char: e for e in EMOJIS.values()}


def to_html(text: str, size: int) -> str:
    """``text`` as HTML where each emoji is an inline image of ``size`` pixels."""
    parts: list[str] = []
    for char in text:
        emoji = BY_CHAR.get(char)
        if emoji is None:
            parts.append(html.escape(char))
        else:
            parts.append(
                f'<img src="emoji:{emoji.id}" width="{size}" height="{size}"'
                ' style="vertical-align: middle">'
            )
    return "".join(parts).replace("\n", "<br>")


def document(
    text: str, font: QFont, colour: str, width: float | None = None, wrap: bool = True
) -> QTextDocument:
    """A laid-out text with its emojis, ready to ``drawContents``; ``width`` wraps it."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap else QTextOption.WrapMode.NoWrap
    )
    doc.setDefaultTextOption(option)
    size = round(font.pixelSize() * 1.3)
    for emoji in EMOJIS.values():
        if emoji.char in text:
            doc.addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(f"emoji:{emoji.id}"),
                icon_pixmap(emoji.icon, emoji.colour, size),
            )
    doc.setDefaultStyleSheet(f"body {{ color: {QColor(colour).name()}; }}")
    doc.setHtml(f"<body>{to_html(text, size)}</body>")
    if width is not None:
        doc.setTextWidth(width)
    return doc

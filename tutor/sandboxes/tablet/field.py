"""The practice tablet's text fields: a one-line field (a Wi-Fi password, a store search)
and a note's page. Both are the kit's keyboard-fed field, in the tablet's colours."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QWidget

from tutor.i18n import N_
from tutor.sandboxes.kit.field import FieldStyle, KeyboardField, Lines
from tutor.sandboxes.kit.look import Look

TEXT_PX = 26
BLUE = "#1565c0"


def _line_sizes(look: Look) -> tuple[QSize, QSize]:
    height = max(look.touch_px(64), round(look.font_px(TEXT_PX) * 1.9))
    return QSize(look.px(400), height), QSize(look.touch_px(120), height)


def _page_sizes(look: Look) -> tuple[QSize, QSize]:
    """The page a finger's height at least (it is drawn inside a margin)."""
    margin = look.px(12) + look.px(8)
    return QSize(look.px(600), look.px(120)), QSize(
        look.px(200), max(look.px(72), look.touch_px(64) + margin)
    )


# A white rounded field with a grey placeholder, and a blue frame while writing.
LINE_FIELD = FieldStyle(edge="#80868b", active=BLUE, sizes=_line_sizes, edge_px=2)
# The white page of a note, on the Notes app's cream background.
NOTE_PAGE = FieldStyle(
    edge="#b0b4ba",
    active=BLUE,
    sizes=_page_sizes,
    lines=Lines.WRAP,
    hint_ink="#6b6f75",
    margin=(14, 12, 14, 8),
    padding=(18, 12, 18, 12),
    policy=(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding),
    translate_hint=True,
)
NOTE_HINT = N_("Tap here to type")


def text_field(
    look: Look, placeholder: str, icon: str | None = None, parent: QWidget | None = None
) -> KeyboardField:
    """A one-line field of the tablet, with an optional icon before the text."""
    return KeyboardField(look, LINE_FIELD, placeholder, icon, parent)

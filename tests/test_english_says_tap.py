"""The app's own English says "tap", as devices do, never "touch" for the action."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.pofile import read_po

POT = Path(__file__).resolve().parents[1] / "tutor" / "locale" / "tutor.pot"

# "touch" as the sense of touch or the touch screen itself, not as a tap.
ALLOWED = (
    "touch screen",
    "touchscreen",
    "If nobody touches the screen",
)


def touch_as_a_tap(text: str) -> list[str]:
    """The uses of "touch" in ``text`` that mean tapping (those not allowed above)."""
    for allowed in ALLOWED:
        text = text.replace(allowed, "")
    return re.findall(r"\btouch\w*", text, flags=re.IGNORECASE)


def english_messages() -> list[str]:
    with POT.open("rb") as file:
        catalog = read_po(file)
    ids: list[str] = []
    for message in catalog:
        if not message.id:
            continue
        ids += list(message.id) if isinstance(message.id, tuple) else [message.id]
    return ids


def test_no_english_message_says_touch_for_a_tap():
    said = [text for text in english_messages() if touch_as_a_tap(text)]
    assert said == []


def test_the_check_catches_touch_and_lets_the_touch_screen_be():
    assert touch_as_a_tap("Touch your picture.") == ["Touch"]
    assert touch_as_a_tap("A short touch is enough.") == ["touch"]
    assert touch_as_a_tap("Touching it shows it bigger.") == ["Touching"]
    assert touch_as_a_tap("If nobody touches the screen, it starts again.") == []
    assert touch_as_a_tap("Use the touch screen.") == []
    assert touch_as_a_tap("Tap your picture.") == []

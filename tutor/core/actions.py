"""What a learner can do in a practice app, in terms lessons and sandboxes share."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ActionKind(StrEnum):
    TAP = "tap"
    LONG_PRESS = "long_press"
    SWIPE = "swipe"
    TYPE = "type"
    CHOOSE = "choose"


SWIPE_DIRECTIONS = ("left", "right", "up", "down")

# The player's own "Continue" button: steps that only explain something wait for it.
CONTINUE_TARGET = "lesson.continue"


@dataclass(frozen=True)
class Action:
    """One thing the learner did: ``kind`` on ``target``, with a direction, text or choice."""

    kind: ActionKind
    target: str
    value: str | None = None

    def describe(self) -> str:
        return f"{self.kind}:{self.target}" + (f"={self.value}" if self.value is not None else "")

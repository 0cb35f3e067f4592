"""Building a practice app's targets (no Qt: the specs import this).

Most targets take a tap; a field also takes typing. These helpers keep each app's
``spec.py`` a plain list of ids, names and what each does.
"""

from __future__ import annotations

from tutor.core.actions import ActionKind
from tutor.core.sandbox_spec import TargetSpec

TAP = frozenset({ActionKind.TAP})
TAP_OR_TYPE = frozenset({ActionKind.TAP, ActionKind.TYPE})
TAP_OR_HOLD = frozenset({ActionKind.TAP, ActionKind.LONG_PRESS})
TAP_OR_SWIPE = frozenset({ActionKind.TAP, ActionKind.SWIPE})
SWIPE = frozenset({ActionKind.SWIPE})


def target(
    target_id: str, name: str, does: str, actions: frozenset[ActionKind] = TAP
) -> TargetSpec:
    """A target the learner may act on with ``actions`` (a tap unless told)."""
    return TargetSpec(target_id, name, does, actions)


def tap(target_id: str, name: str, does: str) -> TargetSpec:
    """A button or a line: the learner taps it."""
    return TargetSpec(target_id, name, does, TAP)


def field(target_id: str, name: str, does: str) -> TargetSpec:
    """A text field: tapped to bring the keyboard up, then typed into."""
    return TargetSpec(target_id, name, does, TAP_OR_TYPE)

"""Recording real lesson runs through Progress, as the lesson controller does."""

from __future__ import annotations

from tutor.core.actions import Action, ActionKind
from tutor.core.engine import HelpLevel, StepEvent


def event(
    index: int,
    correct: bool = True,
    help_level: HelpLevel = HelpLevel.NONE,
    shown: bool = False,
    duration: float = 2.0,
) -> StepEvent:
    return StepEvent(
        index, Action(ActionKind.TAP, "home.app.notes"), correct, help_level, shown, duration
    )


def play(
    store,
    learner_id: str,
    lesson_id: str,
    steps: int,
    finish: bool = True,
    wrong_at: dict[int, int] | None = None,
    helped_at: tuple[int, ...] = (),
    duration: float = 2.0,
) -> None:
    """Play a lesson: ``wrong_at`` maps a step to its wrong taps; ``helped_at`` steps are
    done with a hint. Stops before the last step unless ``finish``."""
    wrong_at = wrong_at or {}
    record = store.progress.start(learner_id, lesson_id, steps)
    last = steps if finish else steps - 1
    for index in range(last):
        for _ in range(wrong_at.get(index, 0)):
            store.progress.record(record, event(index, False, duration=1.0), resume_at=index)
        level = HelpLevel.HINT if index in helped_at else HelpLevel.NONE
        store.progress.record(
            record,
            event(index, True, level, duration=duration),
            resume_at=index + 1,
            finished=finish and index == steps - 1,
        )

"""The lesson run: a state machine from the first step to the end, without any Qt.

Given the learner's action, it decides the outcome (move on, answer kindly, raise the help,
finish) and describes what must be recorded. It never punishes and never times out: help
grows with misses (hint, then highlight, then "show me"), and a finished step is final.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from tutor.core.actions import CONTINUE_TARGET, Action, ActionKind
from tutor.core.lesson import Lesson, Step
from tutor.core.sandbox_spec import SandboxSpec
from tutor.i18n import N_, _, current_language, ngettext

Clock = Callable[[], float]


class HelpLevel(IntEnum):
    NONE = 0
    HINT = 1  # a sentence saying where to look
    HIGHLIGHT = 2  # the control is circled on screen
    SHOW_ME = 3  # "Show me" is offered; the app can do the step for the learner


class OutcomeKind(StrEnum):
    ADVANCED = "advanced"  # right action: next step shown
    FINISHED = "finished"  # right action on the last step
    PROGRESS = "progress"  # on the way (e.g. the first letters of a word)
    FOUND = "found"  # one of the step's targets found ('tap_all'): said, the step goes on
    REDIRECTED = "redirected"  # another control: said kindly what it does and what to try
    HELPED = "helped"  # the learner asked for help


# Misses before each help level is reached by itself.
MISSES_FOR_LEVEL = {1: HelpLevel.HINT, 2: HelpLevel.HIGHLIGHT, 3: HelpLevel.SHOW_ME}


@dataclass(frozen=True)
class StepEvent:
    """What is written to the progress store: one action judged in one step."""

    step_index: int
    action: Action
    correct: bool
    help_level: HelpLevel
    shown: bool  # done by the app through "Show me"
    duration_s: float


@dataclass(frozen=True)
class Outcome:
    kind: OutcomeKind
    apply_effect: bool  # whether the practice app should carry out the action
    message: str  # what to show and say (already in the learner's language); may be ""
    help_level: HelpLevel
    event: StepEvent | None = None


def normalise_typed(text: str) -> str:
    return " ".join(text.split()).casefold()


class LessonRun:
    """One learner going through one lesson, possibly resumed at ``start_index``."""

    def __init__(
        self,
        lesson: Lesson,
        start_index: int = 0,
        sandbox: SandboxSpec | None = None,
        clock: Clock = time.monotonic,
        language: str | None = None,
    ):
        self.lesson = lesson
        self.sandbox = sandbox
        self._clock = clock
        self.language = language or current_language()
        self.index = max(0, min(start_index, lesson.step_count - 1))
        self.finished = False
        self.help_level = HelpLevel.NONE
        self.misses = 0
        self._begin_step()

    # -- state ------------------------------------------------------------------------------
    @property
    def step(self) -> Step:
        return self.lesson.steps[self.index]

    @property
    def total(self) -> int:
        return self.lesson.step_count

    @property
    def expected(self) -> Action:
        """What to do now. In a step that waits for several taps in any order, the first
        one not yet found: the one the help circles and "Show me" does."""
        left = self.remaining
        if left:
            return Action(ActionKind.TAP, left[0])
        return self.step.expected_action(self.language)

    @property
    def remaining(self) -> tuple[str, ...]:
        """The targets of a ``tap_all`` step not yet found (empty for other steps)."""
        expect = self.step.expect
        if expect is None or expect.tap_all is None:
            return ()
        return tuple(target for target in expect.tap_all if target not in self.found)

    def text(self, value: str | dict[str, str] | None) -> str:
        return self.lesson.text(value, self.language)

    def instruction(self) -> str:
        return self.text(self.step.show)

    def narration(self) -> str:
        return self.text(self.step.say or self.step.show)

    def hint(self) -> str:
        hint = self.text(self.step.hint)
        if hint:
            return hint
        if self.expected.target == CONTINUE_TARGET:
            return _("When you are ready, tap “Continue”.")
        target = self.sandbox.target(self.expected.target) if self.sandbox else None
        if target is not None:
            return _("Look for: {name}.").format(name=target.spoken_name())
        return self.instruction()

    # -- transitions --------------------------------------------------------------------------
    def submit(self, action: Action, shown: bool = False) -> Outcome:
        """Judge ``action`` in the current step."""
        if self.finished:
            return Outcome(OutcomeKind.FINISHED, False, "", self.help_level)
        expect = self.step.expect
        if (
            expect is not None
            and expect.tap_all is not None
            and action.kind is ActionKind.TAP
            and action.target in expect.tap_all
        ):
            return self._find(action, shown)
        expected = self.expected
        if action.kind == expected.kind and action.target == expected.target:
            if action.kind is ActionKind.TYPE:
                return self._judge_typing(action, shown)
            if action.value == expected.value or expected.value is None:
                return self._advance(action, shown)
        return self._miss(action)

    def ask_help(self) -> Outcome:
        """The "Help" button: one level more each time, up to offering "Show me"."""
        self.help_level = HelpLevel(min(self.help_level + 1, HelpLevel.SHOW_ME))
        return Outcome(OutcomeKind.HELPED, False, self.hint(), self.help_level)

    def go_back(self) -> bool:
        """Back to the previous step (nothing recorded is undone)."""
        if self.index == 0 or self.finished:
            return False
        self.index -= 1
        self._begin_step()
        return True

    # -- internals ----------------------------------------------------------------------------
    def _begin_step(self) -> None:
        self.help_level = HelpLevel.NONE
        self.misses = 0
        self._typing_on_track = True
        self.found: list[str] = []  # targets of a 'tap_all' step found so far, in order
        self._step_started = self._clock()

    def _event(self, action: Action, correct: bool, shown: bool) -> StepEvent:
        level = HelpLevel.SHOW_ME if shown else self.help_level
        return StepEvent(
            self.index, action, correct, level, shown, round(self._clock() - self._step_started, 3)
        )

    def _find(self, action: Action, shown: bool) -> Outcome:
        """One of several targets to find, in any order. Each find is praised on its own
        (why this clue matters); the last one finishes the step, with one recorded event
        for the whole step as for any other step."""
        if action.target in self.found:
            return Outcome(
                OutcomeKind.FOUND,
                False,
                _("You have already found this one. Look for the others."),
                self.help_level,
            )
        self.found.append(action.target)
        each = self.text(self.step.praise_each.get(action.target))
        left = len(self.remaining)
        if left == 0:
            return self._advance(action, shown, each)
        more = ngettext("One more to find.", "{count} more to find.", left).format(count=left)
        message = " ".join(part for part in (each or _praise(len(self.found)), more) if part)
        return Outcome(OutcomeKind.FOUND, True, message, self.help_level)

    def _advance(self, action: Action, shown: bool, before: str = "") -> Outcome:
        event = self._event(action, True, shown)
        praise = self.text(self.step.praise)
        if not praise and self.step.expect is not None and not before:
            praise = _praise(self.index)
        praise = " ".join(part for part in (before, praise) if part)
        if shown:  # the app did it: no "Bravo" for the learner, who will do it next time
            praise = _("Your turn next time.")
        if self.index + 1 >= self.total:
            self.finished = True
            return Outcome(OutcomeKind.FINISHED, True, praise, event.help_level, event)
        self.index += 1
        self._begin_step()
        return Outcome(OutcomeKind.ADVANCED, True, praise, event.help_level, event)

    def _judge_typing(self, action: Action, shown: bool) -> Outcome:
        typed = normalise_typed(action.value or "")
        wanted = normalise_typed(self.expected.value or "")
        if typed == wanted:
            return self._advance(action, shown)
        if wanted.startswith(typed):
            self._typing_on_track = True
            return Outcome(OutcomeKind.PROGRESS, True, "", self.help_level)
        # Letters stay visible (so the learner sees them); only the first slip counts.
        message = _("You wrote “{typed}”. Erase with the arrow key, then write “{wanted}”.").format(
            typed=action.value, wanted=self.expected.value
        )
        if not self._typing_on_track:
            return Outcome(OutcomeKind.REDIRECTED, True, message, self.help_level)
        self._typing_on_track = False
        outcome = self._miss(action, message)
        return Outcome(outcome.kind, True, outcome.message, outcome.help_level, outcome.event)

    def _miss(self, action: Action, message: str | None = None) -> Outcome:
        event = self._event(action, False, False)
        self.misses += 1
        reached = MISSES_FOR_LEVEL.get(min(self.misses, 3), HelpLevel.NONE)
        self.help_level = HelpLevel(max(self.help_level, reached))
        return Outcome(
            OutcomeKind.REDIRECTED,
            False,
            message or self._kind_answer(action),
            self.help_level,
            event,
        )

    def _kind_answer(self, action: Action) -> str:
        """What that control does, then what to try: never a reproach."""
        own = self.step.wrong_answer(action.target)
        if own is not None:
            return self.text(own)
        target = self.sandbox.target(action.target) if self.sandbox else None
        does = target.what_it_does() if target is not None else ""
        if action.kind is ActionKind.SWIPE and action.kind is not self.expected.kind:
            does = _("You slid your finger on the screen.")
        elif action.kind is ActionKind.LONG_PRESS and action.kind is not self.expected.kind:
            does = _("You kept your finger pressed. A short tap is enough.")
        elif (
            action.kind is ActionKind.TAP
            and self.expected.kind is ActionKind.LONG_PRESS
            and action.target == self.expected.target
        ):
            does = _("This time, keep your finger pressed for a moment.")
        try_this = self.hint() if self.misses >= 1 else self.instruction()
        return " ".join(part for part in (does, try_this) if part)


_PRAISES = (
    N_("Well done!"),
    N_("Very good!"),
    N_("Perfect!"),
    N_("That's it!"),
    N_("Bravo!"),
)


def _praise(index: int) -> str:
    return _(_PRAISES[index % len(_PRAISES)])

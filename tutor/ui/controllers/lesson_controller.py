"""Plays one lesson: judges the learner's actions, records them, answers kindly.

The flow of one action: the practice app asks the gate -> the engine judges -> the store
commits the event and the step to resume at (before anything is shown) -> the practice app
applies the action if accepted -> on the next turn of the event loop the player shows the
outcome and the narrator speaks it.

"Your turn, on your own" (``start_alone``): the same lesson, practice app and scene again,
with no instructions. The instruction box holds only the lesson's goal; the engine still
checks each step in order; a step that only explains goes by itself; a tap elsewhere gets a
plain "try again" (no hint); "Help" shows and reads the step's own instruction, and touched
again it gives the usual help (hint, circled control, "Show me"). Nothing of the guided run
is changed: only the result is recorded, apart, when the lesson is done
(``Progress.record_alone``, with whether "Help" was touched).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from tutor.core.actions import CONTINUE_TARGET, Action, ActionKind
from tutor.core.engine import HelpLevel, LessonRun, Outcome, OutcomeKind, StepEvent
from tutor.core.lesson import Lesson
from tutor.core.sandbox_spec import SandboxSpec
from tutor.i18n import _
from tutor.sandboxes.base import SandboxWidget
from tutor.speech import Narrator
from tutor.storage.learners import Learner
from tutor.storage.progress import LessonProgress
from tutor.ui import accessibility
from tutor.ui.screens.player import PlayerScreen

log = logging.getLogger(__name__)

SandboxFactory = Callable[[SandboxSpec], SandboxWidget]


class Recorder(Protocol):
    """Where a run is recorded: the store's ``Progress``, or a stand visitor's
    ``GuestProgress`` (in memory)."""

    def start(self, learner_id: str, lesson_id: str, step_count: int) -> LessonProgress: ...

    def unsaved_start(self, learner_id: str, lesson_id: str, step_count: int) -> LessonProgress: ...

    def record(
        self, progress: LessonProgress, event: StepEvent, resume_at: int, finished: bool = False
    ) -> None: ...

    def record_alone(
        self, learner_id: str, lesson_id: str, helped: bool, step_count: int = 0
    ) -> None: ...


# How a lesson's goal begins ("At the end, you will know how to..."): left out after "On your
# own:", which then reads as a task ("Your turn, on your own: write a word...").
GOAL_OPENINGS = ("À la fin, vous saurez ", "You will learn how to ", "You will learn ")


def alone_task(lesson: Lesson, language: str) -> str:
    """The one line shown (and read) while the lesson is done on one's own: its goal as a
    task, or its title when the goal does not begin as usual."""
    goal = lesson.text(lesson.goal, language).strip()
    for opening in GOAL_OPENINGS:
        if goal.startswith(opening) and len(goal) > len(opening):
            return _("Your turn, on your own: {task}").format(task=goal[len(opening) :])
    return _("Your turn, on your own: {task}").format(task=lesson.text(lesson.title, language))


class LessonController(QObject):
    lesson_finished = Signal(str)  # lesson id
    lesson_left = Signal(str, int)  # lesson id, index of the step to resume at
    alone_finished = Signal(str, bool)  # lesson id, "Help" was touched: done on one's own
    alone_left = Signal(str)  # lesson id: "Quit" while doing it on one's own
    action_judged = Signal(object)  # Outcome (for tests and statistics)
    saving_failed = Signal(object)  # the sqlite3.Error: the learner goes on, a facilitator is told

    def __init__(
        self,
        view: PlayerScreen,
        progress: Recorder,
        narrator: Narrator,
        sandbox_for: SandboxFactory,
    ):
        super().__init__()
        self.view = view
        self._progress = progress
        self._narrator = narrator
        self._sandbox_for = sandbox_for
        self.run: LessonRun | None = None
        self.sandbox: SandboxWidget | None = None
        self._record: LessonProgress | None = None
        self._demonstrating = False
        self.alone = False  # "Your turn, on your own" is being played
        self.alone_helped = False  # ... and "Help" was touched
        self._alone_task = ""
        self._alone_help_step = -1  # the step whose instruction "Help" showed last
        self._alone_intro_pending = False  # the goal is yet to be read (first step shown)
        self._alone_praise = ""  # praise held over a step that only explains
        self._learner_id = ""
        view.continue_requested.connect(self._on_view_continue_requested)
        view.repeat_requested.connect(self._on_view_repeat_requested)
        view.help_requested.connect(self._on_view_help_requested)
        view.show_me_requested.connect(self._on_view_show_me_requested)
        view.quit_requested.connect(self._on_view_quit_requested)
        view.definition_opened.connect(self._on_view_definition_opened)
        view.definition_closed.connect(self._on_view_definition_closed)

    # -- the owner's state --------------------------------------------------------------------
    def use_progress(self, progress: Recorder) -> None:
        """Where runs are recorded from now on: the store's progress, a restored store's, or
        a stand visitor's (in memory, ``GuestProgress``)."""
        self._progress = progress

    def abandon(self) -> None:
        """Drop the lesson in progress without recording anything more (a stand's reset):
        no run, no practice app, no "Show me" playing, nothing half-way on one's own."""
        self._demonstrating = False
        if self.sandbox is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.sandbox.speech_requested.disconnect(self._on_sandbox_speech_requested)
        self.sandbox = None
        self.run = None
        self._record = None
        self.alone = self.alone_helped = False

    # -- starting -----------------------------------------------------------------------------
    def start(self, lesson: Lesson, learner: Learner, spec: SandboxSpec) -> None:
        """Begin the lesson, or resume it at the step where it was left. When nothing can be
        saved (a read-only folder, a full disk, another program writing), the lesson is
        played all the same from where it was left; the facilitator has been told."""
        try:
            self._record = self._progress.start(learner.id, lesson.id, lesson.step_count)
        except sqlite3.Error as problem:
            log.exception("could not record the start of %s", lesson.id)
            self.saving_failed.emit(problem)
            self._record = self._progress.unsaved_start(learner.id, lesson.id, lesson.step_count)
        self.alone = False
        self.view.set_alone(False)
        self._learner_id = learner.id
        self.run = LessonRun(lesson, self._record.current_step, spec, language=learner.language)
        self._open(lesson, spec)
        self._show_current_step(spoken_prefix="")

    def start_alone(self, lesson: Lesson, learner: Learner, spec: SandboxSpec) -> None:
        """The lesson again from its first step, on one's own: the same practice app and scene,
        no instructions, help one touch away. The guided run's record is left as it is."""
        self.alone = True
        self.alone_helped = False
        self._alone_help_step = -1
        self._alone_intro_pending = True
        self._alone_praise = ""
        self._record = None
        self._learner_id = learner.id
        self._alone_task = alone_task(lesson, learner.language)
        self.view.set_alone(True)
        self.run = LessonRun(lesson, 0, spec, language=learner.language)
        self._open(lesson, spec)
        self._show_current_step(spoken_prefix="")

    def _open(self, lesson: Lesson, spec: SandboxSpec) -> None:
        """The practice app in the lesson's scene, at the run's step."""
        assert self.run is not None
        if self.sandbox is not None:
            self.sandbox.speech_requested.disconnect(self._on_sandbox_speech_requested)
        self.sandbox = self._sandbox_for(spec)
        self.sandbox.gate = self._judge
        self.sandbox.speech_requested.connect(self._on_sandbox_speech_requested)
        self.sandbox.highlight(None)
        self.sandbox.set_language(self.run.language)  # its keyboard: AZERTY or QWERTY
        self.sandbox.reset(lesson.scene)
        self.sandbox.replay(lesson.steps[: self.run.index])
        self._demonstrating = False
        self.view.set_sandbox(self.sandbox)
        self.view.set_busy(False)

    # -- judging ------------------------------------------------------------------------------
    def _judge(self, action: Action, shown: bool = False) -> bool:
        """The gate: decide, record, then let the practice app apply the action or not."""
        if self.run is None or self.run.finished or (self._demonstrating and not shown):
            return False
        outcome = self.run.submit(action, shown=shown)
        self._save(outcome)
        QTimer.singleShot(0, lambda: self._present(outcome))
        return outcome.apply_effect

    def _save(self, outcome: Outcome) -> None:
        if self.alone:
            self._save_alone()
            return
        if outcome.event is None or self._record is None or self.run is None:
            return
        resume_at = self.run.total if self.run.finished else self.run.index
        try:
            self._progress.record(
                self._record, outcome.event, resume_at, finished=self.run.finished
            )
        except sqlite3.Error as problem:
            # The lesson goes on for the learner; the facilitator is told (and the log says more).
            log.exception("could not record a step of %s", self._record.lesson_id)
            self.saving_failed.emit(problem)

    def _save_alone(self) -> None:
        """On one's own only the result is kept, once the lesson is done."""
        if self.run is None or not self.run.finished:
            return
        try:
            self._progress.record_alone(
                self._learner_id, self.run.lesson.id, self.alone_helped, self.run.total
            )
        except sqlite3.Error as problem:
            log.exception("could not record %s done on one's own", self.run.lesson.id)
            self.saving_failed.emit(problem)

    def _present(self, outcome: Outcome) -> None:
        assert self.run is not None and self.sandbox is not None
        self.action_judged.emit(outcome)
        kind = outcome.kind
        if kind is OutcomeKind.PROGRESS:
            return
        if kind is OutcomeKind.FINISHED:
            self.sandbox.highlight(None)
            self._narrator.stop()
            if self.alone:
                self.alone_finished.emit(self.run.lesson.id, self.alone_helped)
            else:
                self.lesson_finished.emit(self.run.lesson.id)
            return
        if kind is OutcomeKind.ADVANCED:
            self.sandbox.highlight(None)
            self._show_current_step(spoken_prefix=outcome.message)
            return
        if self.alone and kind is OutcomeKind.REDIRECTED:
            # On one's own, no hint: a plain "try again", and help is there when wanted.
            message = _("Try again. If you need it, tap “Help”.")
            self.view.show_feedback(message)
            self._narrator.say(message)
            return
        if kind is OutcomeKind.FOUND:
            # One of several targets found: praised, and the circle (if any) moves on to
            # one still to find; the step itself goes on.
            self.sandbox.highlight(None)
            self.view.show_feedback(outcome.message, praise=outcome.apply_effect)
            self._narrator.say(outcome.message)
            self._apply_help(outcome.help_level)
            self.sandbox.begin_step(self.run.expected.target)
            return
        # Redirected or helped: say it kindly, and let the help grow.
        self.view.show_feedback(outcome.message)
        self._narrator.say(outcome.message)
        self._apply_help(outcome.help_level)

    def _apply_help(self, level: HelpLevel) -> None:
        assert self.run is not None and self.sandbox is not None
        if level >= HelpLevel.HIGHLIGHT and self.run.expected.target != CONTINUE_TARGET:
            self.sandbox.highlight(self.run.expected.target)
        self.view.offer_show_me(level >= HelpLevel.SHOW_ME)

    def _show_current_step(self, spoken_prefix: str) -> None:
        assert self.run is not None and self.sandbox is not None
        run = self.run
        if run.step.cue is not None:
            self.sandbox.cue(run.step.cue)
        if self.alone:
            self._show_alone_step(spoken_prefix)
            return
        self.sandbox.begin_step(run.expected.target)  # the control asked for, in view
        self.view.show_step(
            run.text(run.lesson.title),
            run.index,
            run.total,
            run.instruction(),
            run.step.expect is None,
            [(run.text(word.word), run.text(word.means)) for word in run.lesson.words],
        )
        spoken = " ".join(part for part in (spoken_prefix, run.narration()) if part)
        self.view.show_speech(spoken, "praise" if spoken_prefix else "speech")
        self._narrator.say(spoken)
        upcoming = run.lesson.steps[run.index + 1 : run.index + 2]
        self._narrator.prepare([run.text(step.say or step.show) for step in upcoming])

    def _on_view_definition_opened(self, text: str) -> None:
        """A hard word touched: its meaning is read aloud (the step waits meanwhile)."""
        self._narrator.say(text)

    def _on_view_definition_closed(self) -> None:
        self._narrator.stop()

    def _show_alone_step(self, spoken_prefix: str) -> None:
        """On one's own: the goal as the only instruction; a step that only explains goes by
        itself (its cue is in the practice app already)."""
        assert self.run is not None and self.sandbox is not None
        run = self.run
        if run.step.expect is None:
            self._alone_praise = spoken_prefix or self._alone_praise  # said at the next step
            QTimer.singleShot(0, lambda: self._go_on_alone(run))
            return
        spoken_prefix, self._alone_praise = spoken_prefix or self._alone_praise, ""
        self.sandbox.begin_step(run.expected.target)
        # Only the steps that ask for an action are seen on one's own: they are counted
        # from 1 (not "Step 3 of 7" at the first one), and "Help" marks their hard words.
        acting = [number for number, step in enumerate(run.lesson.steps) if step.expect]
        self.view.show_step(
            run.text(run.lesson.title),
            acting.index(run.index) if run.index in acting else run.index,
            len(acting) or run.total,
            self._alone_task,
            False,
            [(run.text(word.word), run.text(word.means)) for word in run.lesson.words],
        )
        if self._alone_intro_pending:  # the first step shown: the goal, and where help is
            self._alone_intro_pending = False
            words = _("If you need it, tap “Help”.")
            self.view.show_speech(words)
            self._narrator.say(f"{self._alone_task} {words}")
            return
        self.view.show_speech(spoken_prefix, "praise")
        if spoken_prefix:
            self._narrator.say(spoken_prefix)

    def _go_on_alone(self, run: LessonRun) -> None:
        if self.run is run and not run.finished and run.step.expect is None:
            self._judge(Action(ActionKind.TAP, CONTINUE_TARGET))

    def _on_sandbox_speech_requested(self, text: str) -> None:
        """A person in the practice app speaks (a grandchild answering a call...)."""
        self._narrator.say(text)

    # -- the player's buttons -------------------------------------------------------------------
    def _on_view_continue_requested(self) -> None:
        self._judge(Action(ActionKind.TAP, CONTINUE_TARGET))

    def _on_view_repeat_requested(self) -> None:
        """Say the step again (its own words, without the praise that came before)."""
        if self.run is not None and self.alone:
            shown = self.view.spoken_text()  # the goal, then what is shown under it
            self._narrator.say(" ".join(part for part in (self._alone_task, shown) if part))
        elif self.run is not None:
            self.view.show_speech(self.run.narration())
            self._narrator.say(self.run.narration())

    def _on_view_help_requested(self) -> None:
        if self.run is None or self.run.finished:
            return
        if self.alone:
            self.alone_helped = True
            if self._alone_help_step != self.run.index:
                # First touch on this step: the step's own instruction, shown and read.
                self._alone_help_step = self.run.index
                instruction = self.run.instruction()
                self.view.show_speech(instruction)
                accessibility.announce(self.view, instruction)  # a hint: said at once
                self._narrator.say(instruction)
                return
        self._present(self.run.ask_help())

    def _on_view_show_me_requested(self) -> None:
        if self.run is None or self.sandbox is None or self._demonstrating:
            return
        run, expected = self.run, self.run.expected
        self._demonstrating = True
        self.view.set_busy(True)
        target = self.sandbox.spec.target(expected.target)
        words = demonstration_words(expected, target.spoken_name() if target else "")
        self.view.show_speech(words)
        self._narrator.say(words)

        def done() -> None:
            if self.run is not run:
                return  # the learner left the lesson meanwhile
            self._demonstrating = False
            self.view.set_busy(False)
            self._judge(expected, shown=True)

        self.sandbox.demonstrate(expected, done)

    def _on_view_quit_requested(self) -> None:
        self._narrator.stop()
        self._demonstrating = False
        if self.sandbox is not None:
            self.sandbox.stop_demonstration()
        if self.run is not None and self.alone:
            self.alone_left.emit(self.run.lesson.id)
        elif self.run is not None:
            self.lesson_left.emit(self.run.lesson.id, self.run.index)


def demonstration_words(action: Action, name: str) -> str:
    """What the voice says while the hand shows the step ("Look: I tap Notes.")."""
    if action.kind is ActionKind.TYPE:
        return _("Look: I type “{text}”.").format(text=action.value or "")
    if action.kind is ActionKind.SWIPE:
        return _("Look: I swipe.")
    if action.kind is ActionKind.LONG_PRESS and name:
        return _("Look: I press and hold {name}.").format(name=name)
    if name:
        return _("Look: I tap {name}.").format(name=name)
    return _("Look: I do it for you.")

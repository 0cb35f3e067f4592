"""Every bundled lesson, played with a deliberate wrong tap before each right action.

The wrong tap must change nothing in the practice app, be answered with the lesson's own
words for that control (or what the control does), and be recorded for the facilitator.
"""

from __future__ import annotations

import pytest

from tests.ui.driver import click, do, settle
from tests.ui.test_play_lessons import ALL_LESSONS, open_lesson, sign_in_new
from tutor.core.actions import CONTINUE_TARGET, ActionKind

FORBIDDEN = ("erreur", "faux", "échec")


def pick_wrong_target(sandbox, step, expected):
    """A control on screen that a person might touch by mistake, the lesson's own first."""
    awaited = {action.target for action in step.expected_actions()}  # all of a 'tap_all'
    planned = [t for t in step.wrong if "*" not in t and t not in awaited]
    others = [
        t
        for t, spec in sandbox.spec.targets.items()
        if ActionKind.TAP in spec.actions and t not in awaited
    ]
    for target in planned + others:
        widget = sandbox.target_widget(target)
        if widget is not None and widget.isVisible():
            return target, widget
    return None, None


@pytest.mark.parametrize("lesson_id", ALL_LESSONS)
def test_wrong_tap_before_each_step_is_answered_kindly(qtbot, app_parts, lesson_id):
    window, controller, services = app_parts
    lesson = services.catalogue.get(lesson_id)
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, lesson)
    sandbox = controller.lesson.sandbox
    run = controller.lesson.run
    misses = 0
    for index, step in enumerate(lesson.steps):
        expected = step.expected_action()
        target, widget = pick_wrong_target(sandbox, step, expected)
        if target is not None and expected.target != CONTINUE_TARGET:
            click(qtbot, widget)
            misses += 1
            assert run.index == index, f"{lesson_id}: a wrong tap on {target} moved on"
            feedback = window.player.explanation_text()
            assert window.player.feedback.isVisible() and feedback
            own = step.wrong_answer(target)
            if own is not None:
                assert feedback == lesson.text(own, "fr")
            assert not any(word in feedback.lower() for word in FORBIDDEN), feedback
            if expected.kind is not ActionKind.TYPE:
                # Still on the same screen: the control is there (or comes, as "Open" does
                # once a download ends); a wrong tap that changed the screen never shows it.
                qtbot.waitUntil(
                    lambda wanted=expected.target: sandbox.target_widget(wanted) is not None,
                    timeout=5000,
                )
        for action in step.expected_actions():  # several for a 'tap_all' step
            do(qtbot, window, sandbox, action)
            settle(qtbot)
    assert window.current_screen() is window.summary
    learner = services.store.learners.all()[0]
    events = services.store.progress.events(learner.id, lesson_id)
    assert len([e for e in events if not e["correct"]]) == misses

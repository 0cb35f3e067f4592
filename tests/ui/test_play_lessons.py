"""Every bundled lesson, played to its end by clicking the real targets."""

from __future__ import annotations

import pytest

from tests.conftest import LESSONS
from tests.ui.driver import click, do, no_stray_windows, settle
from tutor.core.actions import Action, ActionKind
from tutor.core.loader import load_lessons
from tutor.sandboxes import sandbox_specs

ALL_LESSONS = [lesson.id for lesson in load_lessons([LESSONS], sandbox_specs()).lessons]


def sign_in_new(qtbot, window, name: str = "Jeanne") -> None:
    click(qtbot, window.sign_in.findChild(object, "signin.new"))
    window.new_learner.name_edit.setText(name)
    click(qtbot, window.new_learner.ok_button)


def open_lesson(qtbot, window, lesson) -> None:
    click(qtbot, window.catalogue.findChild(object, f"catalogue.module.{lesson.module}"))
    click(qtbot, window.lessons.findChild(object, f"lessons.lesson.{lesson.id}"))
    assert window.current_screen() is window.player


@pytest.mark.parametrize("lesson_id", ALL_LESSONS)
def test_lesson_plays_to_its_end_by_clicking_real_targets(qtbot, app_parts, lesson_id):
    window, controller, services = app_parts
    lesson = services.catalogue.get(lesson_id)
    sign_in_new(qtbot, window)
    with no_stray_windows(window):
        open_lesson(qtbot, window, lesson)
        sandbox = controller.lesson.sandbox
        for index, step in enumerate(lesson.steps):
            assert controller.lesson.run.index == index
            assert window.player.counter.text().endswith(str(lesson.step_count))
            # A step may wait for several taps in any order ('tap_all'): play them in
            # reverse, so the order is not the lesson's own.
            actions = step.expected_actions()
            for action in reversed(actions) if len(actions) > 1 else actions:
                assert controller.lesson.run.index == index
                do(qtbot, window, sandbox, action)
                settle(qtbot)
    assert window.current_screen() is window.summary
    learner = services.store.learners.all()[0]
    record = services.store.progress.get(learner.id, lesson_id)
    assert record.done
    events = services.store.progress.events(learner.id, lesson_id)
    assert [e["step_index"] for e in events if e["correct"]] == list(range(lesson.step_count))
    assert not any(e["correct"] == 0 for e in events)
    click(qtbot, window.summary.findChild(object, "summary.face.3"))
    assert services.store.progress.get(learner.id, lesson_id).confidence == 3
    click(qtbot, window.summary.done_button)
    assert window.current_screen() is window.lessons


def first_wrong_target(lesson, step, specs) -> str | None:
    expected = step.expected_action()
    for target in specs[lesson.sandbox].targets:
        if target != expected.target:
            return target
    return None


def test_wrong_taps_are_answered_kindly_then_help_grows_then_show_me(qtbot, app_parts):
    window, controller, services = app_parts
    lesson = services.catalogue.get("tablet-open-app")
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, lesson)
    sandbox = controller.lesson.sandbox
    # Get to the first step that waits for a tap in the tablet.
    while controller.lesson.run.step.expect is None:
        click(qtbot, window.player.continue_button)
    run = controller.lesson.run
    expected = run.expected
    index = run.index
    wrong = next(
        w for w in ("home.app.camera", "home.app.clock", "home.app.photos") if w != expected.target
    )
    home_before = sandbox.target_widget(wrong)
    click(qtbot, home_before)
    assert run.index == index  # no move on
    assert window.player.feedback.isVisible() and window.player.explanation_text()
    assert sandbox.target_widget(expected.target) is not None  # still on the same screen
    assert not sandbox._overlay.isVisible()
    click(qtbot, sandbox.target_widget(wrong))
    assert sandbox._overlay.isVisible()  # second miss: the target is circled
    assert not window.player.show_me_button.isVisible()
    click(qtbot, sandbox.target_widget(wrong))
    assert window.player.show_me_button.isVisible()  # third: "Show me" offered
    click(qtbot, window.player.show_me_button)
    qtbot.waitUntil(lambda: run.index == index + 1, timeout=5000)
    learner = services.store.learners.all()[0]
    events = services.store.progress.events(learner.id, lesson.id)
    wrongs = [e for e in events if e["step_index"] == index and not e["correct"]]
    assert len(wrongs) == 3
    right = [e for e in events if e["step_index"] == index and e["correct"]]
    assert right[0]["shown"] == 1


def test_help_button_gives_hint_then_circles_the_target(qtbot, app_parts):
    window, controller, services = app_parts
    lesson = services.catalogue.get("tablet-open-app")
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, lesson)
    while controller.lesson.run.step.expect is None:
        click(qtbot, window.player.continue_button)
    click(qtbot, window.player.help_button)
    assert window.player.explanation_text() == controller.lesson.run.hint()
    click(qtbot, window.player.help_button)
    assert controller.lesson.sandbox._overlay.isVisible()


def test_quit_keeps_progress_says_so_and_resumes_at_the_same_step(qtbot, app_parts):
    window, controller, services = app_parts
    lesson = services.catalogue.get("tablet-keyboard")
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, lesson)
    sandbox = controller.lesson.sandbox
    for step in lesson.steps[:3]:
        do(qtbot, window, sandbox, step.expected_action())
    click(qtbot, window.player.quit_button)
    assert window.current_screen() is window.lessons
    assert "4" in window.lessons.banner.text()
    click(qtbot, window.lessons.findChild(object, f"lessons.lesson.{lesson.id}"))
    assert controller.lesson.run.index == 3
    assert window.player.counter.text().startswith(("Étape 4", "Step 4"))
    # The practice tablet is back in the state those steps left it in.
    for step in lesson.steps[3:]:
        do(qtbot, window, sandbox, step.expected_action())
    assert window.current_screen() is window.summary


def test_a_tap_during_an_explanation_step_points_to_continue(qtbot, app_parts):
    window, controller, services = app_parts
    lesson = next(
        lesson
        for lesson in services.catalogue.lessons.values()
        if lesson.sandbox == "tablet" and lesson.steps[0].expect is None
    )
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, lesson)
    click(qtbot, controller.lesson.sandbox.target_widget("home.app.clock"))
    assert controller.lesson.run.index == 0
    assert window.player.feedback.isVisible()
    assert Action(ActionKind.TAP, "lesson.continue") == controller.lesson.run.expected


def test_clues_found_in_any_order_each_praised_and_help_circles_one_left(qtbot, app_parts):
    window, controller, services = app_parts
    lesson = services.catalogue.get("safety-scam-sms")
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, lesson)
    sandbox = controller.lesson.sandbox
    run = controller.lesson.run
    while run.step.expect is None or run.step.expect.tap_all is None:
        do(qtbot, window, sandbox, run.expected)
    index, step = run.index, run.step
    click(qtbot, sandbox.target_widget("clue.link"))  # the last of the list, first
    settle(qtbot)
    assert run.index == index and run.found == ["clue.link"]
    feedback = window.player.explanation_text()
    assert feedback.startswith(lesson.text(step.praise_each["clue.link"], "fr"))
    assert sandbox.target_widget("clue.link").found  # circled on the phone
    click(qtbot, sandbox.target_widget("clue.link"))  # again: said kindly, not a miss
    assert run.index == index and run.misses == 0
    click(qtbot, sandbox.target_widget("action.delete"))
    click(qtbot, sandbox.target_widget("action.block"))  # second miss: a clue is circled
    assert sandbox._highlighted == "clue.sender" == run.expected.target
    for clue in ("clue.money", "clue.urgency", "clue.sender"):
        click(qtbot, sandbox.target_widget(clue))
    settle(qtbot)
    assert run.index == index + 1 and sandbox._highlighted is None
    learner = services.store.learners.all()[0]
    events = services.store.progress.events(learner.id, lesson.id)
    assert [e["correct"] for e in events if e["step_index"] == index] == [0, 0, 1]


TABLET_SYSTEM_LESSONS = [
    "tablet-wifi",
    "tablet-install-app",
    "tablet-notifications",
    "tablet-home-gesture",
]


@pytest.mark.parametrize("lesson_id", [*TABLET_SYSTEM_LESSONS, "tablet-keyboard"])
def test_tablet_lesson_plays_to_its_end_in_english(qtbot, app_parts, lesson_id):
    # The English file's own words to type ("recipes", "Hello") reach the practice tablet.
    from tutor.i18n import set_language

    set_language("en")
    window, controller, services = app_parts
    lesson = services.catalogue.get(lesson_id)
    sign_in_new(qtbot, window, "Jane")
    open_lesson(qtbot, window, lesson)
    sandbox = controller.lesson.sandbox
    for index, step in enumerate(lesson.steps):
        assert controller.lesson.run.index == index
        for action in step.expected_actions("en"):
            do(qtbot, window, sandbox, action)
            settle(qtbot)
    assert window.current_screen() is window.summary


SAFETY_LESSONS = [lesson_id for lesson_id in ALL_LESSONS if lesson_id.startswith("safety-")]


@pytest.mark.parametrize("lesson_id", SAFETY_LESSONS)
def test_safety_lesson_plays_to_its_end_in_english(qtbot, app_parts, lesson_id):
    """In English, with English words to type (a passphrase of 7 English words)."""
    window, controller, services = app_parts
    lesson = services.catalogue.get(lesson_id)
    sign_in_new(qtbot, window, "Edith")
    click(qtbot, window.catalogue.settings_button)
    click(qtbot, window.settings.findChild(object, "settings.language.en"))
    click(qtbot, window.settings.back_button)
    open_lesson(qtbot, window, lesson)
    sandbox = controller.lesson.sandbox
    for index, step in enumerate(lesson.steps):
        assert controller.lesson.run.index == index
        assert window.player.instruction_text() == lesson.text(step.show, "en")
        for action in step.expected_actions("en"):
            do(qtbot, window, sandbox, action)
            settle(qtbot)
    assert window.current_screen() is window.summary

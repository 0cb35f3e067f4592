""" "Show me" shows: a hand travels to the control and presses it, slowly enough to follow,
the voice says what it does, and afterwards it is "your turn next time", not "well done"."""

from __future__ import annotations

import time

from tests.ui.driver import click
from tests.ui.test_play_lessons import open_lesson, sign_in_new
from tutor.sandboxes.kit.demo_hand import TRAVEL_MS


def _ask_show_me(qtbot, window, controller, services):
    """The first step that waits for a tap, with "Show me" asked (by three misses)."""
    lesson = services.catalogue.get("tablet-open-app")
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, lesson)
    while controller.lesson.run.step.expect is None:
        click(qtbot, window.player.continue_button)
    run = controller.lesson.run
    sandbox = controller.lesson.sandbox
    wrong = next(w for w in ("home.app.camera", "home.app.clock") if w != run.expected.target)
    for _miss in range(3):
        click(qtbot, sandbox.target_widget(wrong))
    assert window.player.show_me_button.isVisible()
    target = sandbox.target_widget(run.expected.target)
    click(qtbot, window.player.show_me_button)
    return run, sandbox, target


def test_a_hand_travels_to_the_control_and_presses_it_before_the_step_is_done(qtbot, app_parts):
    window, controller, services = app_parts
    run, sandbox, target = _ask_show_me(qtbot, window, controller, services)
    index, started = run.index, time.monotonic()
    hand = sandbox.demo_hand()
    assert hand is not None and hand.isVisible()
    middle = target.mapTo(sandbox, target.rect().center())
    # It starts at the bottom, far from the control, and gets there step by step.
    first = hand.fingertip()
    assert first.y() > middle.y() + 100
    seen = [first]
    while not hand.pressing() and time.monotonic() - started < 5:
        qtbot.wait(100)
        seen.append(hand.fingertip())
    assert hand.pressing()
    assert time.monotonic() - started >= TRAVEL_MS / 1000 - 0.05  # slowly enough to follow
    assert (hand.fingertip() - middle).manhattanLength() <= 2
    assert len({(p.x(), p.y()) for p in seen}) >= 5  # it moved, it did not jump
    assert run.index == index  # the step is not done while the hand shows it
    # The voice said what the hand does, in the learner's words.
    name = sandbox.spec.target(run.expected.target).spoken_name()
    assert services.narrator.spoken[-1] == f"Regardez\u00a0: je touche {name}."
    qtbot.waitUntil(lambda: run.index == index + 1, timeout=3000)
    assert not hand.isVisible()
    qtbot.waitUntil(
        lambda: not window.player.explanation_text().startswith("Regardez"), timeout=2000
    )
    said = window.player.explanation_text()
    assert said.startswith("À vous la prochaine fois.") and "Bravo" not in said


def test_with_reduced_motion_the_hand_appears_on_the_control_and_does_not_travel(qtbot, app_parts):
    window, controller, services = app_parts
    sign_in_new(qtbot, window, "Odette")
    click(qtbot, window.catalogue.settings_button)
    click(qtbot, window.settings.findChild(object, "settings.motion.reduced"))
    assert services.store.learners.all()[0].motion == "reduced"
    click(qtbot, window.settings.back_button)
    click(qtbot, window.catalogue.sign_out_button)
    learner = services.store.learners.all()[0]
    click(qtbot, window.sign_in.findChild(object, f"signin.learner.{learner.id}"))
    lesson = services.catalogue.get("tablet-open-app")
    open_lesson(qtbot, window, lesson)
    while controller.lesson.run.step.expect is None:
        click(qtbot, window.player.continue_button)
    run, sandbox = controller.lesson.run, controller.lesson.sandbox
    wrong = next(w for w in ("home.app.camera", "home.app.clock") if w != run.expected.target)
    for _miss in range(3):
        click(qtbot, sandbox.target_widget(wrong))
    target = sandbox.target_widget(run.expected.target)
    click(qtbot, window.player.show_me_button)
    index, started = run.index, time.monotonic()
    hand = sandbox.demo_hand()
    middle = target.mapTo(sandbox, target.rect().center())
    seen = set()
    while not hand.pressing() and time.monotonic() - started < 5:
        seen.add((hand.fingertip().x(), hand.fingertip().y()))
        qtbot.wait(100)
    assert seen == {(middle.x(), middle.y())}  # on the control from the start: no travel
    # It still rests there long enough to be seen before the step is done.
    assert time.monotonic() - started >= TRAVEL_MS / 1000 - 0.05
    assert run.index == index
    qtbot.waitUntil(lambda: run.index == index + 1, timeout=3000)


def test_leaving_during_show_me_does_nothing_and_the_hand_goes(qtbot, app_parts):
    window, controller, services = app_parts
    run, sandbox, _target = _ask_show_me(qtbot, window, controller, services)
    index = run.index
    qtbot.wait(300)
    click(qtbot, window.player.quit_button)
    qtbot.wait(TRAVEL_MS + 800)
    assert run.index == index
    assert not sandbox.demo_hand().isVisible()


def test_the_learner_page_says_which_steps_the_app_did(qtbot, app_parts):
    from PySide6.QtCore import Qt

    from tests.ui.facilitator.helpers import enter_space, open_tile

    window, controller, services = app_parts
    run, _sandbox, _target = _ask_show_me(qtbot, window, controller, services)
    index = run.index
    qtbot.waitUntil(lambda: run.index == index + 1, timeout=5000)
    click(qtbot, window.player.quit_button)
    controller.show_sign_in()
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "progress")
    table = window.facilitator.progress.table
    rect = table.visualRect(window.facilitator.progress.model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.facilitator.learner_page
    lessons = page.table
    title = services.catalogue.get("tablet-open-app").text(
        services.catalogue.get("tablet-open-app").title, "fr"
    )
    [row] = [r for r in range(lessons.rowCount()) if lessons.item(r, 0).text() == title]
    help_column = next(
        c for c in range(lessons.columnCount()) if "Aide" in lessons.horizontalHeaderItem(c).text()
    )
    cell = lessons.item(row, help_column)
    assert cell.text() == "1" and not cell.icon().isNull()  # the count, and the hand
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == "1. 1 étape faite par l'application"

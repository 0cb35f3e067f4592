"""In the real player, each step's target shows whole and uncovered when the step starts,
without the learner scrolling for it; and the audit names a lesson that breaks the rule.

The lessons named in the report of this problem are played by real clicks: before each
step's action, the audit's check must find nothing (the practice app brought the control
into view itself), and the step is then done with a click where the control is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.driver import settle, swipe, type_text
from tests.ui.test_play_lessons import open_lesson, sign_in_new
from tutor.core.actions import CONTINUE_TARGET, ActionKind
from tutor.ui.audit.checks import Rules
from tutor.ui.audit.targets import check_lesson_step_target
from tutor.ui.display import Display


def _touch_where_it_is(qtbot, window, sandbox, action) -> None:
    """A click on the control where it is now: no scrolling for it first."""
    if action.target == CONTINUE_TARGET:
        qtbot.mouseClick(window.player.continue_button, Qt.MouseButton.LeftButton)
    elif action.kind is ActionKind.TYPE:
        type_text(qtbot, sandbox, action.value or "")
    elif action.kind is ActionKind.SWIPE:
        swipe(qtbot, sandbox.target_widget(action.target), action.value or "up")
    else:
        widget = sandbox.target_widget(action.target)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
    settle(qtbot)


@pytest.mark.parametrize(
    "lesson_id",
    [
        "procedures-create-account",  # step 4 after "Faites glisser la page vers le haut"
        "procedures-water-meter",  # step 5 after the same swipe
        "procedures-keep-receipt",  # a note ("Receipt kept") lay over the next button
        "procedures-sms-alerts",  # the code on the phone, under the page, with the keyboard
        "procedures-real-site",  # the site's information sheet over the page
        "social-like-comment",  # "J'aime" half under the bottom edge of the news
        "social-report-block",  # "Nouveau message" lay over Thomas's message
    ],
)
def test_every_step_s_target_shows_when_the_step_starts(qtbot, app_parts, lesson_id):
    window, controller, services = app_parts
    lesson = services.catalogue.get(lesson_id)
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, lesson)
    sandbox = controller.lesson.sandbox
    rules = Rules(Display())
    for index, step in enumerate(lesson.steps):
        assert controller.lesson.run.index == index
        qtbot.wait(700)  # a page glides to its place in under half a second
        assert check_lesson_step_target(window, controller.lesson, rules) == []
        _touch_where_it_is(qtbot, window, sandbox, step.expected_action())
    assert window.current_screen() is window.summary


PLANTED = """\
id: planted-hidden-target
module: procedures
title: "Un bouton qui n'est pas là"
goal: "Voir l'audit signaler un bouton absent."
duration: 2
sandbox: browser
language: fr
steps:
  - show: "Touchez « Créer un compte »."
    say: "Ce bouton est sur une autre page : il n'est pas à l'écran."
    expect:
      tap: login.create
"""


def test_the_audit_names_a_step_whose_target_is_not_on_the_screen(qtbot, tmp_path: Path):
    """A lesson written to break the rule: its step asks for a control of another page."""
    from tutor.app import build_services, build_window, create_qt_application

    folder = tmp_path / "lessons"
    folder.mkdir()
    (folder / "planted-hidden-target.yaml").write_text(PLANTED, encoding="utf-8")
    create_qt_application([])
    services = build_services(tmp_path / "data", [folder])
    try:
        window, controller = build_window(services)
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        learner = services.store.learners.add("Jeanne", "mdi6.flower", "#8e244d")
        controller.choose_learner(learner.id)
        controller.module_id = "procedures"
        controller.open_lesson("planted-hidden-target")
        found = check_lesson_step_target(window, controller.lesson, Rules(Display(150)))
        assert [str(v) for v in found] == [
            "player planted-hidden-target step 1 [150 % standard, 1024x768] | login.create"
            " | target-hidden: not on the practice screen"
        ]
    finally:
        services.store.close()

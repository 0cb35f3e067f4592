"""The social module's lessons played to their end in English: the learner types the
English words ("Lovely", "My flowers", "Yes") and sees the English names on the screen."""

from __future__ import annotations

import pytest

from tests.conftest import LESSONS
from tests.ui.driver import click, do, settle
from tests.ui.test_play_lessons import open_lesson, sign_in_new
from tutor.core.actions import ActionKind
from tutor.core.loader import load_lessons
from tutor.i18n import current_language, set_language
from tutor.sandboxes import sandbox_specs

SOCIAL = [
    lesson.id
    for lesson in load_lessons([LESSONS], sandbox_specs()).lessons
    if lesson.module == "social"
]


@pytest.fixture
def english():
    before = current_language()
    set_language("en")
    yield
    set_language(before)


def test_the_social_module_has_its_nine_lessons():
    assert len(SOCIAL) == 9


@pytest.mark.parametrize("lesson_id", SOCIAL)
def test_lesson_plays_to_its_end_in_english(qtbot, english, app_parts, lesson_id):
    window, controller, services = app_parts
    lesson = services.catalogue.get(lesson_id)
    sign_in_new(qtbot, window, "Jean")
    open_lesson(qtbot, window, lesson)
    sandbox = controller.lesson.sandbox
    run = controller.lesson.run
    assert run.language == "en"
    for index, step in enumerate(lesson.steps):
        assert controller.lesson.run.index == index
        action = step.expected_action("en")
        if action.kind is ActionKind.TYPE:
            # An English learner types English words, never the French ones.
            assert action.value != step.expected_action("fr").value
            assert action.value.isascii()
        do(qtbot, window, sandbox, action)
        settle(qtbot)
    assert window.current_screen() is window.summary
    click(qtbot, window.summary.done_button)

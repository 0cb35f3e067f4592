"""The practice keyboard of a lesson is in the learner's language: QWERTY for an English
learner, AZERTY for a French one, on the same practice tablet."""

from __future__ import annotations

from tests.ui.driver import click
from tests.ui.test_play_lessons import open_lesson, sign_in_new
from tutor.i18n import set_language
from tutor.sandboxes.kit.keyboard import SPACE, OnScreenKeyboard


def _keyboard(controller) -> OnScreenKeyboard:
    (keyboard,) = controller.lesson.sandbox.findChildren(OnScreenKeyboard)
    return keyboard


def test_the_lesson_gives_its_language_to_the_practice_keyboard(qtbot, app_parts):
    window, controller, services = app_parts
    lesson = services.catalogue.get("tablet-keyboard")
    try:
        set_language("en")
        sign_in_new(qtbot, window, "Mary")
        open_lesson(qtbot, window, lesson)
        keyboard = _keyboard(controller)
        assert keyboard.language == "en"
        assert [key.label for key in keyboard.rows[0][:6]] == list("qwerty")
        assert keyboard.key(SPACE).label == "space"
        click(qtbot, window.player.quit_button)
        click(qtbot, window.lessons.back_button)
        click(qtbot, window.catalogue.sign_out_button)
        set_language("fr")
        sign_in_new(qtbot, window, "Jeanne")
        open_lesson(qtbot, window, lesson)
        # A learner of another language gets the practice tablet made again in French.
        keyboard = _keyboard(controller)
        assert keyboard.language == "fr"  # the French keyboard
        assert [key.label for key in keyboard.rows[0][:6]] == list("azerty")
        assert keyboard.key(SPACE).label == "espace"
    finally:
        set_language("fr")

"""Text size, colours and language: changed live from any screen, kept per learner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from tests.ui.driver import click, settle
from tests.ui.test_play_lessons import open_lesson, sign_in_new
from tutor.ui.display import Display, apply_display, current
from tutor.ui.theme import HIGH_CONTRAST, MIN_CONTRAST, STANDARD, contrast_ratio, text_pairs


@pytest.fixture(autouse=True)
def _usual_look_afterwards():
    yield
    apply_display(Display())


def _px(widget) -> int:
    return QFontInfo(widget.font()).pixelSize()


def test_size_and_theme_change_live_mid_lesson_and_are_kept(qtbot, app_parts):
    window, controller, services = app_parts
    sign_in_new(qtbot, window, "Odette")
    open_lesson(qtbot, window, services.catalogue.get("tablet-keyboard"))
    player = window.player
    before = (_px(player.repeat_button), _px(player.instruction), player.panel.width())
    sandbox = controller.lesson.sandbox
    click(qtbot, player.display_button)
    panel = window.display_panel
    assert panel.isVisible()
    click(qtbot, panel.findChild(object, "display.size.200"))
    click(qtbot, panel.findChild(object, "display.theme.high_contrast"))
    click(qtbot, panel.close_button)
    assert not panel.isVisible() and window.current_screen() is player
    assert _px(player.repeat_button) == 2 * before[0]
    assert _px(player.instruction) > before[1]
    assert player.panel.width() > before[2]
    assert sandbox.look.reader_factor > 1
    # High contrast: white text on black, drawn so.
    image = player.grab().toImage()
    assert image.pixelColor(5, 5).name() == HIGH_CONTRAST.window
    learner = services.store.learners.all()[0]
    assert (learner.text_size, learner.theme) == (200, "high_contrast")
    # Next time, the learner's own look comes back with them.
    click(qtbot, player.quit_button)
    click(qtbot, window.lessons.back_button)
    click(qtbot, window.catalogue.sign_out_button)
    assert current() == Display()
    click(qtbot, window.sign_in.findChild(object, f"signin.learner.{learner.id}"))
    assert current() == Display(200, "high_contrast")


def test_every_learner_screen_has_the_aa_button(qtbot, app_parts):
    window, _controller, _services = app_parts
    for screen in window.learner_screens():
        assert screen.display_button.accessibleName()
        assert screen.display_button.minimumWidth() >= 64


def test_language_changes_live_and_the_narrator_follows(qtbot, app_parts):
    window, _controller, services = app_parts
    sign_in_new(qtbot, window, "Odette")
    click(qtbot, window.catalogue.settings_button)
    assert window.settings.back_button.text() == "Retour"
    click(qtbot, window.settings.findChild(object, "settings.language.en"))
    assert window.settings.back_button.text() == "Back"
    assert services.store.learners.all()[0].language == "en"
    assert services.narrator.settings[0] == "en"
    click(qtbot, window.settings.back_button)
    assert window.catalogue.settings_button.text() == "My settings"
    assert window.catalogue.title.text().startswith("Hello")
    lesson = services.catalogue.get("tablet-keyboard")
    open_lesson(qtbot, window, lesson)
    assert window.player.repeat_button.text() == "Repeat"
    assert window.player.instruction_text() == lesson.text(lesson.steps[0].show, "en")


def test_each_learner_finds_their_own_language_whoever_signed_in_before(qtbot, app_parts):
    """Screens built in French at start: an English learner's picture turns them English,
    back at the sign-in they are French again, and the next French learner reads French."""
    window, controller, services = app_parts
    english = services.store.learners.add("John", "mdi6.flower", "#8e244d", "en")
    french = services.store.learners.add("Odette", "mdi6.flower", "#8e244d", "fr")
    controller.show_sign_in()
    settle(qtbot)
    click(qtbot, window.sign_in.findChild(object, f"signin.learner.{english.id}"))
    assert window.catalogue.settings_button.text() == "My settings"
    assert window.catalogue.title.text() == "Hello John!"
    click(qtbot, window.catalogue.findChild(object, "catalogue.module.tablet"))
    assert window.lessons.back_button.text() == "Back"
    controller.show_sign_in()
    settle(qtbot)
    assert window.sign_in.findChild(object, "signin.facilitator").text() == "Espace animateur"
    click(qtbot, window.sign_in.findChild(object, f"signin.learner.{french.id}"))
    assert window.catalogue.settings_button.text() == "Mes réglages"
    click(qtbot, window.catalogue.findChild(object, "catalogue.module.tablet"))
    assert window.lessons.back_button.text() == "Retour"


def test_keyboard_reaches_the_player_buttons_and_enter_presses(qtbot, app_parts):
    window, _controller, services = app_parts
    sign_in_new(qtbot, window, "Odette")
    open_lesson(qtbot, window, services.catalogue.get("tablet-keyboard"))
    player = window.player
    player.display_button.setFocus()
    reached = set()
    for _press in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    for button in (player.repeat_button, player.help_button, player.quit_button):
        assert button in reached, button.objectName()
    player.quit_button.setFocus()
    qtbot.keyClick(player.quit_button, Qt.Key.Key_Return)
    settle(qtbot)
    assert window.current_screen() is window.lessons


@pytest.mark.parametrize(
    ("palette", "theme"), [(STANDARD, "standard"), (HIGH_CONTRAST, "high_contrast")]
)
def test_every_text_colour_of_each_theme_has_enough_contrast(palette, theme):
    for what, (text, background) in text_pairs(palette).items():
        assert contrast_ratio(text, background) >= MIN_CONTRAST[theme], what


def test_contrast_formula_matches_known_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_long_words_at_200_percent_offer_to_read_on(qtbot, app_parts):
    window, controller, services = app_parts
    sign_in_new(qtbot, window, "Odette")
    open_lesson(qtbot, window, services.catalogue.get("procedures-water-meter"))
    player = window.player
    player.show_speech("Une phrase courte.")
    settle(qtbot)
    assert not player.more_button.isVisible()  # at 100 %, short words: nothing to add
    click(qtbot, player.display_button)
    click(qtbot, window.display_panel.findChild(object, "display.size.200"))
    click(qtbot, window.display_panel.close_button)
    long_text = " ".join(["Posez le doigt sur la page et faites-le glisser vers le haut."] * 4)
    player.show_speech(long_text)
    settle(qtbot)
    bar = player.words.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    assert player.more_button.isVisible() and player.more_button.height() >= 64
    while player.more_button.isVisible():
        before = bar.value()
        click(qtbot, player.more_button)
        settle(qtbot)
        # Onwards (once the end shows, the button goes and the words take its room).
        assert bar.value() > before or not player.more_button.isVisible()
    assert bar.value() == bar.maximum()  # the end is in view: the button has gone
    bottom_mask, _top_mask = player.whole_lines.masks
    assert not bottom_mask.isVisible()  # the last line is whole
    # The next step starts from its first words again.
    controller.lesson._judge(controller.lesson.run.expected)
    settle(qtbot)
    assert bar.value() == 0

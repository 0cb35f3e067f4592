"""What a screen reader is told, read from Qt's accessibility interfaces (the ones its AT-SPI,
UI Automation and macOS bridges translate): choices as radio buttons with their names,
titles as headings, and plain words (no markup) in the player. The whole path through AT-SPI
is walked in ``tests/e2e/test_screen_reader.py``."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QLabel

from tests.ui.driver import settle
from tests.ui.test_hard_words import lesson_parts  # noqa: F401  (the fixture)
from tests.ui.test_play_lessons import open_lesson, sign_in_new
from tutor.i18n import set_language
from tutor.ui import accessibility

Role = QAccessible.Role
NAME = QAccessible.Text.Name


def told(widget) -> tuple[Role, str, bool]:
    """The role, name and checked state a screen reader gets for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.role(), interface.text(NAME), interface.state().checked


@pytest.mark.parametrize(
    ("language", "picture", "colour"), [("fr", "Vélo", "Framboise"), ("en", "Bike", "Raspberry")]
)
def test_pictures_and_colours_are_named_choices_and_the_title_a_heading(
    qtbot, language, picture, colour
):
    from tutor.app import create_qt_application
    from tutor.ui.screens.new_learner import NewLearnerScreen

    create_qt_application([])
    accessibility.install()
    set_language(language)
    try:
        screen = NewLearnerScreen()
    finally:
        set_language("fr")
    qtbot.addWidget(screen)
    bike = screen.findChild(object, "newlearner.avatar.12")
    flower = screen.findChild(object, "newlearner.avatar.0")
    assert told(bike) == (Role.RadioButton, picture, False)
    assert told(flower)[0::2] == (Role.RadioButton, True)
    raspberry = screen.findChild(object, "newlearner.colour.2")
    assert told(raspberry) == (Role.RadioButton, colour, False)
    # A screen reader's "Press" chooses it, and only it.
    actions = QAccessible.queryAccessibleInterface(bike).actionInterface()
    assert QAccessibleActionInterface.pressAction() in actions.actionNames()
    actions.doAction(QAccessibleActionInterface.pressAction())
    assert told(bike)[2] and not told(flower)[2]
    # The screen's title is a heading; its other texts stay labels, "OK" a push button.
    headings = [label for label in screen.findChildren(QLabel) if told_role(label) == Role.Heading]
    assert [label.property("role") for label in headings] == ["title"]
    assert told(headings[0])[1] == headings[0].text() != ""
    assert told(screen.ok_button)[0] == Role.Button


def told_role(widget) -> Role | None:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.role() if interface is not None else None


def test_player_names_are_plain_words_while_words_are_marked_or_a_sentence_heard(
    qtbot,
    lesson_parts,  # noqa: F811  (the fixture)
):
    window, controller, services = lesson_parts
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, services.catalogue.get("words-notes"))
    player = window.player
    assert "<a " in player.instruction.text()  # "icône" marked, as a link
    assert told(player.instruction)[:2] == (Role.StaticText, player.instruction_text())
    assert "<" not in told(player.instruction)[1]
    assert told(player.counter)[0] == Role.Heading
    to_the_second_step_from_the_first(qtbot, controller)
    spoken = player.spoken_text()
    sentences = [part + "." for part in spoken.rstrip(".").split(". ")]
    player.highlight_sentence(len(sentences) - 1, sentences)
    assert "<span" in player.feedback.text()
    assert told(player.feedback)[1] == spoken


def to_the_second_step_from_the_first(qtbot, controller) -> None:
    from tests.ui.driver import click

    click(qtbot, controller.lesson.sandbox.target_widget("home.app.notes"))
    settle(qtbot, 60)
    assert controller.lesson.run.index == 1


def test_the_answer_to_a_tap_on_the_wrong_place_is_announced(
    qtbot,
    lesson_parts,  # noqa: F811  (the fixture)
    monkeypatch,
):
    """What the player shows after a tap on the wrong place goes to screen readers at once."""
    from tests.ui.driver import click

    heard: list[str] = []
    monkeypatch.setattr(accessibility, "announce", lambda _widget, text: heard.append(text))
    window, controller, services = lesson_parts
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, services.catalogue.get("words-notes"))
    click(qtbot, controller.lesson.sandbox.target_widget("home.app.settings"))
    settle(qtbot, 60)
    assert controller.lesson.run.index == 0
    assert heard == [window.player.spoken_text()] != [""]


def test_the_feelings_at_the_end_are_one_choice_of_three(qtbot):
    from tutor.app import create_qt_application
    from tutor.ui.screens.summary import SummaryScreen

    create_qt_application([])
    accessibility.install()
    screen = SummaryScreen()
    qtbot.addWidget(screen)
    assert [told(face) for face in screen.face_buttons] == [
        (Role.RadioButton, "Pas encore à l’aise", False),
        (Role.RadioButton, "Ça va bien", False),
        (Role.RadioButton, "À l’aise", False),
    ]
    QAccessible.queryAccessibleInterface(screen.face_buttons[1]).actionInterface().doAction(
        QAccessibleActionInterface.pressAction()
    )
    assert [told(face)[2] for face in screen.face_buttons] == [False, True, False]

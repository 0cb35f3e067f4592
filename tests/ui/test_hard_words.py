"""Hard words in the instruction: marked, and one touch shows and reads what they mean."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel

from tests.ui.driver import click, settle
from tests.ui.test_play_lessons import open_lesson, sign_in_new
from tutor.i18n import set_language
from tutor.ui.screens.player import WORD_LINK, marked_instruction

LESSON = """\
id: words-notes
module: tablet
title: Ouvrir les notes
goal: À la fin, vous saurez ouvrir Notes.
duration: 2
sandbox: tablet
steps:
  - show: Touchez l'icône jaune des Notes. Les icônes sont des petites images.
    expect:
      tap: home.app.notes
  - show: Voilà vos notes.
words:
  - word: icône
    means: Une petite image. On la touche pour ouvrir une application.
"""

TRANSLATION = """\
title: Open your notes
goal: At the end, you will know how to open Notes.
steps:
  - show: Tap the yellow Notes icon. Icons are small pictures.
  - show: Here are your notes.
words:
  - word: icon
    means: A small picture. Tap it to open an app.
"""


@pytest.fixture
def lesson_parts(qtbot, tmp_path):
    """The real window on a folder holding one lesson with a hard word, in both languages."""
    from tests.ui.conftest import _quiet
    from tutor.app import build_services, build_window, create_qt_application

    folder = tmp_path / "lessons" / "tablet"
    folder.mkdir(parents=True)
    (folder / "words-notes.yaml").write_text(LESSON, encoding="utf-8")
    (folder / "words-notes.en.yaml").write_text(TRANSLATION, encoding="utf-8")
    create_qt_application([])
    services = build_services(tmp_path / "data", [tmp_path / "lessons"])
    window, controller = build_window(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, controller, services
    _quiet(controller)
    services.store.close()
    set_language("fr")


def word_point(label: QLabel, nth: int) -> QPoint:
    """Where the ``nth`` marked word is drawn in ``label``: the label's own text laid out at
    its width, as Qt lays it out for the label."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    rect = label.contentsRect()
    document.setTextWidth(rect.width())
    document.size()  # laid out now
    cursor = QTextCursor(document)
    starts, before = [], ""
    for position in range(document.characterCount() - 1):
        cursor.setPosition(position + 1)  # the format of the character before the cursor
        link = cursor.charFormat().anchorHref()
        if link.startswith(WORD_LINK) and (link != before or not starts):
            starts.append(position)
        before = link
    for position in starts[nth : nth + 1]:
        block = document.findBlock(position)
        layout = block.layout()
        inside = position - block.position()
        line = layout.lineForTextPosition(inside)
        assert line.isValid()
        x = line.cursorToX(inside)[0] + 6
        y = layout.position().y() + line.y() + line.height() / 2
        return QPoint(rect.x() + round(x), rect.y() + round(y))
    raise AssertionError(f"no marked word {nth} in {label.text()!r}")


def touch_word(qtbot, label: QLabel, nth: int) -> None:
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=word_point(label, nth))
    settle(qtbot)


def test_a_marked_word_shows_and_reads_its_meaning_and_closes_again(qtbot, lesson_parts):
    window, controller, services = lesson_parts
    lesson = services.catalogue.get("words-notes")
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, lesson)
    player = window.player
    assert player.marked_words() == ["icône", "icônes"]
    assert player.instruction_text() == lesson.text(lesson.steps[0].show, "fr")
    assert f'href="{WORD_LINK}0"' in player.instruction.text()
    assert "text-decoration: underline" in player.instruction.text()  # not a colour alone
    assert not player.definition.isVisible()

    touch_word(qtbot, player.instruction, 0)
    assert player.definition.isVisible()
    assert player.definition_shown() == (
        "icône Une petite image. On la touche pour ouvrir une application."
    )
    assert services.narrator.spoken[-1] == (
        "icône : Une petite image. On la touche pour ouvrir une application."
    )
    assert controller.lesson.run.index == 0  # reading a word is not a step

    touch_word(qtbot, player.instruction, 0)  # the same word again: closed
    assert not player.definition.isVisible()

    touch_word(qtbot, player.instruction, 0)
    assert player.definition.isVisible()
    click(qtbot, player.definition_close)
    assert not player.definition.isVisible()
    assert controller.lesson.run.index == 0


def test_english_marks_and_reads_the_english_word(qtbot, lesson_parts):
    window, _controller, services = lesson_parts
    set_language("en")
    sign_in_new(qtbot, window, "Jean")
    open_lesson(qtbot, window, services.catalogue.get("words-notes"))
    player = window.player
    assert player.marked_words() == ["icon", "Icons"]
    touch_word(qtbot, player.instruction, 0)
    assert player.definition_shown() == "icon A small picture. Tap it to open an app."
    assert services.narrator.spoken[-1] == "icon: A small picture. Tap it to open an app."


def test_the_meaning_closes_when_the_step_changes_and_steps_without_words_are_plain(
    qtbot, lesson_parts
):
    window, controller, services = lesson_parts
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, services.catalogue.get("words-notes"))
    player = window.player
    touch_word(qtbot, player.instruction, 0)
    assert player.definition.isVisible()
    click(qtbot, controller.lesson.sandbox.target_widget("home.app.notes"))
    settle(qtbot, 60)
    assert controller.lesson.run.index == 1
    assert not player.definition.isVisible()
    assert player.marked_words() == []
    assert player.instruction.textFormat() == Qt.TextFormat.PlainText


def test_marking_finds_plural_and_elision_and_escapes_the_text():
    words = [("expéditeur", "La personne qui envoie.")]
    text = "Regardez l'expéditeur <b>. Les Expéditeurs mentent."
    marked = marked_instruction(text, words, "#000000")
    assert marked.count(f'href="{WORD_LINK}0"') == 2
    assert "&lt;b&gt;" in marked and ">Expéditeurs<sup>?</sup></a>" in marked
    assert marked_instruction("Rien à marquer.", words, "#000000") == ""


def test_at_200_percent_in_strong_contrast_the_word_is_marked_and_its_meaning_shows(
    qtbot, lesson_parts
):
    window, _controller, services = lesson_parts
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, services.catalogue.get("words-notes"))
    player = window.player
    click(qtbot, player.display_button)
    click(qtbot, window.display_panel.findChild(object, "display.size.200"))
    click(qtbot, window.display_panel.findChild(object, "display.theme.high_contrast"))
    click(qtbot, window.display_panel.close_button)
    settle(qtbot)
    ink = player.instruction.palette().color(player.instruction.foregroundRole()).name()
    assert f"color: {ink}" in player.instruction.text()  # the theme's own ink
    touch_word(qtbot, player.instruction, 1)  # "icônes", further down the text
    assert player.definition.isVisible()
    assert services.narrator.spoken[-1].startswith("icône : Une petite image.")
    # The box and its "Close" are whole in view, inside the scrolling words.
    close = player.definition_close
    top_left = close.mapTo(player.words.viewport(), QPoint(0, 0))
    assert top_left.y() >= 0
    assert top_left.y() + close.height() <= player.words.viewport().height()
    assert close.height() >= 64

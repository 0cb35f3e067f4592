"""Hard words in the instruction and in the explanation under it: marked, and one touch
shows and reads what they mean."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel

from tests.ui.driver import click, settle
from tests.ui.test_play_lessons import open_lesson, sign_in_new
from tutor.i18n import set_language
from tutor.ui.screens.player_text import HEARD_INK, WORD_LINK, marked_instruction

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
    say: Voilà vos notes. Vous avez touché l'icône jaune.
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
    say: Here are your notes. You tapped the yellow icon.
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
    """Where the middle of the ``nth`` marked word is drawn in ``label``, read from the
    label's own laid-out text (a copy laid out here wraps a little differently: a long
    explanation's later lines drift off its words)."""
    rect = label.contentsRect()
    document = label.findChild(QTextDocument)  # the label's own, as it lays it out
    if document is None or document.toPlainText() == "":
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(label.font())
        document.setHtml(label.text())
        document.setTextWidth(rect.width())
    document.size()  # laid out now
    cursor = QTextCursor(document)
    runs: list[list[int]] = []  # [first, last] character of each marked word
    before = ""
    for position in range(document.characterCount() - 1):
        cursor.setPosition(position + 1)  # the format of the character before the cursor
        link = cursor.charFormat().anchorHref()
        if link.startswith(WORD_LINK):
            if link != before or not runs or runs[-1][1] != position - 1:
                runs.append([position, position])
            else:
                runs[-1][1] = position
        before = link
    for first, last in runs[nth : nth + 1]:
        block = document.findBlock(first)
        layout = block.layout()
        start = first - block.position()
        line = layout.lineForTextPosition(start)
        assert line.isValid()
        end = min(last - block.position(), line.textStart() + line.textLength() - 1)
        x = (line.cursorToX(start)[0] + line.cursorToX(end)[0]) / 2
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
        "icône\u00a0: Une petite image. On la touche pour ouvrir une application."
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
    assert services.narrator.spoken[-1].startswith("icône\u00a0: Une petite image.")
    # The box and its "Close" are whole in view, inside the scrolling words.
    close = player.definition_close
    top_left = close.mapTo(player.words.viewport(), QPoint(0, 0))
    assert top_left.y() >= 0
    assert top_left.y() + close.height() <= player.words.viewport().height()
    assert close.height() >= 64


def to_the_second_step(qtbot, window, controller, services) -> None:
    """The lesson opened and its first step done: the second explains with a hard word in
    its spoken words (``say``) and none in its instruction (``show``)."""
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, services.catalogue.get("words-notes"))
    click(qtbot, controller.lesson.sandbox.target_widget("home.app.notes"))
    settle(qtbot, 60)
    assert controller.lesson.run.index == 1


def test_a_word_in_the_explanation_is_marked_and_opens_its_meaning_under_it(qtbot, lesson_parts):
    window, controller, services = lesson_parts
    lesson = services.catalogue.get("words-notes")
    to_the_second_step(qtbot, window, controller, services)
    player = window.player
    assert player.marked_words() == []  # the instruction has no hard word
    assert player.marked_words_in_explanation() == ["icône"]
    said = lesson.text(lesson.steps[1].say, "fr")
    assert player.explanation_text().endswith(said)  # the praise, then the step's words
    assert player.spoken_text() == player.explanation_text()
    assert f'href="{WORD_LINK}0"' in player.feedback.text()
    assert "text-decoration: underline" in player.feedback.text()
    assert ">icône<sup>?</sup></a>" in player.feedback.text()

    touch_word(qtbot, player.feedback, 0)
    assert player.definition.isVisible()
    assert player.definition_shown() == (
        "icône Une petite image. On la touche pour ouvrir une application."
    )
    assert services.narrator.spoken[-1] == (
        "icône\u00a0: Une petite image. On la touche pour ouvrir une application."
    )
    assert controller.lesson.run.index == 1  # reading a word is not a step
    # The box opens right under the explanation, where the word was touched.
    assert player.definition.y() > player.feedback.y() + player.feedback.height() - 1
    layout = player._words_layout
    assert layout.indexOf(player.definition) == layout.indexOf(player.feedback) + 1

    touch_word(qtbot, player.feedback, 0)  # the same word again: closed
    assert not player.definition.isVisible()
    touch_word(qtbot, player.feedback, 0)
    click(qtbot, player.definition_close)
    assert not player.definition.isVisible()
    assert controller.lesson.run.index == 1
    assert player.explanation_text().endswith(said)  # the explanation is untouched


def test_the_box_follows_the_text_its_word_was_touched_in(qtbot, lesson_parts):
    window, _controller, services = lesson_parts
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, services.catalogue.get("words-notes"))
    player = window.player
    layout = player._words_layout
    # The first step has no "say": its explanation is its instruction, marked in both.
    assert player.marked_words_in_explanation() == ["icône", "icônes"]
    touch_word(qtbot, player.feedback, 1)
    assert layout.indexOf(player.definition) == layout.indexOf(player.feedback) + 1
    touch_word(qtbot, player.instruction, 1)  # the same word up there: the box moves up
    assert player.definition.isVisible()
    assert layout.indexOf(player.definition) == layout.indexOf(player.instruction) + 1
    touch_word(qtbot, player.instruction, 1)
    assert not player.definition.isVisible()


def test_the_sentence_heard_keeps_its_words_marked_in_a_dark_ink(qtbot, lesson_parts):
    window, controller, services = lesson_parts
    to_the_second_step(qtbot, window, controller, services)
    player = window.player
    spoken = player.spoken_text()
    sentences = [part + "." for part in spoken.rstrip(".").split(". ")]
    assert " ".join(sentences) == spoken
    last = len(sentences) - 1  # "Vous avez touché l'icône jaune."
    player.highlight_sentence(last, sentences)
    assert player.heard_sentence() == sentences[last]
    assert player.explanation_text() == spoken
    text = player.feedback.text()
    assert "background-color: #ffe08a" in text
    assert f'<a href="{WORD_LINK}0" style="color: {HEARD_INK};' in text  # dark on the tint
    touch_word(qtbot, player.feedback, 0)
    assert player.definition_shown().startswith("icône Une petite image.")
    player.highlight_sentence(0, sentences)  # an earlier sentence: the word in the theme's ink
    ink = player.feedback.palette().color(player.feedback.foregroundRole()).name()
    assert f'<a href="{WORD_LINK}0" style="color: {ink};' in player.feedback.text()
    player.highlight_sentence(-1, sentences)  # the end: no tint, the word still marked
    assert player.heard_sentence() == ""
    assert "#ffe08a" not in player.feedback.text()
    assert player.marked_words_in_explanation() == ["icône"]
    assert f'href="{WORD_LINK}0"' in player.feedback.text()


def test_english_explanation_marks_the_english_word(qtbot, lesson_parts):
    window, controller, services = lesson_parts
    set_language("en")
    to_the_second_step(qtbot, window, controller, services)
    player = window.player
    assert player.marked_words_in_explanation() == ["icon"]
    touch_word(qtbot, player.feedback, 0)
    assert player.definition_shown() == "icon A small picture. Tap it to open an app."
    assert services.narrator.spoken[-1] == "icon: A small picture. Tap it to open an app."


def test_an_explanation_without_hard_words_stays_plain_text(qtbot, lesson_parts):
    window, controller, services = lesson_parts
    to_the_second_step(qtbot, window, controller, services)
    player = window.player
    player.show_speech("Bravo ! Voilà vos notes.")
    assert player.marked_words_in_explanation() == []
    assert player.feedback.textFormat() == Qt.TextFormat.PlainText
    assert player.feedback.text() == "Bravo ! Voilà vos notes."
    assert player.feedback.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction


def test_at_200_percent_a_long_explanation_with_words_still_reads_on_by_whole_lines(
    qtbot, lesson_parts
):
    window, controller, services = lesson_parts
    to_the_second_step(qtbot, window, controller, services)
    player = window.player
    click(qtbot, player.display_button)
    click(qtbot, window.display_panel.findChild(object, "display.size.200"))
    click(qtbot, window.display_panel.findChild(object, "display.theme.high_contrast"))
    click(qtbot, window.display_panel.close_button)
    settle(qtbot)
    long_text = " ".join(["Touchez l'icône et faites glisser la page vers le haut."] * 5)
    player.show_speech(long_text)
    settle(qtbot)
    ink = player.feedback.palette().color(player.feedback.foregroundRole()).name()
    assert f"color: {ink}" in player.feedback.text()  # the theme's own ink
    assert len(player.marked_words_in_explanation()) == 5
    bar = player.words.verticalScrollBar()
    assert player.more_button.isVisible()
    while player.more_button.isVisible():
        before = bar.value()
        click(qtbot, player.more_button)
        settle(qtbot)
        assert bar.value() > before or not player.more_button.isVisible()
    assert bar.value() == bar.maximum()
    bottom_mask, _top_mask = player.whole_lines.masks
    assert not bottom_mask.isVisible()  # the last line is whole
    # A word further down, touched: its meaning and "Close" whole in view.
    touch_word(qtbot, player.feedback, 4)
    assert player.definition.isVisible()
    close = player.definition_close
    top_left = close.mapTo(player.words.viewport(), QPoint(0, 0))
    assert top_left.y() >= 0
    assert top_left.y() + close.height() <= player.words.viewport().height()
    assert player.definition_shown().startswith("icône Une petite image.")
    click(qtbot, close)
    assert not player.definition.isVisible()
    assert controller.lesson.run.index == 1

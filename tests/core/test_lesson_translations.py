"""Lesson translations beside the lesson: merged per language, checked with lines."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_loader import GOOD, write
from tutor.core.loader import load_lessons
from tutor.i18n import set_language

WITH_WRONG = (
    GOOD.format(id="notes")
    + "    hint: L'icône orange.\n    wrong:\n      nav.home: Ceci est l'accueil.\n"
)
ENGLISH = """\
title: Open Notes
goal: At the end, you will know how to open Notes.
steps:
  - show: Touch the Notes icon.
    hint: The orange icon.
    wrong:
      nav.home: This is the home button.
"""


def test_translation_gives_each_text_in_english_and_keeps_french(tmp_path, specs):
    write(tmp_path, "notes.yaml", WITH_WRONG)
    write(tmp_path, "notes.en.yaml", ENGLISH)
    result = load_lessons([tmp_path], specs)
    assert result.problems == []
    [lesson] = result.lessons
    step = lesson.steps[0]
    assert lesson.text(lesson.title, "en") == "Open Notes"
    assert lesson.text(lesson.title, "fr") == "Ouvrir Notes"
    assert lesson.text(step.show, "en") == "Touch the Notes icon."
    assert lesson.text(step.wrong_answer("nav.home"), "en") == "This is the home button."
    assert lesson.text(step.say or step.show, "en") == "Touch the Notes icon."


def test_translation_problems_name_the_translation_file_and_line(tmp_path, specs):
    set_language("en")
    write(tmp_path, "notes.yaml", WITH_WRONG)
    bad = write(
        tmp_path,
        "notes.en.yaml",
        ENGLISH.replace("nav.home", "nav.back") + "  - show: One step too many.\n",
    )
    result = load_lessons([tmp_path], specs)
    assert result.lessons == []
    messages = {(p.path, p.line): p.message for p in result.problems}
    assert any(
        path == bad and line == 7 and "nav.back" in message
        for (path, line), message in messages.items()
    )
    assert any(
        path == bad and "1 steps" in message and "2" in message
        for (path, _line), message in messages.items()
    )


def test_a_translation_may_only_hold_texts(tmp_path, specs):
    set_language("en")
    write(tmp_path, "notes.yaml", WITH_WRONG)
    bad = write(tmp_path, "notes.en.yaml", ENGLISH.replace("title:", "sandbox: tablet\ntitle:"))
    [problem] = load_lessons([tmp_path], specs).problems
    assert (problem.path, problem.line) == (bad, 1)
    assert "sandbox" in problem.message


def test_bundled_translations_are_not_taken_for_lessons():
    from tests.conftest import LESSONS
    from tutor.core.loader import lesson_files

    assert not any(Path(path.stem).suffix == ".en" for path in lesson_files([LESSONS]))


REMEMBER_AND_WORDS = """\
remember:
  - Les applications sont sur l'écran d'accueil.
  - Une icône ouvre une application.
words:
  - word: icône
    means: Un petit dessin. On le touche pour ouvrir une application.
"""
REMEMBER_AND_WORDS_EN = """\
remember:
  - Apps are on the home screen.
  - Tap an icon to open an app.
words:
  - word: icon
    means: A small picture. Tap it to open an app.
"""


def test_points_to_remember_and_hard_words_are_translated_in_order(tmp_path, specs):
    write(tmp_path, "notes.yaml", WITH_WRONG + REMEMBER_AND_WORDS)
    write(tmp_path, "notes.en.yaml", ENGLISH + REMEMBER_AND_WORDS_EN)
    result = load_lessons([tmp_path], specs)
    assert result.problems == []
    [lesson] = result.lessons
    assert [lesson.text(point, "en") for point in lesson.remember] == [
        "Apps are on the home screen.",
        "Tap an icon to open an app.",
    ]
    assert lesson.text(lesson.remember[0], "fr") == "Les applications sont sur l'écran d'accueil."
    [word] = lesson.words
    assert (lesson.text(word.word, "en"), lesson.text(word.word, "fr")) == ("icon", "icône")
    assert lesson.text(word.means, "en") == "A small picture. Tap it to open an app."


def test_a_translation_with_a_point_missing_is_named_with_its_line(tmp_path, specs):
    set_language("en")
    write(tmp_path, "notes.yaml", WITH_WRONG + REMEMBER_AND_WORDS)
    bad = write(
        tmp_path,
        "notes.en.yaml",
        ENGLISH + REMEMBER_AND_WORDS_EN.replace("  - Tap an icon to open an app.\n", ""),
    )
    problems = load_lessons([tmp_path], specs).problems
    assert [(p.path, p.line) for p in problems] == [(bad, 8)]
    assert "'remember'" in problems[0].message and "2" in problems[0].message


def test_more_than_three_points_to_remember_is_refused(tmp_path, specs):
    set_language("en")
    four = REMEMBER_AND_WORDS.replace("words:", "  - Trois.\n  - Quatre.\nwords:")
    bad = write(tmp_path, "notes.yaml", WITH_WRONG + four)
    [problem] = load_lessons([tmp_path], specs).problems
    assert problem.path == bad and "remember" in problem.message


def test_the_words_to_type_follow_the_learners_language(tmp_path, specs):
    from tutor.core.actions import ActionKind

    typed = GOOD.format(id="notes").replace(
        "    expect:\n      tap: home.app.notes\n",
        "    expect:\n      type: chat bleu jardin\n      target: notes.text\n",
    )
    assert typed != GOOD.format(id="notes")
    write(tmp_path, "notes.yaml", typed)
    write(tmp_path, "notes.en.yaml", ENGLISH.split("    hint")[0] + "    type: blue cat garden\n")
    result = load_lessons([tmp_path], specs)
    assert result.problems == []
    step = result.lessons[0].steps[0]
    assert step.expected_action("en").kind is ActionKind.TYPE
    assert step.expected_action("en").value == "blue cat garden"
    assert step.expected_action("fr").value == "chat bleu jardin"


CLUES = """\
id: clues
module: safety
title: Les indices
goal: À la fin, vous saurez trouver les indices.
duration: 3
sandbox: scams
scene: parcel_sms
steps:
  - show: Touchez les deux indices.
    expect:
      tap_all: [clue.sender, {second}]
    praise_each:
      clue.sender: Un numéro inconnu.
      {second}: Un lien étrange.
"""
CLUES_EN = """\
title: The clues
goal: You will learn how to find the clues.
steps:
  - show: Tap the two clues.
    praise_each:
      clue.sender: An unknown number.
      {second}: A strange link.
"""


def test_each_find_s_praise_is_translated_and_its_controls_are_checked(tmp_path, specs):
    set_language("en")
    write(tmp_path, "clues.yaml", CLUES.format(second="clue.link"))
    write(tmp_path, "clues.en.yaml", CLUES_EN.format(second="clue.link"))
    result = load_lessons([tmp_path], specs)
    assert result.problems == []
    [step] = result.lessons[0].steps
    assert result.lessons[0].text(step.praise_each["clue.link"], "en") == "A strange link."
    assert result.lessons[0].text(step.praise_each["clue.link"], "fr") == "Un lien étrange."
    # A praise for a control the lesson does not name, in the translation: its line.
    bad = write(tmp_path, "clues.en.yaml", CLUES_EN.format(second="clue.money"))
    [problem] = load_lessons([tmp_path], specs).problems
    assert (problem.path, problem.line) == (bad, 7) and "clue.money" in problem.message
    # A control the practice app does not have, in 'tap_all': its line in the list.
    write(tmp_path, "clues.en.yaml", CLUES_EN.format(second="clue.nothing"))
    lesson = write(tmp_path, "clues.yaml", CLUES.format(second="clue.nothing"))
    problems = load_lessons([tmp_path], specs).problems
    assert any(p.path == lesson and "clue.nothing" in p.message for p in problems), problems

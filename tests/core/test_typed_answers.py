"""An English translation whose words to type are still French is reported, with its line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tutor.core.typed_answers import check_typed_answers, french_words
from tutor.i18n import set_language


@pytest.fixture(autouse=True)
def _english_messages():
    set_language("en")


LESSON = """\
id: write-note
module: tablet
title: Écrire une note
goal: À la fin, vous saurez écrire.
duration: 3
sandbox: tablet
steps:
  - show: Touchez la page.
    expect:
      tap: notes.text
  - show: Écrivez Bonjour.
    expect:
      type: Bonjour
      target: notes.text
  - show: Écrivez 152.
    expect:
      type: "152"
      target: notes.text
"""

TRANSLATION = """\
title: Write a note
goal: At the end, you will know how to type.
steps:
  - show: Tap the page.
  - show: Type Hello.
{typed}  - show: Type 152.
"""


def _write(folder: Path, typed: str) -> Path:
    path = folder / "write-note.yaml"
    path.write_text(LESSON, encoding="utf-8")
    (folder / "write-note.en.yaml").write_text(TRANSLATION.format(typed=typed), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("typed", "line", "words"),
    [
        ("", 5, ["“Bonjour”", "French", "'type:'"]),  # no 'type:': the French words stay
        ("    type: Bonjour\n", 6, ["“Bonjour”", "French (Bonjour)"]),  # copied from French
        ("    type: Hello café\n", 6, ["French (café)"]),  # a French accent
        ("    type: 8 rue du Port\n", 6, ["French (rue, du)"]),
    ],
)
def test_french_words_to_type_in_an_english_translation_are_reported(tmp_path, typed, line, words):
    (problem,) = check_typed_answers(_write(tmp_path, typed))
    assert problem.path.name == "write-note.en.yaml"
    assert problem.line == line
    assert "step 2" in problem.message
    for word in words:
        assert word in problem.message


def test_english_words_and_numbers_to_type_are_fine(tmp_path):
    assert check_typed_answers(_write(tmp_path, "    type: Hello\n")) == []
    assert french_words("8 Harbour Street") == []
    assert french_words("anne@example.com") == []
    assert french_words("chat bleu jardin") == ["chat", "bleu", "jardin"]


def test_the_usual_check_names_the_file_and_line_and_exits_1(tmp_path):
    _write(tmp_path, "    type: Bonjour\n")
    result = subprocess.run(
        [sys.executable, "-m", "tutor", "--lang", "en", "lessons", "check", "."],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.startswith("write-note.en.yaml:6: step 2: the words to type “Bonjour”")
    _write(tmp_path, "    type: Hello\n")
    fixed = subprocess.run(
        [sys.executable, "-m", "tutor", "--lang", "en", "lessons", "check", "."],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr

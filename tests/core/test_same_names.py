"""One spelling per person, place and account across the lessons of a language."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import LESSONS, REPO
from tutor.core.loader import lesson_files
from tutor.core.same_names import check_same_names, names, near_misses


def test_the_bundled_lessons_keep_one_spelling_per_name():
    problems = [p for path in lesson_files([LESSONS]) for p in check_same_names(path)]
    assert problems == []


def test_the_list_gives_each_name_in_both_languages():
    assert {"fr": "8 rue du Port", "en": "8 Harbour Street"} in names()
    assert all({"fr", "en"} <= set(entry) for entry in names())


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("Vous habitez au 8 Rue du port.", "fr", ("8 Rue du port", "8 rue du Port", False)),
        ("Lea vous écrit.", "fr", ("Lea", "Léa", False)),
        ("Écrivez anne@exemple.com.", "fr", ("anne@exemple.com", "anne@exemple.fr", False)),
        ("Belcastel sur Mer", "fr", ("Belcastel sur Mer", "Belcastel-sur-Mer", False)),
        ("You live at 8 rue du Port.", "en", ("8 rue du Port", "8 Harbour Street", True)),
        ("You live at 8 harbour street.", "en", ("8 harbour street", "8 Harbour Street", False)),
    ],
)
def test_a_near_miss_is_found(text, language, found):
    assert found in near_misses(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Vous habitez au 8 rue du Port. Léa, Thomas B. et Sophie.",
        "Touchez la ligne du dessus : Thomas B.",  # "Thomas" in a window: not a near miss
        "Allez sur belcastel-sur-mer.fr, le site de Belcastel-sur-Mer.",  # an address
        "Vous avez cherché mairie Belcastel sur internet.",
        "Écrivez Mouette7Rocher, puis un point d'exclamation.",
        "Sylvie, Lucie, Louise et Mars ne sont pas sur la liste.",
    ],
)
def test_the_right_spelling_and_other_words_are_not_reported(text):
    assert near_misses(text, "fr") == []


def test_lessons_check_reports_a_lesson_that_spells_a_name_otherwise(tmp_path):
    folder = tmp_path / "procedures"
    folder.mkdir()
    for name in ("procedures-change-address.yaml", "procedures-change-address.en.yaml"):
        shutil.copy(LESSONS / "procedures" / name, folder / name)
    shutil.copy(LESSONS / "lesson.schema.json", tmp_path)
    french = folder / "procedures-change-address.yaml"
    french.write_text(
        french.read_text(encoding="utf-8").replace(
            "Vous habitez maintenant au 8 rue du Port.", "Vous habitez maintenant au 8 Rue du port."
        ),
        encoding="utf-8",
    )
    english = folder / "procedures-change-address.en.yaml"
    english.write_text(
        english.read_text(encoding="utf-8").replace(
            "You now live at 8 Harbour Street.", "You now live at 8 rue du Port."
        ),
        encoding="utf-8",
    )
    problems = check_same_names(french)
    assert [(p.path.name, p.line) for p in problems] == [
        ("procedures-change-address.en.yaml", 24),  # its "say:"
        ("procedures-change-address.yaml", 33),
    ]
    done = subprocess.run(
        [sys.executable, "-m", "tutor", "lessons", "check", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "TUTOR_LANG": "en"},
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "8 Rue du port" in done.stdout and "8 rue du Port" in done.stdout

"""Broken lesson files are reported as FILE:LINE: message, and the others still load."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tutor.core.loader import load_lessons
from tutor.i18n import set_language


@pytest.fixture(autouse=True)
def _english_messages():
    """Messages are checked in English here; French (the default) is checked below."""
    set_language("en")


GOOD = """\
id: {id}
module: tablet
title: Ouvrir Notes
goal: À la fin, vous saurez ouvrir Notes.
duration: 3
sandbox: tablet
steps:
  - show: Touchez l'icône Notes.
    expect:
      tap: home.app.notes
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# (file text, expected line, words the message must contain)
BROKEN = {
    "syntax": ("id: a\nmodule: tablet\n  title: [oops\n", 3, ["YAML"]),
    "missing_field": (GOOD.format(id="x").replace("duration: 3\n", ""), 1, ["duration"]),
    "unknown_field": (
        GOOD.format(id="x").replace("duration: 3\n", "duration: 3\ncolour: red\n"),
        6,
        ["colour", "expected one of", "duration"],
    ),
    "unknown_sandbox": (
        GOOD.format(id="x").replace("sandbox: tablet", "sandbox: fridge"),
        6,
        ["fridge", "tablet"],
    ),
    "unknown_target": (
        GOOD.format(id="x").replace("home.app.notes", "home.app.nots"),
        10,
        ["home.app.nots", "home.app.notes"],
    ),
    "empty_steps": (GOOD.format(id="x").split("steps:")[0] + "steps: []\n", 7, ["no steps"]),
    "bad_module": (
        GOOD.format(id="x").replace("module: tablet", "module: garden"),
        2,
        ["garden", "tablet"],
    ),
    "two_actions": (
        GOOD.format(id="x") + "      long_press: home.app.notes\n",
        9,
        ["exactly one action"],
    ),
    "swipe_no_target": (
        GOOD.format(id="x").replace("tap: home.app.notes", "swipe: left"),
        9,
        ["target"],
    ),
    "bad_gesture_for_target": (
        GOOD.format(id="x").replace("tap: home.app.notes", "long_press: nav.home"),
        10,
        ["nav.home", "long_press", "tap"],
    ),
    "duplicate_key": (
        GOOD.format(id="x").replace("duration: 3\n", "duration: 3\nduration: 4\n"),
        6,
        ["duration", "twice"],
    ),
    "not_a_number": (
        GOOD.format(id="x").replace("duration: 3", "duration: five"),
        5,
        ["whole number"],
    ),
    "bad_id": (GOOD.format(id="Mon Cours"), 1, ["lowercase"]),
    "unknown_wrong_target": (
        GOOD.format(id="x") + "    wrong:\n      home.app.fridge: Non.\n",
        12,
        ["home.app.fridge"],
    ),
    "pattern_matching_nothing": (
        GOOD.format(id="x") + "    wrong:\n      fridge.*: Non.\n",
        12,
        ["fridge.*"],
    ),
    "unknown_scene": (
        GOOD.format(id="x").replace("sandbox: tablet", "sandbox: tablet\nscene: party"),
        7,
        ["party"],
    ),
    "unknown_cue": (GOOD.format(id="x") + "    cue: rings\n", 11, ["rings"]),
    "list_not_mapping": ("- a\n- b\n", 1, ["expected the fields"]),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_kind_of_broken_file_is_reported_with_its_line(tmp_path, specs, case):
    text, line, words = BROKEN[case]
    bad = write(tmp_path, "x.yaml", text)  # named after its id, as a lesson must be
    write(tmp_path, "good.yaml", GOOD.format(id="good"))
    result = load_lessons([tmp_path], specs)
    assert [lesson.id for lesson in result.lessons] == ["good"]
    assert result.problems, case
    problem = result.problems[0]
    assert problem.path == bad
    assert problem.line == line, str(problem)
    for word in words:
        assert word in problem.message, str(problem)
    assert str(problem).startswith(f"{bad}:{line}: ")


def test_duplicate_ids_name_the_first_file(tmp_path, specs):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = write(tmp_path / "a", "same.yaml", GOOD.format(id="same"))
    second = write(tmp_path / "b", "same.yaml", GOOD.format(id="same"))
    result = load_lessons([tmp_path], specs)
    assert len(result.lessons) == 1
    assert result.problems[0].path == second
    assert str(first) in result.problems[0].message


def test_bundled_lessons_are_all_valid(specs):
    from tests.conftest import LESSONS

    result = load_lessons([LESSONS], specs)
    assert result.problems == []
    assert {lesson.module for lesson in result.lessons} >= {"tablet"}
    assert len([lesson for lesson in result.lessons if lesson.module == "tablet"]) >= 4


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tutor", *args], capture_output=True, text=True, cwd=cwd
    )


def test_cli_check_exits_0_on_bundled_lessons():
    from tests.conftest import LESSONS

    result = run_cli("lessons", "check", str(LESSONS))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_cli_check_reports_file_line_message_and_exits_1(tmp_path):
    write(tmp_path, "good.yaml", GOOD.format(id="good"))
    write(tmp_path, "bad.yaml", GOOD.format(id="bad").replace("home.app.notes", "nope"))
    result = run_cli("lessons", "check", ".", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "bad.yaml:10: " + result.stdout.split("bad.yaml:10: ", 1)[1].strip()
    ]
    listing = run_cli("lessons", "list", "--json", ".", cwd=tmp_path)
    assert '"id": "good"' in listing.stdout


def test_cli_list_json_shows_bundled_lessons():
    import json

    result = run_cli("lessons", "list", "--json")
    rows = json.loads(result.stdout)
    assert {"module", "id", "title", "steps"} <= set(rows[0])
    assert any(row["id"] == "tablet-open-app" for row in rows)


def test_committed_json_schema_is_up_to_date(tmp_path):
    from tests.conftest import LESSONS

    out = tmp_path / "schema.json"
    assert run_cli("lessons", "schema", "--out", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8") == (LESSONS / "lesson.schema.json").read_text(
        encoding="utf-8"
    )


def test_messages_are_in_french_by_default(tmp_path, specs):
    set_language("fr")
    write(tmp_path, "a.yaml", GOOD.format(id="a").replace("duration: 3\n", ""))
    message = load_lessons([tmp_path], specs).problems[0].message
    assert "duration" in message and "manque" in message, message


def test_committed_controls_reference_is_up_to_date():
    from tests.conftest import REPO
    from tutor.commands.lessons import controls_markdown

    set_language("fr")
    assert (REPO / "docs" / "CONTROLS.md").read_text(encoding="utf-8") == controls_markdown()

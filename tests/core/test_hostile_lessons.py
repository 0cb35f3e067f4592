"""Hostile or damaged lesson files: each is a FILE:LINE message, quickly, with little memory,
and never stops the other lessons (nor `lessons list`, nor the app) from loading."""

from __future__ import annotations

import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.test_loader import GOOD, write
from tutor.core.loader import load_lessons
from tutor.core.yaml_lines import MAX_LESSON_BYTES
from tutor.i18n import set_language


@pytest.fixture(autouse=True)
def _english_messages():
    set_language("en")


def alias_bomb(levels: int = 9) -> str:
    """The "billion laughs": nine aliases of nine aliases... 9**9 items once expanded."""
    text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    previous = "a"
    for name in "bcdefghijk"[: levels - 1]:
        text += f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]\n"
        previous = name
    return text


def only_problem(folder: Path, specs, name: str):
    result = load_lessons([folder], specs)
    assert [lesson.id for lesson in result.lessons] == ["good"], result.problems
    found = [p for p in result.problems if p.path.name == name]
    assert len(found) == 1, result.problems
    return found[0]


def test_an_alias_bomb_is_refused_within_a_second_with_little_memory(tmp_path, specs):
    write(tmp_path, "good.yaml", GOOD.format(id="good"))
    write(tmp_path, "bomb.yaml", "id: bomb\n" + alias_bomb())
    tracemalloc.start()
    started = time.perf_counter()
    try:
        problem = only_problem(tmp_path, specs, "bomb.yaml")
        elapsed = time.perf_counter() - started
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 20 * 1024 * 1024  # the bomb expanded would be gigabytes
    assert problem.line == 2 and "aliases" in problem.message
    assert str(problem).startswith(f"{tmp_path / 'bomb.yaml'}:2: ")


def test_a_single_anchor_is_refused_too(tmp_path, specs):
    write(tmp_path, "good.yaml", GOOD.format(id="good"))
    text = GOOD.format(id="anchor").replace("title: Ouvrir Notes", "title: &t Ouvrir Notes")
    write(tmp_path, "anchor.yaml", text)
    problem = only_problem(tmp_path, specs, "anchor.yaml")
    assert problem.line == 3 and "anchors" in problem.message


@pytest.mark.parametrize(
    ("character", "code"), [("\x00", "U+0000"), ("\x1b", "U+001B"), ("\x7f", "U+007F")]
)
def test_a_control_character_is_named_with_its_line(tmp_path, specs, character, code):
    write(tmp_path, "good.yaml", GOOD.format(id="good"))
    text = GOOD.format(id="ctl").replace("Ouvrir Notes", f"Ouvrir{character} Notes")
    write(tmp_path, "ctl.yaml", text)
    problem = only_problem(tmp_path, specs, "ctl.yaml")
    assert problem.line == 3, str(problem)
    assert code in problem.message and "column 14" in problem.message


def test_text_that_is_not_utf8_is_named_with_its_line(tmp_path, specs):
    write(tmp_path, "good.yaml", GOOD.format(id="good"))
    raw = GOOD.format(id="latin").encode("utf-8").replace(b"\xc3\x80 la fin", b"\xc0 la fin")
    (tmp_path / "latin.yaml").write_bytes(raw)
    problem = only_problem(tmp_path, specs, "latin.yaml")
    assert problem.line == 4 and "UTF-8" in problem.message and "0xC0" in problem.message


def test_an_id_that_differs_from_the_file_name_says_which_name_is_expected(tmp_path, specs):
    write(tmp_path, "good.yaml", GOOD.format(id="good"))
    write(tmp_path, "notes.yaml", GOOD.format(id="tablet-notes"))
    problem = only_problem(tmp_path, specs, "notes.yaml")
    assert problem.line == 1
    assert "'tablet-notes.yaml'" in problem.message and "'notes'" in problem.message


def test_a_translation_without_its_lesson_is_reported(tmp_path, specs):
    write(tmp_path, "good.yaml", GOOD.format(id="good"))
    write(tmp_path, "lost.en.yaml", "title: Open Notes\n")
    problem = only_problem(tmp_path, specs, "lost.en.yaml")
    assert "'lost.yaml'" in problem.message


def test_a_huge_file_is_refused_without_being_read_whole(tmp_path, specs):
    write(tmp_path, "good.yaml", GOOD.format(id="good"))
    with open(tmp_path / "huge.yaml", "wb") as handle:
        handle.truncate(50 * MAX_LESSON_BYTES)  # sparse: 50 MB of NUL bytes
    tracemalloc.start()
    try:
        problem = only_problem(tmp_path, specs, "huge.yaml")
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "larger than" in problem.message
    assert peak < 4 * MAX_LESSON_BYTES


@pytest.mark.parametrize(
    "text",
    [
        "id: " + "[" * 50_000 + "\n",  # nesting beyond the parser's depth
        "id: !!python/object/apply:os.system ['true']\n",  # a tag naming no safe type
        "? [a, b]\n: c\n",  # a key that is not a word
        "id: a\n---\nid: b\n",  # two documents
        "\ufeffid: a\n\tmodule: tablet\n",  # a tab in the indentation
    ],
)
def test_crafted_yaml_is_a_file_line_message(tmp_path, specs, text):
    write(tmp_path, "good.yaml", GOOD.format(id="good"))
    write(tmp_path, "crafted.yaml", text)
    result = load_lessons([tmp_path], specs)
    assert [lesson.id for lesson in result.lessons] == ["good"]
    assert result.problems
    for problem in result.problems:
        assert problem.path.name == "crafted.yaml" and problem.line >= 1 and problem.message


LINES = GOOD.format(id="fuzz").splitlines(keepends=True)


@settings(
    max_examples=150,
    deadline=2000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    line=st.integers(0, len(LINES) - 1),
    column=st.integers(0, 30),
    inserted=st.one_of(
        st.text(min_size=1, max_size=8),
        st.sampled_from(["&x ", "*x", "\x00", "\x85", "\ud7ff", "- ", ": ", "'", '"', "!!", "\t"]),
    ),
    drop=st.booleans(),
)
def test_fuzzed_lesson_files_load_or_give_file_line_messages(
    tmp_path, specs, line, column, inserted, drop
):
    """Whatever is typed anywhere in a lesson, loading never raises: the lesson loads, or
    every problem names this file and a line inside it, and the good lesson still loads."""
    lines = list(LINES)
    original = lines[line]
    lines[line] = "" if drop else original[:column] + inserted + original[column:]
    folder = tmp_path / f"case-{abs(hash((line, column, inserted, drop)))}"
    folder.mkdir()
    write(folder, "good.yaml", GOOD.format(id="good"))
    (folder / "fuzz.yaml").write_text("".join(lines), encoding="utf-8", errors="surrogatepass")
    result = load_lessons([folder], specs)
    assert "good" in [lesson.id for lesson in result.lessons]
    total = len("".join(lines).splitlines()) + 1
    for problem in result.problems:
        assert problem.path.name == "fuzz.yaml"
        assert 1 <= problem.line <= total, str(problem)
        assert problem.message and "Traceback" not in problem.message


@settings(
    max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=st.binary(max_size=400))
def test_random_bytes_never_raise(tmp_path, specs, raw):
    folder = tmp_path / f"bytes-{abs(hash(raw))}"
    folder.mkdir()
    (folder / "noise.yaml").write_bytes(raw)
    result = load_lessons([folder], specs)
    assert all(p.path.name == "noise.yaml" and p.line >= 1 for p in result.problems)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tutor", "--lang", "en", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_lessons_list_and_check_go_on_past_hostile_files(tmp_path):
    write(tmp_path, "good.yaml", GOOD.format(id="good"))
    write(tmp_path, "bomb.yaml", "id: bomb\n" + alias_bomb())
    write(tmp_path, "nul.yaml", GOOD.format(id="nul").replace("Ouvrir", "Ouv\x00rir"))
    (tmp_path / "latin.yaml").write_bytes(b"id: latin\ntitle: \xe9\n")
    listing = run_cli("lessons", "list", "--json", str(tmp_path))
    assert listing.returncode == 1
    assert '"id": "good"' in listing.stdout
    check = run_cli("lessons", "check", str(tmp_path))
    assert check.returncode == 1
    lines = check.stdout.splitlines()
    assert any(line.endswith("bomb.yaml:2: " + line.split(":2: ", 1)[-1]) for line in lines)
    assert any("nul.yaml:3: " in line for line in lines)
    assert any("latin.yaml:2: " in line for line in lines)
    for output in (listing.stdout, listing.stderr, check.stdout, check.stderr):
        assert "Traceback" not in output


def test_the_app_services_load_past_a_hostile_file(tmp_path):
    """The app's own path (build_services) gets the good lessons and a note for the
    facilitator, so it becomes ready to touch."""
    from tutor.app import build_services

    lessons = tmp_path / "lessons"
    lessons.mkdir()
    write(lessons, "good.yaml", GOOD.format(id="good"))
    write(lessons, "bomb.yaml", "id: bomb\n" + alias_bomb())
    write(lessons, "nul.yaml", "id: nul\x00\n")
    services = build_services(tmp_path / "data", [lessons])
    try:
        assert list(services.catalogue.lessons) == ["good"]
        assert any("bomb.yaml:2" in notice for notice in services.notices)
    finally:
        services.store.close()


def test_a_pipe_or_a_folder_given_as_a_lesson_is_refused_without_waiting(tmp_path):
    import os

    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    (tmp_path / "folder.yaml").mkdir()
    done = run_cli("lessons", "check", str(pipe), str(tmp_path / "folder.yaml"))
    assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr
    assert f"{pipe}:1: this is not a file" in done.stdout


def test_a_translation_given_alone_is_checked_with_its_lesson(tmp_path, specs):
    lesson = write(tmp_path, "notes.yaml", GOOD.format(id="notes"))
    english = write(tmp_path, "notes.en.yaml", "title: Open Notes\nsteps:\n  - show: Tap.\n")
    result = load_lessons([english], specs)
    assert [x.id for x in result.lessons] == ["notes"] and result.problems == []
    lost = write(tmp_path, "lost.en.yaml", "title: Open Notes\n")
    result = load_lessons([lost], specs)
    assert [str(p) for p in result.problems] == [
        f"{lost}:1: this translation has no lesson beside it; expected the lesson file "
        "'lost.yaml' in the same folder"
    ]
    assert lesson.exists()


def test_a_text_of_thousands_of_characters_is_refused_at_its_line(tmp_path, specs):
    """A 1 MB title would slow every screen that draws it (as a 10 MB name did)."""
    write(tmp_path, "good.yaml", GOOD.format(id="good"))
    write(tmp_path, "long.yaml", GOOD.format(id="long").replace("Ouvrir Notes", "Notes " * 500))
    problem = only_problem(tmp_path, specs, "long.yaml")
    assert problem.line == 3 and "longer than 2000 characters" in problem.message
    english = write(tmp_path, "long.en.yaml", "title: " + "Notes " * 500 + "\n")
    result = load_lessons([tmp_path], specs)
    [problem] = [p for p in result.problems if p.path == english]
    assert problem.line == 1 and "longer than 2000 characters" in problem.message

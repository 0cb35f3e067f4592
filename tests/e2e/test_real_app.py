"""The real app under X: a lesson clicked through with xdotool, a SIGKILL mid-lesson, and a
restart that finds every completed step and resumes at the right one."""

from __future__ import annotations

import sqlite3
import time

import pytest

from tests.conftest import LESSONS
from tutor.core.loader import load_lessons
from tutor.sandboxes import sandbox_specs

pytestmark = pytest.mark.e2e

LESSON_ID = "tablet-keyboard"


def lesson():
    result = load_lessons([LESSONS], sandbox_specs())
    return next(item for item in result.lessons if item.id == LESSON_ID)


def correct_steps(db_path) -> list[int]:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "SELECT step_index FROM step_events WHERE correct = 1 ORDER BY at, rowid"
        ).fetchall()
    return [row[0] for row in rows]


def counter_says(app, number: int) -> None:
    entry = app.wait_for("player.counter")
    deadline = time.monotonic() + 10
    while f" {number} " not in f" {entry.get('text', '')} " and time.monotonic() < deadline:
        time.sleep(0.1)
        entry = app.wait_for("player.counter")
    assert f" {number} " in f" {entry['text']} ", entry


def test_lesson_clicked_in_the_real_window_survives_sigkill_and_resumes(start_app, tmp_path):
    steps = lesson().steps
    app = start_app()
    app.click("signin.new")
    app.click("newlearner.name")
    from tests.e2e.conftest import xdotool

    xdotool("type", "--delay", "60", "Lucien")
    app.click("newlearner.ok")
    app.click("catalogue.module.tablet")
    app.click(f"lessons.lesson.{LESSON_ID}")
    done_before_kill = 5
    for index, step in enumerate(steps[:done_before_kill]):
        counter_says(app, index + 1)
        app.do(step.expected_action())
    counter_says(app, done_before_kill + 1)
    db = tmp_path / "progress.db"
    assert correct_steps(db) == list(range(done_before_kill))

    app.kill()  # like a power cut: no chance to save anything more

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        learner_id = conn.execute("SELECT id FROM learners").fetchone()[0]
    assert correct_steps(db) == list(range(done_before_kill))

    app = start_app()
    app.click(f"signin.learner.{learner_id}")
    app.click("catalogue.module.tablet")
    app.click(f"lessons.lesson.{LESSON_ID}")
    counter_says(app, done_before_kill + 1)
    for index, step in enumerate(steps[done_before_kill:], start=done_before_kill):
        counter_says(app, index + 1)
        app.do(step.expected_action())
    app.wait_for("summary.face.3")
    app.click("summary.face.3")
    time.sleep(0.5)
    with sqlite3.connect(db) as conn:
        status, confidence = conn.execute(
            "SELECT status, confidence FROM lesson_progress WHERE lesson_id = ?", [LESSON_ID]
        ).fetchone()
    assert (status, confidence) == ("done", 3)
    assert correct_steps(db) == list(range(len(steps)))

"""Facilitator reports read from real recorded runs."""

from __future__ import annotations

from datetime import date

import pytest

from tests.storage.helpers import play
from tutor.storage.migrations import migrations

MODULES = {
    "tablet-open-app": "tablet",
    "tablet-keyboard": "tablet",
    "video-make-call": "video_calls",
    "social-privacy": "social",
}


@pytest.fixture
def people(store):
    ana = store.learners.add("Ana", "mdi6.cat", "#0b4a85")
    bob = store.learners.add("Bob", "mdi6.dog", "#1b5e20")
    cyd = store.learners.add("Cyd", "mdi6.fish", "#8e244d")
    # Ana: the whole tablet module, a video call in progress.
    play(store, ana.id, "tablet-open-app", 3, wrong_at={1: 3}, helped_at=(1,), duration=5.0)
    play(store, ana.id, "tablet-keyboard", 2)
    play(store, ana.id, "video-make-call", 4, finish=False)
    store.progress.rate_confidence(ana.id, "tablet-open-app", 3)
    # Bob: one tablet lesson of two, with the same hard step.
    play(store, bob.id, "tablet-open-app", 3, wrong_at={1: 1}, helped_at=(1, 2))
    return ana, bob, cyd


def test_progress_matrix_statuses(store, people):
    rows = store.reports.progress_matrix(MODULES)
    assert [r.first_name for r in rows] == ["Ana", "Bob", "Cyd"]
    by_name = {r.first_name: r.modules for r in rows}
    assert by_name["Ana"] == {
        "tablet": "done",
        "video_calls": "in_progress",
        "social": "not_started",
    }
    assert by_name["Bob"] == {
        "tablet": "in_progress",
        "video_calls": "not_started",
        "social": "not_started",
    }
    assert set(by_name["Cyd"].values()) == {"not_started"}
    assert rows[0].avatar == "mdi6.cat" and rows[0].colour == "#0b4a85"
    # How many of each module's lessons are done: "2/2" for Ana's tablet, "1/2" for Bob's.
    counts = {r.first_name: r.done_counts for r in rows}
    assert counts["Ana"] == {"tablet": (2, 2), "video_calls": (0, 1), "social": (0, 1)}
    assert counts["Bob"]["tablet"] == (1, 2)
    assert counts["Cyd"] == {"tablet": (0, 2), "video_calls": (0, 1), "social": (0, 1)}


def test_a_lesson_started_again_still_counts_as_done(store, people):
    ana, _, _ = people
    store.progress.start(ana.id, "tablet-keyboard", 2)  # a new run
    assert store.progress.get(ana.id, "tablet-keyboard").status == "in_progress"
    assert store.reports.progress_matrix(MODULES)[0].modules["tablet"] == "done"
    line = next(
        x for x in store.reports.learner_lessons(ana.id) if x.lesson_id == "tablet-keyboard"
    )
    assert line.status == "done" and line.runs == 2 and line.completed_at


def test_learner_lessons_lines(store, people):
    ana, bob, _ = people
    lines = {line.lesson_id: line for line in store.reports.learner_lessons(ana.id)}
    assert set(lines) == {"tablet-open-app", "tablet-keyboard", "video-make-call"}
    first = lines["tablet-open-app"]
    assert first.status == "done" and first.runs == 1
    assert first.time_spent_s == pytest.approx(15.0)  # 3 steps of 5 s; wrong taps not added
    assert (first.wrong_taps, first.help_used, first.shown, first.confidence) == (3, 1, 0, 3)
    assert first.top_help == 1 and lines["tablet-keyboard"].top_help == 0  # a hint; none
    assert first.started_at and first.completed_at and first.started_at <= first.completed_at
    running = lines["video-make-call"]
    assert running.status == "in_progress" and running.completed_at is None
    assert running.time_spent_s == pytest.approx(6.0) and running.confidence is None
    bob_line = store.reports.learner_lessons(bob.id)[0]
    assert (bob_line.wrong_taps, bob_line.help_used) == (1, 2)
    assert store.reports.learner_lessons("nobody") == []


def test_difficult_steps_ranked_by_wrong_taps_and_help(store, people):
    steps = store.reports.difficult_steps()
    top = steps[0]
    assert (top.lesson_id, top.step_index) == ("tablet-open-app", 1)
    assert (top.wrong_taps, top.help_used, top.learners) == (4, 2, 2)
    assert top.score == 4 + 2 * 2
    assert [(s.lesson_id, s.step_index, s.score) for s in steps[1:]] == [
        ("tablet-open-app", 2, 2.0)
    ]
    assert len(store.reports.difficult_steps(limit=1)) == 1


def test_difficult_steps_say_the_most_help_and_the_steps_the_app_did(store, people):
    from tests.storage.helpers import event
    from tutor.core.engine import HelpLevel

    steps = {(s.lesson_id, s.step_index): s for s in store.reports.difficult_steps()}
    assert steps[("tablet-open-app", 1)].top_help == HelpLevel.HINT
    assert steps[("tablet-open-app", 1)].shown == 0
    _, _, cyd = people
    record = store.progress.start(cyd.id, "tablet-open-app", 3)
    store.progress.record(record, event(2, True, HelpLevel.HIGHLIGHT), resume_at=2)
    store.progress.record(record, event(2, True, HelpLevel.SHOW_ME, shown=True), resume_at=3)
    shown = {(s.lesson_id, s.step_index): s for s in store.reports.difficult_steps()}
    step = shown[("tablet-open-app", 2)]
    assert (step.top_help, step.shown, step.help_used) == (HelpLevel.SHOW_ME, 1, 3)


def test_workshop_filter(store, people):
    _, bob, cyd = people
    workshop = store.workshops.add("2025-03-04", "Mairie", "Claire")
    store.workshops.set_attendance(workshop.id, [bob.id, cyd.id])
    rows = store.reports.progress_matrix(MODULES, workshop_id=workshop.id)
    assert [r.first_name for r in rows] == ["Bob", "Cyd"]
    steps = store.reports.difficult_steps(workshop_id=workshop.id)
    assert [(s.step_index, s.wrong_taps, s.help_used, s.learners) for s in steps] == [
        (1, 1, 1, 1),
        (2, 0, 1, 1),
    ]


def test_completions_by_day_and_module(store, people):
    today = date.today()
    days = store.reports.completions_by_day(days=7, today=today)
    assert len(days) == 7 and days[-1][0] == today.isoformat()
    assert sum(count for _, count in days) == 3
    assert days[-1][1] == 3 or days[-2][1] + days[-1][1] == 3  # around midnight
    assert store.reports.completions_by_module(MODULES) == {
        "tablet": 3,
        "video_calls": 0,
        "social": 0,
    }
    old = store.opened.db
    old.execute("UPDATE lesson_progress SET last_completed_at = '2020-01-01T10:00:00.000+00:00'")
    assert sum(c for _, c in store.reports.completions_by_day(days=7, today=today)) == 0


def test_counters_are_filled_for_progress_recorded_before_the_migration(tmp_path):
    from tutor.storage.database import open_database

    opened = open_database(tmp_path / "progress.db")
    db = opened.db
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm003_facilitator_space'")
    for table in ("workshop_attendance", "workshop_lessons", "workshops", "notes"):
        db.execute(f"DROP TABLE {table}")
    db.execute("DROP INDEX idx_learners_active_name")
    db.execute("DROP INDEX idx_step_events_trouble")
    db.execute("DROP INDEX idx_lesson_progress_lesson_id_status")
    for column in ("time_spent_s", "wrong_taps", "help_used", "shown", "last_completed_at"):
        for index in db.table("lesson_progress").indexes:
            if column in index.columns:
                db.execute(f"DROP INDEX [{index.name}]")
        db.execute(f"ALTER TABLE lesson_progress DROP COLUMN {column}")
    db.execute("INSERT INTO learners (id, first_name, created_at) VALUES ('L', 'Léa', 'x')")
    db.execute(
        "INSERT INTO lesson_progress (learner_id, lesson_id, status, runs, completed_at) "
        "VALUES ('L', 'tablet-open-app', 'done', 1, '2025-01-01T09:00:00.000+00:00')"
    )
    rows = [
        ("e1", 0, 0, 1, 0, 1.5),
        ("e2", 0, 1, 1, 0, 4.0),
        ("e3", 1, 1, 3, 1, 6.0),
    ]
    for event_id, step, correct, level, shown, duration in rows:
        db.execute(
            "INSERT INTO step_events (id, learner_id, lesson_id, step_index, correct, "
            "help_level, shown, duration_s) VALUES (?, 'L', 'tablet-open-app', ?, ?, ?, ?, ?)",
            [event_id, step, correct, level, shown, duration],
        )
    migrations.apply(db)
    from tutor.storage.reports import Reports

    line = Reports(db).learner_lessons("L")[0]
    assert (line.time_spent_s, line.wrong_taps, line.help_used, line.shown) == (10.0, 1, 2, 1)
    assert line.status == "done" and line.completed_at == "2025-01-01T09:00:00.000+00:00"
    opened.close()


def test_the_matrix_follows_every_change_even_from_another_connection(store, people):
    import sqlite3

    ana, bob, _ = people
    assert store.reports.progress_matrix(MODULES)[1].modules["tablet"] == "in_progress"
    play(store, bob.id, "tablet-keyboard", 2)
    assert store.reports.progress_matrix(MODULES)[1].modules["tablet"] == "done"
    other = sqlite3.connect(store.path)
    other.execute("UPDATE learners SET archived = 1 WHERE id = ?", [ana.id])
    other.commit()
    other.close()
    assert [r.first_name for r in store.reports.progress_matrix(MODULES)] == ["Bob", "Cyd"]

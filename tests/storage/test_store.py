"""The progress store: real SQLite files, WAL + synchronous FULL, damage set aside."""

from __future__ import annotations

import sqlite3

import pytest

from tutor.core.actions import Action, ActionKind
from tutor.core.engine import HelpLevel, StepEvent
from tutor.storage.database import DATABASE_NAME
from tutor.storage.store import open_store


def event(index: int, correct: bool = True) -> StepEvent:
    return StepEvent(
        index, Action(ActionKind.TAP, "home.app.notes"), correct, HelpLevel.NONE, False, 2.5
    )


def test_opening_sets_wal_and_full_sync_and_migrates_once(tmp_path):
    store = open_store(tmp_path)
    db = store.opened.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    tables = set(db.table_names())
    assert {"learners", "lesson_progress", "step_events", "settings"} <= tables
    store.close()
    again = open_store(tmp_path)
    assert again.set_aside is None
    assert again.opened.db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == 7
    again.close()


def test_learner_has_stable_uuid_and_settings(store):
    learner = store.learners.add("  Jeanne  ", "mdi6.flower", "#8e244d")
    assert learner.first_name == "Jeanne"
    assert len(learner.id) == 36
    assert store.learners.get(learner.id) == learner
    updated = store.learners.update(learner.id, text_size=150)
    assert updated.text_size == 150 and updated.id == learner.id
    with pytest.raises(ValueError):
        store.learners.add("   ", "", "")


def test_steps_are_recorded_and_the_lesson_resumes_where_it_was_left(store):
    learner = store.learners.add("Marcel", "mdi6.bicycle", "#0b4a85")
    record = store.progress.start(learner.id, "tablet-open-app", 5)
    assert record.current_step == 0 and record.runs == 1
    store.progress.record(record, event(0, correct=False), resume_at=0)
    store.progress.record(record, event(0), resume_at=1)
    store.progress.record(record, event(1), resume_at=2)
    resumed = store.progress.start(learner.id, "tablet-open-app", 5)
    assert resumed.current_step == 2 and resumed.run_id == record.run_id
    events = store.progress.events(learner.id, "tablet-open-app")
    assert [(e["step_index"], e["correct"]) for e in events] == [(0, 0), (0, 1), (1, 1)]
    assert all(e["device_id"] for e in events)


def test_finishing_then_starting_again_begins_a_new_run(store):
    learner = store.learners.add("Yvette", "mdi6.cat", "#1b5e20")
    record = store.progress.start(learner.id, "l", 1)
    store.progress.record(record, event(0), resume_at=1, finished=True)
    done = store.progress.get(learner.id, "l")
    assert done.done and done.completed_at
    store.progress.rate_confidence(learner.id, "l", 3)
    again = store.progress.start(learner.id, "l", 1)
    assert again.current_step == 0 and again.runs == 2 and again.run_id != record.run_id
    assert again.confidence == 3


def test_a_damaged_database_is_set_aside_and_reported_never_replaced_silently(tmp_path):
    path = tmp_path / DATABASE_NAME
    path.write_bytes(b"this is not a database" * 200)
    store = open_store(tmp_path)
    assert store.set_aside is not None and store.set_aside.exists()
    assert store.set_aside.read_bytes().startswith(b"this is not a database")
    assert store.learners.all() == []
    store.close()


def test_a_failed_transaction_leaves_nothing_half_written(store):
    learner = store.learners.add("Paul", "mdi6.tree", "#00595e")
    record = store.progress.start(learner.id, "l", 3)
    store.opened.db.execute(
        "CREATE TRIGGER fail BEFORE UPDATE ON lesson_progress "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(sqlite3.DatabaseError):
        store.progress.record(record, event(0), resume_at=1)
    assert store.progress.events(learner.id) == []
    assert store.progress.get(learner.id, "l").current_step == 0


def test_two_damaged_files_set_aside_in_the_same_second_keep_two_copies(tmp_path, monkeypatch):
    import datetime as dt

    import tutor.storage.copies as copies

    class FrozenClock:
        @staticmethod
        def now():  # type: ignore[no-untyped-def]
            return dt.datetime(2026, 12, 3, 16, 0, 0)

    monkeypatch.setattr(copies, "datetime", FrozenClock)
    path = tmp_path / DATABASE_NAME
    set_aside = []
    for text in (b"first damaged file", b"second damaged file"):
        path.write_bytes(text * 200)
        store = open_store(tmp_path)
        set_aside.append(store.set_aside)
        store.close()
    first, second = set_aside
    assert first is not None and second is not None and first != second
    assert first.read_bytes().startswith(b"first damaged file")
    assert second.read_bytes().startswith(b"second damaged file")
    assert second.name == "progress.damaged-20261203-160000-2.db"


def test_a_malformed_database_is_set_aside_and_a_healthy_one_never(tmp_path):
    store = open_store(tmp_path)
    for number in range(200):
        store.learners.add(f"Personne {number}", "mdi6.cat", "#0b4a85")
    store.close()
    path = tmp_path / DATABASE_NAME
    healthy = open_store(tmp_path)  # opened again and again: never set aside
    assert healthy.set_aside is None and len(healthy.learners.all()) == 200
    healthy.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data), page):  # every b-tree page header scrambled
        data[offset : offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    store = open_store(tmp_path)
    assert store.set_aside is not None and store.set_aside.name.startswith("progress.damaged-")
    assert store.set_aside.read_bytes() == bytes(data)
    assert store.learners.all() == []
    store.close()

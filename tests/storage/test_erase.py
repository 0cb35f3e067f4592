"""Erasing a learner leaves no byte of their name or UUID in the database files."""

from __future__ import annotations

import pytest

from tests.storage.helpers import play
from tutor.storage.database import DATABASE_NAME
from tutor.storage.store import open_store

NAME = "Philomène-Zébulon"


def _database_bytes(folder) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-shm"):
        path = folder / (DATABASE_NAME + suffix)
        if path.exists():
            data += path.read_bytes()
    return data


def _forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.upper().encode("utf-8")]


def test_erasing_removes_every_trace_and_keeps_the_others(tmp_path):
    store = open_store(tmp_path)
    gone = store.learners.add(NAME, "mdi6.cat", "#0b4a85")
    kept = store.learners.add("Bernadette", "mdi6.dog", "#1b5e20")
    for learner in (gone, kept):
        play(store, learner.id, "tablet-open-app", 4, wrong_at={1: 2}, helped_at=(2,))
        play(store, learner.id, "video-make-call", 5, finish=False)
        store.progress.rate_confidence(learner.id, "tablet-open-app", 2)
        store.notes.add(learner.id, f"{learner.first_name} aime les photos")
    workshop = store.workshops.add("2025-03-04", "Médiathèque", "Claire")
    store.workshops.set_attendance(workshop.id, [gone.id, kept.id])
    before = _database_bytes(tmp_path)
    assert any(form in before for form in _forms(NAME)) or gone.id.encode() in before

    store.learners.erase(gone.id)

    data = _database_bytes(tmp_path)
    for form in (*_forms(NAME), *_forms(gone.id)):
        assert form not in data
    with pytest.raises(KeyError):
        store.learners.get(gone.id)
    assert store.progress.for_learner(gone.id) == {}
    assert store.workshops.attendance(workshop.id) == [kept.id]
    # The other learner's data is intact.
    assert store.learners.get(kept.id) == kept
    assert set(store.progress.for_learner(kept.id)) == {"tablet-open-app", "video-make-call"}
    assert len(store.progress.events(kept.id)) == 2 + 4 + 4
    assert [n.text for n in store.notes.all(kept.id)] == ["Bernadette aime les photos"]
    store.close()
    # Still nothing after closing, and the database opens cleanly.
    data = _database_bytes(tmp_path)
    for form in (*_forms(NAME), *_forms(gone.id)):
        assert form not in data
    again = open_store(tmp_path)
    assert again.set_aside is None
    assert [learner.id for learner in again.learners.all()] == [kept.id]
    again.close()


def test_erasing_an_unknown_learner_says_so(store):
    with pytest.raises(KeyError):
        store.learners.erase("00000000-0000-0000-0000-000000000000")


def test_archiving_hides_but_keeps(store):
    learner = store.learners.add("Odette", "mdi6.cat", "#0b4a85")
    play(store, learner.id, "tablet-open-app", 3)
    assert store.learners.archive(learner.id).archived
    assert store.learners.all() == []
    assert store.reports.progress_matrix({"tablet-open-app": "tablet"}) == []
    assert [line.lesson_id for line in store.reports.learner_lessons(learner.id)] == [
        "tablet-open-app"
    ]
    assert not store.learners.unarchive(learner.id).archived
    assert [row.learner_id for row in store.reports.progress_matrix({})] == [learner.id]


def test_erase_never_hangs_behind_a_reader_and_finishes_the_cleaning_later(tmp_path):
    import sqlite3
    import time

    from tutor.storage.erase import erase_learner
    from tutor.storage.learners import SCRUB_PENDING_KEY

    store = open_store(tmp_path)
    gone = store.learners.add(NAME, "mdi6.cat", "#0b4a85")
    kept = store.learners.add("Bernadette", "mdi6.dog", "#1b5e20")
    for learner in (gone, kept):
        play(store, learner.id, "tablet-open-app", 4)
    reader = sqlite3.connect(tmp_path / DATABASE_NAME, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM step_events").fetchone()  # holds a read snapshot

    started = time.monotonic()
    report = erase_learner(store, gone.id)
    took = time.monotonic() - started

    assert took < 10, f"erase waited {took:.0f} s behind a reader"
    assert report.name == NAME and not report.scrubbed
    with pytest.raises(KeyError):
        store.learners.get(gone.id)
    assert store.settings.get(SCRUB_PENDING_KEY) == "1"
    assert len(store.progress.events(kept.id)) == 4
    reader.execute("ROLLBACK")
    reader.close()
    store.close()
    again = open_store(tmp_path)  # the cleaning is finished on opening
    assert again.settings.get(SCRUB_PENDING_KEY) is None
    data = _database_bytes(tmp_path)
    for form in (*_forms(NAME), *_forms(gone.id)):
        assert form not in data
    assert [learner.id for learner in again.learners.all()] == [kept.id]
    again.close()


def test_erase_reaches_the_programs_own_copies_in_the_data_folder(tmp_path):
    from tutor.storage.backup import backup, restore
    from tutor.storage.copies import SET_ASIDE_PREFIX
    from tutor.storage.erase import delete_copies, erase_learner, holds

    data = tmp_path / "data"
    store = open_store(data)
    gone = store.learners.add(NAME, "mdi6.cat", "#0b4a85")
    kept = store.learners.add("Bernadette", "mdi6.dog", "#1b5e20")
    for learner in (gone, kept):
        play(store, learner.id, "tablet-open-app", 4)
        store.notes.add(learner.id, f"{learner.first_name} aime les photos")
    backup(store, tmp_path / "elsewhere.db")  # a backup outside the data folder
    before_restore = restore(data, tmp_path / "elsewhere.db")
    assert before_restore is not None and holds(before_restore, gone.id)
    damaged = data / f"{SET_ASIDE_PREFIX}20250101-120000.db"  # unreadable, but holds the UUID
    damaged.write_bytes(b"garbage " * 100 + gone.id.encode() + NAME.encode() + b" end")
    store.close()
    store = open_store(data)

    report = erase_learner(store, gone.id)

    assert report.scrubbed
    assert report.copies_cleaned == [before_restore]
    assert report.copies_left == [damaged]
    copy_bytes = before_restore.read_bytes()
    for form in (*_forms(NAME), *_forms(gone.id)):
        assert form not in copy_bytes
    import sqlite3

    with sqlite3.connect(before_restore) as conn:  # the others are still in the copy
        assert conn.execute("SELECT id FROM learners").fetchall() == [(kept.id,)]
        assert conn.execute("SELECT count(*) FROM step_events").fetchone()[0] == 4
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert delete_copies(report.copies_left) == [] and not damaged.exists()
    # The backup stored elsewhere is out of reach: the confirmation says so.
    assert holds(tmp_path / "elsewhere.db", gone.id)
    assert [learner.id for learner in store.learners.all()] == [kept.id]
    store.close()

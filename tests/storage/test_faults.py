"""Real faults never make progress vanish: a database held by another process, a disk that
fills up, a read-only folder. Each test checks afterwards that every learner and every
recorded step is still there and that the store is usable, and that what a facilitator is
told is plain words, never a traceback."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.storage.faults import (
    fill,
    held_by_another_process,
    make_read_only,
    make_writable,
    small_disk,
)
from tests.storage.helpers import play
from tutor.storage.backup import backup, restore
from tutor.storage.database import (
    BUSY_WAIT_S,
    DATABASE_NAME,
    DatabaseBusy,
    DiskFull,
    FolderReadOnly,
    StoreUnavailable,
    unavailable_from,
)
from tutor.storage.erase import erase_learner
from tutor.storage.quick_read import sign_in_learners
from tutor.storage.store import open_store

NAMES = ("Gisèle", "Marcel", "Yvette")
STEPS = 4


@pytest.fixture(autouse=True)
def _english_messages():
    from tutor.i18n import set_language

    set_language("en")


def _populate(folder: Path) -> dict[str, int]:
    """Three learners with progress; returns what must still be there afterwards."""
    store = open_store(folder)
    for name in NAMES:
        learner = store.learners.add(name, "mdi6.cat", "#0b4a85")
        play(store, learner.id, "tablet-open-app", STEPS, wrong_at={1: 1})
        play(store, learner.id, "video-make-call", STEPS, finish=False)
    store.pin.set("73915286")
    expected = _counts(store)
    store.close()
    return expected


def _counts(store) -> dict[str, int]:  # type: ignore[no-untyped-def]
    db = store.opened.db
    return {
        table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("learners", "lesson_progress", "step_events")
    }


def _nothing_lost(folder: Path, expected: dict[str, int], writable: bool = True) -> None:
    """Every learner and progress row is there, and the store works (writes too)."""
    store = open_store(folder)
    try:
        assert store.set_aside is None
        assert sorted(learner.first_name for learner in store.learners.all()) == sorted(NAMES)
        assert _counts(store) == expected
        assert store.opened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if writable:
            assert not store.read_only
            extra = store.learners.add("Nouvelle", "mdi6.tree", "#0b4a85")
            store.learners.erase(extra.id)
    finally:
        store.close()
    assert not list(folder.glob("progress.damaged-*")), "a healthy file was set aside"


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _plain(message: str) -> str:
    """Every message of these faults is plain words: never a traceback."""
    assert "Traceback" not in message and 'File "' not in message, message
    return message


def _run_tutor(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "tutor", *args, "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


# -- another program holds the database ----------------------------------------------------


def test_a_database_held_by_another_process_is_waited_for_then_reported_never_set_aside(
    tmp_path,
):
    expected = _populate(tmp_path)
    path = tmp_path / DATABASE_NAME
    before = _file_hash(path)
    with held_by_another_process(path, everything=True):
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as caught:
            open_store(tmp_path)
        waited = time.monotonic() - started
        assert BUSY_WAIT_S - 0.5 <= waited < BUSY_WAIT_S + 10  # waited, then said so
        assert "another program" in _plain(str(caught.value))
        assert sign_in_learners(tmp_path) is None  # "ask the store": never an empty list
        exported = _run_tutor(
            "export", "--all", "--format", "csv", "--out", str(tmp_path / "out.csv"),
            "--data-dir", str(tmp_path),
        )  # fmt: skip
        assert exported.returncode == 1
        assert "another program" in _plain(exported.stderr)
        assert not (tmp_path / "out.csv").exists()
        restored = _run_tutor("restore", str(tmp_path / "none.db"), "--data-dir", str(tmp_path))
        assert restored.returncode == 1 and _plain(restored.stderr)
        assert _file_hash(path) == before
        names = {p.name for p in tmp_path.iterdir() if p.name.startswith("progress")}
        assert names <= {DATABASE_NAME, f"{DATABASE_NAME}-wal", f"{DATABASE_NAME}-shm"}
    _nothing_lost(tmp_path, expected)


def test_a_program_writing_lets_exports_read_but_erase_and_restore_wait_then_say_so(tmp_path):
    expected = _populate(tmp_path)
    store = open_store(tmp_path)
    learner = store.learners.all()[0]
    backup(store, tmp_path / "saved.db")
    with held_by_another_process(tmp_path / DATABASE_NAME, everything=False):
        with pytest.raises(DatabaseBusy):
            open_store(tmp_path)  # the app would wait, then show why
        reader = open_store(tmp_path, need_write=False)  # an export or a backup can read
        assert _counts(reader) == expected
        reader.close()
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as caught:
            erase_learner(store, learner.id)
        assert time.monotonic() - started < 10  # bounded, never hanging
        _plain(str(caught.value))
        with pytest.raises(DatabaseBusy):
            restore(tmp_path, tmp_path / "saved.db")
        assert store.learners.get(learner.id) == learner  # nothing was erased
    store.close()
    assert not list(tmp_path.glob("progress.before-restore-*"))  # nothing was replaced
    _nothing_lost(tmp_path, expected)


# -- the disk fills up ---------------------------------------------------------------------


def test_a_full_disk_keeps_everything_and_says_so(tmp_path):
    with small_disk(tmp_path, 8192) as disk:
        data = disk / "data"
        expected = _populate(data)
        store = open_store(data)
        learner = store.learners.all()[0]
        backup(store, tmp_path / "saved.db")  # (on the ordinary disk)
        filler = fill(disk)

        with pytest.raises(sqlite3.Error) as failed_step:  # a step cannot be saved...
            for _ in range(200):
                play(store, learner.id, "tablet-keyboard", STEPS)
        problem = unavailable_from(failed_step.value, store.path)
        assert isinstance(problem, DiskFull) and "full" in _plain(str(problem))
        with pytest.raises(StoreUnavailable) as erase_failed:
            erase_learner(store, learner.id)
        _plain(str(erase_failed.value))
        store.close()
        with pytest.raises(StoreUnavailable) as restore_failed:
            restore(data, tmp_path / "saved.db")
        _plain(str(restore_failed.value))
        assert not list(data.glob("progress.before-restore-*")), "a half copy was left"
        with pytest.raises(StoreUnavailable):
            backup_to_full = open_store(data, need_write=False)
            try:
                backup(backup_to_full, disk / "backup.db")
            finally:
                backup_to_full.close()
        assert not list(disk.glob("backup.db*")), "a partial backup was left"

        reopened = open_store(data)  # on the full disk: the data can still be seen
        assert sorted(item.first_name for item in reopened.learners.all()) == sorted(NAMES)
        reopened.close()
        filler.unlink()  # space again: everything is there and works
        store = open_store(data)
        kept = _counts(store)  # what was saved before the disk filled up stays too
        store.close()
        assert all(kept[table] >= expected[table] for table in expected)
        assert kept["learners"] == expected["learners"]
        _nothing_lost(data, kept)


# -- a read-only folder --------------------------------------------------------------------


def test_a_read_only_folder_opens_read_only_with_everything_visible(tmp_path):
    with small_disk(tmp_path, 2048) as disk:
        data = disk / "data"
        expected = _populate(data)
        writable = open_store(data)
        backup(writable, tmp_path / "saved.db")  # (on the ordinary disk)
        writable.close()
        before = _file_hash(data / DATABASE_NAME)
        make_read_only(disk)
        try:
            store = open_store(data)
            assert store.read_only and isinstance(store.problem, FolderReadOnly)
            assert "read-only" in _plain(str(store.problem))
            assert sorted(item.first_name for item in store.learners.all()) == sorted(NAMES)
            assert _counts(store) == expected
            assert store.pin.check("73915286").ok  # the facilitator can still get in
            learner = store.learners.all()[0]
            with pytest.raises(sqlite3.Error):
                store.learners.add("Nouvelle", "mdi6.tree", "#0b4a85")
            with pytest.raises(StoreUnavailable) as erase_failed:
                erase_learner(store, learner.id)
            _plain(str(erase_failed.value))
            store.close()
            with pytest.raises(FolderReadOnly) as restore_failed:
                restore(data, tmp_path / "saved.db")
            _plain(str(restore_failed.value))
            assert _file_hash(data / DATABASE_NAME) == before
            exported = _run_tutor(
                "export", "--all", "--format", "csv", "--out", str(tmp_path / "out.csv"),
                "--data-dir", str(data),
            )  # fmt: skip
            assert exported.returncode == 0, exported.stderr
            with open(tmp_path / "out.csv", encoding="utf-8-sig") as handle:
                assert sum(1 for _line in handle) > len(NAMES)
            new_folder = str(disk / "new")
            fresh = _run_tutor("backup", "--out", str(tmp_path / "b.db"), "--data-dir", new_folder)
            assert fresh.returncode == 1 and "read-only" in _plain(fresh.stderr)
        finally:
            make_writable(disk)
        _nothing_lost(data, expected)

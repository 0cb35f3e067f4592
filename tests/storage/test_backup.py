"""Backups: consistent while in use, checked before restoring, the previous data kept."""

from __future__ import annotations

import sqlite3

import pytest

from tests.storage.helpers import play
from tutor.storage.backup import BackupRefused, backup, check_backup, restore
from tutor.storage.store import open_store


@pytest.fixture(autouse=True)
def _english_messages():
    """The refusal messages are checked in their English wording."""
    from tutor.i18n import set_language

    set_language("en")


def test_backup_during_an_open_write_transaction_is_consistent(tmp_path):
    store = open_store(tmp_path / "data")
    learner = store.learners.add("Gisèle", "mdi6.cat", "#0b4a85")
    play(store, learner.id, "tablet-open-app", 3, wrong_at={0: 1})
    writer = sqlite3.connect(store.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "INSERT INTO learners (id, first_name, created_at) VALUES ('half', 'Pending', 'x')"
    )
    writer.execute("DELETE FROM step_events")
    copy = tmp_path / "copy.db"
    backup(store, copy)
    writer.execute("ROLLBACK")
    writer.close()
    info = check_backup(copy)
    assert info.ok and info.error is None
    assert (info.learners, info.events) == (1, 4)
    assert not (tmp_path / "copy.db-wal").exists()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT first_name FROM learners").fetchall() == [("Gisèle",)]
    store.close()


def test_check_refuses_a_non_database_and_a_foreign_database(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("Liste de courses : pain, lait\n" * 50, encoding="utf-8")
    info = check_backup(text)
    assert not info.ok and "not a database" in info.error and "notes.txt" in info.error
    foreign = tmp_path / "photos.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    info = check_backup(foreign)
    assert not info.ok and "not a Pas à Pas backup" in info.error
    missing = check_backup(tmp_path / "nowhere.db")
    assert not missing.ok and "does not exist" in missing.error
    with pytest.raises(BackupRefused, match="not a database"):
        restore(tmp_path / "data", text)


def test_check_refuses_a_backup_from_a_newer_version(tmp_path):
    store = open_store(tmp_path / "data")
    store.opened.db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('pas-a-pas', 'm999_future', 'x')"
    )
    backup(store, tmp_path / "future.db")
    store.close()
    info = check_backup(tmp_path / "future.db")
    assert not info.ok and "newer version" in info.error


def test_restore_replaces_the_data_and_keeps_the_previous_file(tmp_path):
    data = tmp_path / "data"
    store = open_store(data)
    saved = store.learners.add("Avant", "mdi6.cat", "#0b4a85")
    backup(store, tmp_path / "saved.db")
    later = store.learners.add("Après", "mdi6.dog", "#0b4a85")
    store.close()

    kept = restore(data, tmp_path / "saved.db")

    assert kept is not None and kept.name.startswith("progress.before-restore-")
    again = open_store(data)
    assert [learner.id for learner in again.learners.all()] == [saved.id]
    again.close()
    with sqlite3.connect(kept) as conn:
        names = {row[0] for row in conn.execute("SELECT first_name FROM learners")}
    assert names == {"Avant", "Après"} and later.first_name == "Après"


def test_restore_while_the_store_is_open_is_seen_by_it(tmp_path):
    data = tmp_path / "data"
    store = open_store(data)
    store.learners.add("Avant", "mdi6.cat", "#0b4a85")
    backup(store, tmp_path / "saved.db")
    store.learners.add("Après", "mdi6.dog", "#0b4a85")
    restore(data, tmp_path / "saved.db")
    assert [learner.first_name for learner in store.learners.all()] == ["Avant"]
    store.close()


def test_restore_into_an_empty_folder(tmp_path):
    store = open_store(tmp_path / "a")
    store.learners.add("Marthe", "mdi6.cat", "#0b4a85")
    backup(store, tmp_path / "saved.db")
    store.close()
    assert restore(tmp_path / "b", tmp_path / "saved.db") is None
    fresh = open_store(tmp_path / "b")
    assert [learner.first_name for learner in fresh.learners.all()] == ["Marthe"]
    fresh.close()


def test_two_restores_in_the_same_second_keep_two_copies(tmp_path, monkeypatch):
    import tutor.storage.copies as copies

    class FrozenClock:  # every copy is made "in the same second"
        @staticmethod
        def now():  # type: ignore[no-untyped-def]
            import datetime as dt

            return dt.datetime(2026, 12, 3, 16, 0, 0)

    monkeypatch.setattr(copies, "datetime", FrozenClock)
    data = tmp_path / "data"
    store = open_store(data)
    store.learners.add("Premier", "mdi6.cat", "#0b4a85")
    backup(store, tmp_path / "saved.db")
    store.learners.add("Deuxième", "mdi6.dog", "#0b4a85")
    store.close()
    first = restore(data, tmp_path / "saved.db")
    store = open_store(data)
    store.learners.add("Troisième", "mdi6.tree", "#0b4a85")
    store.close()
    second = restore(data, tmp_path / "saved.db")
    assert first is not None and second is not None and first != second
    assert first.name == "progress.before-restore-20261203-160000.db"
    assert second.name == "progress.before-restore-20261203-160000-2.db"
    names = []
    for kept in (first, second):
        with sqlite3.connect(kept) as conn:
            names.append({row[0] for row in conn.execute("SELECT first_name FROM learners")})
    assert names == [{"Premier", "Deuxième"}, {"Premier", "Troisième"}]


def test_restore_keeps_the_device_pin_and_its_lockout(tmp_path):
    data = tmp_path / "data"
    other = open_store(tmp_path / "other")  # the backup comes with its own PIN
    other.pin.set("11112222")
    other.learners.add("Venue d'ailleurs", "mdi6.cat", "#0b4a85")
    backup(other, tmp_path / "saved.db")
    other.close()
    store = open_store(data)
    store.pin.set("73915286")
    for _ in range(5):
        store.pin.check("0000", now=100.0)  # locked for 30 s
    store.close()

    restore(data, tmp_path / "saved.db")

    again = open_store(data)
    assert [learner.first_name for learner in again.learners.all()] == ["Venue d'ailleurs"]
    assert again.pin.wait_left(now=110.0) == pytest.approx(20)  # the lockout stays
    assert not again.pin.check("11112222", now=200.0).ok  # the backup's PIN does not open
    assert again.pin.check("73915286", now=300.0).ok  # the device's does
    again.close()


def test_a_device_without_a_pin_takes_the_backups(tmp_path):
    other = open_store(tmp_path / "other")
    other.pin.set("11112222")
    backup(other, tmp_path / "saved.db")
    other.close()
    open_store(tmp_path / "data").close()
    restore(tmp_path / "data", tmp_path / "saved.db")
    again = open_store(tmp_path / "data")
    assert again.pin.check("11112222").ok
    again.close()


# -- never over an existing file, never half a file ------------------------------------------


def _store_with_data(folder):  # type: ignore[no-untyped-def]
    from tutor.core.catalogue import load_catalogue
    from tutor.paths import bundled_lessons_dir
    from tutor.sandboxes import sandbox_specs
    from tutor.storage.demo import make_demo_data

    store = open_store(folder)
    catalogue = load_catalogue([bundled_lessons_dir()], sandbox_specs())
    make_demo_data(store, catalogue, learners=25, seed=4)
    store.opened.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all in the file itself
    return store


def test_a_backup_never_replaces_an_existing_file_unless_asked(tmp_path):
    store = open_store(tmp_path / "data")
    store.learners.add("Gisèle", "mdi6.cat", "#0b4a85")
    earlier = tmp_path / "saved.db"
    earlier.write_bytes(b"an earlier backup, kept as it is\n" * 50)
    before = earlier.read_bytes()
    with pytest.raises(FileExistsError):
        backup(store, earlier)
    assert earlier.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "saved.db"]
    backup(store, earlier, replace=True)  # asked for: replaced by a whole backup
    info = check_backup(earlier)
    assert info.ok and info.learners == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "saved.db"]
    store.close()


def test_a_file_appearing_while_the_backup_is_written_is_kept(tmp_path):
    """The refusal holds at the very end too: the backup is put in place by a link, which
    fails if the name was taken meanwhile (a second backup, another program)."""
    from tutor.storage.safe_files import replaced_atomically

    target = tmp_path / "saved.db"
    with pytest.raises(FileExistsError), replaced_atomically(target, replace=False) as temporary:
        temporary.write_bytes(b"new")
        target.write_bytes(b"written meanwhile")
    assert target.read_bytes() == b"written meanwhile"
    assert [p.name for p in tmp_path.iterdir()] == ["saved.db"]


def test_a_backup_cut_short_by_a_full_disk_leaves_nothing_half_written(tmp_path):
    from tests.filesystems import small_tmpfs
    from tutor.storage.problems import StoreUnavailable

    store = _store_with_data(tmp_path / "data")
    assert store.path.stat().st_size > 256 * 1024  # more than the stick can take
    with small_tmpfs(tmp_path / "stick", 128) as stick:
        earlier = stick / "saved.db"
        earlier.write_bytes(b"an earlier backup\n" * 1000)
        before = earlier.read_bytes()
        for target, replace in ((stick / "new.db", False), (earlier, True)):
            with pytest.raises((StoreUnavailable, OSError)) as failed:
                backup(store, target, replace=replace)
            assert "full" in str(failed.value).lower() or "space" in str(failed.value).lower()
            # Nothing under the final name, no temporary file, no journal, no ".partial".
            assert sorted(p.name for p in stick.iterdir()) == ["saved.db"]
            assert earlier.read_bytes() == before
    store.close()


_KILLED_MID_BACKUP = """
import os, signal, sys
from pathlib import Path
import tutor.storage.backup as module
from tutor.storage.store import open_store

def cut_short(source, target, wait_s=5.0):
    def progress(status, remaining, total):
        if total - remaining >= 3:  # a few pages written: the power goes
            os.kill(os.getpid(), signal.SIGKILL)
    source.backup(target, pages=1, progress=progress)

module.bounded_backup = cut_short
store = open_store(Path(sys.argv[1]))
module.backup(store, Path(sys.argv[2]), replace=sys.argv[3] == "replace")
"""


@pytest.mark.parametrize("replace", [False, True])
def test_a_backup_killed_halfway_leaves_no_half_file(tmp_path, replace):
    """A crash (SIGKILL) in the middle of a backup: the final name holds nothing new (the
    earlier file, when there was one, is whole) and no ``.partial`` file is left."""
    import signal
    import subprocess
    import sys

    store = _store_with_data(tmp_path / "data")
    store.close()
    out = tmp_path / "out"
    out.mkdir()
    target = out / "saved.db"
    if replace:
        target.write_bytes(b"an earlier backup\n" * 100)
    before = target.read_bytes() if replace else None
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_MID_BACKUP, str(tmp_path / "data"), str(target),
         "replace" if replace else "new"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == -signal.SIGKILL, done.stderr
    if replace:
        assert target.read_bytes() == before
    else:
        assert not target.exists()
    assert not list(out.glob("*.partial")) and not list(out.glob("*.partial-journal"))
    visible = [p.name for p in out.iterdir() if not p.name.startswith(".")]
    assert visible == (["saved.db"] if replace else [])

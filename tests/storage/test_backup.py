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

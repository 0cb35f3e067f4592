"""Backing up and restoring the progress database.

Copies are made with SQLite's online backup API: consistent even while the program writes.
A file is checked (read-only) before it is restored, and the current database is always kept
aside as ``progress.before-restore-<time>.db`` first.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tutor.i18n import _
from tutor.storage.database import DATABASE_NAME, open_database
from tutor.storage.migrations import migrations
from tutor.storage.store import Store

SQLITE_HEADER = b"SQLite format 3\x00"
REQUIRED_TABLES = {"settings", "learners", "lesson_progress", "step_events", "_sqlite_migrations"}


class BackupRefused(ValueError):
    """The file cannot be restored; the message says why, for the facilitator."""


@dataclass(frozen=True)
class BackupInfo:
    ok: bool
    learners: int = 0
    events: int = 0
    error: str | None = None


def backup(store: Store, path: Path) -> None:
    """Write a consistent copy of the store's database to ``path`` (one self-contained file)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True, timeout=10)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
        finally:
            target.close()
    finally:
        source.close()
    _fsync(partial)
    os.replace(partial, path)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def check_backup(path: Path) -> BackupInfo:
    """Is this a sound Pas à Pas database that this version can read? Never modifies it."""
    path = Path(path)
    if not path.is_file():
        return BackupInfo(False, error=_("The file {path} does not exist.").format(path=path))
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        return BackupInfo(
            False,
            error=_("{path} is not a Pas à Pas backup: it is not a database.").format(path=path),
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return BackupInfo(
            False, error=_("{path} cannot be opened: {reason}").format(path=path, reason=exc)
        )
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()
        if verdict is None or verdict[0] != "ok":
            return BackupInfo(
                False, error=_("{path} is damaged and cannot be restored.").format(path=path)
            )
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables >= REQUIRED_TABLES:
            return BackupInfo(
                False,
                error=_("{path} is a database, but not a Pas à Pas backup.").format(path=path),
            )
        applied = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [migrations.name]
            )
        }
        known = {migration.name for migration in migrations._migrations}
        if not applied:
            return BackupInfo(
                False,
                error=_("{path} is a database, but not a Pas à Pas backup.").format(path=path),
            )
        if applied - known:
            return BackupInfo(
                False,
                error=_(
                    "{path} was made by a newer version of Pas à Pas: update this one first."
                ).format(path=path),
            )
        learners = conn.execute("SELECT count(*) FROM learners").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM step_events").fetchone()[0]
        return BackupInfo(True, learners, events)
    except sqlite3.Error as exc:
        return BackupInfo(
            False, error=_("{path} cannot be read: {reason}").format(path=path, reason=exc)
        )
    finally:
        conn.close()


def restore(data_dir: Path, path: Path) -> Path | None:
    """Replace the database in ``data_dir`` by the backup at ``path``.

    The file is checked first (``BackupRefused`` if unsound); the current database is kept
    as ``progress.before-restore-<time>.db``, whose path is returned (None if there was none).
    Works while a store is open on ``data_dir`` (its connection sees the restored data), but
    the caller should reopen the store so that everything is read afresh.
    """
    info = check_backup(path)
    if not info.ok:
        raise BackupRefused(info.error or "")
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    current = data_dir / DATABASE_NAME
    kept: Path | None = None
    if current.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = data_dir / f"progress.before-restore-{stamp}.db"
        try:
            _copy(current, kept)
        except sqlite3.DatabaseError:  # a damaged database is kept as it is, byte for byte
            shutil.copyfile(current, kept)
    try:
        _copy(Path(path), current, into_live=True)
    except sqlite3.DatabaseError:  # the current file is not a usable database: replace it
        for suffix in ("", "-wal", "-shm"):
            Path(str(current) + suffix).unlink(missing_ok=True)
        _copy(Path(path), current, into_live=True)
    open_database(current).close()  # brings an older backup up to this version's schema
    return kept


def _copy(source_path: Path, target_path: Path, into_live: bool = False) -> None:
    """SQLite-level copy: safe while other connections use either file."""
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True, timeout=10)
    try:
        target = sqlite3.connect(target_path, timeout=10)
        try:
            if into_live:
                target.execute("PRAGMA journal_mode=WAL")
            source.backup(target)
            if into_live:
                target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            else:
                target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()

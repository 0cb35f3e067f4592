"""Backing up and restoring the progress database.

Copies are made with SQLite's online backup API: consistent even while the program writes.
A file is checked (read-only) before it is restored, and the current database is always kept
aside first as ``progress.before-restore-<time>.db``, under a name no other file has
(``storage/copies.py``): two restores in the same second keep two copies.

A restore brings the backup's learners and progress, not its facilitator PIN: the PIN (and its
lockout) belongs to the device, so the device's stays. Only a device that has no PIN yet takes
the backup's (a new computer receiving the facilitator's data).

Every expected problem (another program holds the file, a full disk, a read-only folder)
is raised as a ``StoreUnavailable`` in a facilitator's words, and leaves the current data as
it was.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from tutor.i18n import _
from tutor.storage.copies import BEFORE_RESTORE_PREFIX, reserve_unique_path
from tutor.storage.database import (
    BUSY_WAIT_S,
    DATABASE_NAME,
    SQLITE_BUSY,
    SQLITE_LOCKED,
    DatabaseDamaged,
    open_database,
    unavailable_from,
)
from tutor.storage.migrations import migrations
from tutor.storage.pin import DEVICE_PIN_KEYS
from tutor.storage.safe_files import replaced_atomically
from tutor.storage.store import Store

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_PREFIX = "pas-a-pas-backup-"  # a backup written into a folder: a name of its own
REQUIRED_TABLES = {"settings", "learners", "lesson_progress", "step_events", "_sqlite_migrations"}


class BackupRefused(ValueError):
    """The file cannot be restored; the message says why, for the facilitator."""


@dataclass(frozen=True)
class BackupInfo:
    ok: bool
    learners: int = 0
    events: int = 0
    error: str | None = None


def backup(store: Store, path: Path, replace: bool = False) -> None:
    """Write a consistent copy of the store's database to ``path`` (one self-contained file).

    The copy is written beside ``path`` and renamed only once whole and on the disk
    (``safe_files.replaced_atomically``): a full disk, an unplugged stick or a crash leaves
    no half file under ``path``, and nothing else behind. An existing file is never
    replaced unless ``replace`` (``FileExistsError``, the file left as it was)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with replaced_atomically(path, len(SQLITE_HEADER), replace=replace) as temporary:
            try:
                _copy_to_one_file(store.path, temporary)
            finally:
                _remove_side_files(temporary)
    except sqlite3.Error as exc:
        raise unavailable_from(exc, path) from exc


def _copy_to_one_file(source_path: Path, target_path: Path) -> None:
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True, timeout=10)
    try:
        target = sqlite3.connect(target_path)
        try:
            bounded_backup(source, target)
            target.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
        finally:
            target.close()
    finally:
        source.close()


def bounded_backup(
    source: sqlite3.Connection, target: sqlite3.Connection, wait_s: float = BUSY_WAIT_S
) -> None:
    """SQLite's online backup, giving up after ``wait_s`` of another program's lock.

    Python's ``Connection.backup`` retries a locked database for ever (every 250 ms): behind
    a program that keeps its lock, a backup or a restore would never end."""
    deadline = time.monotonic() + wait_s

    def progress(status: int, remaining: int, total: int) -> None:
        if status in (SQLITE_BUSY, SQLITE_LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    source.backup(target, pages=256, progress=progress, sleep=0.05)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
    _remove_side_files(path)


def _remove_side_files(path: Path) -> None:
    """SQLite's journal files beside ``path`` (left by a write cut short)."""
    for side in ("-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(str(path) + side).unlink(missing_ok=True)


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
    as ``progress.before-restore-<time>.db`` (a new name each time), whose path is returned
    (None if there was none). The device's PIN stays (see above). Works while a store is open
    on ``data_dir`` (its connection sees the restored data), but the caller should reopen the
    store so that everything is read afresh. A ``StoreUnavailable`` (busy, full, read-only)
    leaves the current data untouched.
    """
    info = check_backup(path)
    if not info.ok:
        raise BackupRefused(info.error or "")
    data_dir = Path(data_dir)
    current = data_dir / DATABASE_NAME
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        kept = _keep_current(data_dir, current)
    except (sqlite3.Error, OSError) as exc:
        raise unavailable_from(exc, current) from exc
    device_pin = _device_pin(current)
    try:
        try:
            _copy(Path(path), current, into_live=True, pin=device_pin)
        except sqlite3.DatabaseError as exc:
            if not _is_damage(exc, current):
                raise
            # The current file is not a usable database (it is kept above): replace it.
            for suffix in ("", "-wal", "-shm"):
                Path(str(current) + suffix).unlink(missing_ok=True)
            _copy(Path(path), current, into_live=True, pin=device_pin)
    except (sqlite3.Error, OSError) as exc:
        if kept is not None:  # nothing was replaced: no stray copy of the same data
            _remove_quietly(kept)
        raise unavailable_from(exc, current) from exc
    open_database(current).close()  # brings an older backup up to this version's schema
    return kept


def _keep_current(data_dir: Path, current: Path) -> Path | None:
    """Copy the current database to a new before-restore name (nothing if there is none)."""
    if not current.exists():
        return None
    kept = reserve_unique_path(data_dir, BEFORE_RESTORE_PREFIX)
    try:
        try:
            _copy(current, kept)
        except sqlite3.DatabaseError as exc:
            if not _is_damage(exc, current):
                raise
            shutil.copyfile(current, kept)  # a damaged database is kept byte for byte
    except BaseException:
        _remove_quietly(kept)
        raise
    return kept


def _is_damage(exc: sqlite3.Error, path: Path) -> bool:
    return isinstance(unavailable_from(exc, path, damaged_is_error=False), DatabaseDamaged)


def _device_pin(current: Path) -> dict[str, str]:
    """The device's PIN rows, if it has a PIN (read-only; a damaged file has none)."""
    if not current.exists():
        return {}
    try:
        conn = sqlite3.connect(f"file:{current}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return {}
    try:
        marks = ",".join("?" * len(DEVICE_PIN_KEYS))
        rows = conn.execute(
            f"SELECT key, value FROM settings WHERE key IN ({marks})", DEVICE_PIN_KEYS
        ).fetchall()
    except sqlite3.Error:
        return {}
    finally:
        conn.close()
    found = {str(key): str(value) for key, value in rows}
    return found if DEVICE_PIN_KEYS[0] in found else {}


def _copy(
    source_path: Path, target_path: Path, into_live: bool = False, pin: dict[str, str] | None = None
) -> None:
    """SQLite-level copy: safe while other connections use either file. ``pin``: the
    device's PIN rows, put in place of the copy's."""
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True, timeout=10)
    try:
        target = sqlite3.connect(target_path, timeout=10)
        try:
            if into_live:
                target.execute("PRAGMA journal_mode=WAL")
            bounded_backup(source, target)
            if pin:
                _put_pin(target, pin)
            if into_live:
                target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            else:
                target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()


def _put_pin(conn: sqlite3.Connection, pin: dict[str, str]) -> None:
    marks = ",".join("?" * len(DEVICE_PIN_KEYS))
    with conn:
        conn.execute(f"DELETE FROM settings WHERE key IN ({marks})", DEVICE_PIN_KEYS)
        conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", list(pin.items()))

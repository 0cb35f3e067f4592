"""Opening the progress database safely.

WAL with ``synchronous=FULL`` keeps every committed step across a power cut (NORMAL may lose
the last ones).

Only a file SQLite itself calls damaged is set aside: "not a database" (SQLITE_NOTADB),
"malformed" (SQLITE_CORRUPT) or a failing ``quick_check``. It is renamed under a name no other
file has (``storage/copies.py``), a fresh database is created, and the caller is told so it
can inform the facilitator. Every other problem leaves the file exactly where it is:

- another program holds it (SQLITE_BUSY / SQLITE_LOCKED): opening waits ``BUSY_WAIT_S``,
  then raises ``DatabaseBusy``; nothing is renamed and no empty database is started;
- the folder or the file cannot be written (SQLITE_READONLY, a read-only disk, no right to
  create files), or the disk is full (SQLITE_FULL, ENOSPC): the database is opened read-only
  when it can be read (``OpenedDatabase.read_only``, with ``problem`` saying why), so the
  learners and their progress can still be seen; otherwise ``FolderReadOnly`` / ``DiskFull``.

Each of these problems is a ``StoreUnavailable`` whose text is written for a facilitator.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from tutor.i18n import _
from tutor.storage.clock import now_iso
from tutor.storage.copies import SET_ASIDE_PREFIX, SIDE_FILES, reserve_unique_path
from tutor.storage.learners import SCRUB_PENDING_KEY, finish_scrub
from tutor.storage.migrations import migrations
from tutor.storage.problems import (
    DatabaseBusy,
    DatabaseDamaged,
    DiskFull,
    FolderReadOnly,
    StoreUnavailable,
)
from tutor.storage.quick_read import DATABASE_NAME

__all__ = [
    "DATABASE_NAME",
    "DatabaseBusy",
    "DatabaseDamaged",
    "DiskFull",
    "FolderReadOnly",
    "OpenedDatabase",
    "StoreUnavailable",
    "now_iso",
    "open_database",
    "unavailable_from",
]

BUSY_WAIT_S = 5.0  # how long opening waits for another program to let the file go
WORKING_BUSY_MS = 2000  # how long a later read or write waits (on the window's thread)

# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26


@dataclass
class OpenedDatabase:
    db: Database
    path: Path
    set_aside: Path | None = None  # where a damaged database was moved, if any
    read_only: bool = False  # opened for reading only: nothing can be saved
    problem: StoreUnavailable | None = None  # why it is read-only

    def close(self) -> None:
        self.db.close()


def open_database(
    path: Path, need_write: bool = True, busy_wait_s: float = BUSY_WAIT_S
) -> OpenedDatabase:
    """Open (creating or upgrading) the database at ``path``; set a damaged one aside.

    ``need_write``: the caller will write (the app, an import). A caller that only reads
    (an export, a backup) also accepts a file another program is writing to, or one that
    can only be read. Raises a ``StoreUnavailable`` when the data cannot be used."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _from_os_error(exc, path) from exc
    try:
        return OpenedDatabase(_open_checked(path, busy_wait_s, need_write), path)
    except DatabaseDamaged:
        set_aside = _set_aside(path)
        return OpenedDatabase(_open_checked(path, busy_wait_s, need_write), path, set_aside)
    except DatabaseBusy:
        if need_write:
            raise
        return OpenedDatabase(_open_read_only(path, min(busy_wait_s, 0.5)), path, read_only=True)
    except (FolderReadOnly, DiskFull) as problem:
        if not path.exists():
            raise
        try:
            db = _open_read_only(path, busy_wait_s)
        except StoreUnavailable:
            raise problem from None
        return OpenedDatabase(db, path, read_only=True, problem=problem)


def _open_checked(path: Path, busy_wait_s: float, need_write: bool) -> Database:
    conn = None
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=busy_wait_s)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA secure_delete=ON")  # deleted personal data is overwritten
        verdict = conn.execute("PRAGMA quick_check").fetchone()
        if verdict is None or verdict[0] != "ok":
            raise DatabaseDamaged(str(verdict))
        if need_write:
            # Can we write? Takes the write lock and gives it back, writing nothing:
            # another program's lock, a read-only file or folder show up now, not mid-lesson.
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        db = Database(conn, execute_plugins=False)
        migrations.apply(db)
        _ensure_device_id(db)
        conn.execute(f"PRAGMA busy_timeout={WORKING_BUSY_MS}")
        if (
            need_write
            and db.execute("SELECT 1 FROM settings WHERE key = ?", [SCRUB_PENDING_KEY]).fetchone()
        ):
            finish_scrub(db, wait_s=1.0)  # an erase could not clean everything last time
        return db
    except DatabaseDamaged:
        if conn is not None:
            conn.close()
        raise
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise unavailable_from(exc, path, damaged_is_error=False) from exc


def _open_read_only(path: Path, busy_wait_s: float) -> Database:
    """Open for reading only, changing nothing on disk (not even SQLite's side files).

    A WAL database needs its ``-shm`` file, which a read-only folder cannot hold: when no
    ``-wal`` file waits to be merged, the file is read as immutable instead."""
    base = path.resolve().as_uri()
    wal = Path(str(path) + "-wal")
    uris = [f"{base}?mode=ro"]
    if not wal.exists() or wal.stat().st_size == 0:
        uris.append(f"{base}?mode=ro&immutable=1")
    last: sqlite3.Error | None = None
    for uri in uris:
        conn = None
        try:
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=busy_wait_s)
            verdict = conn.execute("PRAGMA quick_check").fetchone()
            db = Database(conn, execute_plugins=False)
            if verdict is None or verdict[0] != "ok" or migrations.pending(db):
                conn.close()  # damaged or too old to read as it is: it cannot be set aside
                raise StoreUnavailable(path, str(verdict[0] if verdict else "?"))
            device_id(db)
            return db
        except (sqlite3.Error, TypeError) as exc:
            last = exc if isinstance(exc, sqlite3.Error) else None
            if conn is not None:
                conn.close()
    if last is not None:
        raise unavailable_from(last, path, damaged_is_error=False) from last
    raise StoreUnavailable(path, _("no settings"))


def unavailable_from(
    exc: sqlite3.Error | OSError, path: Path, damaged_is_error: bool = True
) -> StoreUnavailable | DatabaseDamaged:
    """The problem behind a SQLite or file-system error, in a facilitator's words.

    ``damaged_is_error``: a malformed file found while working (not while opening) is
    reported as a plain ``StoreUnavailable`` rather than set aside behind the caller's back.
    """
    if isinstance(exc, OSError):
        return _from_os_error(exc, path)
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text:
        if damaged_is_error:
            return StoreUnavailable(path, text)
        return DatabaseDamaged(text)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text:
        return DatabaseBusy(path, text)
    if primary == SQLITE_FULL:
        return DiskFull(path, text)
    if primary in (SQLITE_READONLY, SQLITE_PERM):
        return FolderReadOnly(path, text)
    if primary in (SQLITE_CANTOPEN, SQLITE_IOERR):
        return _folder_problem(path) or StoreUnavailable(path, text)
    return StoreUnavailable(path, text)


def _from_os_error(exc: OSError, path: Path) -> StoreUnavailable:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(path, exc.strerror or str(exc))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return FolderReadOnly(path, exc.strerror or str(exc))
    return StoreUnavailable(path, exc.strerror or str(exc))


def _folder_problem(path: Path) -> StoreUnavailable | None:
    """Why SQLite could not open or write a file: write one byte in the folder and see."""
    try:
        with tempfile.TemporaryFile(dir=path.parent, prefix=".pap-probe-") as probe:
            probe.write(b"x")
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        return _from_os_error(exc, path)
    return None


def _set_aside(path: Path) -> Path:
    """Move the damaged file (and its side files) to a new, unique name beside it."""
    try:
        target = reserve_unique_path(path.parent, SET_ASIDE_PREFIX, path.suffix)
    except OSError as exc:
        raise _from_os_error(exc, path) from exc
    try:
        for side in ("", *SIDE_FILES):
            source = Path(str(path) + side)
            if source.exists():
                os.replace(source, Path(str(target) + side))
    except OSError as exc:
        with contextlib.suppress(OSError):
            if target.stat().st_size == 0:
                target.unlink()
        raise _from_os_error(exc, path) from exc
    return target


def _ensure_device_id(db: Database) -> None:
    with db.atomic():
        if not db.execute("SELECT 1 FROM settings WHERE key = 'device_id'").fetchone():
            db.execute(
                "INSERT INTO settings (key, value) VALUES ('device_id', ?)", [str(uuid.uuid4())]
            )


def device_id(db: Database) -> str:
    row = db.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()
    return str(row[0])

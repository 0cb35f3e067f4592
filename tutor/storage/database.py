"""Opening the progress database safely.

WAL with ``synchronous=FULL`` keeps every committed step across a power cut (NORMAL may lose
the last ones). A damaged file is never silently replaced: it is renamed aside, a fresh
database is created, and the caller is told so it can inform the facilitator.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from tutor.storage.clock import now_iso
from tutor.storage.migrations import migrations
from tutor.storage.quick_read import DATABASE_NAME

__all__ = ["DATABASE_NAME", "DatabaseDamaged", "OpenedDatabase", "now_iso", "open_database"]


class DatabaseDamaged(Exception):
    pass


@dataclass
class OpenedDatabase:
    db: Database
    path: Path
    set_aside: Path | None = None  # where a damaged database was moved, if any

    def close(self) -> None:
        self.db.close()


def open_database(path: Path) -> OpenedDatabase:
    """Open (creating or upgrading) the database at ``path``; set a damaged one aside."""
    path.parent.mkdir(parents=True, exist_ok=True)
    set_aside = None
    try:
        db = _open_checked(path)
    except DatabaseDamaged:
        set_aside = _set_aside(path)
        db = _open_checked(path)
    return OpenedDatabase(db, path, set_aside)


def _open_checked(path: Path) -> Database:
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA secure_delete=ON")  # deleted personal data is overwritten
        verdict = conn.execute("PRAGMA quick_check").fetchone()
        if verdict is None or verdict[0] != "ok":
            raise DatabaseDamaged(str(verdict))
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseDamaged(str(exc)) from exc
    except DatabaseDamaged:
        conn.close()
        raise
    db = Database(conn, execute_plugins=False)
    try:
        migrations.apply(db)
        _ensure_device_id(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise DatabaseDamaged(str(exc)) from exc
    return db


def _set_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(path) + suffix)
        if source.exists():
            source.rename(Path(str(target) + suffix))
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

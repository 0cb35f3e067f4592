"""Erasing a learner for good: from the progress database and from the program's own copies.

What a facilitator expects of "erase for good" is that the person is gone from this computer
as far as Pas à Pas can reach. So besides ``progress.db`` (``Learners.erase``), the copies the
program itself keeps in the data folder (a damaged database set aside, the data kept before a
restore: ``storage/copies.py``) are searched for the person's UUID, and every copy that holds
it is cleaned the same way (rows deleted with ``secure_delete``, the file rebuilt). A copy that
cannot be opened as a database (a damaged one) cannot be cleaned row by row: it is listed in
the report, and the facilitator is offered to delete it. Backups and progress packs stored
elsewhere (a USB stick, another computer) are out of reach; the confirmation says so.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from tutor.storage.copies import own_copies
from tutor.storage.database import unavailable_from
from tutor.storage.store import Store

# Tables that name a learner, and the column that does (older copies may lack some).
LEARNER_COLUMNS = (
    ("notes", "learner_id"),
    ("workshop_attendance", "learner_id"),
    ("step_events", "learner_id"),
    ("lesson_progress", "learner_id"),
    ("learner_links", "learner_id"),
    ("learner_links", "alias_id"),
    ("learner_distinct", "first_id"),
    ("learner_distinct", "second_id"),
    ("learners", "id"),
)


@dataclass(frozen=True)
class EraseReport:
    name: str
    scrubbed: bool = True  # no trace left in progress.db and its side files
    copies_cleaned: list[Path] = field(default_factory=list)
    copies_left: list[Path] = field(default_factory=list)  # still hold the person


def erase_learner(store: Store, learner_id: str) -> EraseReport:
    """Erase the learner everywhere Pas à Pas keeps data on this computer.

    ``KeyError``: no such learner. A ``StoreUnavailable`` (another program writing, a full
    disk, a read-only folder): nothing was erased."""
    name = store.learners.get(learner_id).first_name
    try:
        scrubbed = store.learners.erase(learner_id)
    except sqlite3.Error as exc:
        raise unavailable_from(exc, store.path) from exc
    cleaned, left = erase_from_copies(Path(store.path).parent, learner_id)
    return EraseReport(name, scrubbed, cleaned, left)


def erase_from_copies(folder: Path, learner_id: str) -> tuple[list[Path], list[Path]]:
    """Clean every own copy that holds ``learner_id``: (cleaned, could not be cleaned)."""
    cleaned: list[Path] = []
    left: list[Path] = []
    for copy in own_copies(folder):
        if not holds(copy, learner_id):
            continue
        with contextlib.suppress(sqlite3.Error, OSError):  # judged just below
            _erase_in_copy(copy, learner_id)
        (left if holds(copy, learner_id) else cleaned).append(copy)
    return cleaned, left


def holds(copy: Path, learner_id: str) -> bool:
    """Does any byte of the copy (or of its side files) hold the learner's UUID?"""
    needles = (learner_id.encode("utf-8"), learner_id.encode("utf-16-le"))
    for side in ("", "-wal", "-journal"):
        path = Path(str(copy) + side)
        if path.exists() and _contains(path, needles):
            return True
    return False


def _contains(path: Path, needles: tuple[bytes, ...], chunk: int = 1 << 20) -> bool:
    overlap = max(len(needle) for needle in needles)
    tail = b""
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            window = tail + block
            if any(needle in window for needle in needles):
                return True
            tail = window[-overlap:]
    return False


def delete_copies(copies: list[Path]) -> list[Path]:
    """Delete these copies and their side files; returns those that could not be deleted."""
    stuck = []
    for copy in copies:
        try:
            for side in ("-wal", "-shm", "-journal", ""):
                Path(str(copy) + side).unlink(missing_ok=True)
        except OSError:
            stuck.append(copy)
    return stuck


def _erase_in_copy(copy: Path, learner_id: str) -> None:
    conn = sqlite3.connect(copy, timeout=1)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        columns = {
            (table, column["name"])
            for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            for column in _columns(conn, table)
        }
        with conn:
            for table, column in LEARNER_COLUMNS:
                if (table, column) in columns:
                    conn.execute(f"DELETE FROM {table} WHERE {column} = ?", [learner_id])
        conn.execute("VACUUM")
        conn.execute("PRAGMA journal_mode=DELETE")  # merges and removes a -wal
    finally:
        conn.close()


def _columns(conn: sqlite3.Connection, table: str) -> list[dict[str, str]]:
    cursor = conn.execute(f"PRAGMA table_info({table!r})")
    names = [description[0] for description in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

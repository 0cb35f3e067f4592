"""Learners: a first name and a picture, nothing else is asked."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from tutor.storage.clock import now_iso

if TYPE_CHECKING:  # sqlite-utils is not needed to read the sign-in list quickly
    from sqlite_utils import Database

log = logging.getLogger(__name__)

TEXT_SIZES = (100, 150, 200)
RATES = ("slow", "normal", "fast")
MOTIONS = ("full", "reduced")
MAX_NAME_LENGTH = 40  # what the first-name fields accept; a longer name fills no tile
# Unicode categories never kept in a name: controls, format characters (bidirectional
# overrides and isolates, zero-width characters), surrogates, private use, unassigned.
_HIDDEN = frozenset(("Cc", "Cf", "Cs", "Co", "Cn"))


def normal_first_name(text: str) -> str:
    """A first name as it is stored, whoever typed it or whatever pack brought it: composed
    (NFC), without invisible or direction-changing characters (a right-to-left override
    would turn the names drawn after it around), spaces collapsed, at most
    ``MAX_NAME_LENGTH`` characters. Empty when nothing readable is left."""
    import unicodedata  # not needed to read the sign-in list

    composed = unicodedata.normalize("NFC", text)
    visible = "".join(
        " " if char.isspace() else char
        for char in composed
        if char.isspace() or unicodedata.category(char) not in _HIDDEN
    )
    return " ".join(visible.split())[:MAX_NAME_LENGTH].strip()


class Learner(NamedTuple):
    """A named tuple rather than a frozen dataclass: it is defined on the way to the sign-in
    screen, where a dataclass costs ~1 ms (it compiles its methods, and its module loads)."""

    id: str
    first_name: str
    avatar: str
    colour: str
    language: str = "fr"
    text_size: int = 100
    theme: str = "standard"
    voice_on: bool = True
    voice_rate: str = "normal"
    volume: int = 80
    archived: bool = False
    motion: str = "full"  # MOTIONS: "reduced" for no travelling or gliding pictures


_COLUMNS = (
    "id",
    "first_name",
    "avatar",
    "colour",
    "language",
    "text_size",
    "theme",
    "voice_on",
    "voice_rate",
    "volume",
    "archived",
    "motion",
)


def all_learners_sql(include_archived: bool = False) -> str:
    """The learners in sign-in order (also read before the store opens, see quick_read)."""
    where = "" if include_archived else "WHERE archived = 0"
    return (
        f"SELECT {', '.join(_COLUMNS)} FROM learners {where} "
        "ORDER BY first_name COLLATE NOCASE, created_at"
    )


def learner_from_row(row: Mapping[str, Any]) -> Learner:
    return Learner(
        id=row["id"],
        first_name=row["first_name"],
        avatar=row["avatar"] or "",
        colour=row["colour"] or "",
        language=row["language"] or "fr",
        text_size=row["text_size"],
        theme=row["theme"],
        voice_on=bool(row["voice_on"]),
        voice_rate=row["voice_rate"],
        volume=row["volume"],
        archived=bool(row["archived"]),
        motion=row["motion"] if row["motion"] in MOTIONS else "full",
    )


class Learners:
    def __init__(self, db: Database):
        self._db = db

    def add(self, first_name: str, avatar: str, colour: str, language: str = "fr") -> Learner:
        name = normal_first_name(first_name)
        if not name:
            raise ValueError("a learner needs a first name")
        import uuid  # not needed to read the sign-in list (it costs start-up time)

        learner_id = str(uuid.uuid4())
        stamp = now_iso()
        with self._db.atomic():
            self._db.table("learners").insert(
                {
                    "id": learner_id,
                    "first_name": name,
                    "avatar": avatar,
                    "colour": colour,
                    "language": language,
                    "created_at": stamp,
                    "updated_at": stamp,
                    "archived": 0,
                }
            )
        return self.get(learner_id)

    def get(self, learner_id: str) -> Learner:
        rows = list(
            self._db.query(f"SELECT {', '.join(_COLUMNS)} FROM learners WHERE id = ?", [learner_id])
        )
        if not rows:
            raise KeyError(learner_id)
        return learner_from_row(rows[0])

    def all(self, include_archived: bool = False) -> list[Learner]:
        return [learner_from_row(row) for row in self._db.query(all_learners_sql(include_archived))]

    def update(self, learner_id: str, **changes: object) -> Learner:
        allowed = set(_COLUMNS) - {"id"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"unknown learner fields: {sorted(unknown)}")
        if "first_name" in changes:
            name = normal_first_name(str(changes["first_name"]))
            if not name:
                raise ValueError("a learner needs a first name")
            changes["first_name"] = name
        with self._db.atomic():
            self._db.table("learners").update(learner_id, {**changes, "updated_at": now_iso()})
        return self.get(learner_id)

    def archive(self, learner_id: str) -> Learner:
        """Hide a learner who no longer comes, keeping their progress."""
        self.get(learner_id)
        return self.update(learner_id, archived=1)

    def unarchive(self, learner_id: str) -> Learner:
        self.get(learner_id)
        return self.update(learner_id, archived=0)

    def erase(self, learner_id: str) -> bool:
        """Forget a learner entirely (right to erasure); see also ``storage/erase.py``, which
        reaches the program's own copies too.

        Deleted rows are overwritten (secure_delete), the WAL is emptied into the database and
        truncated, and the file is rebuilt (VACUUM), so that neither the name nor the UUID stay
        in progress.db, progress.db-wal or progress.db-shm. That last cleaning waits at most
        ``SCRUB_WAIT_S`` for other connections reading the file: if one still reads, the rows
        are gone all the same, ``False`` is returned, and the cleaning is finished the next
        time the store opens (``SCRUB_PENDING_KEY``). A ``sqlite3.Error`` (another program
        writing, a full disk) leaves everything as it was.
        """
        self.get(learner_id)
        db = self._db
        db.execute("PRAGMA secure_delete=ON")
        with db.atomic():
            for table in ("notes", "workshop_attendance", "step_events", "lesson_progress"):
                db.execute(f"DELETE FROM {table} WHERE learner_id = ?", [learner_id])
            db.execute("DELETE FROM learners WHERE id = ?", [learner_id])
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, '1') "
                "ON CONFLICT(key) DO UPDATE SET value = '1'",
                [SCRUB_PENDING_KEY],
            )
        return finish_scrub(db)


SCRUB_PENDING_KEY = "erase_scrub_pending"  # an erased person may still be in the WAL
SCRUB_WAIT_S = 3.0


def finish_scrub(db: Database, wait_s: float = SCRUB_WAIT_S) -> bool:
    """Clean the files after an erase (see ``flush_deleted_data``); ``True`` when done."""
    if not flush_deleted_data(db, wait_s):
        return False
    with db.atomic():
        db.execute("DELETE FROM settings WHERE key = ?", [SCRUB_PENDING_KEY])
    return _checkpoint(db, time.monotonic() + wait_s)


def flush_deleted_data(db: Database, wait_s: float = SCRUB_WAIT_S) -> bool:
    """Checkpoint and truncate the WAL, rebuild the file, and truncate the WAL again.

    Waits at most ``wait_s`` in all for other connections to stop reading (a checkpoint
    cannot empty the WAL under a reader). ``False``: not finished, some old pages remain."""
    deadline = time.monotonic() + wait_s
    if not _checkpoint(db, deadline):
        return False
    try:
        db.execute("VACUUM")
    except sqlite3.OperationalError as exc:  # another program writes: try again later
        log.warning("the file could not be rebuilt now: %s", exc)
        return False
    return _checkpoint(db, deadline)


def _checkpoint(db: Database, deadline: float) -> bool:
    """Empty and truncate the WAL before ``deadline`` (each try waits a tenth of a second
    at most: SQLite's own busy wait would otherwise wait the connection's whole timeout)."""
    previous = db.execute("PRAGMA busy_timeout").fetchone()[0]
    db.execute("PRAGMA busy_timeout=100")
    try:
        while True:
            try:
                busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            except sqlite3.OperationalError:
                busy = 1
            if not busy:
                return True
            if time.monotonic() >= deadline:
                log.warning("the WAL could not be emptied now: another connection keeps reading")
                return False
            time.sleep(0.05)
    finally:
        db.execute(f"PRAGMA busy_timeout={int(previous)}")

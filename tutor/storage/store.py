"""The progress store: one opened database and the tables' helpers, handed to the UI."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tutor.storage.database import (
    BUSY_WAIT_S,
    DATABASE_NAME,
    OpenedDatabase,
    StoreUnavailable,
    open_database,
    unavailable_from,
)
from tutor.storage.learners import Learners
from tutor.storage.notes import Notes
from tutor.storage.pin import FacilitatorPin
from tutor.storage.progress import Progress
from tutor.storage.reports import Reports
from tutor.storage.settings import Settings
from tutor.storage.stand import Stand
from tutor.storage.workshops import Workshops


@dataclass
class Store:
    opened: OpenedDatabase
    learners: Learners
    progress: Progress
    pin: FacilitatorPin
    workshops: Workshops
    notes: Notes
    reports: Reports
    stand: Stand
    settings: Settings

    @property
    def path(self) -> Path:
        return self.opened.path

    @property
    def set_aside(self) -> Path | None:
        return self.opened.set_aside

    @property
    def read_only(self) -> bool:
        """Opened for reading only (read-only folder, full disk): nothing can be saved."""
        return self.opened.read_only

    @property
    def problem(self) -> StoreUnavailable | None:
        """Why the store is read-only, in a facilitator's words (``str()``)."""
        return self.opened.problem

    def why_not_saved(self, error: BaseException | None = None) -> StoreUnavailable:
        """Why a write failed, in a facilitator's words (``reason()``): the store's own
        problem when it was opened read-only (a full disk says "full", not "read-only"),
        otherwise what ``error`` says."""
        if self.read_only and self.opened.problem is not None:
            return self.opened.problem
        if isinstance(error, (sqlite3.Error, OSError)):
            problem = unavailable_from(error, self.path)
            if isinstance(problem, StoreUnavailable):
                return problem
        return StoreUnavailable(self.path, str(error or ""))

    def close(self) -> None:
        self.opened.close()


def open_store(data_dir: Path, need_write: bool = True, busy_wait_s: float | None = None) -> Store:
    """Raises a ``StoreUnavailable`` (busy, full, read-only) rather than ever starting an
    empty store while the data is on disk; see ``storage/database.py``."""
    wait = BUSY_WAIT_S if busy_wait_s is None else busy_wait_s
    opened = open_database(Path(data_dir) / DATABASE_NAME, need_write, wait)
    db = opened.db
    return Store(
        opened,
        Learners(db),
        Progress(db),
        FacilitatorPin(db),
        Workshops(db),
        Notes(db),
        Reports(db),
        Stand(db),
        Settings(db),
    )

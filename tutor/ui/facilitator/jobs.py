"""Long work (exports, backups) on a worker thread, reporting back with signals."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal

from tutor.storage.store import Store, open_store

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Job(QThread):
    """Runs ``work(store, progress)`` with its own connection to the database (for reading:
    another program writing to it does not stop an export or a backup)."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # what the work returned
    failed = Signal(str)  # the reason, for the log and a clear message

    def __init__(self, data_dir: Path | None, work: Callable[[Store | None, Progress], Any]):
        super().__init__()
        self._data_dir = data_dir
        self._work = work

    def run(self) -> None:
        store = None
        try:
            if self._data_dir is not None:
                store = open_store(self._data_dir, need_write=False)  # exports, backups read
            result = self._work(store, self.progressed.emit)
        except OSError as error:  # a full disk, a read-only folder: said in plain words
            from tutor.storage.safe_files import write_problem

            log.warning("background work could not write: %s", error)
            self.failed.emit(write_problem(error))
        except sqlite3.Error as error:  # the progress itself (busy, full, read-only): plainly
            log.warning("background work stopped on the progress: %s", error)
            self.failed.emit(store.why_not_saved(error).reason() if store else str(error))
        except Exception as error:  # reported to the facilitator in plain words
            log.exception("background work failed")
            self.failed.emit(str(error) or error.__class__.__name__)
        else:
            self.succeeded.emit(result)
        finally:
            if store is not None:
                store.close()

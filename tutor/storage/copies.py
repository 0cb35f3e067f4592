"""The program's own copies of the progress database, kept in the data folder.

Two kinds: a damaged database set aside (``progress.damaged-<time>.db``) and the data kept
before a restore (``progress.before-restore-<time>.db``). Each copy gets a name no other
file has: the name is reserved by creating the file exclusively (``O_EXCL``), so two copies
made in the same second, even by two programs at once, never overwrite each other (the
second gets ``-2``, then ``-3``…). They are listed here too, because erasing a learner
must reach them (see ``storage/erase.py``).
"""

from __future__ import annotations

import itertools
import os
from datetime import datetime
from pathlib import Path

from tutor.storage.quick_read import DATABASE_NAME

SET_ASIDE_PREFIX = "progress.damaged-"
BEFORE_RESTORE_PREFIX = "progress.before-restore-"
COPY_PREFIXES = (SET_ASIDE_PREFIX, BEFORE_RESTORE_PREFIX)
SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's companions of a database file


def reserve_unique_path(folder: Path, prefix: str, suffix: str = ".db") -> Path:
    """Create an empty file named ``<prefix><time><suffix>`` (or ``…-2``, ``-3``…) that did
    not exist, and return its path: the caller then fills or replaces it.

    The name is only taken when none of SQLite's companion files exists beside it either,
    so a copy never inherits another's journal."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for number in itertools.count(1):
        ending = "" if number == 1 else f"-{number}"
        candidate = Path(folder) / f"{prefix}{stamp}{ending}{suffix}"
        if any(Path(str(candidate) + side).exists() for side in SIDE_FILES):
            continue
        try:
            handle = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            continue
        os.close(handle)
        return candidate
    raise AssertionError("unreachable")  # itertools.count never ends


def own_copies(folder: Path) -> list[Path]:
    """The set-aside and before-restore copies in the data folder, oldest name first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = [
        path
        for prefix in COPY_PREFIXES
        for path in folder.glob(f"{prefix}*.db")
        if path.is_file() and path.name != DATABASE_NAME
    ]
    return sorted(found)

"""What the sign-in screen needs, read before the store opens, so it can paint at once.

Opening the store (integrity check, migrations, sqlite-utils) and loading the lessons take
most of a second; the sign-in screen only needs the list of learners. This reads it with
the standard library's sqlite3 and the very query the store uses, never creating or
changing anything. Whenever the answer is not plain (no such table yet, a damaged file,
stand mode switched on), it returns ``None`` and the app simply starts the long way: the
store's own opening then sets a damaged file aside and reports it, as always.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tutor.storage.learners import Learner, all_learners_sql, learner_from_row

DATABASE_NAME = "progress.db"  # the store's file in the data folder
STAND_ENABLED_SQL = "SELECT value FROM settings WHERE key = 'stand_enabled'"


def sign_in_learners(folder: Path) -> list[Learner] | None:
    """The learners of the sign-in screen, or ``None`` when only the store can tell."""
    path = folder / DATABASE_NAME
    if not path.exists():
        return []  # the very first start: nobody yet
    try:
        # mode=rw: never creates the file; reading changes nothing in it.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        conn.row_factory = sqlite3.Row
        stand = conn.execute(STAND_ENABLED_SQL).fetchone()
        if stand is not None and stand[0] == "1":
            return None  # a stand starts on its own screen, built the long way
        return [learner_from_row(row) for row in conn.execute(all_learners_sql())]
    except (sqlite3.Error, KeyError, TypeError, ValueError):
        return None
    finally:
        conn.close()

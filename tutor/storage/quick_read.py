"""What the sign-in screen needs, read before the store opens, so it can paint at once.

Opening the store (integrity check, migrations, sqlite-utils) and loading the lessons take
most of a second; the sign-in screen only needs the list of learners. This reads it with
the standard library's sqlite3 and the very query the store uses, never creating or
changing anything. Whenever the answer is not plain (no such table yet, a damaged file,
stand mode switched on, no facilitator PIN yet, the very first start), it returns ``None``
and the app simply starts the long way: the store's own opening then sets a damaged file
aside and reports it, as always, and a device without a PIN shows the first-start set-up.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tutor.storage.learners import Learner, all_learners_sql, learner_from_row

DATABASE_NAME = "progress.db"  # the store's file in the data folder
# What decides the way to start: stand mode on, and whether the PIN is set (its hash).
START_SETTINGS_SQL = (
    "SELECT key, value FROM settings WHERE key IN ('stand_enabled', 'facilitator_pin')"
)
LANGUAGE_SQL = "SELECT value FROM settings WHERE key = 'device_language'"
PIN_SQL = "SELECT value FROM settings WHERE key = 'facilitator_pin'"


def _connect(path: Path) -> sqlite3.Connection:
    # mode=rw: never creates the file; reading changes nothing in it.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=1)


def sign_in_learners(folder: Path) -> list[Learner] | None:
    """The learners of the sign-in screen, or ``None`` when only the store can tell."""
    path = folder / DATABASE_NAME
    if not path.exists():
        return None  # the very first start: the set-up comes first
    try:
        conn = _connect(path)
    except sqlite3.Error:
        return None
    try:
        conn.row_factory = sqlite3.Row
        settings = dict(conn.execute(START_SETTINGS_SQL).fetchall())
        if settings.get("stand_enabled") == "1":
            return None  # a stand starts on its own screen, built the long way
        if not settings.get("facilitator_pin"):
            return None  # no PIN yet: the set-up asks for it before the sign-in screen
        return [learner_from_row(row) for row in conn.execute(all_learners_sql())]
    except (sqlite3.Error, KeyError, TypeError, ValueError):
        return None
    finally:
        conn.close()


def device_language(folder: Path) -> str | None:
    """The language chosen at the first-start set-up, if there is one to read."""
    path = folder / DATABASE_NAME
    if not path.exists():
        return None
    try:
        conn = _connect(path)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute(LANGUAGE_SQL).fetchone()
        return None if row is None else str(row[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def pin_is_set(folder: Path) -> bool:
    """Is a facilitator PIN stored here? Read without changing anything, even in a file the
    store would set aside (then: no PIN that could be used)."""
    path = folder / DATABASE_NAME
    if not path.exists():
        return False
    try:
        conn = _connect(path)
    except sqlite3.Error:
        return False
    try:
        row = conn.execute(PIN_SQL).fetchone()
        return row is not None and bool(row[0])
    except sqlite3.Error:
        return False
    finally:
        conn.close()

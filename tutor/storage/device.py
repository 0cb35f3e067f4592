"""The device's first set-up: the language it speaks, and whether it holds learner data.

While a device holds no learner data, the facilitator PIN may be chosen later; once it holds
any, the set-up asks for the PIN before anything else (see ``ui/controllers/setup_controller.py``).
"""

from __future__ import annotations

from sqlite_utils import Database

from tutor.storage.settings import Settings

LANGUAGE_KEY = "device_language"
# Tables whose rows are about real people (learners, their workshops, notes about them).
# The stand's figures are anonymous and do not count.
PERSONAL_TABLES = ("learners", "workshops", "notes")


class Device:
    def __init__(self, db: Database):
        self._db = db
        self._settings = Settings(db)

    def language(self) -> str | None:
        """The language chosen at the set-up, if any."""
        return self._settings.get(LANGUAGE_KEY)

    def save_language(self, language: str) -> None:
        self._settings.put({LANGUAGE_KEY: language})

    def holds_learner_data(self) -> bool:
        """Is anything about a real person stored here (even an archived learner)?"""
        return any(
            self._db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None
            for table in PERSONAL_TABLES
        )

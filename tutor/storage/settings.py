"""The device's settings: one key-value table for what is not about a learner (the
facilitator's PIN, the stand, the facilitator's own look, switch access)."""

from __future__ import annotations

from sqlite_utils import Database

from tutor.core.switches import SwitchAccess
from tutor.storage.learners import TEXT_SIZES

FACILITATOR_TEXT_SIZE_KEY = "facilitator_text_size"
FACILITATOR_THEME_KEY = "facilitator_theme"
THEMES = ("standard", "high_contrast")
SWITCH_MODE_KEY = "switch_mode"
SWITCH_SCAN_KEY = "switch_scan_seconds"


def _is_look(text_size: int, theme: str | None) -> bool:
    return text_size in TEXT_SIZES and theme in THEMES


class Settings:
    def __init__(self, db: Database):
        self._db = db

    def get(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def put(self, values: dict[str, str]) -> None:
        """Write ``values`` together (all or none)."""
        with self._db.atomic():
            for key, value in values.items():
                self._db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [key, value],
                )

    def delete(self, keys: list[str]) -> None:
        """Remove ``keys`` together (all or none); a missing key is no matter."""
        with self._db.atomic():
            for key in keys:
                self._db.execute("DELETE FROM settings WHERE key = ?", [key])

    def facilitator_look(self) -> tuple[int, str] | None:
        """The text size and theme the facilitator last chose for their space, if any
        (anything unexpected in the table reads as "none chosen")."""
        try:
            text_size = int(self.get(FACILITATOR_TEXT_SIZE_KEY) or 0)
        except ValueError:
            return None
        theme = self.get(FACILITATOR_THEME_KEY)
        if theme is None or not _is_look(text_size, theme):
            return None
        return text_size, theme

    def save_facilitator_look(self, text_size: int, theme: str) -> None:
        if not _is_look(text_size, theme):
            raise ValueError(f"no such look: {text_size} %, {theme!r}")
        self.put({FACILITATOR_TEXT_SIZE_KEY: str(text_size), FACILITATOR_THEME_KEY: theme})

    def switch_access(self) -> SwitchAccess:
        """Switches for this device: set by the facilitator, in force from the sign-in on."""
        return SwitchAccess.read(self.get(SWITCH_MODE_KEY), self.get(SWITCH_SCAN_KEY))

    def save_switch_access(self, access: SwitchAccess) -> None:
        self.put({SWITCH_MODE_KEY: access.mode.value, SWITCH_SCAN_KEY: str(access.scan_seconds)})

"""Narration: every instruction spoken aloud, off the GUI thread.

The player only knows the :class:`Narrator` protocol; the real voice is plugged in by
``app.py``. :class:`SilentNarrator` keeps everything working when no voice is available.
"""

from __future__ import annotations

from typing import Protocol


class Narrator(Protocol):
    def say(self, text: str) -> None:
        """Stop whatever is being said and say ``text``."""

    def prepare(self, texts: list[str]) -> None:
        """Get ``texts`` ready ahead of time (the next step), if the narrator can."""

    def stop(self) -> None:
        """Silence at once."""

    def configure(self, language: str, enabled: bool, speed: str, volume: int) -> None:
        """A learner's voice settings: language, on/off, slow/normal/fast, volume 0-100."""


class SilentNarrator:
    """No voice: the text stays on screen. Remembers what it was asked, for tests."""

    def __init__(self) -> None:
        self.spoken: list[str] = []

    def say(self, text: str) -> None:
        self.spoken.append(text)

    def prepare(self, texts: list[str]) -> None:
        return None

    def stop(self) -> None:
        return None

    def configure(self, language: str, enabled: bool, speed: str, volume: int) -> None:
        self.settings = (language, enabled, speed, volume)

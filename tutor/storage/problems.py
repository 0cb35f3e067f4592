"""Why the progress cannot be used right now, in words a facilitator understands.

Kept apart from ``storage/database.py`` (which imports sqlite-utils) so that the command
line can recognise these problems without paying for that import.
"""

from __future__ import annotations

from pathlib import Path

from tutor.i18n import _


class DatabaseDamaged(Exception):
    """SQLite says the file is not a database, or is malformed: it is set aside."""


class StoreUnavailable(Exception):
    """The progress is safe on disk but cannot be used now. ``str()`` says why, in words a
    facilitator understands (never a traceback); ``detail`` keeps SQLite's own words for
    the log."""

    def __init__(self, path: Path, detail: str = "") -> None:
        self.path = Path(path)
        self.detail = detail
        super().__init__(self.explain())

    def title(self) -> str:
        """A short heading for the screen shown instead of the sign-in."""
        return _("The progress cannot be opened right now")

    def reason(self) -> str:
        """The same in a few words, after "… was not saved:" (a banner, not a page)."""
        return _("the progress file cannot be written just now")

    def explain(self) -> str:
        return _(
            "The progress file {path} cannot be opened now ({detail}). Nothing was changed "
            "in it. Try again later; if it goes on, show this message to your IT support."
        ).format(path=self.path, detail=self.detail or "?")


class DatabaseBusy(StoreUnavailable):
    def reason(self) -> str:
        return _("another program is using the progress")

    def title(self) -> str:
        return _("The progress is being used by another program")

    def explain(self) -> str:
        return _(
            "The progress is being used by another program (perhaps a second Pas à Pas "
            "window, or a backup or synchronisation tool). Nothing was lost and nothing was "
            "changed. Close that program, then try again."
        )


class DiskFull(StoreUnavailable):
    def reason(self) -> str:
        return _("the disk is full")

    def title(self) -> str:
        return _("The disk is full")

    def explain(self) -> str:
        return _(
            "The disk that holds the progress ({folder}) is full. Nothing was lost: what was "
            "already saved is kept, but nothing new can be saved. Free some space (delete "
            "files you no longer need), then try again."
        ).format(folder=self.path.parent)


class FolderReadOnly(StoreUnavailable):
    def reason(self) -> str:
        return _("the progress folder is read-only")

    def title(self) -> str:
        return _("The progress folder cannot be written to")

    def explain(self) -> str:
        return _(
            "The progress folder {folder} cannot be written to (it is read-only, or this "
            "user may not change it). Nothing was lost, but nothing new can be saved. "
            "Ask your IT support to allow writing there, or start Pas à Pas with another "
            "data folder."
        ).format(folder=self.path.parent)

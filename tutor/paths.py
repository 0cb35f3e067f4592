"""Where things live: bundled lessons and assets, and the user's own data folder.

Personal data only ever goes to the data folder (``--data-dir``, ``TUTOR_DATA_DIR``, or the
platform's per-user application-data folder).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

APP_DIR_NAME = "pas-a-pas"


def _bundle_root() -> Path:
    """The folder holding ``lessons/`` and ``assets/``: source tree or PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def bundled_lessons_dir() -> Path:
    return _bundle_root() / "lessons"


def assets_dir() -> Path:
    return _bundle_root() / "assets"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder, created if missing (when it cannot be, opening the store
    says why, in plain words: see ``storage/database.py``)."""
    chosen = override or os.environ.get("TUTOR_DATA_DIR")
    if chosen:
        path = Path(chosen)
    else:
        import platformdirs  # only when no folder was given (it costs start-up time)

        path = Path(platformdirs.user_data_dir(APP_DIR_NAME, False))
    with contextlib.suppress(OSError):
        path.mkdir(parents=True, exist_ok=True)
    return path

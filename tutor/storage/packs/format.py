"""What a pack is made of: its format name and version, its tables and their columns.

Kept apart so that the code writing packs and the code reading and merging them agree on one
definition, and writing never has to import reading or merging (nor the reverse).
"""

from __future__ import annotations

from collections.abc import Callable

FORMAT = "pas-a-pas-progress-pack"
VERSION = 1
SUFFIX = ".pack"
LEARNER_FIELDS = (
    "id", "first_name", "avatar", "colour", "language", "created_at", "updated_at", "archived",
    "text_size", "theme", "voice_on", "voice_rate", "volume", "motion",
    "origin_device",
)  # fmt: skip
EVENT_FIELDS = (
    "id", "learner_id", "lesson_id", "run_id", "step_index", "action", "correct",
    "help_level", "shown", "duration_s", "at", "device_id",
)  # fmt: skip
NOTE_FIELDS = ("id", "learner_id", "text", "created_at")
TABLES = ("links", "learners", "progress", "events", "notes")  # in the order they are merged

Report = Callable[[int, int], None]


class PackError(ValueError):
    """The file is not a usable pack; the message says why, for the facilitator. Nothing of
    it was merged."""

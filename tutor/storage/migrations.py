"""Schema history. Append new migrations at the end; never edit an applied one."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("pas-a-pas")


@migrations()
def m001_initial(db: Database) -> None:
    db.table("settings").create({"key": str, "value": str}, pk="key")
    db.table("learners").create(
        {
            "id": str,  # a UUID, stable across devices (for merging progress packs)
            "first_name": str,
            "avatar": str,  # icon name
            "colour": str,  # "#rrggbb"
            "language": str,
            "created_at": str,
            "updated_at": str,
            "archived": int,
        },
        pk="id",
        not_null={"first_name", "created_at"},
        defaults={"language": "fr", "archived": 0},
    )
    db.table("lesson_progress").create(
        {
            "learner_id": str,
            "lesson_id": str,
            "run_id": str,
            "status": str,  # in_progress | done
            "current_step": int,  # index of the step to show on resume
            "step_count": int,
            "started_at": str,
            "updated_at": str,
            "completed_at": str,
            "confidence": int,  # 1 (not sure) .. 3 (at ease), asked at the end
            "runs": int,
        },
        pk=("learner_id", "lesson_id"),
        foreign_keys=[("learner_id", "learners", "id")],
    )
    db.table("step_events").create(
        {
            "id": str,  # UUID: merging packs never duplicates an event
            "learner_id": str,
            "lesson_id": str,
            "run_id": str,
            "step_index": int,
            "action": str,
            "correct": int,
            "help_level": int,
            "shown": int,
            "duration_s": float,
            "at": str,
            "device_id": str,
        },
        pk="id",
        foreign_keys=[("learner_id", "learners", "id")],
    )
    db.table("step_events").create_index(["learner_id", "lesson_id"])
    db.table("step_events").create_index(["lesson_id", "step_index"])


@migrations()
def m002_learner_preferences(db: Database) -> None:
    """Per-learner display and voice settings (text size, theme, voice)."""
    learners = db.table("learners")
    learners.add_column("text_size", int, not_null_default=100)
    learners.add_column("theme", str, not_null_default="standard")
    learners.add_column("voice_on", int, not_null_default=1)
    learners.add_column("voice_rate", str, not_null_default="normal")
    learners.add_column("volume", int, not_null_default=80)

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


@migrations()
def m003_facilitator_space(db: Database) -> None:
    """Facilitator space: workshops, attendance, notes, per-lesson counters, report indexes."""
    progress = db.table("lesson_progress")
    progress.add_column("time_spent_s", float, not_null_default=0)
    progress.add_column("wrong_taps", int, not_null_default=0)
    progress.add_column("help_used", int, not_null_default=0)
    progress.add_column("shown", int, not_null_default=0)
    progress.add_column("last_completed_at", str)  # kept when the lesson is started again
    db.execute(
        """
        UPDATE lesson_progress SET
          time_spent_s = coalesce((SELECT sum(e.duration_s) FROM step_events e
              WHERE e.learner_id = lesson_progress.learner_id
                AND e.lesson_id = lesson_progress.lesson_id AND e.correct = 1), 0),
          wrong_taps = (SELECT count(*) FROM step_events e
              WHERE e.learner_id = lesson_progress.learner_id
                AND e.lesson_id = lesson_progress.lesson_id AND e.correct = 0),
          help_used = (SELECT count(*) FROM step_events e
              WHERE e.learner_id = lesson_progress.learner_id
                AND e.lesson_id = lesson_progress.lesson_id
                AND e.correct = 1 AND e.help_level > 0),
          shown = (SELECT count(*) FROM step_events e
              WHERE e.learner_id = lesson_progress.learner_id
                AND e.lesson_id = lesson_progress.lesson_id AND e.shown = 1),
          last_completed_at = completed_at
        """
    )
    progress.create_index(["lesson_id", "status"])
    progress.create_index(["last_completed_at"])
    db.execute(
        "CREATE INDEX idx_learners_active_name ON learners "
        "(archived, first_name COLLATE NOCASE, created_at)"
    )
    # Only the events that tell of a difficulty: the "difficult steps" report reads these.
    db.execute(
        "CREATE INDEX idx_step_events_trouble ON step_events "
        "(lesson_id, step_index, learner_id, correct, help_level) "
        "WHERE correct = 0 OR help_level > 0"
    )
    db.table("workshops").create(
        {"id": str, "day": str, "place": str, "facilitator": str, "created_at": str},
        pk="id",
        not_null={"day", "created_at"},
    )
    db.table("workshops").create_index(["day"])
    db.table("workshop_attendance").create(
        {"workshop_id": str, "learner_id": str},
        pk=("workshop_id", "learner_id"),
        foreign_keys=[("workshop_id", "workshops", "id"), ("learner_id", "learners", "id")],
    )
    db.table("workshop_attendance").create_index(["learner_id"])
    db.table("workshop_lessons").create(
        {"workshop_id": str, "lesson_id": str, "position": int},
        pk=("workshop_id", "lesson_id"),
        foreign_keys=[("workshop_id", "workshops", "id")],
    )
    db.table("notes").create(
        {"id": str, "learner_id": str, "text": str, "created_at": str},
        pk="id",
        not_null={"learner_id", "text", "created_at"},
        foreign_keys=[("learner_id", "learners", "id")],
    )
    db.table("notes").create_index(["learner_id", "created_at"])


@migrations()
def m004_progress_matrix_index(db: Database) -> None:
    """Covering index: the facilitator's progress matrix reads only this (10,000 learners)."""
    db.table("lesson_progress").create_index(["learner_id", "lesson_id", "last_completed_at"])


@migrations()
def m005_stand_and_packs(db: Database) -> None:
    """Stand mode: anonymous visits and lessons tried (no name, no learner: nothing personal).
    Progress packs: which device a learner came from, two records of one person linked by the
    facilitator, and pairs the facilitator said are different people."""
    db.table("stand_visits").create(
        {"id": str, "started_at": str, "ended_at": str, "day": str, "hour": int},
        pk="id",
        not_null={"started_at", "day", "hour"},
    )
    db.table("stand_visits").create_index(["day", "hour"])
    db.table("stand_lessons").create(
        {
            "id": str,
            "visit_id": str,
            "lesson_id": str,
            "started_at": str,
            "day": str,  # local day and hour, for the organisers' figures
            "hour": int,
            "finished": int,
            "finished_at": str,
        },
        pk="id",
        not_null={"visit_id", "lesson_id", "started_at", "day", "hour"},
        defaults={"finished": 0},
        foreign_keys=[("visit_id", "stand_visits", "id")],
    )
    db.table("stand_lessons").create_index(["lesson_id"])
    db.table("learners").add_column("origin_device", str)  # NULL: created on this device
    db.table("learner_links").create(
        {"alias_id": str, "learner_id": str, "linked_at": str}, pk="alias_id"
    )
    db.table("learner_distinct").create(
        {"first_id": str, "second_id": str}, pk=("first_id", "second_id")
    )
    # Erasing a learner leaves no link naming them (erase lives in learners.py).
    db.execute(
        "CREATE TRIGGER learner_erased_links AFTER DELETE ON learners BEGIN "
        "DELETE FROM learner_links WHERE learner_id = OLD.id; "
        "DELETE FROM learner_distinct WHERE first_id = OLD.id OR second_id = OLD.id; END"
    )


@migrations()
def m006_done_alone(db: Database) -> None:
    """ "Your turn, on your own": the lesson done again without instructions, kept apart from
    the guided run. ``alone_at``: the latest time done alone without help; ``alone_helped_at``:
    the latest time done alone after touching "Help"; ``alone_runs``: how many times. Existing
    rows keep everything they had (NULL and 0: not done alone yet)."""
    progress = db.table("lesson_progress")
    progress.add_column("alone_at", str)
    progress.add_column("alone_helped_at", str)
    progress.add_column("alone_runs", int, not_null_default=0)
    # The progress matrix counts these per learner: only the rows done alone, from an index.
    db.execute(
        "CREATE INDEX idx_lesson_progress_alone ON lesson_progress "
        "(learner_id, lesson_id, alone_at, alone_helped_at) WHERE alone_runs > 0"
    )


@migrations()
def m007_motion(db: Database) -> None:
    """A learner's choice of movement on screen: "full", or "reduced" for those whom moving
    pictures upset or tire ("Show me"'s hand then appears on the control instead of
    travelling, and practice pages jump instead of gliding)."""
    db.table("learners").add_column("motion", str, not_null_default="full")

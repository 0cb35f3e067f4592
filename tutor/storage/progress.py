"""Lesson progress and step events.

Each judged action is committed in its own transaction, together with the step to resume
at, before the next step is shown: a crash or a power cut loses at most the step in progress.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlite_utils import Database

from tutor.core.engine import StepEvent
from tutor.storage.database import device_id, now_iso

IN_PROGRESS = "in_progress"
DONE = "done"
# "Your turn, on your own" results (the lesson again with no instructions, help one touch away).
DONE_ALONE = "alone"
DONE_ALONE_WITH_HELP = "alone_with_help"


@dataclass(frozen=True)
class LessonProgress:
    learner_id: str
    lesson_id: str
    run_id: str
    status: str
    current_step: int
    step_count: int
    confidence: int | None
    runs: int
    completed_at: str | None
    alone_at: str | None = None  # latest time done on one's own, without help
    alone_helped_at: str | None = None  # latest time done on one's own, with "Help"

    @property
    def done(self) -> bool:
        return self.status == DONE

    @property
    def done_alone(self) -> str:
        """``DONE_ALONE`` once done on one's own without help, ``DONE_ALONE_WITH_HELP`` when
        only with help, ``""`` before: the best result counts."""
        return alone_result(self.alone_at, self.alone_helped_at)


def alone_result(alone_at: str | None, alone_helped_at: str | None) -> str:
    """The best "on your own" result from its two dates (see ``LessonProgress.done_alone``)."""
    if alone_at:
        return DONE_ALONE
    if alone_helped_at:
        return DONE_ALONE_WITH_HELP
    return ""


class Progress:
    def __init__(self, db: Database):
        self._db = db
        self._device_id = device_id(db)

    def get(self, learner_id: str, lesson_id: str) -> LessonProgress | None:
        rows = list(
            self._db.query(
                "SELECT * FROM lesson_progress WHERE learner_id = ? AND lesson_id = ?",
                [learner_id, lesson_id],
            )
        )
        return _from_row(rows[0]) if rows else None

    def for_learner(self, learner_id: str) -> dict[str, LessonProgress]:
        rows = self._db.query("SELECT * FROM lesson_progress WHERE learner_id = ?", [learner_id])
        return {row["lesson_id"]: _from_row(row) for row in rows}

    def unsaved_start(self, learner_id: str, lesson_id: str, step_count: int) -> LessonProgress:
        """What ``start`` would give, read only, for a store that cannot be written: the
        lesson resumes where it was left, nothing is written."""
        existing = self.get(learner_id, lesson_id)
        resumable = existing is not None and existing.status == IN_PROGRESS
        if resumable and existing.current_step < step_count:  # type: ignore[union-attr]
            return existing  # type: ignore[return-value]
        return LessonProgress(learner_id, lesson_id, "", IN_PROGRESS, 0, step_count, None, 0, None)

    def start(self, learner_id: str, lesson_id: str, step_count: int) -> LessonProgress:
        """Resume the lesson where it was left, or begin a new run (first time, or again)."""
        existing = self.get(learner_id, lesson_id)
        resumable = existing is not None and existing.status == IN_PROGRESS
        if resumable and existing.current_step < step_count:  # type: ignore[union-attr]
            return existing  # type: ignore[return-value]
        stamp = now_iso()
        runs = (existing.runs if existing else 0) + 1
        record = {
            "learner_id": learner_id,
            "lesson_id": lesson_id,
            "run_id": str(uuid.uuid4()),
            "status": IN_PROGRESS,
            "current_step": 0,
            "step_count": step_count,
            "started_at": stamp,
            "updated_at": stamp,
            "completed_at": None,
            "confidence": existing.confidence if existing else None,
            "runs": runs,
        }
        with self._db.atomic():
            self._db.table("lesson_progress").upsert(record, pk=("learner_id", "lesson_id"))
        result = self.get(learner_id, lesson_id)
        assert result is not None
        return result

    def record(
        self, progress: LessonProgress, event: StepEvent, resume_at: int, finished: bool = False
    ) -> None:
        """Write one judged action and where to resume, in one transaction."""
        stamp = now_iso()
        with self._db.atomic():
            self._db.table("step_events").insert(
                {
                    "id": str(uuid.uuid4()),
                    "learner_id": progress.learner_id,
                    "lesson_id": progress.lesson_id,
                    "run_id": progress.run_id,
                    "step_index": event.step_index,
                    "action": event.action.describe(),
                    "correct": int(event.correct),
                    "help_level": int(event.help_level),
                    "shown": int(event.shown),
                    "duration_s": event.duration_s,
                    "at": stamp,
                    "device_id": self._device_id,
                }
            )
            # The lesson's counters are kept up to date here, so that the facilitator's
            # reports never have to add up every event (fast with thousands of learners).
            correct = bool(event.correct)
            done_sql = ", status = ?, completed_at = ?, last_completed_at = ?" if finished else ""
            params: list[object] = [
                resume_at,
                stamp,
                float(event.duration_s) if correct else 0.0,
                0 if correct else 1,
                1 if correct and int(event.help_level) > 0 else 0,
                1 if event.shown else 0,
            ]
            if finished:
                params += [DONE, stamp, stamp]
            cursor = self._db.execute(
                "UPDATE lesson_progress SET current_step = ?, updated_at = ?, "
                "time_spent_s = time_spent_s + ?, wrong_taps = wrong_taps + ?, "
                "help_used = help_used + ?, shown = shown + ?"
                f"{done_sql} WHERE learner_id = ? AND lesson_id = ?",
                [*params, progress.learner_id, progress.lesson_id],
            )
            if cursor.rowcount != 1:
                raise KeyError((progress.learner_id, progress.lesson_id))

    def record_alone(
        self, learner_id: str, lesson_id: str, helped: bool, step_count: int = 0
    ) -> None:
        """The lesson was done again on one's own ("Your turn, on your own"): kept apart from
        the guided run, whose state, counters and events are left as they are. ``helped``:
        the learner touched "Help" at least once. The lesson's row exists (the run is offered
        once the lesson is finished); it is created, done, if it does not."""
        stamp = now_iso()
        column = "alone_helped_at" if helped else "alone_at"
        with self._db.atomic():
            cursor = self._db.execute(
                f"UPDATE lesson_progress SET {column} = ?, alone_runs = alone_runs + 1 "
                "WHERE learner_id = ? AND lesson_id = ?",
                [stamp, learner_id, lesson_id],
            )
            if cursor.rowcount == 1:
                return
            self._db.execute(
                "INSERT INTO lesson_progress (learner_id, lesson_id, run_id, status, "
                "current_step, step_count, started_at, updated_at, completed_at, runs, "
                f"last_completed_at, {column}, alone_runs) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 1)",
                [learner_id, lesson_id, str(uuid.uuid4()), DONE, step_count, step_count]
                + [stamp] * 5,
            )

    def move_to(self, progress: LessonProgress, step_index: int) -> None:
        """Remember a step reached without a judged action (going back a step)."""
        with self._db.atomic():
            self._db.table("lesson_progress").update(
                (progress.learner_id, progress.lesson_id),
                {"current_step": step_index, "updated_at": now_iso()},
            )

    def rate_confidence(self, learner_id: str, lesson_id: str, confidence: int) -> None:
        if confidence not in (1, 2, 3):
            raise ValueError("confidence is 1, 2 or 3")
        with self._db.atomic():
            self._db.table("lesson_progress").update(
                (learner_id, lesson_id), {"confidence": confidence, "updated_at": now_iso()}
            )

    def events(self, learner_id: str, lesson_id: str | None = None) -> list[dict]:
        sql = "SELECT * FROM step_events WHERE learner_id = ?"
        params: list[str] = [learner_id]
        if lesson_id is not None:
            sql += " AND lesson_id = ?"
            params.append(lesson_id)
        return list(self._db.query(sql + " ORDER BY at, rowid", params))


def _from_row(row: dict) -> LessonProgress:
    return LessonProgress(
        learner_id=row["learner_id"],
        lesson_id=row["lesson_id"],
        run_id=row["run_id"],
        status=row["status"],
        current_step=row["current_step"],
        step_count=row["step_count"],
        confidence=row["confidence"],
        runs=row["runs"],
        completed_at=row["completed_at"],
        alone_at=row.get("alone_at"),
        alone_helped_at=row.get("alone_helped_at"),
    )

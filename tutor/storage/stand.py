"""Stand mode (the Semaine Bleue): its settings, anonymous statistics, and guest play.

Visitors give no name. What they do lives only in memory (``GuestProgress``) and is forgotten
when the stand resets; the organisers' figures keep no more than a random visit id, a lesson
id, whether it was finished, and the local day and hour.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlite_utils import Database

from tutor.core.engine import StepEvent
from tutor.storage.database import now_iso
from tutor.storage.progress import DONE, IN_PROGRESS, LessonProgress
from tutor.storage.settings import Settings

ENABLED_KEY = "stand_enabled"
IDLE_KEY = "stand_idle_minutes"
LESSONS_KEY = "stand_lessons"
HELP_KEY = "stand_help_text"
DEFAULT_IDLE_MINUTES = 3
IDLE_MINUTES = (1, 2, 3, 4, 5, 7, 10, 15)
GUEST_ID = "guest"


@dataclass(frozen=True)
class StandSettings:
    enabled: bool = False
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    lessons: tuple[str, ...] = ()  # shown first to visitors, in this order
    help_text: str = ""  # where to get help locally, printed on the visitor's sheet


@dataclass(frozen=True)
class LessonFigures:
    lesson_id: str
    started: int
    finished: int


@dataclass(frozen=True)
class StandFigures:
    visits: int
    started: int
    finished: int
    lessons: list[LessonFigures]  # most tried first
    by_hour: dict[int, tuple[int, int, int]]  # hour -> (visits, started, finished)
    by_day: dict[str, tuple[int, int, int]]  # ISO day -> (visits, started, finished)


def _local() -> tuple[str, str, int]:
    moment = datetime.now().astimezone()
    return now_iso(), moment.date().isoformat(), moment.hour


class Stand:
    def __init__(self, db: Database):
        self._db = db
        self._settings = Settings(db)
        self._get = self._settings.get

    # -- settings -------------------------------------------------------------------------------

    def settings(self) -> StandSettings:
        try:
            minutes = int(self._get(IDLE_KEY) or DEFAULT_IDLE_MINUTES)
        except ValueError:
            minutes = DEFAULT_IDLE_MINUTES
        try:
            lessons = tuple(str(x) for x in json.loads(self._get(LESSONS_KEY) or "[]"))
        except (ValueError, TypeError):
            lessons = ()
        return StandSettings(
            enabled=self._get(ENABLED_KEY) == "1",
            idle_minutes=max(1, minutes),
            lessons=lessons,
            help_text=self._get(HELP_KEY) or "",
        )

    def save(self, settings: StandSettings) -> None:
        values = {
            ENABLED_KEY: "1" if settings.enabled else "0",
            IDLE_KEY: str(max(1, int(settings.idle_minutes))),
            LESSONS_KEY: json.dumps(list(settings.lessons)),
            HELP_KEY: settings.help_text.strip(),
        }
        self._settings.put(values)

    # -- anonymous statistics -------------------------------------------------------------------
    def start_visit(self) -> str:
        visit_id = str(uuid.uuid4())
        stamp, day, hour = _local()
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO stand_visits (id, started_at, day, hour) VALUES (?, ?, ?, ?)",
                [visit_id, stamp, day, hour],
            )
        return visit_id

    def end_visit(self, visit_id: str) -> None:
        with self._db.atomic():
            self._db.execute(
                "UPDATE stand_visits SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
                [now_iso(), visit_id],
            )

    def lesson_started(self, visit_id: str, lesson_id: str) -> str:
        row_id = str(uuid.uuid4())
        stamp, day, hour = _local()
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO stand_lessons (id, visit_id, lesson_id, started_at, day, hour) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [row_id, visit_id, lesson_id, stamp, day, hour],
            )
        return row_id

    def lesson_finished(self, row_id: str) -> None:
        with self._db.atomic():
            self._db.execute(
                "UPDATE stand_lessons SET finished = 1, finished_at = ? WHERE id = ?",
                [now_iso(), row_id],
            )

    def figures(self) -> StandFigures:
        db = self._db
        visits = db.execute("SELECT count(*) FROM stand_visits").fetchone()[0]
        started, finished = db.execute(
            "SELECT count(*), coalesce(sum(finished), 0) FROM stand_lessons"
        ).fetchone()
        lessons = [
            LessonFigures(row[0], row[1], row[2])
            for row in db.execute(
                "SELECT lesson_id, count(*), sum(finished) FROM stand_lessons "
                "GROUP BY lesson_id ORDER BY count(*) DESC, lesson_id"
            )
        ]
        return StandFigures(
            visits, started, finished, lessons, self._grouped("hour"), self._grouped("day")
        )

    def _grouped(self, column: str) -> dict:
        result: dict = {}
        for key, count in self._db.execute(
            f"SELECT {column}, count(*) FROM stand_visits GROUP BY {column}"
        ):
            result[key] = (count, 0, 0)
        for key, count, done in self._db.execute(
            f"SELECT {column}, count(*), sum(finished) FROM stand_lessons GROUP BY {column}"
        ):
            visits = result.get(key, (0, 0, 0))[0]
            result[key] = (visits, count, done)
        return dict(sorted(result.items()))

    def clear(self) -> None:
        """Start a new stand's figures (after they were exported)."""
        with self._db.atomic():
            self._db.execute("DELETE FROM stand_lessons")
            self._db.execute("DELETE FROM stand_visits")


@dataclass
class Practised:
    lesson_id: str
    steps_done: int
    step_count: int
    finished: bool


@dataclass
class GuestProgress:
    """Progress of one visitor, in memory only: the lesson controller records into it as into
    ``Progress``, nothing reaches the database, and ``forget`` leaves nothing behind."""

    records: dict[str, LessonProgress] = field(default_factory=dict)
    practised: dict[str, Practised] = field(default_factory=dict)

    def start(self, learner_id: str, lesson_id: str, step_count: int) -> LessonProgress:
        existing = self.records.get(lesson_id)
        if existing is not None and existing.status == IN_PROGRESS:
            return existing
        record = LessonProgress(
            GUEST_ID, lesson_id, str(uuid.uuid4()), IN_PROGRESS, 0, step_count, None, 1, None
        )
        self.records[lesson_id] = record
        self.practised.setdefault(lesson_id, Practised(lesson_id, 0, step_count, False))
        return record

    def record(
        self, progress: LessonProgress, event: StepEvent, resume_at: int, finished: bool = False
    ) -> None:
        done = self.practised.setdefault(
            progress.lesson_id, Practised(progress.lesson_id, 0, progress.step_count, False)
        )
        done.steps_done = max(done.steps_done, resume_at)
        done.finished = done.finished or finished
        status = DONE if finished else IN_PROGRESS
        self.records[progress.lesson_id] = LessonProgress(
            GUEST_ID, progress.lesson_id, progress.run_id, status, resume_at,
            progress.step_count, None, 1, now_iso() if finished else None,
        )  # fmt: skip

    def unsaved_start(self, learner_id: str, lesson_id: str, step_count: int) -> LessonProgress:
        return self.start(learner_id, lesson_id, step_count)  # (memory is always written)

    def move_to(self, progress: LessonProgress, step_index: int) -> None:
        pass

    def record_alone(
        self, learner_id: str, lesson_id: str, helped: bool, step_count: int = 0
    ) -> None:
        pass  # a visitor's "on your own" run is theirs too: nothing is kept

    def rate_confidence(self, learner_id: str, lesson_id: str, confidence: int) -> None:
        pass  # not kept: a visitor's feelings are theirs

    def for_learner(self, learner_id: str) -> dict[str, LessonProgress]:
        return dict(self.records)

    def forget(self) -> None:
        self.records.clear()
        self.practised.clear()

"""Read-only queries for the facilitator space, fast with thousands of learners.

They read the per-lesson counters that ``Progress.record`` keeps up to date, and indexes
added for them (migration m003); only "difficult steps" reads events, through a partial index
holding just the events that tell of a difficulty. Lesson modules come in as a plain dict
(lesson id -> module id), so storage stays independent of how lessons are loaded.

A lesson counts as done once it has been completed, even if the learner later started it
again (``last_completed_at`` is kept when a new run begins).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlite_utils import Database

from tutor.storage.progress import alone_result

DONE = "done"
IN_PROGRESS = "in_progress"
NOT_STARTED = "not_started"


@dataclass(frozen=True)
class LearnerRow:
    learner_id: str
    first_name: str
    avatar: str
    colour: str
    modules: dict[str, str]  # module id -> "done" | "in_progress" | "not_started"
    alone: int = 0  # lessons done on one's own without help ("Your turn, on your own")
    alone_helped: int = 0  # lessons done on one's own only with help
    # module id -> (lessons done, lessons in the module): "1/4" in the facilitator's table
    done_counts: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class LessonLine:
    lesson_id: str
    status: str  # "done" | "in_progress"
    runs: int
    started_at: str | None  # start of the latest run
    completed_at: str | None  # latest completion
    time_spent_s: float
    wrong_taps: int
    help_used: int  # steps done with help (hint, highlight or "show me")
    shown: int  # steps done by the app through "Show me"
    confidence: int | None
    alone_at: str | None = None  # latest time done on one's own without help
    alone_helped_at: str | None = None  # latest time done on one's own with help
    alone_runs: int = 0
    top_help: int = 0  # the most help a step of it needed (core.engine.HelpLevel: 0 to 3)

    @property
    def done_alone(self) -> str:
        """ "alone", "alone_with_help" or "" (``progress.DONE_ALONE``...): the best result."""
        return alone_result(self.alone_at, self.alone_helped_at)


@dataclass(frozen=True)
class DifficultStep:
    lesson_id: str
    step_index: int
    wrong_taps: int
    help_used: int
    learners: int  # how many learners met a difficulty there
    score: float  # wrong_taps + 2 * help_used
    top_help: int = 0  # the most help given there (core.engine.HelpLevel: 0 to 3)
    shown: int = 0  # times the app did the step itself ("Show me")


_ATTENDEES = "SELECT learner_id FROM workshop_attendance WHERE workshop_id = ?"


class Reports:
    def __init__(self, db: Database):
        self._db = db
        self._matrix_cache: tuple[tuple, list[LearnerRow]] | None = None

    def progress_matrix(
        self, lesson_modules: dict[str, str], workshop_id: str | None = None
    ) -> list[LearnerRow]:
        """One row per learner still coming (attendees only for a workshop), by first name.

        The answer is kept until the database changes (from this or another connection), so
        that redrawing the facilitator's screen costs nothing.
        """
        token = (
            self._db.execute("PRAGMA data_version").fetchone()[0],
            self._db.conn.total_changes,
            json.dumps(lesson_modules, sort_keys=True),
            workshop_id,
        )
        if self._matrix_cache is not None and self._matrix_cache[0] == token:
            return list(self._matrix_cache[1])
        rows = self._progress_matrix(lesson_modules, workshop_id)
        self._matrix_cache = (token, rows)
        return list(rows)

    def _progress_matrix(
        self, lesson_modules: dict[str, str], workshop_id: str | None
    ) -> list[LearnerRow]:
        module_ids = list(dict.fromkeys(lesson_modules.values()))
        totals = [sum(1 for m in lesson_modules.values() if m == module) for module in module_ids]
        # Per learner and module: lessons started, lessons done. One pass over the covering
        # index (learner_id, lesson_id, last_completed_at); adding up in Python is faster than
        # asking SQLite to find each lesson's module.
        slot = {lesson: 2 * module_ids.index(m) for lesson, m in lesson_modules.items()}
        sql = (
            "SELECT learner_id, lesson_id, last_completed_at IS NOT NULL FROM lesson_progress "
            "INDEXED BY idx_lesson_progress_learner_id_lesson_id_last_completed_at"
        )
        params: list[object] = []
        if workshop_id is not None:
            sql += f" WHERE learner_id IN ({_ATTENDEES})"
            params.append(workshop_id)
        counts: dict[str, list[int]] = {}
        width = 2 * len(module_ids)
        for learner_id, lesson_id, done in self._db.execute(sql, params):
            place = slot.get(lesson_id)
            if place is None:
                continue
            found = counts.get(learner_id)
            if found is None:
                found = counts[learner_id] = [0] * width
            found[place] += 1
            found[place + 1] += done
        alone = self._alone_counts(set(lesson_modules), workshop_id)
        learners_sql = "SELECT id, first_name, avatar, colour FROM learners WHERE archived = 0 "
        learner_params: list[object] = []
        if workshop_id is not None:
            learners_sql += f"AND id IN ({_ATTENDEES}) "
            learner_params.append(workshop_id)
        learners_sql += "ORDER BY first_name COLLATE NOCASE, created_at"
        blank = dict.fromkeys(module_ids, NOT_STARTED)
        rows = []
        for learner_id, first_name, avatar, colour in self._db.execute(
            learners_sql, learner_params
        ):
            found = counts.get(learner_id)
            if found is None:
                modules = dict(blank)
                done_counts = {m: (0, total) for m, total in zip(module_ids, totals, strict=True)}
            else:
                modules = {}
                done_counts = {}
                for number, module in enumerate(module_ids):
                    started, done = found[2 * number], found[2 * number + 1]
                    done_counts[module] = (done, totals[number])
                    modules[module] = (
                        NOT_STARTED
                        if not started
                        else DONE
                        if done >= totals[number]
                        else IN_PROGRESS
                    )
            unaided, helped = alone.get(learner_id, (0, 0))
            rows.append(
                LearnerRow(
                    learner_id,
                    first_name,
                    avatar or "",
                    colour or "",
                    modules,
                    unaided,
                    helped,
                    done_counts,
                )
            )
        return rows

    def _alone_counts(
        self, lessons: set[str], workshop_id: str | None
    ) -> dict[str, tuple[int, int]]:
        """Per learner: (lessons done alone without help, lessons done alone only with help),
        from the partial index holding just the rows done alone (migration m006)."""
        sql = (
            "SELECT learner_id, lesson_id, alone_at IS NOT NULL FROM lesson_progress "
            "INDEXED BY idx_lesson_progress_alone WHERE alone_runs > 0"
        )
        params: list[object] = []
        if workshop_id is not None:
            sql += f" AND learner_id IN ({_ATTENDEES})"
            params.append(workshop_id)
        counts: dict[str, tuple[int, int]] = {}
        for learner_id, lesson_id, unaided in self._db.execute(sql, params):
            if lesson_id not in lessons:
                continue
            alone, helped = counts.get(learner_id, (0, 0))
            counts[learner_id] = (alone + 1, helped) if unaided else (alone, helped + 1)
        return counts

    def learner_lessons(self, learner_id: str) -> list[LessonLine]:
        """Every lesson the learner has started, in the order they were (last) started."""
        rows = self._db.execute(
            "SELECT lesson_id, status, last_completed_at, runs, started_at, time_spent_s, "
            "wrong_taps, help_used, shown, confidence, alone_at, alone_helped_at, alone_runs "
            "FROM lesson_progress "
            "WHERE learner_id = ? ORDER BY started_at, lesson_id",
            [learner_id],
        ).fetchall()
        # The most help a step needed (a hint, the circle, "Show me"), from the step events
        # (their learner_id, lesson_id index).
        top_help = dict(
            self._db.execute(
                "SELECT lesson_id, max(help_level) FROM step_events "
                "WHERE learner_id = ? AND correct = 1 GROUP BY lesson_id",
                [learner_id],
            ).fetchall()
        )
        return [
            LessonLine(
                lesson_id=row[0],
                status=DONE if row[2] or row[1] == DONE else IN_PROGRESS,
                runs=row[3] or 0,
                started_at=row[4],
                completed_at=row[2],
                time_spent_s=float(row[5] or 0),
                wrong_taps=row[6] or 0,
                help_used=row[7] or 0,
                shown=row[8] or 0,
                confidence=row[9],
                alone_at=row[10],
                alone_helped_at=row[11],
                alone_runs=row[12] or 0,
                top_help=top_help.get(row[0]) or 0,
            )
            for row in rows
        ]

    def difficult_steps(
        self, limit: int = 20, workshop_id: str | None = None
    ) -> list[DifficultStep]:
        """The steps where learners most often tapped elsewhere or needed help."""
        sql = (
            "SELECT lesson_id, step_index, sum(correct = 0) AS wrong, "
            "sum(correct = 1 AND help_level > 0) AS helped, count(DISTINCT learner_id), "
            "max(help_level), sum(shown) "
            "FROM step_events WHERE (correct = 0 OR help_level > 0) "
        )
        params: list[object] = []
        if workshop_id is not None:
            sql += f"AND learner_id IN ({_ATTENDEES}) "
            params.append(workshop_id)
        sql += (
            "GROUP BY lesson_id, step_index "
            "ORDER BY wrong + 2 * helped DESC, lesson_id, step_index LIMIT ?"
        )
        params.append(limit)
        return [
            DifficultStep(
                lesson, step, wrong, helped, learners, float(wrong + 2 * helped), top, shown
            )
            for lesson, step, wrong, helped, learners, top, shown in self._db.execute(sql, params)
        ]

    def completions_by_day(
        self, days: int = 60, today: date | None = None
    ) -> list[tuple[str, int]]:
        """Lessons completed per local day over the last ``days`` days (zeros included),
        oldest first."""
        last = today or datetime.now().astimezone().date()
        first = last - timedelta(days=days - 1)
        since = (datetime.combine(first, datetime.min.time()) - timedelta(days=1)).replace(
            tzinfo=UTC
        )
        counts = dict(
            self._db.execute(
                "SELECT date(last_completed_at, 'localtime') AS day, count(*) "
                "FROM lesson_progress WHERE last_completed_at >= ? GROUP BY day",
                [since.isoformat(timespec="milliseconds")],
            ).fetchall()
        )
        result = []
        for offset in range(days):
            day = (first + timedelta(days=offset)).isoformat()
            result.append((day, int(counts.get(day, 0))))
        return result

    def completions_by_module(self, lesson_modules: dict[str, str]) -> dict[str, int]:
        """How many times lessons of each module have been completed (one per learner)."""
        result = dict.fromkeys(lesson_modules.values(), 0)
        for lesson_id, count in self._db.execute(
            "SELECT lesson_id, count(*) FROM lesson_progress "
            "WHERE last_completed_at IS NOT NULL GROUP BY lesson_id"
        ):
            module = lesson_modules.get(lesson_id)
            if module is not None:
                result[module] += count
        return result

"""Fictional learners and progress, to try the facilitator space and measure it.

Everything is drawn from a seeded random generator, so the same seed gives the same people.
Difficulties are concentrated on a few hard steps per lesson, as in real workshops. All rows
are written with ``executemany`` in one transaction: 10,000 learners take seconds.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlite_utils import Database

from tutor.core.avatars import AVATARS, COLOURS
from tutor.core.catalogue import Catalogue
from tutor.core.lesson import Lesson
from tutor.storage.database import device_id
from tutor.storage.store import Store

FIRST_NAMES = [
    "Adèle",
    "Agathe",
    "Albert",
    "Alphonse",
    "Amélie",
    "André",
    "Annick",
    "Antoinette",
    "Armand",
    "Arlette",
    "Aurèle",
    "Bernadette",
    "Berthe",
    "Blanche",
    "Brigitte",
    "Camille",
    "Céleste",
    "Célestin",
    "Chantal",
    "Clémence",
    "Colette",
    "Denise",
    "Désiré",
    "Édith",
    "Edmond",
    "Élise",
    "Émile",
    "Ernestine",
    "Eugène",
    "Fernand",
    "Françoise",
    "Gaston",
    "Geneviève",
    "Georgette",
    "Gérard",
    "Germaine",
    "Gilberte",
    "Hélène",
    "Henri",
    "Hortense",
    "Huguette",
    "Irène",
    "Jacqueline",
    "Jeannine",
    "Jérôme",
    "Joséphine",
    "Josette",
    "Léon",
    "Léontine",
    "Lucienne",
    "Lucien",
    "Madeleine",
    "Marcel",
    "Marcelle",
    "Marguerite",
    "Maryvonne",
    "Mathurin",
    "Michèle",
    "Monique",
    "Noël",
    "Odette",
    "Odile",
    "Paulette",
    "Philomène",
    "Raymonde",
    "René",
    "Renée",
    "Roger",
    "Rolande",
    "Simone",
    "Solange",
    "Suzanne",
    "Thérèse",
    "Yvette",
    "Yvon",
    "Zélie",
    "Zéphirin",
]
PLACES = (
    "Médiathèque Jules-Verne",
    "Mairie annexe",
    "Centre social Les Tilleuls",
    "Club des aînés",
)
FACILITATORS = ("Claire", "Jérôme", "Nadia", "Benoît")
DAYS_BACK = 90


@dataclass(frozen=True)
class DemoSummary:
    learners: int
    lessons_started: int
    events: int
    workshops: int


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def make_demo_data(store: Store, catalogue: Catalogue, learners: int, seed: int = 1) -> DemoSummary:
    """Add ``learners`` fictional learners with progress, and workshops they attended."""
    db = store.opened.db
    rng = random.Random(seed)
    device = device_id(db)
    lessons = sorted(catalogue.lessons.values(), key=lambda lesson: (lesson.module, lesson.order))
    hard = {
        lesson.id: set(rng.sample(range(lesson.step_count), min(2, lesson.step_count)))
        for lesson in lessons
    }
    now = datetime.now(UTC)
    learner_rows: list[tuple] = []
    progress_rows: list[tuple] = []
    event_rows: list[tuple] = []
    learner_ids = []
    for _ in range(learners):
        learner_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        learner_ids.append(learner_id)
        joined = now - timedelta(days=rng.uniform(1, DAYS_BACK), minutes=rng.uniform(0, 600))
        learner_rows.append(
            (
                learner_id,
                rng.choice(FIRST_NAMES),
                rng.choice(AVATARS),
                rng.choice(COLOURS),
                _iso(joined),
                _iso(joined),
                1 if rng.random() < 0.03 else 0,
            )
        )
        count = min(len(lessons), int(rng.triangular(0, len(lessons) * 0.8, 4)))
        moment = joined
        for position, lesson in enumerate(lessons[:count]):
            moment += timedelta(hours=rng.uniform(0.1, 48))
            if moment > now:
                moment = now - timedelta(minutes=rng.uniform(1, 60))
            finished = position < count - 1 or rng.random() < 0.6
            progress_rows.append(
                _play(
                    rng, learner_id, lesson, hard[lesson.id], finished, moment, device, event_rows
                )
            )
    _write(db, learner_rows, progress_rows, event_rows)
    workshops = _workshops(db, rng, learner_ids, [lesson.id for lesson in lessons], now)
    return DemoSummary(learners, len(progress_rows), len(event_rows), workshops)


def _play(
    rng: random.Random,
    learner_id: str,
    lesson: Lesson,
    hard_steps: set[int],
    finished: bool,
    started: datetime,
    device: str,
    events: list[tuple],
) -> tuple:
    run_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    steps = lesson.step_count
    reached = steps if finished else rng.randrange(0, steps)
    moment = started
    spent, wrong, helped, shown = 0.0, 0, 0, 0
    for index in range(reached):
        is_hard = index in hard_steps
        misses = min(3, int(rng.expovariate(0.9))) if is_hard else int(rng.random() < 0.05)
        for miss in range(misses):
            moment += timedelta(seconds=rng.uniform(2, 15))
            events.append(
                (_event_id(rng), learner_id, lesson.id, run_id, index, "tap", 0,
                 miss, 0, round(rng.uniform(2, 15), 3), _iso(moment), device)
            )  # fmt: skip
            wrong += 1
        level = misses if misses else (rng.choice((0, 1, 1, 2)) if is_hard else 0)
        level = min(level, 3)
        by_app = level == 3 and rng.random() < 0.5
        duration = round(rng.uniform(4, 40 if is_hard else 15), 3)
        moment += timedelta(seconds=duration)
        events.append(
            (_event_id(rng), learner_id, lesson.id, run_id, index, "tap", 1, level,
             int(by_app), duration, _iso(moment), device)
        )  # fmt: skip
        spent += duration
        helped += level > 0
        shown += by_app
    done = finished and reached == steps
    confidence = rng.choices((1, 2, 3), (1, 3, 5))[0] if done else None
    completed = _iso(moment) if done else None
    # "Your turn, on your own" after some lessons done. A chance of its own, so the rest of
    # the demo stays what the same seed always gave.
    alone_at = alone_helped_at = None
    if done:
        chance = random.Random(f"{learner_id}/{lesson.id}").random()
        after = _iso(moment + timedelta(minutes=3))
        alone_at = after if chance < 0.35 else None
        alone_helped_at = after if 0.35 <= chance < 0.5 else None
    return (
        learner_id, lesson.id, run_id, "done" if done else "in_progress",
        steps if done else reached, steps, _iso(started), _iso(moment), completed,
        confidence, 1, round(spent, 3), wrong, helped, shown, completed,
        alone_at, alone_helped_at, int(bool(alone_at or alone_helped_at)),
    )  # fmt: skip


def _event_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _write(db: Database, learners: list, progress: list, events: list) -> None:
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO learners (id, first_name, avatar, colour, created_at, updated_at, "
            "archived) VALUES (?, ?, ?, ?, ?, ?, ?)",
            learners,
        )
        db.conn.executemany(
            "INSERT INTO lesson_progress (learner_id, lesson_id, run_id, status, current_step, "
            "step_count, started_at, updated_at, completed_at, confidence, runs, time_spent_s, "
            "wrong_taps, help_used, shown, last_completed_at, alone_at, alone_helped_at, "
            "alone_runs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            progress,
        )
        db.conn.executemany(
            "INSERT INTO step_events (id, learner_id, lesson_id, run_id, step_index, action, "
            "correct, help_level, shown, duration_s, at, device_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            events,
        )
        db.execute(
            "INSERT INTO settings (key, value) VALUES ('demo_data', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        )


def _workshops(
    db: Database, rng: random.Random, learner_ids: list[str], lesson_ids: list[str], now: datetime
) -> int:
    count = max(1, min(200, len(learner_ids) // 10)) if learner_ids else 0
    workshops, attendance, planned = [], [], []
    for _ in range(count):
        workshop_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        day = (now - timedelta(days=rng.randrange(0, DAYS_BACK))).date().isoformat()
        workshops.append(
            (workshop_id, day, rng.choice(PLACES), rng.choice(FACILITATORS), _iso(now))
        )
        people: Iterable[str] = rng.sample(learner_ids, min(len(learner_ids), rng.randint(4, 12)))
        attendance += [(workshop_id, person) for person in people]
        if lesson_ids:
            chosen = rng.sample(lesson_ids, min(len(lesson_ids), rng.randint(1, 3)))
            planned += [(workshop_id, lesson, n) for n, lesson in enumerate(chosen)]
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO workshops (id, day, place, facilitator, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            workshops,
        )
        db.conn.executemany(
            "INSERT INTO workshop_attendance (workshop_id, learner_id) VALUES (?, ?)", attendance
        )
        db.conn.executemany(
            "INSERT INTO workshop_lessons (workshop_id, lesson_id, position) VALUES (?, ?, ?)",
            planned,
        )
    return count

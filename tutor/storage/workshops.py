"""Workshops: a day, a place, a facilitator, who came, and which lessons were planned."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from tutor.storage.database import now_iso

_FIELDS = ("day", "place", "facilitator")


@dataclass(frozen=True)
class Workshop:
    id: str
    day: str  # ISO date
    place: str
    facilitator: str
    created_at: str


def _checked_day(day: str) -> str:
    return date.fromisoformat(day).isoformat()  # ValueError if not an ISO date


class Workshops:
    def __init__(self, db: Database):
        self._db = db

    def add(self, day: str, place: str, facilitator: str) -> Workshop:
        workshop = Workshop(
            str(uuid.uuid4()), _checked_day(day), place.strip(), facilitator.strip(), now_iso()
        )
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO workshops (id, day, place, facilitator, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    workshop.id,
                    workshop.day,
                    workshop.place,
                    workshop.facilitator,
                    workshop.created_at,
                ],
            )
        return workshop

    def save(
        self,
        workshop_id: str | None,
        day: str,
        place: str,
        facilitator: str,
        present: list[str],
        lessons: list[str],
    ) -> Workshop:
        """A workshop as its form shows it (a new one when ``workshop_id`` is None), with who
        came and the lessons planned: all of it or, if the disk fails midway, none of it."""
        with self._db.atomic():
            if workshop_id is None:
                workshop = self.add(day, place, facilitator)
            else:
                workshop = self.update(workshop_id, day=day, place=place, facilitator=facilitator)
            self.set_attendance(workshop.id, present)
            self.assign(workshop.id, lessons)
        return workshop

    def get(self, workshop_id: str) -> Workshop:
        row = self._db.execute(
            "SELECT id, day, place, facilitator, created_at FROM workshops WHERE id = ?",
            [workshop_id],
        ).fetchone()
        if row is None:
            raise KeyError(workshop_id)
        return Workshop(row[0], row[1], row[2] or "", row[3] or "", row[4])

    def all(self) -> list[Workshop]:
        """Newest first."""
        rows = self._db.execute(
            "SELECT id, day, place, facilitator, created_at FROM workshops "
            "ORDER BY day DESC, created_at DESC, rowid DESC"
        ).fetchall()
        return [Workshop(r[0], r[1], r[2] or "", r[3] or "", r[4]) for r in rows]

    def update(self, workshop_id: str, **fields: str) -> Workshop:
        unknown = set(fields) - set(_FIELDS)
        if unknown:
            raise ValueError(f"unknown workshop fields: {sorted(unknown)}")
        self.get(workshop_id)
        changes = {key: value.strip() for key, value in fields.items()}
        if "day" in changes:
            changes["day"] = _checked_day(changes["day"])
        if changes:
            assignments = ", ".join(f"{key} = ?" for key in changes)
            with self._db.atomic():
                self._db.execute(
                    f"UPDATE workshops SET {assignments} WHERE id = ?",
                    [*changes.values(), workshop_id],
                )
        return self.get(workshop_id)

    def delete(self, workshop_id: str) -> None:
        """The workshop, its attendance and its planned lessons (never anyone's progress)."""
        with self._db.atomic():
            for table in ("workshop_attendance", "workshop_lessons"):
                self._db.execute(f"DELETE FROM {table} WHERE workshop_id = ?", [workshop_id])
            self._db.execute("DELETE FROM workshops WHERE id = ?", [workshop_id])

    def set_attendance(self, workshop_id: str, learner_ids: list[str]) -> None:
        self.get(workshop_id)
        unique = list(dict.fromkeys(learner_ids))
        with self._db.atomic():
            self._db.execute("DELETE FROM workshop_attendance WHERE workshop_id = ?", [workshop_id])
            self._db.conn.executemany(
                "INSERT INTO workshop_attendance (workshop_id, learner_id) VALUES (?, ?)",
                [(workshop_id, learner_id) for learner_id in unique],
            )

    def attendance(self, workshop_id: str) -> list[str]:
        rows = self._db.execute(
            "SELECT a.learner_id FROM workshop_attendance a JOIN learners l ON l.id = a.learner_id "
            "WHERE a.workshop_id = ? ORDER BY l.first_name COLLATE NOCASE, l.created_at",
            [workshop_id],
        ).fetchall()
        return [row[0] for row in rows]

    def assign(self, workshop_id: str, lesson_ids: list[str]) -> None:
        """Plan these lessons for the workshop, in this order (replaces the previous plan)."""
        self.get(workshop_id)
        unique = list(dict.fromkeys(lesson_ids))
        with self._db.atomic():
            self._db.execute("DELETE FROM workshop_lessons WHERE workshop_id = ?", [workshop_id])
            self._db.conn.executemany(
                "INSERT INTO workshop_lessons (workshop_id, lesson_id, position) VALUES (?, ?, ?)",
                [(workshop_id, lesson_id, index) for index, lesson_id in enumerate(unique)],
            )

    def assigned(self, workshop_id: str) -> list[str]:
        rows = self._db.execute(
            "SELECT lesson_id FROM workshop_lessons WHERE workshop_id = ? ORDER BY position",
            [workshop_id],
        ).fetchall()
        return [row[0] for row in rows]

    def today_for(self, learner_id: str, day: str) -> list[str]:
        """Lessons planned for that day's workshops the learner attends, in order, once each."""
        rows = self._db.execute(
            "SELECT wl.lesson_id FROM workshops w "
            "JOIN workshop_attendance a ON a.workshop_id = w.id AND a.learner_id = ? "
            "JOIN workshop_lessons wl ON wl.workshop_id = w.id "
            "WHERE w.day = ? ORDER BY w.created_at, w.rowid, wl.position",
            [learner_id, day],
        ).fetchall()
        return list(dict.fromkeys(row[0] for row in rows))

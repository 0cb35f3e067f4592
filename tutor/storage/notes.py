"""Facilitators' short notes about a learner (erased with the learner)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlite_utils import Database

from tutor.storage.database import now_iso


@dataclass(frozen=True)
class Note:
    id: str
    learner_id: str
    text: str
    created_at: str


class Notes:
    def __init__(self, db: Database):
        self._db = db

    def add(self, learner_id: str, text: str) -> Note:
        cleaned = text.strip()
        if not cleaned:
            raise ValueError("a note needs some text")
        if not self._db.execute("SELECT 1 FROM learners WHERE id = ?", [learner_id]).fetchone():
            raise KeyError(learner_id)
        note = Note(str(uuid.uuid4()), learner_id, cleaned, now_iso())
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO notes (id, learner_id, text, created_at) VALUES (?, ?, ?, ?)",
                [note.id, note.learner_id, note.text, note.created_at],
            )
        return note

    def all(self, learner_id: str) -> list[Note]:
        """The learner's notes, newest first."""
        rows = self._db.execute(
            "SELECT id, learner_id, text, created_at FROM notes WHERE learner_id = ? "
            "ORDER BY created_at DESC, rowid DESC",
            [learner_id],
        ).fetchall()
        return [Note(*row) for row in rows]

    def delete(self, note_id: str) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM notes WHERE id = ?", [note_id])

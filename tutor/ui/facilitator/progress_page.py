"""The "Progress" page's controller: learners x modules (filtered by workshop), and one
learner's page with its lessons and the facilitator's notes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from tutor.i18n import N_, _
from tutor.storage.store import Store
from tutor.ui.facilitator.learner_page import LearnerPageScreen, LessonRowView, NoteView
from tutor.ui.facilitator.learners_page import busiest_learner
from tutor.ui.facilitator.progress import ProgressRow, ProgressScreen
from tutor.ui.facilitator.space import FacilitatorPage, Space, of_type


def short_date(stamp: str | None) -> str:
    """An ISO time stamp as dd/mm/yyyy (local reading), "" when unknown."""
    if not stamp:
        return ""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp[:10]
    return f"{moment.day:02d}/{moment.month:02d}/{moment.year % 100:02d}"


def minutes(seconds: float) -> str:
    if seconds <= 0:
        return ""
    if seconds < 60:
        return _("< 1 min")
    return _("{count} min").format(count=round(seconds / 60))


class ProgressPage:
    def __init__(self, space: Space) -> None:
        self.space = space
        screens = space.screens_of("progress")
        self.matrix = of_type(screens, ProgressScreen)
        self.person = of_type(screens, LearnerPageScreen)
        self._progress_workshop = ""
        self._page_learner = ""
        self.matrix.back_requested.connect(space.show_home)
        self.matrix.workshop_chosen.connect(self._on_progress_workshop_chosen)
        self.matrix.learner_chosen.connect(self.open_learner_page)
        self.person.back_requested.connect(lambda: self.show_progress())
        self.person.note_added.connect(self._on_learner_page_note_added)
        self.person.note_deleted.connect(self._on_learner_page_note_deleted)

    @property
    def store(self) -> Store:  # the store can be replaced by a restore
        return self.space.store

    def open(self) -> None:
        self.show_progress()

    def picture(self, name: str) -> None:
        if name == "learner-page":
            busiest = busiest_learner(self.store)
            self.store.notes.add(busiest.id, _("Prefers big buttons. Comes on Tuesdays."))
            self.open_learner_page(busiest.id)
        else:
            self.show_progress()

    def forget(self) -> None:
        """The space locks: no learner's page stays behind the PIN screen."""
        self.person.show_learner("", "", "")
        self.person.set_notes([])

    def show_progress(self) -> None:
        screen = self.matrix
        modules = [(module_id, title) for module_id, title, _l in self.space.modules_with_lessons()]
        rows = self.store.reports.progress_matrix(
            self.space.lesson_modules(), self._progress_workshop or None
        )
        screen.set_workshops(self.space.workshop_choices(), self._progress_workshop)
        screen.set_rows(
            modules,
            [
                ProgressRow(
                    r.learner_id,
                    r.first_name,
                    r.avatar,
                    r.colour,
                    r.modules,
                    r.alone,
                    r.alone_helped,
                    r.done_counts,
                )
                for r in rows
            ],
        )
        self.space.show(screen)

    def _on_progress_workshop_chosen(self, workshop_id: str) -> None:
        self._progress_workshop = workshop_id
        self.show_progress()

    def open_learner_page(self, learner_id: str) -> None:
        self._page_learner = learner_id
        learner = self.store.learners.get(learner_id)
        screen = self.person
        screen.show_learner(learner.first_name, learner.avatar, learner.colour)
        screen.banner.show_text("")
        lines = {line.lesson_id: line for line in self.store.reports.learner_lessons(learner_id)}
        rows = []
        for _id, module_title, lessons in self.space.modules_with_lessons():
            for number, (lesson_id, title) in enumerate(lessons):
                line = lines.get(lesson_id)
                rows.append(
                    LessonRowView(
                        module_title if number == 0 else "",
                        title,
                        line.status if line else "not_started",
                        short_date(line.started_at) if line else "",
                        short_date(line.completed_at) if line else "",
                        minutes(line.time_spent_s) if line else "",
                        line.wrong_taps if line else 0,
                        line.help_used if line else 0,
                        line.confidence if line else None,
                        line.done_alone if line else "",
                        line.top_help if line else 0,
                        line.shown if line else 0,
                    )
                )
        screen.set_lessons(rows)
        self._show_notes()
        self.space.show(screen)

    def _show_notes(self) -> None:
        notes = self.store.notes.all(self._page_learner)
        self.person.set_notes([NoteView(n.id, n.text, short_date(n.created_at)) for n in notes])

    def _on_learner_page_note_added(self, text: str) -> None:
        screen = self.person
        try:
            self.store.notes.add(self._page_learner, text)
        except sqlite3.Error as error:  # the note goes back in its field, not in the list
            screen.put_back_note(text)
            screen.banner.show_text(self.space.not_saved(_("The note was not saved"), error))
            return
        screen.banner.show_text("")
        self._show_notes()

    def _on_learner_page_note_deleted(self, note_id: str) -> None:
        screen = self.person
        try:
            self.store.notes.delete(note_id)
        except sqlite3.Error as error:
            screen.banner.show_text(self.space.not_saved(_("The note was not deleted"), error))
            self._show_notes()
            return
        screen.banner.show_text("")
        self._show_notes()


def _screens() -> Sequence[QWidget]:
    return (ProgressScreen(), LearnerPageScreen())


PAGE = FacilitatorPage(
    "progress",
    N_("Progress"),
    "mdi6.table-check",
    "#6a1b9a",
    _screens,
    ProgressPage,
    ("progress", "learner-page"),
)

"""What the facilitator's data screens show, and what their buttons do: learners,
workshops, progress, one learner's page, difficult steps, charts.

A change that cannot be saved (a read-only folder, a full disk, another program writing)
is never silent and never shown as saved: the screen's banner says what was not saved and
why (``FacilitatorController.not_saved``), lists are read again from the store, and what
was typed stays in its field."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from tutor.core.modules import MODULES
from tutor.i18n import _, current_language
from tutor.ui.facilitator.difficult import DifficultRow
from tutor.ui.facilitator.progress import LessonRowView, NoteView, ProgressRow
from tutor.ui.facilitator.workshops import WorkshopLine, long_date

if TYPE_CHECKING:
    from tutor.ui.facilitator.controller import FacilitatorController


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


class FacilitatorViews(QObject):
    def __init__(self, owner: FacilitatorController) -> None:
        super().__init__()
        self.owner = owner
        self._editing: str | None = None  # learner id being edited (None: a new person)
        self._workshop: str | None = None  # workshop id being edited (None: a new one)
        self._progress_workshop = ""
        self._difficult_workshop = ""
        self._page_learner = ""
        self._show_archived = False
        s = owner.screens
        home = owner.show_home
        s.learners.back_requested.connect(home)
        s.learners.learner_chosen.connect(self._on_learners_learner_chosen)
        s.learners.add_requested.connect(self._on_learners_add_requested)
        s.learners.archived_toggled.connect(self._on_learners_archived_toggled)
        s.learner.back_requested.connect(lambda: self.show_learners())
        s.learner.saved.connect(self._on_learner_saved)
        s.learner.archive_requested.connect(self._on_learner_archive_requested)
        s.learner.erase_requested.connect(self._on_learner_erase_requested)
        s.workshops.back_requested.connect(home)
        s.workshops.add_requested.connect(lambda: self.open_workshop(None))
        s.workshops.workshop_chosen.connect(self.open_workshop)
        s.workshop.back_requested.connect(lambda: self.show_workshops())
        s.workshop.saved.connect(self._on_workshop_saved)
        s.workshop.delete_requested.connect(self._on_workshop_delete_requested)
        s.progress.back_requested.connect(home)
        s.progress.workshop_chosen.connect(self._on_progress_workshop_chosen)
        s.progress.learner_chosen.connect(self.open_learner_page)
        s.learner_page.back_requested.connect(lambda: self.show_progress())
        s.learner_page.note_added.connect(self._on_learner_page_note_added)
        s.learner_page.note_deleted.connect(self._on_learner_page_note_deleted)
        s.difficult.back_requested.connect(home)
        s.difficult.workshop_chosen.connect(self._on_difficult_workshop_chosen)
        s.charts.back_requested.connect(home)

    @property
    def store(self):  # the store can be replaced by a restore
        return self.owner.store

    def workshop_choices(self) -> list[tuple[str, str]]:
        return [
            (w.id, " — ".join(part for part in (long_date(w.day), w.place) if part))
            for w in self.store.workshops.all()
        ]

    # -- learners ------------------------------------------------------------------------------
    def show_learners(self, banner: str = "") -> None:
        screen = self.owner.screens.learners
        learners = self.store.learners.all(include_archived=self._show_archived)
        screen.set_learners(learners)
        screen.banner.show_text(banner)
        self.owner.show(screen)

    def _on_learners_archived_toggled(self, shown: bool) -> None:
        self._show_archived = shown
        self.show_learners()

    def _on_learners_learner_chosen(self, learner_id: str) -> None:
        self._editing = learner_id
        self.owner.screens.learner.show_learner(self.store.learners.get(learner_id))
        self.owner.show(self.owner.screens.learner)

    def _on_learners_add_requested(self) -> None:
        self._editing = None
        self.owner.screens.learner.show_learner(None)
        self.owner.show(self.owner.screens.learner)
        self.owner.screens.learner.name_edit.setFocus()

    def _on_learner_saved(self, fields: dict) -> None:
        screen = self.owner.screens.learner
        if not fields.get("first_name"):
            screen.banner.show_text(_("Please write a first name first."))
            return
        learners = self.store.learners
        try:
            if self._editing is None:
                learner = learners.add(fields["first_name"], fields["avatar"], fields["colour"])
                self._editing = learner.id
            learner = learners.update(self._editing, **fields)
        except sqlite3.Error as error:  # the form keeps what was typed
            what = _("{name} was not saved").format(name=fields["first_name"])
            screen.banner.show_text(self.owner.not_saved(what, error))
            return
        self.show_learners(_("{name} is saved.").format(name=learner.first_name))

    def _on_learner_archive_requested(self, archive: bool) -> None:
        if self._editing is None:
            return
        learners = self.store.learners
        try:
            learner = (learners.archive if archive else learners.unarchive)(self._editing)
        except sqlite3.Error as error:
            name = learners.get(self._editing).first_name
            if archive:
                what = _("{name} was not archived").format(name=name)
            else:
                what = _("{name} was not brought back").format(name=name)
            self.owner.screens.learner.banner.show_text(self.owner.not_saved(what, error))
            return
        if archive:
            text = _(
                "{name} is archived: no longer shown at sign-in; the progress is kept."
            ).format(name=learner.first_name)
        else:
            text = _("{name} is back on the sign-in screen.").format(name=learner.first_name)
        self.show_learners(text)

    def _on_learner_erase_requested(self) -> None:
        if self._editing is None:
            return
        learner = self.store.learners.get(self._editing)
        name = learner.first_name
        self.owner.confirm(
            _("Erase {name} for good?").format(name=name),
            _(
                "Everything about {name} will be erased from this computer: progress, notes, "
                "workshop attendance, also in the copies Pas à Pas keeps in its data folder. "
                "This cannot be undone."
            ).format(name=name),
            _(
                "Backups and progress packs stored elsewhere (a USB stick, another computer, "
                "a shared folder) still hold {name}: erase or delete them there too. "
                "To hide {name} but keep the progress, choose “Archive” instead."
            ).format(name=name),
            _("Yes, erase {name} for good").format(name=name),
            _("No, keep {name}").format(name=name),
            lambda: self._erase(learner.id, name),
            lambda: self._on_learners_learner_chosen(learner.id),
            danger=True,
        )

    def _erase(self, learner_id: str, name: str) -> None:
        from tutor.storage.database import StoreUnavailable
        from tutor.storage.erase import erase_learner

        try:
            report = erase_learner(self.store, learner_id)
        except StoreUnavailable as problem:  # nothing was erased: say why, plainly
            self.show_learners(
                _("{name} could not be erased now. {reason}").format(name=name, reason=problem)
            )
            return
        self._editing = None
        banner = _("{name} was erased.").format(name=name)
        if not report.scrubbed:
            banner += " " + _(
                "Another program is reading the progress file: the last traces will be "
                "cleaned the next time Pas à Pas starts."
            )
        if report.copies_left:
            self._offer_to_delete_copies(name, report.copies_left, banner)
        else:
            self.show_learners(banner)

    def _offer_to_delete_copies(self, name: str, copies: list[Path], banner: str) -> None:
        """Damaged copies cannot be cleaned row by row: the facilitator decides."""
        from tutor.storage.erase import delete_copies

        listing = "\n".join(str(copy) for copy in copies)

        def delete() -> None:
            stuck = delete_copies(copies)
            if stuck:
                text = _("These copies could not be deleted: {paths}").format(
                    paths=", ".join(str(copy) for copy in stuck)
                )
            else:
                text = _("The damaged copies were deleted.")
            self.show_learners(f"{banner} {text}")

        self.owner.confirm(
            _("Also delete the damaged copies that hold {name}?").format(name=name),
            _(
                "{name} was erased. These copies in the data folder are damaged, so Pas à Pas "
                "cannot clean them, and they still hold {name}:\n{paths}"
            ).format(name=name, paths=listing),
            _(
                "They were kept for your IT support, in case some progress can be saved "
                "from them. Deleting them deletes everyone's data they hold."
            ),
            _("Yes, delete these copies"),
            _("No, keep them"),
            delete,
            lambda: self.show_learners(banner),
            danger=True,
        )

    # -- workshops -----------------------------------------------------------------------------
    def show_workshops(self, banner: str = "") -> None:
        workshops = self.store.workshops
        lines = [
            WorkshopLine(
                w.id,
                w.day,
                w.place,
                w.facilitator,
                len(workshops.attendance(w.id)),
                len(workshops.assigned(w.id)),
            )
            for w in workshops.all()
        ]
        screen = self.owner.screens.workshops
        screen.set_workshops(lines)
        screen.banner.show_text(banner)
        self.owner.show(screen)

    def open_workshop(self, workshop_id: str | None) -> None:
        self._workshop = workshop_id
        workshops = self.store.workshops
        modules = [(title, lessons) for _id, title, lessons in self.owner.modules_with_lessons()]
        learners = self.store.learners.all()
        if workshop_id is None:
            latest = workshops.all()[:1]
            place = latest[0].place if latest else ""
            facilitator = latest[0].facilitator if latest else ""
            self.owner.screens.workshop.show_workshop(
                _("New workshop"), dt.date.today().isoformat(), place, facilitator,
                learners, [], modules, [], existing=False,
            )  # fmt: skip
        else:
            workshop = workshops.get(workshop_id)
            self.owner.screens.workshop.show_workshop(
                _("Workshop"), workshop.day, workshop.place, workshop.facilitator, learners,
                workshops.attendance(workshop_id), modules, workshops.assigned(workshop_id),
                existing=True,
            )  # fmt: skip
        self.owner.show(self.owner.screens.workshop)

    def _on_workshop_saved(
        self, day: str, place: str, facilitator: str, present: list, lessons: list
    ) -> None:
        workshops = self.store.workshops
        try:  # all of it in one go: never a workshop saved without who came
            workshop = workshops.save(
                self._workshop, day, place, facilitator, list(present), list(lessons)
            )
            self._workshop = workshop.id
        except sqlite3.Error as error:  # the form keeps what was chosen
            what = _("The workshop of {day} was not saved").format(day=long_date(day))
            self.owner.screens.workshop.banner.show_text(self.owner.not_saved(what, error))
            return
        self.show_workshops(
            _("The workshop of {day} is saved.").format(day=long_date(workshop.day))
        )

    def _on_workshop_delete_requested(self) -> None:
        workshop_id = self._workshop
        if workshop_id is None:
            return
        workshop = self.store.workshops.get(workshop_id)
        day = long_date(workshop.day)
        self.owner.confirm(
            _("Delete the workshop of {day}?").format(day=day),
            _("Its attendance and its lessons for the day will be removed."),
            _("The learners' progress stays."),
            _("Yes, delete the workshop"),
            _("No, keep it"),
            lambda: self._delete_workshop(workshop_id, day),
            lambda: self.open_workshop(workshop_id),
            danger=True,
        )

    def _delete_workshop(self, workshop_id: str, day: str) -> None:
        try:
            self.store.workshops.delete(workshop_id)
        except sqlite3.Error as error:
            self.open_workshop(workshop_id)
            what = _("The workshop of {day} was not deleted").format(day=day)
            self.owner.screens.workshop.banner.show_text(self.owner.not_saved(what, error))
            return
        self._workshop = None
        self.show_workshops(_("The workshop of {day} is deleted.").format(day=day))

    # -- progress and a learner's page ---------------------------------------------------------
    def show_progress(self) -> None:
        screen = self.owner.screens.progress
        modules = [(module_id, title) for module_id, title, _l in self.owner.modules_with_lessons()]
        rows = self.store.reports.progress_matrix(
            self.owner.lesson_modules(), self._progress_workshop or None
        )
        screen.set_workshops(self.workshop_choices(), self._progress_workshop)
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
                )
                for r in rows
            ],
        )
        self.owner.show(screen)

    def _on_progress_workshop_chosen(self, workshop_id: str) -> None:
        self._progress_workshop = workshop_id
        self.show_progress()

    def open_learner_page(self, learner_id: str) -> None:
        self._page_learner = learner_id
        learner = self.store.learners.get(learner_id)
        screen = self.owner.screens.learner_page
        screen.show_learner(learner.first_name, learner.avatar, learner.colour)
        screen.banner.show_text("")
        lines = {line.lesson_id: line for line in self.store.reports.learner_lessons(learner_id)}
        rows = []
        for _id, module_title, lessons in self.owner.modules_with_lessons():
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
                    )
                )
        screen.set_lessons(rows)
        self._show_notes()
        self.owner.show(screen)

    def _show_notes(self) -> None:
        notes = self.store.notes.all(self._page_learner)
        self.owner.screens.learner_page.set_notes(
            [NoteView(n.id, n.text, short_date(n.created_at)) for n in notes]
        )

    def _on_learner_page_note_added(self, text: str) -> None:
        screen = self.owner.screens.learner_page
        try:
            self.store.notes.add(self._page_learner, text)
        except sqlite3.Error as error:  # the note goes back in its field, not in the list
            screen.put_back_note(text)
            screen.banner.show_text(self.owner.not_saved(_("The note was not saved"), error))
            return
        screen.banner.show_text("")
        self._show_notes()

    def _on_learner_page_note_deleted(self, note_id: str) -> None:
        screen = self.owner.screens.learner_page
        try:
            self.store.notes.delete(note_id)
        except sqlite3.Error as error:
            screen.banner.show_text(self.owner.not_saved(_("The note was not deleted"), error))
            self._show_notes()
            return
        screen.banner.show_text("")
        self._show_notes()

    # -- difficult steps and charts ------------------------------------------------------------
    def show_difficult(self) -> None:
        screen = self.owner.screens.difficult
        language = current_language()
        rows: list[DifficultRow] = []
        steps = self.store.reports.difficult_steps(20, self._difficult_workshop or None)
        for step in steps:
            lesson = self.owner.catalogue.lessons.get(step.lesson_id)
            if lesson is None or step.step_index >= lesson.step_count:
                continue  # a lesson removed or changed since
            rows.append(
                DifficultRow(
                    len(rows) + 1,
                    lesson.id,
                    step.step_index,
                    lesson.text(lesson.title, language),
                    lesson.text(lesson.steps[step.step_index].show, language),
                    step.wrong_taps,
                    step.help_used,
                    step.learners,
                )
            )
        screen.set_workshops(self.workshop_choices(), self._difficult_workshop)
        screen.set_steps(rows)
        self.owner.show(screen)
        thumbnails = self.owner.thumbnails
        for row in rows:
            picture = thumbnails.cached(row.lesson_id, row.step_index)
            if picture is not None:
                screen.set_picture(row.lesson_id, row.step_index, picture)
            else:
                thumbnails.request(row.lesson_id, row.step_index)

    def _on_difficult_workshop_chosen(self, workshop_id: str) -> None:
        self._difficult_workshop = workshop_id
        self.show_difficult()

    def show_charts(self) -> None:
        reports = self.store.reports
        days = reports.completions_by_day(60)
        counts = reports.completions_by_module(self.owner.lesson_modules())
        modules = [
            (module.display_title(), counts.get(module.id, 0), module.colour) for module in MODULES
        ]
        self.owner.screens.charts.show_charts(days, modules)
        self.owner.show(self.owner.screens.charts)

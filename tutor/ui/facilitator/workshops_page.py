"""The "Workshops" page's controller: the list, and one workshop (day, place, who came,
lessons for the day). What cannot be saved is said on the page, never shown as saved."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from tutor.i18n import N_, _
from tutor.storage.store import Store
from tutor.ui.facilitator.space import FacilitatorPage, Space, of_type
from tutor.ui.facilitator.workshops import (
    WorkshopEditScreen,
    WorkshopLine,
    WorkshopListScreen,
    long_date,
)


class WorkshopsPage:
    def __init__(self, space: Space) -> None:
        self.space = space
        screens = space.screens_of("workshops")
        self.list = of_type(screens, WorkshopListScreen)
        self.edit = of_type(screens, WorkshopEditScreen)
        self._workshop: str | None = None  # workshop id being edited (None: a new one)
        self.list.back_requested.connect(space.show_home)
        self.list.add_requested.connect(lambda: self.open_workshop(None))
        self.list.workshop_chosen.connect(self.open_workshop)
        self.edit.back_requested.connect(lambda: self.show_workshops())
        self.edit.saved.connect(self._on_workshop_saved)
        self.edit.delete_requested.connect(self._on_workshop_delete_requested)

    @property
    def store(self) -> Store:  # the store can be replaced by a restore
        return self.space.store

    def open(self) -> None:
        self.show_workshops()

    def picture(self, name: str) -> None:
        if name == "workshop":
            workshops = self.store.workshops.all()
            self.open_workshop(workshops[0].id if workshops else None)
        else:
            self.show_workshops()

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
        screen = self.list
        screen.set_workshops(lines)
        screen.banner.show_text(banner)
        self.space.show(screen)

    def open_workshop(self, workshop_id: str | None) -> None:
        self._workshop = workshop_id
        workshops = self.store.workshops
        modules = [(title, lessons) for _id, title, lessons in self.space.modules_with_lessons()]
        learners = self.store.learners.all()
        if workshop_id is None:
            latest = workshops.all()[:1]
            place = latest[0].place if latest else ""
            facilitator = latest[0].facilitator if latest else ""
            self.edit.show_workshop(
                _("New workshop"), dt.date.today().isoformat(), place, facilitator,
                learners, [], modules, [], existing=False,
            )  # fmt: skip
        else:
            workshop = workshops.get(workshop_id)
            self.edit.show_workshop(
                _("Workshop"), workshop.day, workshop.place, workshop.facilitator, learners,
                workshops.attendance(workshop_id), modules, workshops.assigned(workshop_id),
                existing=True,
            )  # fmt: skip
        self.space.show(self.edit)

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
            self.edit.banner.show_text(self.space.not_saved(what, error))
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
        self.space.confirm(
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
            self.edit.banner.show_text(self.space.not_saved(what, error))
            return
        self._workshop = None
        self.show_workshops(_("The workshop of {day} is deleted.").format(day=day))


def _screens() -> Sequence[QWidget]:
    return (WorkshopListScreen(), WorkshopEditScreen())


PAGE = FacilitatorPage(
    "workshops",
    N_("Workshops"),
    "mdi6.calendar-account",
    "#1b5e20",
    _screens,
    WorkshopsPage,
    ("workshops", "workshop"),
)

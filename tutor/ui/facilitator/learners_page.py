"""The "Learners" page's controller: the list, one person's settings, archiving and erasing.

A change that cannot be saved (a read-only folder, a full disk, another program writing)
is never silent and never shown as saved: the screen's banner says what was not saved and
why (``Space.not_saved``), lists are read again from the store, and what was typed stays
in its field."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from tutor.i18n import N_, _
from tutor.storage.learners import Learner
from tutor.storage.store import Store
from tutor.ui.facilitator.learners import LearnerEditScreen, LearnerListScreen
from tutor.ui.facilitator.space import FacilitatorPage, Space, of_type


def busiest_learner(store: Store) -> Learner:
    """The demo's learner with the most lessons (pictures show a full page)."""
    return max(
        store.learners.all(), key=lambda learner: len(store.reports.learner_lessons(learner.id))
    )


class LearnersPage:
    def __init__(self, space: Space) -> None:
        self.space = space
        screens = space.screens_of("learners")
        self.list = of_type(screens, LearnerListScreen)
        self.edit = of_type(screens, LearnerEditScreen)
        self._editing: str | None = None  # learner id being edited (None: a new person)
        self._show_archived = False
        home = space.show_home
        self.list.back_requested.connect(home)
        self.list.learner_chosen.connect(self._on_learners_learner_chosen)
        self.list.add_requested.connect(self._on_learners_add_requested)
        self.list.archived_toggled.connect(self._on_learners_archived_toggled)
        self.edit.back_requested.connect(lambda: self.show_learners())
        self.edit.saved.connect(self._on_learner_saved)
        self.edit.archive_requested.connect(self._on_learner_archive_requested)
        self.edit.erase_requested.connect(self._on_learner_erase_requested)

    @property
    def store(self) -> Store:  # the store can be replaced by a restore
        return self.space.store

    def picture(self, name: str) -> None:
        busiest = busiest_learner(self.store)
        if name == "learner":
            self._on_learners_learner_chosen(busiest.id)
        elif name == "confirm":  # the question before erasing a person for good
            self._on_learners_learner_chosen(busiest.id)
            self._on_learner_erase_requested()
        else:
            self.show_learners()

    def open(self) -> None:
        self.show_learners()

    def show_learners(self, banner: str = "") -> None:
        screen = self.list
        learners = self.store.learners.all(include_archived=self._show_archived)
        screen.set_learners(learners)
        screen.banner.show_text(banner)
        self.space.show(screen)

    def _on_learners_archived_toggled(self, shown: bool) -> None:
        self._show_archived = shown
        self.show_learners()

    def _on_learners_learner_chosen(self, learner_id: str) -> None:
        self._editing = learner_id
        self.edit.show_learner(self.store.learners.get(learner_id))
        self.space.show(self.edit)

    def _on_learners_add_requested(self) -> None:
        self._editing = None
        self.edit.show_learner(None)
        self.space.show(self.edit)
        self.edit.name_edit.setFocus()

    def _on_learner_saved(self, fields: dict) -> None:
        screen = self.edit
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
            screen.banner.show_text(self.space.not_saved(what, error))
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
            self.edit.banner.show_text(self.space.not_saved(what, error))
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
        self.space.confirm(
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

        self.space.confirm(
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


def _screens() -> Sequence[QWidget]:
    return (LearnerListScreen(), LearnerEditScreen())


PAGE = FacilitatorPage(
    "learners",
    N_("Learners"),
    "mdi6.account-multiple",
    "#0b4a85",
    _screens,
    LearnersPage,
    ("learners", "learner", "confirm"),
)

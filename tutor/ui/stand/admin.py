"""The facilitator's side of the stand and of packs: settings, figures, exports, merging.

Files are chosen through plain functions the controller holds (tests answer in the person's
place); exports and imports run on a worker thread (``Job``) with a progress bar.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from tutor.core.catalogue import Catalogue
from tutor.i18n import _, ngettext
from tutor.storage.stand import StandSettings
from tutor.storage.store import Store
from tutor.ui.controllers.setup_controller import SetupController, StoreHolder
from tutor.ui.facilitator.controller import FacilitatorController
from tutor.ui.main_window import MainWindow
from tutor.ui.stand.controller import StandController
from tutor.ui.system_dialogs import ask_open_paths


class StandAdminController(QObject):
    def __init__(
        self,
        window: MainWindow,
        holder: StoreHolder,
        catalogue: Catalogue,
        facilitator: FacilitatorController,
        stand: StandController,
        setup: SetupController,
    ) -> None:
        super().__init__()
        self.holder = holder
        self.catalogue = catalogue
        self.stand = stand
        self.setup = setup
        self.facilitator = facilitator
        self.documents = facilitator.documents
        self.screens = window.stand
        self.choose_open_paths: Callable[[QWidget, str, str], list[Path]] = ask_open_paths
        s = self.screens
        home = self.facilitator.show_home
        s.settings.back_requested.connect(home)
        s.settings.saved.connect(self._on_settings_saved)
        s.settings.start_requested.connect(self._on_settings_start_requested)
        s.settings.stop_requested.connect(self._on_settings_stop_requested)
        s.settings.figures_requested.connect(self.show_figures)
        s.figures.back_requested.connect(self.show_settings)
        s.figures.csv_requested.connect(self._on_figures_csv_requested)
        s.figures.pdf_requested.connect(self._on_figures_pdf_requested)
        s.packs.back_requested.connect(home)
        s.packs.export_requested.connect(self._on_packs_export_requested)
        s.packs.import_requested.connect(self._on_packs_import_requested)
        s.packs.link_requested.connect(self._on_packs_link_requested)
        s.packs.apart_requested.connect(self._on_packs_apart_requested)
        facilitator.claim("stand", self._on_stand_tile)  # the home's tiles for the stand
        facilitator.claim("packs", self.show_packs)

    @property
    def store(self) -> Store:
        return self.holder.store  # (a restore replaces it)

    # -- stand settings -------------------------------------------------------------------------
    def _on_stand_tile(self) -> None:
        """The stand needs the PIN (its only way out): set it first if it was removed
        meanwhile (``tutor pin reset`` while the space was open)."""
        if self.store.pin.is_set():
            self.show_settings()
        else:
            self.setup.ask_pin(self.show_settings)

    def show_settings(self, banner: str = "") -> None:
        settings = self.store.stand.settings()
        modules = [
            (title, lessons) for _id, title, lessons in self.facilitator.modules_with_lessons()
        ]
        screen = self.screens.settings
        screen.show_settings(
            self.stand.active, settings.idle_minutes, settings.help_text, modules,
            settings.lessons,
        )  # fmt: skip
        screen.show_separate_folder_advice(self._separate_folder_command())
        screen.banner.show_text(banner)
        self.facilitator.show(screen)

    def _separate_folder_command(self) -> str:
        """How to run the stand without the learners' data, when this folder holds some."""
        from tutor.storage.device import Device

        if not Device(self.store.opened.db).holds_learner_data():
            return ""
        folder = Path(self.store.path).parent.with_name("pas-a-pas-stand")
        return _(
            "“tutor pin set --data-dir {folder}”, then “tutor --stand --data-dir {folder}”."
        ).format(folder=folder)

    def _save(self, enabled: bool | None = None) -> StandSettings:
        """What the page shows, kept; ``enabled``: the stand switched on or off too."""
        screen = self.screens.settings
        settings = StandSettings(
            self.store.stand.settings().enabled if enabled is None else enabled,
            screen.idle_minutes(),
            tuple(screen.chosen_lessons()),
            screen.help_edit.toPlainText().strip(),
        )
        self.store.stand.save(settings)
        return settings

    def _not_saved(self, what: str, error: sqlite3.Error) -> None:
        """Said on the settings page, whose fields keep what was chosen."""
        self.screens.settings.banner.show_text(self.facilitator.not_saved(what, error))

    def _on_settings_saved(self, _minutes: int, _lessons: list, _help: str) -> None:
        try:
            self._save()
        except sqlite3.Error as error:
            self._not_saved(_("The stand settings were not saved"), error)
            return
        self.show_settings(_("The stand settings are saved."))

    def _on_settings_start_requested(self) -> None:
        if not self.store.pin.is_set():
            self.setup.ask_pin(self._on_settings_start_requested)
            return
        try:
            self._save(enabled=True)  # also at the next start of the program
        except sqlite3.Error as error:  # said here: the attract screen would hide it
            self._not_saved(_("The stand mode was not switched on"), error)
            return
        self.stand.start()

    def _on_settings_stop_requested(self) -> None:
        try:
            self._save(enabled=False)
        except sqlite3.Error as error:  # off now all the same: the facilitator asked
            self.stand.stop()
            self.show_settings()
            self._not_saved(
                _(
                    "The stand mode is off for now, but this choice was not saved (the "
                    "program will start as a stand again next time)"
                ),
                error,
            )
            return
        self.stand.stop()
        self.show_settings(_("The stand mode is off. The program starts normally again."))

    # -- figures --------------------------------------------------------------------------------
    def show_figures(self) -> None:
        figures = self.store.stand.figures()
        titles = {x.lesson_id: self.facilitator.lesson_title(x.lesson_id) for x in figures.lessons}
        screen = self.screens.figures
        screen.banner.show_text("")
        screen.show_figures(figures, titles)
        self.facilitator.show(screen)

    def _on_figures_csv_requested(self) -> None:
        self._export_figures("csv")

    def _on_figures_pdf_requested(self) -> None:
        self._export_figures("pdf")

    def _export_figures(self, kind: str) -> None:
        screen = self.screens.figures
        day = dt.date.today().isoformat()
        if kind == "csv":
            suggested, filters = _("stand-{day}.csv").format(day=day), _("Table (*.csv)")
        else:
            suggested, filters = _("stand-{day}.pdf").format(day=day), _("PDF document (*.pdf)")
        path = self.documents.choose_save_path(screen, _("Save the stand figures"), suggested,
                                               filters)  # fmt: skip
        if path is None:
            return
        catalogue = self.catalogue

        def work(store, progress):
            from tutor.exports.stand import write_figures_csv, write_figures_pdf

            figures = store.stand.figures()
            if kind == "csv":
                write_figures_csv(figures, catalogue, path)
            else:
                write_figures_pdf(figures, catalogue, path)

        self.documents._run(screen, work, _("The figures are saved: {path}").format(path=path))

    # -- packs ----------------------------------------------------------------------------------
    def show_packs(self, banner: str = "") -> None:
        screen = self.screens.packs
        screen.banner.show_text(banner)
        if not banner:
            screen.progress.hide()
        self._show_duplicates()
        self.facilitator.show(screen)

    def _show_duplicates(self) -> None:
        from tutor.storage.packs import Merger

        pairs = []
        for pair in Merger(self.store.opened.db).possible_duplicates():
            details = " / ".join(
                ngettext("{count} lesson", "{count} lessons", count).format(count=count)
                for count in (self._lessons(pair.first_id), self._lessons(pair.second_id))
            )
            pairs.append((pair.first_id, pair.second_id, pair.first_name, details))
        self.screens.packs.show_duplicates(pairs)

    def _lessons(self, learner_id: str) -> int:
        return len(self.store.progress.for_learner(learner_id))

    def _on_packs_export_requested(self) -> None:
        from tutor.storage.packs import export_pack, pack_name

        screen = self.screens.packs
        path = self.documents.choose_save_path(
            screen, _("Save this tablet's pack"), pack_name(self.store.opened.db),
            _("Progress pack (*.pack)"),
        )  # fmt: skip
        if path is None:
            return

        def work(store, progress):
            return export_pack(store.opened.db, path, progress)

        self.documents._run(screen, work, _("The pack is saved: {path}").format(path=path))

    def _on_packs_import_requested(self) -> None:
        from tutor.storage.packs import import_packs

        screen = self.screens.packs
        if self.store.read_only:  # nothing could be merged: said before choosing any file
            screen.banner.show_text(self.facilitator.not_saved(_("No pack can be imported")))
            return
        paths = self.choose_open_paths(screen, _("Choose the packs"), _("Progress pack (*.pack)"))
        if not paths:
            return

        def work(store, progress):
            return import_packs(store.opened.db, paths, progress, keep_going=True)

        count = len(paths)
        done = ngettext("{count} pack imported.", "{count} packs imported.", count).format(
            count=count
        )
        self.documents._run(screen, work, done)
        job = self.documents.job
        if job is not None:
            job.succeeded.connect(lambda summary: self._on_import_succeeded(summary, done))
            job.failed.connect(lambda reason: screen.banner.show_text(reason))

    def _on_import_succeeded(self, summary, done: str) -> None:
        if summary.refused:  # say how many were really imported
            done = ngettext(
                "{count} pack imported.", "{count} packs imported.", summary.packs
            ).format(count=summary.packs)
        text = " ".join(
            [
                done,
                _("{added} new learners, {events} new recorded steps.").format(
                    added=summary.learners_added, events=summary.events_added
                ),
            ]
        )
        if summary.conflicts:
            from tutor.storage.packs import conflicts_text

            text += " " + conflicts_text(summary.conflicts)
        if summary.refused:  # each refused pack changed nothing; the others are merged
            text += "\n" + "\n".join(summary.refused)
        self.screens.packs.banner.show_text(text)
        self._show_duplicates()

    def _on_packs_link_requested(self, keep: str, merge: str) -> None:

        name = self.store.learners.get(keep).first_name
        self.facilitator.confirm(
            _("Join these two records?"),
            _("Both records of “{name}” will become one, with all their lessons.").format(
                name=name
            ),
            _("Do this only if it is the same person. It cannot be undone."),
            _("Yes, join them"),
            _("No, go back"),
            lambda: self._join(keep, merge),
            self.show_packs,
        )

    def _join(self, keep: str, merge: str) -> None:
        from tutor.storage.packs import Merger

        try:
            Merger(self.store.opened.db).link(keep, merge)
        except sqlite3.Error as error:
            what = _("The two records were not joined")
            self.show_packs(self.facilitator.not_saved(what, error))
            return
        self.show_packs(_("The two records are joined."))

    def _on_packs_apart_requested(self, first: str, second: str) -> None:
        from tutor.storage.packs import Merger

        try:
            Merger(self.store.opened.db).keep_apart(first, second)
        except sqlite3.Error as error:
            what = _("“Two different people” was not saved")
            self.show_packs(self.facilitator.not_saved(what, error))
            return
        self.show_packs(_("Noted: two different people."))

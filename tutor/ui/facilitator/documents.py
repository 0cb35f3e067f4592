"""Exports (CSV, PDF report, attestation) and backup / restore, for the facilitator.

Files are chosen through ``choose_save_path`` / ``choose_open_path`` and the printer through
``ask_printer``: plain functions the controller holds, so tests answer in the person's place.
Long work runs on a worker thread (``Job``) and reports progress to the screen's bar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from tutor.i18n import N_, _
from tutor.storage.store import open_store
from tutor.ui.facilitator.exports import BackupScreen, ExportsScreen
from tutor.ui.facilitator.jobs import Job
from tutor.ui.facilitator.space import FacilitatorPage, Space, of_type
from tutor.ui.system_dialogs import ask_open_path, ask_printer, ask_save_path


def file_problem(reason: str) -> str:
    return _(
        "The file could not be written ({reason}). Choose another folder, or check that "
        "the USB stick is still there and has space left."
    ).format(reason=reason)


class DocumentsController(QObject):
    """One controller for the two document pages ("Exports and documents", "Backup and
    restore"): they share the file choosers (tests answer in the person's place) and the
    runner of long work."""

    def __init__(self, owner: Space) -> None:
        super().__init__()
        self.owner = owner
        self.exports = of_type(owner.screens_of("exports"), ExportsScreen)
        self.backup = of_type(owner.screens_of("backup"), BackupScreen)
        self.choose_save_path: Callable[[QWidget, str, str, str], Path | None] = ask_save_path
        self.choose_open_path: Callable[[QWidget, str, str], Path | None] = ask_open_path
        self.ask_printer: Callable[[QWidget, Any], bool] = ask_printer
        self.job: Job | None = None
        s = self
        s.exports.back_requested.connect(owner.show_home)
        s.exports.csv_requested.connect(self._on_exports_csv_requested)
        s.exports.report_requested.connect(self._on_exports_report_requested)
        s.exports.attestation_requested.connect(self._on_exports_attestation_requested)
        s.backup.back_requested.connect(owner.show_home)
        s.backup.backup_requested.connect(self._on_backup_backup_requested)
        s.backup.restore_requested.connect(self._on_backup_restore_requested)

    @property
    def store(self):
        return self.owner.store

    def _data_dir(self) -> Path:
        return Path(self.store.path).parent

    # -- screens -------------------------------------------------------------------------------
    def show_exports(self) -> None:
        learners = [(learner.id, learner.first_name) for learner in self.store.learners.all()]
        workshops = self.owner.workshop_choices()
        latest = self.store.workshops.all()[:1]
        self.exports.set_choices(
            learners,
            workshops,
            latest[0].place if latest else "",
            latest[0].facilitator if latest else "",
        )
        self.owner.show(self.exports)

    def show_backup(self, banner: str = "") -> None:
        screen = self.backup
        screen.banner.show_text(banner)
        if not banner:
            screen.progress.hide()
        self.owner.show(screen)

    # -- running long work ---------------------------------------------------------------------
    def _run(self, screen, work: Callable[[Any, Callable[[int, int], None]], Any], done: str):
        """Run ``work(store, progress)`` in the background; the screen's bar follows it."""
        screen.banner.show_text(_("Working… please wait."))
        screen.progress.setRange(0, 0)  # busy until the first report
        screen.progress.show()
        screen.set_busy(True)
        job = Job(self._data_dir(), work)
        job.progressed.connect(screen.progress.report)

        def succeeded(_result: object) -> None:
            screen.progress.setRange(0, 1)
            screen.progress.setValue(1)
            screen.banner.show_text(done)

        job.succeeded.connect(succeeded)
        job.failed.connect(lambda reason: screen.banner.show_text(file_problem(reason)))
        job.finished.connect(lambda: screen.set_busy(False))
        job.finished.connect(job.deleteLater)
        self.job = job
        job.start()

    @staticmethod
    def _scope(kind: str, item_id: str) -> Any:
        from tutor.exports.csv_export import Scope

        if kind == "learner":
            return Scope.learner(item_id)
        if kind == "workshop":
            return Scope.workshop(item_id)
        return Scope.all()

    def _checked_scope(self, kind: str, item_id: str) -> bool:
        if kind != "all" and not item_id:
            self.exports.banner.show_text(
                _("Choose a person first.") if kind == "learner" else _("Choose a workshop first.")
            )
            return False
        return True

    @staticmethod
    def _stamp() -> str:
        return dt.date.today().isoformat()

    # -- exports -------------------------------------------------------------------------------
    def _on_exports_csv_requested(self, kind: str, item_id: str, separator: str) -> None:
        if not self._checked_scope(kind, item_id):
            return
        screen = self.exports
        path = self.choose_save_path(
            screen,
            _("Save the table"),
            _("progress-{day}.csv").format(day=self._stamp()),
            _("Table (*.csv)"),
        )
        if path is None:
            return
        from tutor.exports.csv_export import write_csv

        scope = self._scope(kind, item_id)
        catalogue = self.owner.catalogue

        def work(store, progress):
            return write_csv(store, path, scope, separator, progress=progress, catalogue=catalogue)

        self._run(screen, work, _("The table is saved: {path}").format(path=path))

    def _on_exports_report_requested(self, kind: str, item_id: str) -> None:
        if not self._checked_scope(kind, item_id):
            return
        screen = self.exports
        path = self.choose_save_path(
            screen,
            _("Save the report"),
            _("report-{day}.pdf").format(day=self._stamp()),
            _("PDF document (*.pdf)"),
        )
        if path is None:
            return
        from tutor.exports.pdf import write_report_pdf

        scope = self._scope(kind, item_id)
        catalogue = self.owner.catalogue

        def work(store, progress):
            return write_report_pdf(store, catalogue, path, scope)

        self._run(screen, work, _("The report is saved: {path}").format(path=path))

    def _on_exports_attestation_requested(
        self, learner_id: str, place: str, facilitator: str, to_printer: bool
    ) -> None:
        screen = self.exports
        if not learner_id:
            screen.banner.show_text(_("Choose a person first."))
            return
        catalogue = self.owner.catalogue
        if to_printer:
            self._print_attestation(learner_id, place, facilitator)
            return
        name = self.store.learners.get(learner_id).first_name
        path = self.choose_save_path(
            screen,
            _("Save the attestation"),
            _("attestation-{name}.pdf").format(name=name),
            _("PDF document (*.pdf)"),
        )
        if path is None:
            return
        from tutor.exports.pdf import write_attestation_pdf

        def work(store, progress):
            return write_attestation_pdf(store, catalogue, learner_id, path, place, facilitator)

        self._run(screen, work, _("The attestation is saved: {path}").format(path=path))

    def _print_attestation(self, learner_id: str, place: str, facilitator: str) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrinter

        from tutor.exports.pdf import attestation_html

        screen = self.exports
        html = attestation_html(self.store, self.owner.catalogue, learner_id, place, facilitator)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not self.ask_printer(screen, printer):
            return
        document = QTextDocument()
        document.setHtml(html)
        document.print_(printer)
        screen.banner.show_text(_("The attestation was sent to the printer."))

    # -- backup and restore --------------------------------------------------------------------
    def _on_backup_backup_requested(self) -> None:
        screen = self.backup
        path = self.choose_save_path(
            screen,
            _("Save a backup"),
            # Down to the second: a second backup the same day gets a name of its own.
            _("pas-a-pas-backup-{day}.db").format(
                day=dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
            ),
            _("Backup (*.db)"),
        )
        if path is None:
            return
        from tutor.storage.backup import backup

        def work(store, progress):  # (the file dialog asked before replacing a file)
            return backup(store, path, replace=True)

        self._run(screen, work, _("The backup is saved: {path}").format(path=path))

    def _on_backup_restore_requested(self) -> None:
        screen = self.backup
        path = self.choose_open_path(screen, _("Choose a backup"), _("Backup (*.db)"))
        if path is None:
            return
        from tutor.storage.backup import check_backup

        info = check_backup(path)
        if not info.ok:
            screen.banner.show_text(
                _("This file cannot be restored: {reason}").format(reason=info.error)
            )
            return
        self.owner.confirm(
            _("Restore this backup?"),
            _("The file “{name}” holds {learners} learners and {events} recorded answers.").format(
                name=path.name, learners=info.learners, events=info.events
            ),
            _(
                "All the progress on this computer will be replaced by the file's. The current "
                "data is kept aside as a copy in the data folder."
            ),
            _("Yes, restore"),
            _("No, cancel"),
            lambda: self._restore(path, info.learners),
            self.show_backup,
        )

    def _restore(self, path: Path, learners: int) -> None:
        """Restore, then reopen the store; the old one is closed only once the new one is
        open, so a busy, full or read-only folder leaves a working store behind."""
        from tutor.storage.backup import restore
        from tutor.storage.database import StoreUnavailable

        data_dir = self._data_dir()
        banner = _("The backup is restored: {count} learners.").format(count=learners)
        try:
            restore(data_dir, path)
        except StoreUnavailable as problem:  # the current data stays; say why
            banner = _("The backup could not be restored. {reason}").format(reason=problem)
        except Exception as error:  # the current data stays; say what happened
            banner = _("The backup could not be restored ({reason}). Nothing was changed.").format(
                reason=error
            )
        try:
            fresh = open_store(data_dir)
        except StoreUnavailable as problem:
            banner = f"{banner} {problem}"
        else:
            old = self.store
            self.owner.replace_store(fresh)
            old.close()
        self.show_backup(banner)


class DocumentPage:
    """One of the two document pages: its work is the documents controller's."""

    def __init__(self, space: Space, backup: bool) -> None:
        self.documents = space.documents
        self.backup = backup

    def open(self) -> None:
        if self.backup:
            self.documents.show_backup()
        else:
            self.documents.show_exports()

    def picture(self, name: str) -> None:
        self.open()


EXPORTS = FacilitatorPage(
    "exports",
    N_("Exports and documents"),
    "mdi6.file-export-outline",
    "#4e342e",
    lambda: (ExportsScreen(),),
    lambda space: DocumentPage(space, backup=False),
    ("exports",),
)
BACKUP = FacilitatorPage(
    "backup",
    N_("Backup and restore"),
    "mdi6.backup-restore",
    "#37474f",
    lambda: (BackupScreen(),),
    lambda space: DocumentPage(space, backup=True),
    ("backup",),
)

"""Exports and documents (CSV, PDF report, attestation), and backup / restore."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
)

from tutor.i18n import _
from tutor.ui.facilitator.common import Page, choice, combo, flow_row, labelled_field
from tutor.ui.flow import FlowLayout
from tutor.ui.widgets import button, label, set_role

SCOPES = ("all", "learner", "workshop")


def _panel(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    set_role(frame, "panel")
    column = QVBoxLayout(frame)
    column.setContentsMargins(18, 12, 18, 14)
    column.setSpacing(10)
    column.addWidget(label(title, "heading"))
    return frame, column


class WorkProgress(QProgressBar):
    """The bar shown while a long export runs."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setRange(0, 100)
        self.setValue(0)
        self.setFormat("%p %")
        self.hide()

    def report(self, done: int, total: int) -> None:
        self.show()
        self.setRange(0, max(total, 1))
        self.setValue(min(done, max(total, 1)))


class ExportsScreen(Page):
    csv_requested = Signal(str, str, str)  # scope kind, scope id, separator
    report_requested = Signal(str, str)  # scope kind, scope id
    attestation_requested = Signal(str, str, str, bool)  # learner, place, facilitator, print

    def __init__(self) -> None:
        super().__init__("fac_exports", _("Exports and documents"), scrolls=True)
        who, column = _panel(_("Whose progress?"))
        choices = FlowLayout(spacing=14)
        self._scope = QButtonGroup(self)
        texts = (_("Everyone"), _("One person"), _("One workshop"))
        for scope, text in zip(SCOPES, texts, strict=True):
            option = choice(text, f"fac_exports.scope.{scope}")
            option.setProperty("value", scope)
            self._scope.addButton(option)
            choices.add(option)
        self._scope.buttons()[0].setChecked(True)
        column.addLayout(choices)
        self.learner = combo("fac_exports.learner", _("One person"))
        self.workshop = combo("fac_exports.workshop", _("One workshop"))
        column.addLayout(flow_row(self.learner, self.workshop))
        self.body.addWidget(who)

        tables, column = _panel(_("Table for a spreadsheet (CSV) or a report (PDF)"))
        row = FlowLayout(spacing=14)
        row.add(label(_("Separator:"), wrap=False))
        self._separator = QButtonGroup(self)
        for value, text, name in (
            (";", _("; semicolon (French spreadsheets)"), "semicolon"),
            (",", _(", comma"), "comma"),
        ):
            option = choice(text, f"fac_exports.separator.{name}")
            option.setProperty("value", value)
            self._separator.addButton(option)
            row.add(option)
        self._separator.buttons()[0].setChecked(True)
        column.addLayout(row)
        self.csv_button = button(
            _("Save the table (CSV)…"), "mdi6.file-delimited-outline", "primary",
            name="fac_exports.csv",
        )  # fmt: skip
        self.csv_button.clicked.connect(
            lambda: self.csv_requested.emit(*self.scope(), self.separator())
        )
        self.report_button = button(
            _("Save the report (PDF)…"), "mdi6.file-pdf-box", "primary", name="fac_exports.report"
        )
        self.report_button.clicked.connect(lambda: self.report_requested.emit(*self.scope()))
        column.addLayout(flow_row(self.csv_button, self.report_button))
        self.body.addWidget(tables)

        paper, column = _panel(_("Attestation for the person chosen above"))
        self.place_edit = QLineEdit()
        self.place_edit.setObjectName("fac_exports.place")
        self.place_edit.setAccessibleName(_("Place"))
        self.facilitator_edit = QLineEdit()
        self.facilitator_edit.setObjectName("fac_exports.facilitator")
        self.facilitator_edit.setAccessibleName(_("Facilitator"))
        for edit in (self.place_edit, self.facilitator_edit):
            edit.setMinimumWidth(320)
        column.addLayout(
            flow_row(
                labelled_field(_("Place"), self.place_edit),
                labelled_field(_("Facilitator"), self.facilitator_edit),
            )
        )
        self.print_button = button(_("Print…"), "mdi6.printer", name="fac_exports.print")
        self.print_button.clicked.connect(lambda: self._attestation(True))
        self.attestation_button = button(
            _("Save as PDF…"), "mdi6.certificate-outline", name="fac_exports.attestation"
        )
        self.attestation_button.clicked.connect(lambda: self._attestation(False))
        column.addLayout(flow_row(self.print_button, self.attestation_button))
        self.body.addWidget(paper)
        self.progress = WorkProgress("fac_exports.progress")
        self.body.addWidget(self.progress)
        self.body.addStretch(1)

    def set_choices(
        self,
        learners: list[tuple[str, str]],
        workshops: list[tuple[str, str]],
        place: str,
        facilitator: str,
    ) -> None:
        self.banner.show_text("")
        self.progress.hide()
        for box, items in ((self.learner, learners), (self.workshop, workshops)):
            box.clear()
            for item_id, text in items:
                box.addItem(text, item_id)
        self.place_edit.setText(place)
        self.facilitator_edit.setText(facilitator)

    def scope(self) -> tuple[str, str]:
        checked = self._scope.checkedButton()
        kind = str(checked.property("value")) if checked else "all"
        if kind == "learner":
            return kind, str(self.learner.currentData() or "")
        if kind == "workshop":
            return kind, str(self.workshop.currentData() or "")
        return "all", ""

    def separator(self) -> str:
        checked = self._separator.checkedButton()
        return str(checked.property("value")) if checked else ";"

    def set_busy(self, busy: bool) -> None:
        for widget in (
            self.csv_button,
            self.report_button,
            self.print_button,
            self.attestation_button,
        ):
            widget.setEnabled(not busy)

    def _attestation(self, to_printer: bool) -> None:
        self.attestation_requested.emit(
            str(self.learner.currentData() or ""),
            self.place_edit.text().strip(),
            self.facilitator_edit.text().strip(),
            to_printer,
        )


class BackupScreen(Page):
    backup_requested = Signal()
    restore_requested = Signal()

    def __init__(self) -> None:
        super().__init__("fac_backup", _("Backup and restore"), scrolls=True)
        save, column = _panel(_("Save a copy of all the progress"))
        column.addWidget(
            label(
                _(
                    "Keep the copy on a USB stick or another computer. It holds the learners' "
                    "first names and progress: keep it safe."
                )
            )
        )
        self.backup_button = button(
            _("Save a backup…"), "mdi6.content-save-outline", "primary", name="fac_backup.save"
        )
        self.backup_button.clicked.connect(self.backup_requested)
        column.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(save)
        restore, column = _panel(_("Put back a saved copy"))
        column.addWidget(
            label(
                _(
                    "You will see what the file holds before anything changes. The current "
                    "data is kept aside in the data folder."
                )
            )
        )
        self.restore_button = button(
            _("Restore from a backup…"), "mdi6.backup-restore", name="fac_backup.restore"
        )
        self.restore_button.clicked.connect(self.restore_requested)
        column.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(restore)
        self.progress = WorkProgress("fac_backup.progress")
        self.body.addWidget(self.progress)
        self.body.addStretch(1)

    def set_busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)

"""Progress: learners x modules (sortable, filtered by workshop), and one learner's page."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from tutor.i18n import N_, _
from tutor.ui.facilitator.common import Page, add_row, clear_layout, combo, scroll_column
from tutor.ui.widgets import avatar_pixmap, button, icon, label, set_role

# status -> (words, icon, colour, rank for sorting: most advanced first when descending)
STATUSES = {
    "done": (N_("Done"), "mdi6.check-circle", "#1b5e20", 2),
    "in_progress": (N_("In progress"), "mdi6.progress-clock", "#b33c00", 1),
    "not_started": (N_("Not started"), "mdi6.circle-outline", "#5a5a5a", 0),
}
CONFIDENCE = {
    1: ("mdi6.emoticon-confused-outline", N_("Not yet at ease"), "#8e244d"),
    2: ("mdi6.emoticon-neutral-outline", N_("It's going well"), "#b33c00"),
    3: ("mdi6.emoticon-happy-outline", N_("At ease"), "#1b5e20"),
}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class SortItem(QTableWidgetItem):
    """Sorted by its sort key (status rank, name), not by the words shown."""

    def __lt__(self, other):
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return bool(mine < theirs)


def status_item(status: str) -> SortItem:
    words, icon_name, colour, rank = STATUSES.get(status, STATUSES["not_started"])
    item = SortItem(icon(icon_name, colour), _(words))
    item.setData(SORT_ROLE, rank)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


def _two_lines(title: str) -> str:
    """A long column title broken at the space nearest its middle."""
    spaces = [i for i, char in enumerate(title) if char == " "]
    if len(title) <= 14 or not spaces:
        return title
    middle = min(spaces, key=lambda i: abs(i - len(title) / 2))
    return f"{title[:middle]}\n{title[middle + 1:]}"


def big_table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(56)
    table.setIconSize(QSize(30, 30))
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setMinimumHeight(56)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    from PySide6.QtWidgets import QScroller

    QScroller.grabGesture(table.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return table


@dataclass(frozen=True)
class ProgressRow:
    learner_id: str
    first_name: str
    avatar: str
    colour: str
    modules: dict[str, str]


class ProgressScreen(Page):
    learner_chosen = Signal(str)
    workshop_chosen = Signal(str)  # "" for everyone

    def __init__(self) -> None:
        super().__init__("fac_progress", _("Progress"))
        self.top.addWidget(label(_("Workshop:"), "heading", wrap=False))
        self.workshop = combo("fac_progress.workshop")
        self.workshop.setMinimumWidth(360)
        self.workshop.activated.connect(self._on_workshop_activated)
        self.top.addWidget(self.workshop)
        self.body.addWidget(
            label(_("Touch a column title to sort, touch a person to see their page."), "muted")
        )
        self.table = big_table("fac_progress.table", [""])
        self.table.setSortingEnabled(True)
        self.table.cellClicked.connect(self._on_table_cell_clicked)
        self.body.addWidget(self.table, 1)
        self.empty = label(_("Nobody to show."), "instruction")
        self.empty.hide()
        self.body.addWidget(self.empty)

    def set_workshops(self, workshops: list[tuple[str, str]], current: str) -> None:
        self.workshop.clear()
        self.workshop.addItem(_("Everyone"), "")
        for workshop_id, text in workshops:
            self.workshop.addItem(text, workshop_id)
        self.workshop.setCurrentIndex(max(0, self.workshop.findData(current)))

    def _on_workshop_activated(self, index: int) -> None:
        self.workshop_chosen.emit(str(self.workshop.itemData(index) or ""))

    def set_rows(self, modules: list[tuple[str, str]], rows: list[ProgressRow]) -> None:
        """``modules``: (id, title) columns, after the person's name."""
        table = self.table
        table.setSortingEnabled(False)
        table.clear()
        table.setColumnCount(1 + len(modules))
        # Long module names go on two lines rather than being cut.
        titles = [_two_lines(title) for _id, title in modules]
        table.setHorizontalHeaderLabels([_("Person"), *titles])
        table.horizontalHeader().setMinimumHeight(84)
        table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            person = SortItem(QIcon(avatar_pixmap(row.avatar, row.colour, 40)), row.first_name)
            person.setData(SORT_ROLE, row.first_name.casefold())
            person.setData(ID_ROLE, row.learner_id)
            person.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(number, 0, person)
            for column, (module_id, _title) in enumerate(modules, start=1):
                table.setItem(number, column, status_item(row.modules.get(module_id, "")))
        table.setSortingEnabled(True)
        table.sortItems(0, Qt.SortOrder.AscendingOrder)
        self.empty.setVisible(not rows)

    def column_texts(self, column: int) -> list[str]:
        items = (self.table.item(r, column) for r in range(self.table.rowCount()))
        return [item.text() if item is not None else "" for item in items]

    def _on_table_cell_clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.learner_chosen.emit(str(item.data(ID_ROLE)))


@dataclass(frozen=True)
class LessonRowView:
    module_title: str  # "" except on a module's first row
    title: str
    status: str
    started: str
    completed: str
    minutes: str
    wrong_taps: int
    help_used: int
    confidence: int | None


@dataclass(frozen=True)
class NoteView:
    note_id: str
    text: str
    when: str


class LearnerPageScreen(Page):
    note_added = Signal(str)
    note_deleted = Signal(str)

    def __init__(self) -> None:
        super().__init__("fac_learner_page", "")
        self.picture = QLabel()
        self.top.insertWidget(1, self.picture)
        columns = QHBoxLayout()
        columns.setSpacing(20)
        headers = [
            _("Lesson"),
            _("Status"),
            _("Started → finished"),
            _("Time"),
            _("Wrong taps"),
            _("Help used"),
            _("Feeling"),
        ]
        self.table = big_table("fac_learner_page.lessons", headers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((0, 165, 215, 75, 120, 115, 90)):
            if width:
                self.table.setColumnWidth(column, width)
        columns.addWidget(self.table, 3)

        notes = QFrame()
        set_role(notes, "panel")
        notes.setFixedWidth(270)
        side = QVBoxLayout(notes)
        side.setContentsMargins(14, 14, 14, 14)
        side.addWidget(label(_("My notes"), "heading"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("fac_learner_page.note")
        self.note_edit.setAccessibleName(_("New note"))
        self.note_edit.setPlaceholderText(_("Write a note…"))
        self.note_edit.setFixedHeight(110)
        side.addWidget(self.note_edit)
        self.add_note_button = button(
            _("Add the note"), "mdi6.note-plus-outline", "primary", name="fac_learner_page.add_note"
        )
        self.add_note_button.clicked.connect(self._on_add_note_clicked)
        side.addWidget(self.add_note_button)
        area, self.notes = scroll_column(spacing=8)
        side.addWidget(area, 1)
        columns.addWidget(notes)
        self.body.addLayout(columns, 1)
        self._notes: list[NoteView] = []

    def show_learner(self, first_name: str, avatar: str, colour: str) -> None:
        self.title.setText(first_name)
        self.picture.setPixmap(avatar_pixmap(avatar, colour, 56))
        self.note_edit.clear()

    def set_lessons(self, rows: list[LessonRowView]) -> None:
        """One line per lesson, under a shaded line naming its module."""
        table = self.table
        table.clearSpans()
        table.clearContents()
        table.setRowCount(len(rows) + sum(1 for row in rows if row.module_title))
        number = 0
        for row in rows:
            if row.module_title:
                heading = QTableWidgetItem(row.module_title)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                heading.setBackground(QColor("#e8e2d4"))
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(number, 0, heading)
                table.setSpan(number, 0, 1, table.columnCount())
                number += 1
            started = row.status != "not_started"
            dates = row.started + (f" → {row.completed}" if row.completed else "")
            cells: list[QTableWidgetItem] = [
                QTableWidgetItem(row.title),
                status_item(row.status),
                QTableWidgetItem(dates),
                QTableWidgetItem(row.minutes),
                QTableWidgetItem(str(row.wrong_taps) if started else ""),
                QTableWidgetItem(str(row.help_used) if started else ""),
            ]
            if row.confidence in CONFIDENCE:
                icon_name, words, colour = CONFIDENCE[row.confidence]
                face = QTableWidgetItem(icon(icon_name, colour), "")
                face.setToolTip(_(words))
                face.setData(Qt.ItemDataRole.AccessibleTextRole, _(words))
                cells.append(face)
            else:
                cells.append(QTableWidgetItem(""))
            for column, cell in enumerate(cells):
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(number, column, cell)
            number += 1
        table.resizeRowsToContents()

    def set_notes(self, notes: list[NoteView]) -> None:
        self._notes = list(notes)
        clear_layout(self.notes)
        if not notes:
            add_row(self.notes, label(_("No note yet."), "muted"))
        for note in notes:
            box = QFrame()
            box.setObjectName(f"fac_learner_page.note.{note.note_id}")
            box.setStyleSheet(
                "QFrame { background: #fff8e1; border: 1px solid #8a8a8a; border-radius: 8px; }"
                "QLabel { border: none; background: transparent; }"
            )
            lines = QVBoxLayout(box)
            lines.setContentsMargins(10, 8, 10, 8)
            lines.addWidget(label(note.when, "muted"))
            lines.addWidget(label(note.text))
            delete = button(
                _("Delete"), "mdi6.delete-outline", name=f"fac_learner_page.delete.{note.note_id}"
            )
            delete.clicked.connect(lambda _c=False, i=note.note_id: self.note_deleted.emit(i))
            lines.addWidget(delete, 0, Qt.AlignmentFlag.AlignRight)
            add_row(self.notes, box)

    def note_texts(self) -> list[str]:
        return [note.text for note in self._notes]

    def _on_add_note_clicked(self) -> None:
        text = self.note_edit.toPlainText().strip()
        if text:
            self.note_edit.clear()
            self.note_added.emit(text)

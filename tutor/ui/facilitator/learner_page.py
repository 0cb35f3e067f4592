"""A learner's page in the facilitator space: their lessons (status, dates, help, feeling,
done alone) and the facilitator's notes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidgetItem,
    QVBoxLayout,
)

from tutor.i18n import _
from tutor.ui.display import current, notifier
from tutor.ui.facilitator.common import (
    STACK_ABOVE_SCALE,
    Page,
    ReflowColumns,
    add_row,
    clear_layout,
    scroll_column,
)
from tutor.ui.facilitator.progress import (
    CONFIDENCE,
    NOTES_LIST_HEIGHT_STACKED,
    QWIDGETSIZE_MAX,
    alone_item,
    big_table,
    help_detail,
    help_icon,
    ink,
    status_item,
    two_lines,
)
from tutor.ui.widgets import avatar_pixmap, button, icon, label, set_role


def help_words(help_used: int, top_help: int, shown: int) -> str:
    """The learner page's help cell in words: how many steps needed help, then
    ``help_detail`` (the most help needed, or the steps the app did itself)."""
    if not help_used:
        return "0"
    return f"{help_used}. {help_detail(top_help, shown)}"


def help_item(help_used: int, top_help: int, shown: int) -> QTableWidgetItem:
    """The count, with the picture of the most help needed (the hand when the app did a
    step): short, so the lesson's title keeps its room."""
    item = QTableWidgetItem(str(help_used))
    words = help_words(help_used, top_help, shown)
    item.setToolTip(words)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, words)
    if help_used:
        item.setIcon(help_icon(top_help, shown))
    return item


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
    done_alone: str = ""  # "alone" | "alone_with_help" | "" (not done on one's own yet)
    top_help: int = 0  # the most help a step needed (0 none, 1 hint, 2 circled, 3 shown)
    shown: int = 0  # steps the app did through "Show me"


@dataclass(frozen=True)
class NoteView:
    note_id: str
    text: str
    when: str


class LearnerPageScreen(Page):
    note_added = Signal(str)
    note_deleted = Signal(str)

    def __init__(self) -> None:
        # The page moves by finger at the biggest text, where the table is shown whole
        # above the notes (see _fit_table); beside them, the table scrolls by itself.
        super().__init__("fac_learner_page", "", scrolls=True)
        self.picture = QLabel()
        self.top.insertWidget(1, self.picture)
        columns = ReflowColumns(spacing=20)
        headers = [
            _("Lesson"),
            _("Status"),
            _("Started → finished"),
            _("Time"),
            _("Wrong taps"),
            _("Help used"),
            _("Feeling"),
            _("Done alone"),
        ]
        # Figures' titles on two lines: the lesson's title keeps the room to be read whole.
        headers = [two_lines(header, longest=8) for header in headers]
        self.table = big_table("fac_learner_page.lessons", headers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Every figure's column as wide as its words (nothing cut), the lesson's title takes
        # the rest and wraps; each row as tall as its words.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        columns.addWidget(self.table, 3)

        notes = QFrame()
        set_role(notes, "panel")
        side = QVBoxLayout(notes)
        side.setContentsMargins(14, 14, 14, 14)
        side.addWidget(label(_("My notes"), "heading"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("fac_learner_page.note")
        self.note_edit.setAccessibleName(_("New note"))
        self.note_edit.setPlaceholderText(_("Write a note…"))
        side.addWidget(self.note_edit)
        self.add_note_button = button(
            _("Add the note"), "mdi6.note-plus-outline", "primary", name="fac_learner_page.add_note"
        )
        self.add_note_button.clicked.connect(self._on_add_note_clicked)
        side.addWidget(self.add_note_button)
        area, self.notes = scroll_column(spacing=8)
        side.addWidget(area, 1)
        self._notes_area = area
        columns.addWidget(notes)
        self.body.addLayout(columns, 1)
        self._notes: list[NoteView] = []
        self._notes_panel = notes
        self._fit_to_display()
        notifier().changed.connect(self._fit_to_display)
        self._lesson_rows: list[LessonRowView] = []
        notifier().changed.connect(self._restyle_lessons)

    def _restyle_lessons(self) -> None:
        """The shaded lines and the icons in the colours of the look just chosen."""
        if self._lesson_rows:
            self.set_lessons(self._lesson_rows)

    def _fit_to_display(self) -> None:
        """The notes: beside the table, a column that grows with the text; under it (the
        biggest text), as wide as the page. The table: its lesson column keeps a readable
        width beyond 100 %, and the table moves sideways."""
        scale = current().sizes.scale
        header = self.table.horizontalHeader()
        if scale > STACK_ABOVE_SCALE:
            # Under the table: the box to write in and its button whole, and the notes
            # already written in a short list of their own (the table keeps the rest).
            self._notes_panel.setMinimumWidth(0)
            self._notes_panel.setMaximumWidth(QWIDGETSIZE_MAX)
            self.note_edit.setFixedHeight(round(40 * scale))
            self._notes_area.setMaximumHeight(round(NOTES_LIST_HEIGHT_STACKED * scale))
            self._notes_panel.setMinimumHeight(self._notes_panel.minimumSizeHint().height())
        else:
            self._notes_panel.setFixedWidth(round(270 * scale))
            self.note_edit.setFixedHeight(round(110 * scale))
            self._notes_area.setMaximumHeight(QWIDGETSIZE_MAX)
            self._notes_panel.setMinimumHeight(0)
        if scale > 1:  # the lesson's title keeps a readable width; the table moves sideways
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(0, round(240 * scale))
        else:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fit_table()

    def _fit_table(self) -> None:
        """Above the notes, the table is as tall as all its rows and the page scrolls (a
        table scrolling inside a page that scrolls would leave one row to see); beside
        them, it takes the page's height and scrolls by itself."""
        table = self.table
        if current().sizes.scale > STACK_ABOVE_SCALE:
            table.resizeRowsToContents()
            sideways = table.horizontalScrollBar()
            height = (
                table.horizontalHeader().height()
                + table.verticalHeader().length()
                + 2 * table.frameWidth()
                + (sideways.sizeHint().height() if sideways.maximum() > 0 else 0)
            )
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setFixedHeight(height)
        else:
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            table.setMinimumHeight(0)
            table.setMaximumHeight(QWIDGETSIZE_MAX)

    def show_learner(self, first_name: str, avatar: str, colour: str) -> None:
        self.title.setText(first_name)
        self.picture.setPixmap(avatar_pixmap(avatar, colour, 56))
        self.note_edit.clear()

    def set_lessons(self, rows: list[LessonRowView]) -> None:
        """One line per lesson, under a shaded line naming its module."""
        self._lesson_rows = list(rows)
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
                palette = current().palette
                heading.setBackground(QColor(palette.band))
                heading.setForeground(QColor(palette.band_text))
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(number, 0, heading)
                table.setSpan(number, 0, 1, table.columnCount())
                number += 1
            started = row.status != "not_started"
            dates = row.started + (f"\n→ {row.completed}" if row.completed else "")
            cells: list[QTableWidgetItem] = [
                QTableWidgetItem(row.title),
                status_item(row.status),
                QTableWidgetItem(dates),
                QTableWidgetItem(row.minutes),
                QTableWidgetItem(str(row.wrong_taps) if started else ""),
                help_item(row.help_used, row.top_help, row.shown)
                if started
                else QTableWidgetItem(""),
            ]
            if row.confidence in CONFIDENCE:
                icon_name, words, colour = CONFIDENCE[row.confidence]
                face = QTableWidgetItem(icon(icon_name, ink(colour)), "")
                face.setToolTip(_(words))
                face.setData(Qt.ItemDataRole.AccessibleTextRole, _(words))
                cells.append(face)
            else:
                cells.append(QTableWidgetItem(""))
            cells.append(alone_item(row.done_alone))
            for column, cell in enumerate(cells):
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(number, column, cell)
            number += 1
        self._fit_table()

    def set_notes(self, notes: list[NoteView]) -> None:
        self._notes = list(notes)
        clear_layout(self.notes)
        if not notes:
            add_row(self.notes, label(_("No note yet."), "muted"))
        for note in notes:
            box = QFrame()
            box.setObjectName(f"fac_learner_page.note.{note.note_id}")
            set_role(box, "card")
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

    def put_back_note(self, text: str) -> None:
        """A note that could not be saved goes back in its field, to be kept or copied."""
        self.note_edit.setPlainText(text)

    def note_texts(self) -> list[str]:
        return [note.text for note in self._notes]

    def _on_add_note_clicked(self) -> None:
        text = self.note_edit.toPlainText().strip()
        if text:
            self.note_edit.clear()
            self.note_added.emit(text)

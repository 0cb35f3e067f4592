"""The facilitator's screens for the stand (settings, figures) and for packs."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tutor.i18n import _
from tutor.storage.stand import IDLE_MINUTES, StandFigures
from tutor.ui.display import notifier
from tutor.ui.facilitator.charts import chart_bar, chart_ink
from tutor.ui.facilitator.common import (
    LessonChecklist,
    Page,
    add_row,
    clear_layout,
    flow_row,
    scroll_column,
)
from tutor.ui.facilitator.exports import WorkProgress, _panel
from tutor.ui.flow import FlowLayout
from tutor.ui.widgets import button, label


class StandSettingsScreen(Page):
    saved = Signal(int, list, str)  # idle minutes, lesson ids, help text
    start_requested = Signal()
    stop_requested = Signal()
    figures_requested = Signal()

    def __init__(self) -> None:
        super().__init__("fac_stand", _("Stand mode"))
        self.figures_button = self.add_action(
            _("Figures"), "mdi6.chart-bar", "fac_stand.figures", self.figures_requested
        )
        self.save_button = self.add_action(
            _("Save"), "mdi6.content-save", "fac_stand.save", self._on_save_clicked, "primary"
        )
        area, column = scroll_column(spacing=12)
        self.body.addWidget(area, 1)
        panel, inner = _panel(_("At the stand"))
        self.state = label("", "instruction")
        self.state.setObjectName("fac_stand.state")
        inner.addWidget(self.state)
        self.start_button = button(
            _("Start the stand mode"), "mdi6.play", "primary", name="fac_stand.start"
        )
        self.start_button.clicked.connect(self.start_requested)
        self.stop_button = button(_("Stop the stand mode"), "mdi6.stop", name="fac_stand.stop")
        self.stop_button.clicked.connect(self.stop_requested)
        inner.addLayout(flow_row(self.start_button, self.stop_button))
        # Shown when this data folder holds real learners (see show_separate_folder_advice).
        self.folder_advice = label("", "feedback")
        self.folder_advice.setObjectName("fac_stand.folder_advice")
        self.folder_advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_advice.hide()
        inner.addWidget(self.folder_advice)
        row = FlowLayout(spacing=14)
        row.add(label(_("Start again for the next visitor after"), wrap=False))
        self.fewer = button("", "mdi6.minus", name="fac_stand.idle.fewer")
        self.fewer.setAccessibleName(_("Fewer minutes"))
        self.fewer.clicked.connect(lambda: self._move_idle(-1))
        self.idle_label = label("", "heading", wrap=False)
        self.idle_label.setObjectName("fac_stand.idle")
        self.idle_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle_label.setMinimumWidth(140)
        self.more = button("", "mdi6.plus", name="fac_stand.idle.more")
        self.more.setAccessibleName(_("More minutes"))
        self.more.clicked.connect(lambda: self._move_idle(1))
        minutes = QWidget()  # "−  5 minutes  +" stay together
        counter = QHBoxLayout(minutes)
        counter.setContentsMargins(0, 0, 0, 0)
        for widget in (self.fewer, self.idle_label, self.more):
            counter.addWidget(widget)
        row.add(minutes)
        row.add(label(_("without a tap."), wrap=False))
        inner.addLayout(row)
        add_row(column, panel)
        panel, inner = _panel(_("Where to get help near here (printed on the visitor's sheet)"))
        self.help_edit = QPlainTextEdit()
        self.help_edit.setObjectName("fac_stand.help")
        self.help_edit.setAccessibleName(_("Where to get help near here"))
        self.help_edit.setPlaceholderText(
            _("For example: Digital help desk, town hall, Tuesdays 2 pm to 5 pm, 02 97 00 00 00")
        )
        self.help_edit.setFixedHeight(130)
        inner.addWidget(self.help_edit)
        add_row(column, panel)
        add_row(column, label(_("Lessons shown first at the stand"), "instruction"))
        self.lessons_holder = LessonChecklist("fac_stand.lesson")
        add_row(column, self.lessons_holder)
        self.lesson_boxes: dict[str, QCheckBox] = {}
        self._idle_index = 2

    def show_settings(
        self,
        active: bool,
        idle_minutes: int,
        help_text: str,
        modules: list[tuple[str, list[tuple[str, str]]]],
        chosen: tuple[str, ...],
    ) -> None:
        self.state.setText(_("The stand mode is on.") if active else _("The stand mode is off."))
        self.start_button.setVisible(not active)
        self.stop_button.setVisible(active)
        nearest = min(IDLE_MINUTES, key=lambda m: abs(m - idle_minutes))
        self._idle_index = IDLE_MINUTES.index(nearest)
        self._show_idle()
        self.help_edit.setPlainText(help_text)
        self.lesson_boxes = self.lessons_holder.show_lessons(modules, chosen)
        self._order = list(chosen)

    def show_separate_folder_advice(self, command: str) -> None:
        """``command``: how to start the stand on its own, empty data folder ("" hides it)."""
        self.folder_advice.setText(
            _(
                "This data folder holds the learners of your workshops. For a public stand, "
                "start the stand on its own, empty data folder, so that none of their data "
                "is on the stand's device. Its PIN first, then the stand: {command}"
            ).format(command=command)
            if command
            else ""
        )
        self.folder_advice.setVisible(bool(command))

    def idle_minutes(self) -> int:
        return IDLE_MINUTES[self._idle_index]

    def _show_idle(self) -> None:
        self.idle_label.setText(_("{count} min").format(count=self.idle_minutes()))
        self.fewer.setEnabled(self._idle_index > 0)
        self.more.setEnabled(self._idle_index < len(IDLE_MINUTES) - 1)

    def _move_idle(self, delta: int) -> None:
        self._idle_index = max(0, min(len(IDLE_MINUTES) - 1, self._idle_index + delta))
        self._show_idle()

    def chosen_lessons(self) -> list[str]:
        ticked = [i for i, box in self.lesson_boxes.items() if box.isChecked()]
        kept = [i for i in self._order if i in ticked]  # the order they were chosen in
        return kept + [i for i in ticked if i not in kept]

    def _on_save_clicked(self) -> None:
        self.saved.emit(
            self.idle_minutes(), self.chosen_lessons(), self.help_edit.toPlainText().strip()
        )


class HourBars(QWidget):
    """Visits per hour as plain bars with their numbers written on them."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("fac_stand_figures.hours")
        notifier().changed.connect(self.update)  # painted in the colours of the look
        self.setMinimumHeight(220)
        self._values: dict[int, int] = {}

    def set_values(self, values: dict[int, int]) -> None:
        self._values = values
        self.update()

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        hours = (
            range(8, 20)
            if not self._values
            else range(min(8, min(self._values)), max(19, max(self._values)) + 1)
        )
        top = max([1, *self._values.values()])
        width = self.width() / len(hours)
        font = QFont(self.font())
        font.setPixelSize(22)  # as big as any text
        painter.setFont(font)
        base = self.height() - 34
        for index, hour in enumerate(hours):
            value = self._values.get(hour, 0)
            height = int((base - 34) * value / top)
            x = int(index * width + 6)
            bar = QRect(x, base - height, int(width - 12), height)
            painter.fillRect(bar, chart_bar("#0b4a85"))  # the look's colours, as the charts
            painter.setPen(chart_ink())
            if value:
                painter.drawText(QRect(x, base - height - 30, int(width - 12), 28),
                                 Qt.AlignmentFlag.AlignCenter, str(value))  # fmt: skip
            painter.drawText(QRect(x, base + 4, int(width - 12), 28),
                             Qt.AlignmentFlag.AlignCenter, f"{hour}h")  # fmt: skip


class StandFiguresScreen(Page):
    csv_requested = Signal()
    pdf_requested = Signal()

    def __init__(self) -> None:
        super().__init__("fac_stand_figures", _("Stand figures"), scrolls=True)
        self.csv_button = button(
            _("Save the table (CSV)…"), "mdi6.file-delimited-outline", name="fac_stand_figures.csv"
        )
        self.csv_button.clicked.connect(self.csv_requested)
        self.pdf_button = button(
            _("Save the report (PDF)…"), "mdi6.file-pdf-box", "primary",
            name="fac_stand_figures.pdf",
        )  # fmt: skip
        self.pdf_button.clicked.connect(self.pdf_requested)
        self.page_actions.add(self.csv_button)
        self.page_actions.add(self.pdf_button)
        self.totals = label("", "instruction")
        self.totals.setObjectName("fac_stand_figures.totals")
        self.body.addWidget(self.totals)
        self.body.addWidget(label(_("Visits by hour"), "heading"))
        self.hours = HourBars()
        self.body.addWidget(self.hours)
        self.body.addWidget(label(_("Lessons tried (started · finished)"), "heading"))
        self.rows = QVBoxLayout()  # the whole page scrolls: no list scrolling of its own
        self.rows.setSpacing(6)
        self.rows.addStretch(1)
        self.body.addLayout(self.rows, 1)
        self.progress = WorkProgress("fac_stand_figures.progress")
        self.body.addWidget(self.progress)

    def show_figures(self, figures: StandFigures, titles: dict[str, str]) -> None:
        self.progress.hide()
        self.totals.setText(
            _("{visits} visits · {started} lessons started · {finished} finished").format(
                visits=figures.visits, started=figures.started, finished=figures.finished
            )
        )
        self.hours.set_values({hour: v[0] for hour, v in figures.by_hour.items()})
        clear_layout(self.rows)
        if not figures.lessons:
            add_row(self.rows, label(_("No visitor yet."), "muted"))
        for line in figures.lessons:
            row = label(
                f"{titles.get(line.lesson_id, line.lesson_id)} — {line.started} · {line.finished}"
            )
            row.setObjectName(f"fac_stand_figures.lesson.{line.lesson_id}")
            add_row(self.rows, row)

    def set_busy(self, busy: bool) -> None:
        self.csv_button.setEnabled(not busy)
        self.pdf_button.setEnabled(not busy)


class PacksScreen(Page):
    export_requested = Signal()
    import_requested = Signal()
    link_requested = Signal(str, str)  # keep, merge
    apart_requested = Signal(str, str)

    def __init__(self) -> None:
        # The whole page moves by finger: at 200 % on a short window its explanation, its
        # buttons and the list are taller than the screen.
        super().__init__("fac_packs", _("Tablets and packs"), scrolls=True)
        panel, inner = _panel(_("Several tablets, one record"))
        inner.addWidget(
            label(
                _(
                    "On each tablet, save its pack on a USB stick or in a shared folder. On "
                    "this computer, import all the packs: nothing is counted twice, nothing "
                    "is lost."
                )
            )
        )
        self.export_button = button(
            _("Save this tablet's pack…"), "mdi6.export", "primary", name="fac_packs.export"
        )
        self.export_button.clicked.connect(self.export_requested)
        self.import_button = button(
            _("Import packs…"), "mdi6.import", "primary", name="fac_packs.import"
        )
        self.import_button.clicked.connect(self.import_requested)
        inner.addLayout(flow_row(self.export_button, self.import_button))
        self.body.addWidget(panel)
        self.progress = WorkProgress("fac_packs.progress")
        self.body.addWidget(self.progress)
        self.body.addWidget(label(_("Same first name on several tablets"), "heading"))
        self.rows = QVBoxLayout()
        self.rows.setSpacing(8)
        self.rows.addStretch(1)  # rows go before it (add_row)
        self.body.addLayout(self.rows)

    def show_duplicates(self, pairs: list[tuple[str, str, str, str]]) -> None:
        """(first id, second id, first name, details)."""
        clear_layout(self.rows)
        if not pairs:
            add_row(self.rows, label(_("Nothing to check."), "muted"))
        for first, second, name, details in pairs:
            line = QWidget()
            line.setObjectName(f"fac_packs.pair.{first}.{second}")
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(label(f"{name} — {details}"), 1)
            same = button(_("Same person: join"), "mdi6.link-variant",
                          name=f"fac_packs.link.{first}.{second}")  # fmt: skip
            same.clicked.connect(lambda _c=False, a=first, b=second: self.link_requested.emit(a, b))
            apart = button(_("Two people"), "mdi6.account-multiple",
                           name=f"fac_packs.apart.{first}.{second}")  # fmt: skip
            apart.clicked.connect(
                lambda _c=False, a=first, b=second: self.apart_requested.emit(a, b)
            )
            row.addWidget(same)
            row.addWidget(apart)
            add_row(self.rows, line)

    def set_busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)

"""Workshops: the list, and one workshop (day, place, who came, lessons for the day)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLayout, QLineEdit, QWidget

from tutor.i18n import _, ngettext
from tutor.storage.learners import Learner
from tutor.ui.facilitator.common import (
    FaceToggle,
    LessonChecklist,
    Page,
    add_row,
    clear_layout,
    flow_row,
    scroll_column,
)
from tutor.ui.flow import FlowLayout
from tutor.ui.widgets import CardButton, button, label, themed_tile_picture


def long_date(day: str) -> str:
    """ "2025-05-14" -> "14/05/2025 (Wed)"-like, readable in both languages."""
    try:
        date = dt.date.fromisoformat(day)
    except ValueError:
        return day
    weekdays = (_("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"),
                _("Saturday"), _("Sunday"))  # fmt: skip
    return f"{weekdays[date.weekday()]} {date.day:02d}/{date.month:02d}/{date.year}"


@dataclass(frozen=True)
class WorkshopLine:
    workshop_id: str
    day: str
    place: str
    facilitator: str
    attendees: int
    lessons: int


class WorkshopListScreen(Page):
    workshop_chosen = Signal(str)
    add_requested = Signal()

    def __init__(self) -> None:
        super().__init__("fac_workshops", _("Workshops"))
        self.add_button = self.add_action(
            _("New workshop"),
            "mdi6.calendar-plus",
            "fac_workshops.add",
            self.add_requested,
            "primary",
        )
        area, self.rows = scroll_column()
        self.body.addWidget(area, 1)

    def set_workshops(self, lines: list[WorkshopLine]) -> None:
        clear_layout(self.rows)
        if not lines:
            add_row(self.rows, label(_("No workshop yet. Tap “New workshop”."), "instruction"))
        for line in lines:
            details = [
                " · ".join(part for part in (line.place, line.facilitator) if part),
                ngettext("{count} person present", "{count} people present", line.attendees).format(
                    count=line.attendees
                )
                + " · "
                + ngettext(
                    "{count} lesson for the day", "{count} lessons for the day", line.lessons
                ).format(count=line.lessons),
            ]
            card = CardButton(long_date(line.day), details, QPixmap())
            card.set_picture(themed_tile_picture(card, "mdi6.calendar", "#1b5e20", 56))
            card.setObjectName(f"fac_workshops.workshop.{line.workshop_id}")
            card.clicked.connect(lambda _c=False, i=line.workshop_id: self.workshop_chosen.emit(i))
            add_row(self.rows, card)


class WorkshopEditScreen(Page):
    saved = Signal(str, str, str, list, list)  # day, place, facilitator, learner ids, lesson ids
    delete_requested = Signal()

    def __init__(self) -> None:
        super().__init__("fac_workshop", _("Workshop"))
        self.delete_button = self.add_action(
            _("Delete"), "mdi6.delete-outline", "fac_workshop.delete", self.delete_requested
        )
        self.save_button = self.add_action(
            _("Save"), "mdi6.content-save", "fac_workshop.save", self._on_save_clicked, "primary"
        )
        area, column = scroll_column(spacing=12)
        self.body.addWidget(area, 1)
        self._column = column

        details = QWidget()
        grid = QGridLayout(details)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.addWidget(label(_("Day"), "heading"), 0, 0)
        day_row = QHBoxLayout()
        day_row.setSpacing(12)
        self.earlier = button("", "mdi6.chevron-left", name="fac_workshop.day.earlier")
        self.earlier.setAccessibleName(_("The day before"))
        self.earlier.clicked.connect(lambda: self._move_day(-1))
        self.day_label = label("", "heading", wrap=False)
        self.day_label.setObjectName("fac_workshop.day")
        self.day_label.setMinimumWidth(280)
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.later = button("", "mdi6.chevron-right", name="fac_workshop.day.later")
        self.later.setAccessibleName(_("The day after"))
        self.later.clicked.connect(lambda: self._move_day(1))
        self.today_button = button(_("Today"), name="fac_workshop.day.today")
        self.today_button.clicked.connect(lambda: self.set_day(dt.date.today()))
        stepper = QWidget()  # "<  Tuesday 1/9/2026  >" stay together; "Today" may wrap
        stepper.setLayout(day_row)
        day_row.setContentsMargins(0, 0, 0, 0)
        day_row.addWidget(self.earlier)
        day_row.addWidget(self.day_label)
        day_row.addWidget(self.later)
        grid.addLayout(flow_row(stepper, self.today_button, spacing=12), 0, 1)
        grid.addWidget(label(_("Place"), "heading"), 1, 0)
        self.place_edit = QLineEdit()
        self.place_edit.setObjectName("fac_workshop.place")
        self.place_edit.setAccessibleName(_("Place"))
        grid.addWidget(self.place_edit, 1, 1)
        grid.addWidget(label(_("Facilitator"), "heading"), 2, 0)
        self.facilitator_edit = QLineEdit()
        self.facilitator_edit.setObjectName("fac_workshop.facilitator")
        self.facilitator_edit.setAccessibleName(_("Facilitator"))
        grid.addWidget(self.facilitator_edit, 2, 1)
        add_row(column, details)

        add_row(column, label(_("Who is here? Tap each person present."), "instruction"))
        self.faces_holder = QWidget()
        self.faces = FlowLayout(self.faces_holder, spacing=12)  # as many on a line as fit
        add_row(column, self.faces_holder)
        add_row(column, label(_("Lessons for the day"), "instruction"))
        self.lessons_holder = LessonChecklist("fac_workshop.lesson")
        add_row(column, self.lessons_holder)
        self.face_toggles: dict[str, FaceToggle] = {}
        self.lesson_boxes: dict[str, QCheckBox] = {}
        self._day = dt.date.today()

    def set_day(self, day: dt.date) -> None:
        self._day = day
        self.day_label.setText(long_date(day.isoformat()))

    def _move_day(self, delta: int) -> None:
        self.set_day(self._day + dt.timedelta(days=delta))

    def day(self) -> str:
        return self._day.isoformat()

    def show_workshop(
        self,
        title: str,
        day: str,
        place: str,
        facilitator: str,
        learners: list[Learner],
        present: list[str],
        modules: list[tuple[str, list[tuple[str, str]]]],  # module title, [(lesson id, title)]
        assigned: list[str],
        existing: bool,
    ) -> None:
        self.banner.show_text("")
        self.title.setText(title)
        try:
            self.set_day(dt.date.fromisoformat(day))
        except ValueError:
            self.set_day(dt.date.today())
        self.place_edit.setText(place)
        self.facilitator_edit.setText(facilitator)
        self.delete_button.setVisible(existing)
        self._clear_grid(self.faces)
        self.face_toggles = {}
        for learner in learners:
            face = FaceToggle(learner.first_name, learner.avatar, learner.colour)
            face.setObjectName(f"fac_workshop.face.{learner.id}")
            face.setChecked(learner.id in present)
            self.faces.add(face)
            self.face_toggles[learner.id] = face
        if not learners:
            self.faces.add(label(_("Nobody yet."), "muted"))
        self.lesson_boxes = self.lessons_holder.show_lessons(modules, assigned)

    @staticmethod
    def _clear_grid(grid: QLayout) -> None:
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    def _on_save_clicked(self) -> None:
        present = [i for i, face in self.face_toggles.items() if face.isChecked()]
        lessons = [i for i, box in self.lesson_boxes.items() if box.isChecked()]
        self.saved.emit(
            self.day(),
            self.place_edit.text().strip(),
            self.facilitator_edit.text().strip(),
            present,
            lessons,
        )

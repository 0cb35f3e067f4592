"""The "Difficult steps" page's controller: where learners hesitate most (filtered by
workshop), each step with its picture, drawn in idle time (``StepThumbnails``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QWidget

from tutor.i18n import N_, current_language
from tutor.storage.store import Store
from tutor.ui.facilitator.difficult import DifficultRow, DifficultStepsScreen
from tutor.ui.facilitator.space import FacilitatorPage, Space, of_type


class DifficultPage:
    def __init__(self, space: Space) -> None:
        self.space = space
        self.screen = of_type(space.screens_of("difficult"), DifficultStepsScreen)
        self._difficult_workshop = ""
        self.screen.back_requested.connect(space.show_home)
        self.screen.workshop_chosen.connect(self._on_difficult_workshop_chosen)
        space.thumbnails.ready.connect(self.screen.set_picture)

    @property
    def store(self) -> Store:  # the store can be replaced by a restore
        return self.space.store

    def open(self) -> None:
        self.show_difficult()

    def picture(self, name: str) -> None:
        self.show_difficult()
        while self.space.thumbnails.pending():  # every step's picture drawn
            QApplication.processEvents()

    def show_difficult(self) -> None:
        screen = self.screen
        language = current_language()
        rows: list[DifficultRow] = []
        steps = self.store.reports.difficult_steps(20, self._difficult_workshop or None)
        for step in steps:
            lesson = self.space.catalogue.lessons.get(step.lesson_id)
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
                    step.top_help,
                    step.shown,
                )
            )
        screen.set_workshops(self.space.workshop_choices(), self._difficult_workshop)
        screen.set_steps(rows)
        self.space.show(screen)
        thumbnails = self.space.thumbnails
        for row in rows:
            picture = thumbnails.cached(row.lesson_id, row.step_index)
            if picture is not None:
                screen.set_picture(row.lesson_id, row.step_index, picture)
            else:
                thumbnails.request(row.lesson_id, row.step_index)

    def _on_difficult_workshop_chosen(self, workshop_id: str) -> None:
        self._difficult_workshop = workshop_id
        self.show_difficult()


def _screens() -> Sequence[QWidget]:
    return (DifficultStepsScreen(),)


PAGE = FacilitatorPage(
    "difficult",
    N_("Difficult steps"),
    "mdi6.alert-circle-outline",
    "#b33c00",
    _screens,
    DifficultPage,
    ("difficult",),
)

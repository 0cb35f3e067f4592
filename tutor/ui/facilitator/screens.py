"""All the facilitator's screens, created once with the main window (behind the PIN)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tutor.ui.facilitator.charts import ChartsScreen
from tutor.ui.facilitator.common import ConfirmScreen
from tutor.ui.facilitator.difficult import DifficultStepsScreen
from tutor.ui.facilitator.exports import BackupScreen, ExportsScreen
from tutor.ui.facilitator.home import FacilitatorHome
from tutor.ui.facilitator.learners import LearnerEditScreen, LearnerListScreen
from tutor.ui.facilitator.pin import PinScreen
from tutor.ui.facilitator.progress import LearnerPageScreen, ProgressScreen
from tutor.ui.facilitator.workshops import WorkshopEditScreen, WorkshopListScreen


class FacilitatorScreens:
    def __init__(self) -> None:
        self.pin = PinScreen()
        self.home = FacilitatorHome()
        self.learners = LearnerListScreen()
        self.learner = LearnerEditScreen()
        self.workshops = WorkshopListScreen()
        self.workshop = WorkshopEditScreen()
        self.progress = ProgressScreen()
        self.learner_page = LearnerPageScreen()
        self.difficult = DifficultStepsScreen()
        self.charts = ChartsScreen()
        self.exports = ExportsScreen()
        self.backup = BackupScreen()
        self.confirm = ConfirmScreen()

    def all(self) -> list[QWidget]:
        return [
            self.pin,
            self.home,
            self.learners,
            self.learner,
            self.workshops,
            self.workshop,
            self.progress,
            self.learner_page,
            self.difficult,
            self.charts,
            self.exports,
            self.backup,
            self.confirm,
        ]

    def behind_pin(self) -> list[QWidget]:
        """Every screen showing learners' data (all but the PIN screen)."""
        return [screen for screen in self.all() if screen is not self.pin]

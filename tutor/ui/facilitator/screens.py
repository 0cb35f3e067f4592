"""All the facilitator's screens, created once with the main window (behind the PIN).

The PIN, the home and the confirmation are the space's own; every page's screens are made
from its entry in ``registry.PAGES`` (the named ones below are shortcuts to them)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from tutor.ui.facilitator import registry
from tutor.ui.facilitator.charts import ChartsScreen
from tutor.ui.facilitator.common import ConfirmScreen
from tutor.ui.facilitator.difficult import DifficultStepsScreen
from tutor.ui.facilitator.exports import BackupScreen, ExportsScreen
from tutor.ui.facilitator.home import FacilitatorHome
from tutor.ui.facilitator.learner_page import LearnerPageScreen
from tutor.ui.facilitator.learners import LearnerEditScreen, LearnerListScreen
from tutor.ui.facilitator.pin import PinScreen
from tutor.ui.facilitator.progress import ProgressScreen
from tutor.ui.facilitator.space import of_type
from tutor.ui.facilitator.workshops import WorkshopEditScreen, WorkshopListScreen


class FacilitatorScreens:
    def __init__(self) -> None:
        self.pin = PinScreen()
        self.home = FacilitatorHome(registry.pages())
        self.pages: dict[str, tuple[QWidget, ...]] = {
            page.key: tuple(page.screens()) for page in registry.pages() if page.screens
        }
        self.learners = of_type(self.of("learners"), LearnerListScreen)
        self.learner = of_type(self.of("learners"), LearnerEditScreen)
        self.workshops = of_type(self.of("workshops"), WorkshopListScreen)
        self.workshop = of_type(self.of("workshops"), WorkshopEditScreen)
        self.progress = of_type(self.of("progress"), ProgressScreen)
        self.learner_page = of_type(self.of("progress"), LearnerPageScreen)
        self.difficult = of_type(self.of("difficult"), DifficultStepsScreen)
        self.charts = of_type(self.of("charts"), ChartsScreen)
        self.exports = of_type(self.of("exports"), ExportsScreen)
        self.backup = of_type(self.of("backup"), BackupScreen)
        self.confirm = ConfirmScreen()

    def of(self, key: str) -> Sequence[QWidget]:
        """The screens of the page ``key`` (none for a page whose screens are elsewhere)."""
        return self.pages.get(key, ())

    def all(self) -> list[QWidget]:
        return [
            self.pin,
            self.home,
            *(screen for screens in self.pages.values() for screen in screens),
            self.confirm,
        ]

    def behind_pin(self) -> list[QWidget]:
        """Every screen showing learners' data (all but the PIN screen)."""
        return [screen for screen in self.all() if screen is not self.pin]

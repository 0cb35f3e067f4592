"""The "Charts" page's controller: lessons finished by day, and by module."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from tutor.core.modules import MODULES
from tutor.i18n import N_
from tutor.storage.store import Store
from tutor.ui.facilitator.charts import ChartsScreen
from tutor.ui.facilitator.space import FacilitatorPage, Space, of_type


class ChartsPage:
    def __init__(self, space: Space) -> None:
        self.space = space
        self.screen = of_type(space.screens_of("charts"), ChartsScreen)
        self.screen.back_requested.connect(space.show_home)

    @property
    def store(self) -> Store:  # the store can be replaced by a restore
        return self.space.store

    def open(self) -> None:
        self.show_charts()

    def picture(self, name: str) -> None:
        self.show_charts()

    def show_charts(self) -> None:
        reports = self.store.reports
        days = reports.completions_by_day(60)
        counts = reports.completions_by_module(self.space.lesson_modules())
        modules = [
            (module.display_title(), counts.get(module.id, 0), module.colour) for module in MODULES
        ]
        self.screen.show_charts(days, modules)
        self.space.show(self.screen)


def _screens() -> Sequence[QWidget]:
    return (ChartsScreen(),)


PAGE = FacilitatorPage(
    "charts", N_("Charts"), "mdi6.chart-bar", "#00595e", _screens, ChartsPage, ("charts",)
)

"""Stand (kiosk) mode for public events, and the facilitator's screens for it and for packs."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tutor.ui.stand.admin_screens import PacksScreen, StandFiguresScreen, StandSettingsScreen
from tutor.ui.stand.screens import (
    AttractScreen,
    StandHomeScreen,
    StillThereOverlay,
    VisitorSheetScreen,
)


class StandScreens:
    def __init__(self, window: QWidget) -> None:
        self.attract = AttractScreen()
        self.home = StandHomeScreen()
        self.sheet = VisitorSheetScreen()
        self.settings = StandSettingsScreen()
        self.figures = StandFiguresScreen()
        self.packs = PacksScreen()
        self.overlay = StillThereOverlay(window)

    def all(self) -> list[QWidget]:
        return [self.attract, self.home, self.sheet, self.settings, self.figures, self.packs]

    def visitor_screens(self) -> list[QWidget]:
        """The screens a visitor sees, each with its "Aa" button (``display_button``)."""
        return [self.attract, self.home, self.sheet]

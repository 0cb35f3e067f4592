"""The one window: a stack of screens, one task each."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from tutor import APP_NAME
from tutor.ui.display_panel import DisplayPanel
from tutor.ui.facilitator.screens import FacilitatorScreens
from tutor.ui.screens.catalogue import CatalogueScreen, LessonListScreen
from tutor.ui.screens.new_learner import NewLearnerScreen
from tutor.ui.screens.player import PlayerScreen
from tutor.ui.screens.settings import SettingsScreen
from tutor.ui.screens.sign_in import SignInScreen
from tutor.ui.screens.summary import SummaryScreen
from tutor.ui.stand import StandScreens

TABLET_SIZE = (1280, 800)


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setObjectName("main_window")
        self.resize(*TABLET_SIZE)
        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")
        self.setCentralWidget(self.stack)
        self.sign_in = SignInScreen()
        self.new_learner = NewLearnerScreen()
        self.catalogue = CatalogueScreen()
        self.lessons = LessonListScreen()
        self.player = PlayerScreen()
        self.summary = SummaryScreen()
        self.settings = SettingsScreen()
        for screen in (
            self.settings,
            self.sign_in,
            self.new_learner,
            self.catalogue,
            self.lessons,
            self.player,
            self.summary,
        ):
            self.stack.addWidget(screen)
        self.facilitator = FacilitatorScreens()
        for page in self.facilitator.all():
            self.stack.addWidget(page)
        self.stand = StandScreens(self)
        for page in self.stand.all():
            self.stack.addWidget(page)
        # "Aa" on every learner screen: text size and colours, at any time.
        self.display_panel = DisplayPanel(self)

    def learner_screens(self) -> list[QWidget]:
        """The screens a learner sees, each with its "Aa" button (``display_button``)."""
        return [
            self.sign_in,
            self.new_learner,
            self.catalogue,
            self.lessons,
            self.player,
            self.summary,
            self.settings,
        ]

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.display_panel.setGeometry(self.rect())

    def show_screen(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        screen.setFocus()

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

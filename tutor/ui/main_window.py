"""The one window: a stack of screens, one task each.

It is built in two parts so the first screen appears quickly: ``MainWindow(complete=False)``
holds only the sign-in screen (painted at once at start-up), and :meth:`complete` adds every
other screen once that first picture is on the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from tutor import APP_NAME
from tutor.core.sizes import TABLET_SIZE
from tutor.ui.screens.sign_in import SignInScreen
from tutor.ui.widgets import apply_finishing_touches, hold_finishing_touches

if TYPE_CHECKING:
    from tutor.ui.display_panel import DisplayPanel
    from tutor.ui.facilitator.screens import FacilitatorScreens
    from tutor.ui.screens.catalogue import CatalogueScreen, LessonListScreen
    from tutor.ui.screens.new_learner import NewLearnerScreen
    from tutor.ui.screens.player import PlayerScreen
    from tutor.ui.screens.settings import SettingsScreen
    from tutor.ui.screens.setup import SetupScreen
    from tutor.ui.screens.summary import SummaryScreen
    from tutor.ui.stand import StandScreens


class ScreenStack(QStackedWidget):
    """The screens, one shown at a time, asking only for the room the shown one needs.

    A plain stack asks for the largest minimum of all its screens, hidden ones included: one
    facilitator page laid out at 200 % made every learner screen taller than a 1280×800
    tablet, and the window grew past its screen.
    """

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(self._on_current_changed)

    def _on_current_changed(self, _index: int) -> None:
        self.updateGeometry()  # the window's least size is now the shown screen's

    def minimumSizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.minimumSizeHint() if shown is not None else QSize(0, 0)

    def sizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.sizeHint() if shown is not None else QSize(0, 0)


class MainWindow(QMainWindow):
    new_learner: NewLearnerScreen
    catalogue: CatalogueScreen
    lessons: LessonListScreen
    player: PlayerScreen
    summary: SummaryScreen
    settings: SettingsScreen
    setup: SetupScreen
    facilitator: FacilitatorScreens
    stand: StandScreens
    display_panel: DisplayPanel

    def __init__(self, complete: bool = True) -> None:
        super().__init__()
        if not complete:
            hold_finishing_touches()  # until complete(): see tutor.ui.widgets
        self.setWindowTitle(APP_NAME)
        self.setObjectName("main_window")
        self.resize(*TABLET_SIZE)
        self.stack = ScreenStack()
        self.stack.setObjectName("screens")
        self.setCentralWidget(self.stack)
        self.sign_in = SignInScreen()
        self.stack.addWidget(self.sign_in)
        self.completed = False
        if complete:
            self.complete()

    def complete(self) -> None:
        """Every screen besides sign-in (the sign-in screen stays the one shown)."""
        if self.completed:
            return
        apply_finishing_touches()
        from tutor.ui.display_panel import DisplayPanel
        from tutor.ui.facilitator.screens import FacilitatorScreens
        from tutor.ui.screens.catalogue import CatalogueScreen, LessonListScreen
        from tutor.ui.screens.new_learner import NewLearnerScreen
        from tutor.ui.screens.player import PlayerScreen
        from tutor.ui.screens.settings import SettingsScreen
        from tutor.ui.screens.setup import SetupScreen
        from tutor.ui.screens.summary import SummaryScreen
        from tutor.ui.stand import StandScreens

        self.new_learner = NewLearnerScreen()
        self.catalogue = CatalogueScreen()
        self.lessons = LessonListScreen()
        self.player = PlayerScreen()
        self.summary = SummaryScreen()
        self.settings = SettingsScreen()
        self.setup = SetupScreen()  # the first start's language and PIN
        self.stack.insertWidget(0, self.settings)  # the settings page sits first, as ever
        for screen in (
            self.new_learner,
            self.catalogue,
            self.lessons,
            self.player,
            self.summary,
            self.setup,
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
        self.display_panel.setGeometry(self.rect())
        from tutor.ui.focus_ring import FocusRing

        self.focus_ring = FocusRing(self)  # drawn only while a keyboard or switch is in use
        from tutor.ui.choice_focus import TabReachesEveryChoice
        from tutor.ui.switch_access import SwitchScanner

        self.choice_focus = TabReachesEveryChoice(self)  # Tab stops on every choice

        # Switches, when the facilitator turned them on: on the learner's screens (the
        # facilitator's own pages keep the keyboard's Space and Enter for typing).
        self.switches = SwitchScanner(self, lambda: self.current_screen() in self.learner_screens())
        self.completed = True

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
        if self.completed:
            self.display_panel.setGeometry(self.rect())

    def show_screen(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        screen.setFocus()
        if screen is not self.sign_in:
            # Its pictures are made again each time it is shown (see AppController): with
            # thousands of learners they were thousands of idle widgets that slowed every
            # other screen (the facilitator's learner page opened in 14 ms instead of 9 at
            # 3,000 learners).
            self.sign_in.release_tiles()

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

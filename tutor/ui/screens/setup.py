"""The first-start set-up: the device's language, then the facilitator PIN, typed twice.

It is the only screen where a first PIN is ever chosen (see ``controllers/setup.py``), shown
before the sign-in screen while the device has no PIN. Two pages, one task each.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from tutor.core.sizes import MIN_TARGET_PX
from tutor.i18n import LANGUAGES, _
from tutor.ui.facilitator.pin import PinScreen
from tutor.ui.widgets import button, display_button, label


class SetupScreen(QWidget):
    language_chosen = Signal(str)
    pin_entered = Signal(str)
    back_requested = Signal()  # from the PIN page: back to the language
    later_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screen.setup")
        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.language_page = self._language_page()
        self.pages.addWidget(self.language_page)
        self.pin = PinScreen("setup.pin", _("First start: step 2 of 2"))
        self.later_button = button(_("Later"), "mdi6.clock-outline", name="setup.later")
        self.later_button.setMinimumHeight(MIN_TARGET_PX)
        self.later_button.clicked.connect(self.later_requested)
        self.pin.add_top_button(self.later_button)  # beside "Back"
        self.pin.pin_entered.connect(self.pin_entered)
        self.pin.back_requested.connect(self.back_requested)
        self.pages.addWidget(self.pin)

    def _language_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("setup.language")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 28, 40, 24)
        layout.setSpacing(20)
        top = QHBoxLayout()
        top.addWidget(label(_("First start: step 1 of 2"), "muted"), 1)
        self.language_display_button = display_button("setup.language")
        top.addWidget(self.language_display_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        title = label(_("Welcome to Pas à Pas"), "title")
        title.setObjectName("setup.title")
        layout.addWidget(title)
        layout.addWidget(
            label(
                _(
                    "Before the first lesson, a facilitator prepares this device: its "
                    "language, then the facilitator PIN."
                )
            )
        )
        layout.addWidget(label(_("Choose the language:"), "instruction"))
        row = QHBoxLayout()
        row.setSpacing(24)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGES.items():
            choice = button(name, "mdi6.translate", "primary", name=f"setup.language.{code}")
            choice.setMinimumSize(280, 96)
            choice.clicked.connect(lambda _c=False, c=code: self.language_chosen.emit(c))
            row.addWidget(choice)
            self.language_buttons[code] = choice
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # -- what the controller says -------------------------------------------------------------
    @property
    def display_button(self) -> QPushButton:
        """The "Aa" button of the page shown."""
        if self.pages.currentWidget() is self.pin:
            return self.pin.display_button
        return self.language_display_button

    def display_buttons(self) -> list[QPushButton]:
        return [self.language_display_button, self.pin.display_button]

    def show_language(self) -> None:
        self.pages.setCurrentWidget(self.language_page)

    def show_pin(self, prompt: str, hint: str, later: bool) -> None:
        """The PIN page; "Later" only while the device holds no learner data."""
        self.later_button.setVisible(later)
        self.pin.ask(prompt, hint)
        self.pages.setCurrentWidget(self.pin)
        self.pin.setFocus()

    def show_message(self, text: str) -> None:
        self.pin.show_message(text)

    def set_checking(self, checking: bool, words: str = "") -> None:
        """While the PIN is kept (half a second): calm words, keys ignored, no "Later"."""
        self.pin.set_checking(checking, words)
        self.later_button.setEnabled(not checking)

"""The "Switches" page: the facilitator turns switch access on for this device.

A person who cannot aim at a screen uses one or two switches (big buttons plugged in, sending
keys). They cannot reach a settings page before switches work, so the facilitator chooses
here, for the device; it holds from the sign-in screen on and is in force at once (the
facilitator tries it on the learner's screens). See ``tutor.ui.switch_access``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QVBoxLayout, QWidget

from tutor.core.switches import SCAN_SECONDS, SwitchAccess, SwitchMode
from tutor.i18n import N_, _
from tutor.ui import switch_access
from tutor.ui.facilitator.common import Page, choice
from tutor.ui.facilitator.space import FacilitatorPage, Space, of_type
from tutor.ui.flow import FlowLayout
from tutor.ui.widgets import label, set_role

MODES = (
    (SwitchMode.OFF, N_("No switch")),
    (SwitchMode.TWO, N_("Two switches")),
    (SwitchMode.ONE, N_("One switch")),
)


def _panel(title: str, text: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    set_role(frame, "panel")
    column = QVBoxLayout(frame)
    column.setContentsMargins(18, 12, 18, 14)
    column.setSpacing(10)
    column.addWidget(label(title, "heading"))
    column.addWidget(label(text))
    return frame, column


def _choices(group: QButtonGroup, options: Sequence[tuple[object, str, str]]) -> FlowLayout:
    """A row of choices (value, words, name), one checked at a time."""
    row = FlowLayout(spacing=14)
    for value, words, name in options:
        option = choice(words, name)
        option.setProperty("value", value)
        group.addButton(option)
        row.add(option)
    return row


class SwitchesScreen(Page):
    chosen = Signal(object)  # the SwitchAccess chosen

    def __init__(self) -> None:
        super().__init__("fac_switches", _("Switches"), scrolls=True)
        intro = label(
            _(
                "A switch is a big button plugged into the device, for a person who cannot"
                " tap the screen precisely. The choice holds on this device for every"
                " learner, from the sign-in screen on."
            )
        )
        self.body.addWidget(intro)
        how, column = _panel(
            _("How many switches?"),
            _(
                "Two switches: the first one (Space) moves the highlight to the next button,"
                " the second one (Enter) presses it. One switch: the highlight moves by itself,"
                " and the switch (Space or Enter) presses. Most switch boxes send Space and"
                " Enter as they come."
            ),
        )
        self._mode = QButtonGroup(self)
        column.addLayout(
            _choices(
                self._mode,
                [(mode, _(words), f"fac_switches.mode.{mode.value}") for mode, words in MODES],
            )
        )
        self.body.addWidget(how)
        pace, column = _panel(
            _("With one switch, how long does the highlight stay on each button?"),
            _("The highlight goes round again: waiting loses nothing."),
        )
        self._seconds = QButtonGroup(self)
        column.addLayout(
            _choices(
                self._seconds,
                [
                    (
                        seconds,
                        _("{seconds} seconds").format(seconds=seconds),
                        f"fac_switches.scan.{seconds}",
                    )
                    for seconds in SCAN_SECONDS
                ],
            )
        )
        self.pace = pace
        self.body.addWidget(pace)
        self.body.addStretch(1)
        self._mode.buttonClicked.connect(lambda _button: self._emit())
        self._seconds.buttonClicked.connect(lambda _button: self._emit())

    def show_access(self, access: SwitchAccess) -> None:
        for option in self._mode.buttons():
            option.setChecked(option.property("value") is access.mode)
        for option in self._seconds.buttons():
            option.setChecked(option.property("value") == access.scan_seconds)
        self.pace.setEnabled(access.mode is SwitchMode.ONE)

    def _emit(self) -> None:
        mode = self._mode.checkedButton()
        seconds = self._seconds.checkedButton()
        if mode is None or seconds is None:
            return
        access = SwitchAccess(mode.property("value"), int(seconds.property("value")))
        self.pace.setEnabled(access.mode is SwitchMode.ONE)
        self.chosen.emit(access)


class SwitchesPage:
    def __init__(self, space: Space) -> None:
        self.space = space
        self.screen = of_type(space.screens_of("switches"), SwitchesScreen)
        self.screen.back_requested.connect(space.show_home)
        self.screen.chosen.connect(self.choose)

    def open(self) -> None:
        self.screen.banner.show_text("")
        self.screen.show_access(self.space.store.settings.switch_access())
        self.space.show(self.screen)

    def picture(self, name: str) -> None:
        self.open()

    def choose(self, access: SwitchAccess) -> None:
        """Kept for the device, and in force at once."""
        try:
            self.space.store.settings.save_switch_access(access)
        except sqlite3.Error as error:  # the choice shown goes back to what is kept
            self.screen.banner.show_text(self.space.not_saved(_("The choice was not saved"), error))
            self.screen.show_access(self.space.store.settings.switch_access())
            return
        switch_access.configure(access)
        self.screen.banner.show_text("")


def _screens() -> Sequence[QWidget]:
    return (SwitchesScreen(),)


PAGE = FacilitatorPage(
    "switches",
    N_("Switches"),
    "mdi6.gesture-tap-button",
    "#5b2a86",
    _screens,
    SwitchesPage,
    ("switches",),
)

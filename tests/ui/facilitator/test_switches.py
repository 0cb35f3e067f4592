"""The "Switches" page: the facilitator turns switch access on for the device; it is kept,
in force at once on the learner's screens, and back at the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.ui.driver import click
from tests.ui.facilitator.helpers import enter_space, open_tile
from tutor.core.switches import SwitchAccess, SwitchMode
from tutor.ui import switch_access
from tutor.ui.controllers.app_controller import AppController


def _choice(window, name: str) -> QWidget:
    found = window.findChild(QWidget, name)
    assert found is not None, name
    return found


def test_switches_chosen_are_kept_and_in_force_at_once(qtbot, app_parts):
    window, controller, services = app_parts
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "switches")
    assert window.current_screen().objectName() == "screen.fac_switches"
    assert _choice(window, "fac_switches.mode.off").isChecked()  # off unless chosen
    try:
        click(qtbot, _choice(window, "fac_switches.mode.one"))
        click(qtbot, _choice(window, "fac_switches.scan.4"))
        kept = SwitchAccess(SwitchMode.ONE, 4)
        assert services.store.settings.switch_access() == kept
        assert switch_access.current() == kept
        assert window.switches.timer.interval() == 4000
        # Only on the learner's screens: the facilitator's pages keep their keys and pace.
        assert not window.switches.applies()
        click(qtbot, window.current_screen().back_button)
        click(qtbot, window.facilitator.home.back_button)  # "Lock": back to the sign-in
        assert window.current_screen() is window.sign_in
        assert window.switches.applies()
        # The next start reads it back before the sign-in screen shows.
        switch_access.configure(SwitchAccess())
        AppController(window, services.store, services.catalogue, controller.narrator)
        assert switch_access.current() == kept
    finally:
        switch_access.configure(SwitchAccess())


def test_a_damaged_setting_reads_as_switches_off(app_parts):
    _window, _controller, services = app_parts
    services.store.settings.put({"switch_mode": "three", "switch_scan_seconds": "soon"})
    assert services.store.settings.switch_access() == SwitchAccess()

"""At the stand, a visitor's "Aa": applied live on every screen they see, kept for their
visit only (never stored), forgotten when the stand resets for the next visitor."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QWidget

from tests.ui.driver import click
from tests.ui.stand.helpers import (
    KEYBOARD_LESSON,
    begin_visit,
    open_stand_lesson,
    shorten_timers,
    start_stand,
)
from tutor.ui.display import Display, apply_display, current


@pytest.fixture(autouse=True)
def _usual_look_afterwards():
    yield
    apply_display(Display())


def _px(widget: QWidget) -> int:
    return QFontInfo(widget.font()).pixelSize()


def _choose(qtbot, window, screen: QWidget, *choices: str) -> None:
    """Touch the screen's "Aa", each choice in the panel, then "Close"."""
    click(qtbot, screen.display_button)
    panel = window.display_panel
    assert panel.isVisible()
    for name in choices:
        click(qtbot, panel.findChild(QWidget, name))
    click(qtbot, panel.close_button)
    assert not panel.isVisible() and window.current_screen() is screen


def test_every_visitor_screen_has_the_aa_button(qtbot, app_parts):
    window, _controller, _services = app_parts
    for screen in window.stand.visitor_screens():
        assert screen.display_button.text() == "Aa"
        assert screen.display_button.accessibleName()


def test_a_visitors_text_size_applies_live_and_is_forgotten_at_the_reset(
    qtbot, app_parts, monkeypatch
):
    shorten_timers(monkeypatch)
    # No idle reset while the test touches things, however slow the machine (a 1.5 s idle
    # "minute" still ran out under load); the reset itself is brought on below.
    monkeypatch.setattr("tutor.ui.stand.controller.MINUTE_MS", 600_000)
    window, controller, services = app_parts
    start_stand(qtbot, controller, services)
    stand = window.stand
    usual = (_px(stand.attract.subtitle), _px(stand.home.hint))
    # On the attract screen, before the visit begins: bigger at once, behind the panel.
    _choose(qtbot, window, stand.attract, "display.size.150")
    assert current() == Display(150, "standard")
    assert _px(stand.attract.subtitle) > usual[0]
    begin_visit(qtbot, window)
    assert _px(stand.home.hint) == round(usual[1] * 1.5)
    _choose(qtbot, window, stand.home, "display.theme.high_contrast")
    assert current() == Display(150, "high_contrast")
    # The facilitator's corner shows the PIN in the usual look; "Back" gives the visitor's.
    click(qtbot, stand.home.exit_button)
    assert window.current_screen() is window.facilitator.pin and current() == Display()
    click(qtbot, window.facilitator.pin.back_button)
    assert window.current_screen() is stand.home
    assert current() == Display(150, "high_contrast")
    # In a lesson too; still nothing about the visitor is stored.
    open_stand_lesson(qtbot, window, KEYBOARD_LESSON)
    _choose(qtbot, window, window.player, "display.size.200")
    assert current() == Display(200, "high_contrast")
    assert (controller.learner.text_size, controller.learner.theme) == (200, "high_contrast")
    assert services.store.learners.all(include_archived=True) == []
    # The panel is left open, then nobody touches the screen: the stand resets, the panel
    # closes, and the next visitor finds the usual look.
    click(qtbot, window.player.display_button)
    assert window.display_panel.isVisible()
    controller.stand.idle.start(300)  # from now on, 0.3 s without a touch is "idle"
    qtbot.waitUntil(lambda: window.current_screen() is stand.attract, timeout=10_000)
    assert not window.display_panel.isVisible()
    assert current() == Display()
    assert _px(stand.attract.subtitle) == usual[0]
    begin_visit(qtbot, window)
    assert current() == Display() and _px(stand.home.hint) == usual[1]
    assert controller.learner.text_size == 100

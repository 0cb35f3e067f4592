"""The focus ring: only while a keyboard or switch is in use, unlike the help's ring, and on
the step's words when a step starts."""

from __future__ import annotations

import colorsys

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from tests.ui.driver import click, do, settle
from tests.ui.test_play_lessons import open_lesson, sign_in_new
from tutor.sandboxes.base import HighlightOverlay
from tutor.ui.display import Display, apply_display, current
from tutor.ui.theme import PALETTES


@pytest.fixture(autouse=True)
def _usual_look_afterwards():
    yield
    apply_display(Display())


def _press_key(window, key) -> None:
    """As a keyboard or a switch does: through the window, to the control with the focus."""
    QTest.keyClick(window.windowHandle(), key)
    QTest.qWait(30)


def _touch(window, widget) -> None:
    """As a finger does: through the window, at the control's middle."""
    point = widget.mapTo(window, widget.rect().center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=point)
    QTest.qWait(30)


def _in_lesson(qtbot, window, services):
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, services.catalogue.get("tablet-open-app"))


def test_tab_shows_the_ring_around_the_control_and_a_touch_hides_it(qtbot, app_parts):
    window, _controller, services = app_parts
    _in_lesson(qtbot, window, services)
    ring = window.focus_ring
    assert ring.target_rect() is None  # touches so far: no ring
    _press_key(window, Qt.Key.Key_Tab)
    focused = window.focusWidget()
    rect = ring.target_rect()
    assert ring.isVisible() and rect is not None
    assert rect.topLeft() == focused.mapTo(window, QPoint(0, 0)) and rect.size() == focused.size()
    # Drawn, in the theme's focus colour, just outside the control.
    picture = window.grab().toImage()
    line = picture.pixelColor(rect.center().x(), rect.top() - 5)
    assert line == QColor(current().palette.focus), line.name()
    _touch(window, window.player.counter)
    assert not ring.isVisible() and ring.target_rect() is None
    assert window.focusWidget() is focused  # the focus stays; only its ring goes


def test_a_button_with_the_focus_is_not_framed_by_its_style(qtbot, app_parts):
    """A touched button keeps its usual border: nothing orange stays on "Quit"."""
    window, _controller, services = app_parts
    _in_lesson(qtbot, window, services)
    quit_button = window.player.findChild(object, "player.quit")
    quit_button.setFocus()
    settle(qtbot)
    picture = quit_button.grab().toImage()
    edge = picture.pixelColor(quit_button.width() // 2, 1)
    assert edge != QColor(current().palette.focus)
    assert window.focus_ring.target_rect() is None


def test_when_a_step_starts_the_focus_is_on_its_words(qtbot, app_parts):
    window, controller, services = app_parts
    _in_lesson(qtbot, window, services)
    lesson = services.catalogue.get("tablet-open-app")
    assert window.focusWidget() is window.player.instruction
    _press_key(window, Qt.Key.Key_Tab)
    _press_key(window, Qt.Key.Key_Tab)
    assert window.focusWidget() is not window.player.instruction
    do(qtbot, window, controller.lesson.sandbox, lesson.steps[0].expected_action())
    settle(qtbot, 200)
    assert controller.lesson.run.index == 1
    assert window.focusWidget() is window.player.instruction


@pytest.mark.parametrize("theme", sorted(PALETTES))
def test_the_ring_does_not_look_like_the_help(theme):
    """Another colour family than the help's orange ring, in both themes."""
    hue_of = lambda colour: colorsys.rgb_to_hsv(*QColor(colour).getRgbF()[:3])[0] * 360  # noqa: E731
    help_hue, focus_hue = hue_of(HighlightOverlay.RING), hue_of(PALETTES[theme].focus)
    gap = abs(help_hue - focus_hue)
    assert min(gap, 360 - gap) > 90, (help_hue, focus_hue)


def test_click_on_a_picture_leaves_no_ring_on_the_next_screen(qtbot, app_parts):
    window, _controller, _services = app_parts
    sign_in_new(qtbot, window)
    click(qtbot, window.catalogue.findChild(object, "catalogue.module.tablet"))
    assert window.focus_ring.target_rect() is None

"""Lessons work by touch as well as with a mouse: real touch events on the practice tablet."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest

from tests.ui.driver import settle
from tutor.core.actions import Action, ActionKind


def touch_tap(qtbot, device, widget) -> None:
    window = widget.window().windowHandle()
    point = widget.mapTo(widget.window(), widget.rect().center())
    QTest.touchEvent(window, device).press(0, point, window).commit()
    qtbot.wait(60)
    QTest.touchEvent(window, device).release(0, point, window).commit()
    settle(qtbot, 60)


def touch_swipe(qtbot, device, widget, dx: int) -> None:
    window = widget.window().windowHandle()
    start = widget.mapTo(widget.window(), widget.rect().center())
    QTest.touchEvent(window, device).press(0, start, window).commit()
    for step in range(1, 9):
        qtbot.wait(15)
        QTest.touchEvent(window, device).move(0, start + QPoint(dx * step // 8, 0), window).commit()
    QTest.touchEvent(window, device).release(0, start + QPoint(dx, 0), window).commit()
    settle(qtbot, 60)


def test_a_finger_taps_and_swipes_the_practice_tablet(qtbot, app_parts):
    window, controller, _services = app_parts
    device = QTest.createTouchDevice()
    seen: list[Action] = []
    touch_tap(qtbot, device, window.sign_in.findChild(object, "signin.new"))
    assert window.current_screen() is window.new_learner
    window.new_learner.name_edit.setText("Rose")
    touch_tap(qtbot, device, window.new_learner.ok_button)
    touch_tap(qtbot, device, window.catalogue.findChild(object, "catalogue.module.tablet"))
    lessons = window.lessons
    touch_tap(qtbot, device, lessons.findChild(object, "lessons.lesson.tablet-swipe-pages"))
    sandbox = controller.lesson.sandbox
    sandbox.action_performed.connect(seen.append)
    run = controller.lesson.run
    while run.step.expect is None:
        touch_tap(qtbot, device, window.player.continue_button)
    assert run.expected == Action(ActionKind.SWIPE, "home.pages", "left")
    index = run.index
    touch_swipe(qtbot, device, sandbox.target_widget("home.pages"), -300)
    assert run.index == index + 1
    assert seen[-1] == Action(ActionKind.SWIPE, "home.pages", "left")
    expected = run.expected
    assert expected.kind is ActionKind.TAP
    touch_tap(qtbot, device, sandbox.target_widget(expected.target))
    assert seen[-1] == expected
    assert run.index == index + 2

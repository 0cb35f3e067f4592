"""Every bundled lesson, in both languages, played to its end with the keyboard alone: Tab
to reach a control, Space or Enter to press it (held for a long press), an arrow for a
swipe, and the physical keys to type. No mouse click, no touch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import LESSONS
from tests.ui.driver import no_stray_windows, settle, shown_text
from tests.ui.test_play_lessons import open_lesson, sign_in_new
from tutor.core.actions import CONTINUE_TARGET, Action, ActionKind
from tutor.core.loader import load_lessons
from tutor.sandboxes import sandbox_specs
from tutor.sandboxes.kit.gestures import LONG_PRESS_MS

LOADED = load_lessons([LESSONS], sandbox_specs()).lessons
ALL_LESSONS = [lesson.id for lesson in LOADED]
MOST_TABS = 150  # more than any screen's controls: a control never reached fails
SWIPE_KEYS = {"up": Qt.Key.Key_Up, "down": Qt.Key.Key_Down, "left": Qt.Key.Key_Left}
SWIPE_KEYS["right"] = Qt.Key.Key_Right


def tab_to(qtbot, window, widget: QWidget) -> None:
    """Tab until ``widget`` has the focus, as a keyboard user does."""
    seen = []
    for _ in range(MOST_TABS):
        if QApplication.focusWidget() is widget:
            return
        focus = QApplication.focusWidget() or window
        seen.append(focus.objectName())
        QTest.keyClick(focus, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}: went through {seen[-12:]}")


def press(qtbot, window, widget: QWidget, hold_ms: int = 0) -> None:
    tab_to(qtbot, window, widget)
    if hold_ms:
        QTest.keyPress(widget, Qt.Key.Key_Space)
        qtbot.wait(hold_ms)
        QTest.keyRelease(widget, Qt.Key.Key_Space)
    else:
        QTest.keyClick(widget, Qt.Key.Key_Space)


def do_by_keys(qtbot, window, sandbox, action: Action) -> None:
    if action.target == CONTINUE_TARGET:
        press(qtbot, window, window.player.continue_button)
        return
    qtbot.waitUntil(lambda: sandbox.target_widget(action.target) is not None, timeout=5000)
    widget = sandbox.target_widget(action.target)
    if action.kind is ActionKind.TYPE:
        value = action.value or ""
        already = shown_text(widget)
        tab_to(qtbot, window, widget)
        QTest.keyClicks(widget, value[len(already) :] if value.startswith(already) else value)
    elif action.kind is ActionKind.TAP:
        press(qtbot, window, widget)
    elif action.kind is ActionKind.LONG_PRESS:
        press(qtbot, window, widget, hold_ms=LONG_PRESS_MS + 200)
    elif action.kind is ActionKind.SWIPE:
        tab_to(qtbot, window, widget)
        QTest.keyClick(widget, SWIPE_KEYS[action.value or "left"])
    else:
        raise AssertionError(f"no way to do {action}")


@pytest.mark.parametrize("lesson_id", ALL_LESSONS)
def test_lesson_plays_to_its_end_with_the_keyboard_alone(qtbot, app_parts, lesson_id):
    window, controller, services = app_parts
    lesson = services.catalogue.get(lesson_id)
    sign_in_new(qtbot, window)
    with no_stray_windows(window):
        open_lesson(qtbot, window, lesson)
        sandbox = controller.lesson.sandbox
        for index, step in enumerate(lesson.steps):
            assert controller.lesson.run.index == index
            for action in step.expected_actions():
                do_by_keys(qtbot, window, sandbox, action)
                settle(qtbot)
    assert window.current_screen() is window.summary
    learner = services.store.learners.all()[0]
    assert services.store.progress.get(learner.id, lesson_id).done
    events = services.store.progress.events(learner.id, lesson_id)
    assert not any(e["correct"] == 0 for e in events)

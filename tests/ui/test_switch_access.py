"""Lessons done with switches alone, as a person who cannot aim at a screen does them: two
switches (Space moves the highlight, Enter presses), or one switch with the highlight moving
by itself. The switches reach the app as a switch interface sends them, as keys to the
window; nothing is clicked, no control is given the focus by the test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from tests.conftest import LESSONS
from tests.ui.driver import no_stray_windows, settle
from tests.ui.test_play_lessons import open_lesson, sign_in_new
from tutor.core.actions import CONTINUE_TARGET, Action, ActionKind
from tutor.core.loader import load_lessons
from tutor.core.switches import SwitchAccess, SwitchMode
from tutor.sandboxes import sandbox_specs
from tutor.sandboxes.kit.gestures import LONG_PRESS_MS
from tutor.sandboxes.kit.keyboard import LAYER, SHIFT, SPACE, OnScreenKeyboard
from tutor.ui import switch_access

LOADED = load_lessons([LESSONS], sandbox_specs()).lessons
# What switches do differently from keys: the gestures' menu (every lesson with a swipe),
# the practice keyboard's keys chosen one by one (one lesson with typing, in each language);
# and one lesson of each practice app. (Every lesson is played with the keyboard, the path the
# switches take: tests/ui/test_keyboard_only.py.)
SWITCH_LESSONS = sorted(
    {
        lesson.id
        for lesson in LOADED
        if any(
            action.kind is ActionKind.SWIPE
            for step in lesson.steps
            for action in step.expected_actions()
        )
    }
    | set({lesson.sandbox: lesson.id for lesson in reversed(LOADED)}.values())
    | {"tablet-keyboard"}
)
MOST_MOVES = 250  # more than any screen's controls and keys: a control never reached fails


@pytest.fixture
def two_switches() -> Iterator[None]:
    switch_access.configure(SwitchAccess(SwitchMode.TWO))
    yield
    switch_access.configure(SwitchAccess())


def switch(window: QWidget, key: Qt.Key, pressed: bool) -> None:
    """One switch goes down or up: a key to the window, as a switch interface sends it."""
    kind = QEvent.Type.KeyPress if pressed else QEvent.Type.KeyRelease
    handle = window.windowHandle()
    assert handle is not None
    QGuiApplication.sendEvent(handle, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def click(window: QWidget, key: Qt.Key, hold_ms: int = 0, qtbot=None) -> None:
    switch(window, key, True)
    if hold_ms:
        qtbot.wait(hold_ms)
    switch(window, key, False)


def move_to(window: QWidget, widget: QWidget) -> None:
    """Press the "move" switch until the highlight is on ``widget``."""
    seen = []
    for _ in range(MOST_MOVES):
        focus = QApplication.focusWidget()
        if focus is widget:
            return
        seen.append(focus.objectName() if focus is not None else "-")
        click(window, Qt.Key.Key_Space)
    raise AssertionError(f"the switch never reached {widget.objectName()}: {seen[-12:]}")


def press_on(window: QWidget, widget: QWidget, hold_ms: int = 0, qtbot=None) -> None:
    move_to(window, widget)
    click(window, Qt.Key.Key_Return, hold_ms, qtbot)


def type_by_keys(qtbot, window: QWidget, keyboard: OnScreenKeyboard, text: str) -> None:
    """Each character by choosing its key on the practice keyboard (shift, numbers layer)."""
    for char in text:
        wanted = SPACE if char == " " else char
        if keyboard.key(wanted) is None:  # on the other layer
            press_on(window, keyboard.key(LAYER))
        if char != char.lower():
            press_on(window, keyboard.key(SHIFT))
        key = keyboard.key(wanted)
        assert key is not None, f"no key types {char!r}"
        press_on(window, key)
        if keyboard.symbols:
            press_on(window, keyboard.key(LAYER))  # back to the letters
        settle(qtbot)


def choose_gesture(qtbot, window, gesture: str) -> None:
    press_on(window, window.switches.gestures.findChild(QWidget, f"switch_gestures.{gesture}"))
    if gesture == "hold":
        qtbot.wait(LONG_PRESS_MS + 200)


def do_by_switches(qtbot, window, sandbox, action: Action) -> None:
    if action.target == CONTINUE_TARGET:
        press_on(window, window.player.continue_button)
        return
    qtbot.waitUntil(lambda: sandbox.target_widget(action.target) is not None, timeout=5000)
    widget = sandbox.target_widget(action.target)
    if action.kind is ActionKind.TYPE:
        if not sandbox.keyboard_shown():
            press_on(window, widget)  # a tap on the field brings the keyboard
            settle(qtbot)
        typed = (sandbox.typing_field() or ("", ""))[1]
        value = action.value or ""
        type_by_keys(qtbot, window, sandbox.keyboard, value[len(typed) :])
    elif action.kind in (ActionKind.TAP, ActionKind.LONG_PRESS):
        hold = action.kind is ActionKind.LONG_PRESS
        press_on(window, widget, LONG_PRESS_MS + 200 if hold else 0, qtbot)
        if window.switches.gestures.isVisible():  # it takes swipes too: the menu says which
            choose_gesture(qtbot, window, "hold" if hold else "tap")
    elif action.kind is ActionKind.SWIPE:
        press_on(window, widget)  # a control that takes swipes: the gestures' menu
        assert window.switches.gestures.isVisible()
        choose_gesture(qtbot, window, action.value or "")
    else:
        raise AssertionError(f"no way to do {action}")


def play(qtbot, window, controller, lesson, language: str = "fr") -> None:
    open_lesson(qtbot, window, lesson)
    sandbox = controller.lesson.sandbox
    for index, step in enumerate(lesson.steps):
        assert controller.lesson.run.index == index
        for action in step.expected_actions(language):
            do_by_switches(qtbot, window, sandbox, action)
            settle(qtbot)


RUNS = [(lesson_id, "fr") for lesson_id in SWITCH_LESSONS] + [("tablet-keyboard", "en")]


@pytest.mark.parametrize(("lesson_id", "language"), RUNS)
def test_lesson_plays_to_its_end_with_two_switches(
    qtbot, app_parts, two_switches, lesson_id, language
):
    window, controller, services = app_parts
    lesson = services.catalogue.get(lesson_id)
    sign_in_new(qtbot, window)
    with no_stray_windows(window):
        if language == "en":  # the learner's settings, by switches too
            press_on(window, window.catalogue.settings_button)
            press_on(window, window.settings.findChild(QWidget, "settings.language.en"))
            press_on(window, window.settings.back_button)
        play(qtbot, window, controller, lesson, language)
    assert window.current_screen() is window.summary
    learner = services.store.learners.all()[0]
    assert services.store.progress.get(learner.id, lesson_id).done
    events = services.store.progress.events(learner.id, lesson_id)
    assert not any(e["correct"] == 0 for e in events)


def test_one_switch_lets_the_highlight_move_by_itself_and_presses(qtbot, app_parts):
    window, controller, services = app_parts
    lesson = services.catalogue.get("tablet-open-app")
    sign_in_new(qtbot, window)
    switch_access.configure(SwitchAccess(SwitchMode.ONE, 2))
    try:
        assert window.switches.timer.isActive()
        assert window.switches.timer.interval() == 2000
        window.switches.timer.setInterval(40)  # the scan, quicker than any learner's
        open_lesson(qtbot, window, lesson)
        sandbox = controller.lesson.sandbox
        for step in lesson.steps:
            for action in step.expected_actions():
                if action.target == CONTINUE_TARGET:
                    widget = window.player.continue_button
                else:
                    widget = sandbox.target_widget(action.target)
                qtbot.waitUntil(lambda widget=widget: QApplication.focusWidget() is widget)
                click(window, Qt.Key.Key_Space)  # either switch presses
                settle(qtbot)
        assert window.current_screen() is window.summary
    finally:
        switch_access.configure(SwitchAccess())
    assert not window.switches.timer.isActive()


def test_without_switches_space_is_the_keyboard_space(qtbot, app_parts):
    """Switch access off (the default): Space presses the button it is on, as a keyboard's
    space bar does, instead of moving on."""
    window, _controller, _services = app_parts
    sign_in_new(qtbot, window)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert isinstance(focus, QAbstractButton)
    switch(window, Qt.Key.Key_Space, True)
    assert QApplication.focusWidget() is focus
    assert focus.isDown()
    focus.setDown(False)

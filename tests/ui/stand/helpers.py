"""A stand on a fresh data folder, with timers shortened so tests wait milliseconds."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.ui.driver import click, do, settle
from tests.ui.facilitator.helpers import PIN, type_pin
from tutor.ui.main_window import TABLET_SIZE

KEYBOARD_LESSON = "tablet-keyboard"


def shorten_timers(monkeypatch) -> None:
    from tutor.ui.stand import controller as stand

    monkeypatch.setattr(stand, "MINUTE_MS", 300)  # the idle "minutes"
    monkeypatch.setattr(stand, "COUNTDOWN_S", 3)
    monkeypatch.setattr(stand, "TICK_MS", 60)


def start_stand(qtbot, controller, services, lessons: tuple[str, ...] = (KEYBOARD_LESSON,)):
    from dataclasses import replace

    store = services.store
    store.pin.set(PIN)
    store.stand.save(replace(store.stand.settings(), idle_minutes=1, lessons=lessons))
    controller.stand.start()
    settle(qtbot)
    window = controller.window
    assert window.isFullScreen()
    assert window.current_screen() is window.stand.attract
    # The offscreen "screen" is 800x600; a stand's tablet is at least 1280x800.
    window.showNormal()
    window.resize(*TABLET_SIZE)
    settle(qtbot)


def begin_visit(qtbot, window) -> None:
    click(qtbot, window.stand.attract)
    assert window.current_screen() is window.stand.home


def open_stand_lesson(qtbot, window, lesson_id: str) -> None:
    click(qtbot, window.stand.home.findChild(QWidget, f"stand.lesson.{lesson_id}"))
    assert window.current_screen() is window.player


def play_until_typed(qtbot, window, controller) -> str:
    """Play the keyboard lesson until the visitor has typed the word; return the word."""
    sandbox = controller.lesson.sandbox
    while True:
        expected = controller.lesson.run.expected
        do(qtbot, window, sandbox, expected)
        settle(qtbot)
        if expected.kind.value == "type":
            return expected.value or ""


def texts(window: QWidget) -> dict[int, str]:
    """Every text a person could read anywhere in the window (shown or on a hidden screen)."""
    found = {}
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found[id(widget)] = widget.text()
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            found[id(widget)] = widget.toPlainText()
    return found


def leave_with_pin(qtbot, window, corner) -> None:
    click(qtbot, corner)
    assert window.current_screen() is window.facilitator.pin
    type_pin(qtbot, window, PIN)
    assert window.current_screen() is window.facilitator.home

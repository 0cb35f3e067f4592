"""Doing what a learner does, with real mouse events on real widgets (pytest-qt)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tutor.core.actions import CONTINUE_TARGET, Action, ActionKind
from tutor.sandboxes.kit.keyboard import LAYER, SHIFT, SPACE, OnScreenKeyboard

SWIPE_VECTORS = {
    "left": QPoint(-260, 0),
    "right": QPoint(260, 0),
    "up": QPoint(0, -200),
    "down": QPoint(0, 200),
}


class StrayWindows(QObject):
    """Notes every widget shown as a window of its own other than ``main``: a widget shown
    before it has a parent flashes up on the learner's screen and takes the keyboard away."""

    def __init__(self, main: QWidget):
        super().__init__()
        self.main = main
        self.seen: list[str] = []

    def eventFilter(self, watched, event) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self.main
            and watched.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
        ):
            self.seen.append(f"{type(watched).__name__} {watched.objectName()!r}")
        return False


@contextlib.contextmanager
def no_stray_windows(main: QWidget):
    """Fails if anything but ``main`` (and pop-up menus) shows as a window meanwhile."""
    watcher = StrayWindows(main)
    QApplication.instance().installEventFilter(watcher)
    try:
        yield
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert not watcher.seen, f"shown as windows of their own: {sorted(set(watcher.seen))}"


def settle(qtbot, ms: int = 30) -> None:
    QApplication.processEvents()
    qtbot.wait(ms)


def scroll_into_view(widget: QWidget) -> None:
    """What a person does with a finger before touching something lower in a list."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 10, 10)
        parent = parent.parentWidget()
    QApplication.processEvents()


def assert_reachable(widget: QWidget) -> None:
    """A person can only touch what is really on screen, at a finger's size."""
    window = widget.window()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    on_screen = window.rect().intersected(widget.rect().translated(top_left))
    assert on_screen.width() >= 40 and on_screen.height() >= 40, (
        f"{widget.objectName() or widget} is not reachable on screen: {on_screen}"
    )
    assert not widget.visibleRegion().isEmpty(), f"{widget.objectName()} is hidden"


def click(qtbot, widget: QWidget) -> None:
    assert widget is not None and widget.isVisible(), widget
    scroll_into_view(widget)
    assert_reachable(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
    settle(qtbot)


def long_press(qtbot, widget: QWidget, ms: int = 900) -> None:
    assert_reachable(widget)
    centre = widget.rect().center()
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    qtbot.wait(ms)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    settle(qtbot)


def swipe(qtbot, widget: QWidget, direction: str) -> None:
    assert_reachable(widget)
    start = widget.rect().center()
    end = start + SWIPE_VECTORS[direction]
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 9):
        QTest.mouseMove(widget, start + (end - start) * (step / 8), 10)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    settle(qtbot)


def type_text(qtbot, sandbox: QWidget, text: str) -> None:
    keyboard = sandbox.findChild(OnScreenKeyboard)
    assert keyboard is not None and keyboard.isVisible(), "the keyboard is not shown"
    for char in text:
        if char == " ":
            click(qtbot, keyboard.key(SPACE))
            continue
        if keyboard.key(char.lower()) is None:
            # Digits and signs such as @ are on the other layer: touch "?123" (or "ABC").
            click(qtbot, keyboard.key(LAYER))
        if char.isupper():
            click(qtbot, keyboard.key(SHIFT))
        key = keyboard.key(char.lower())
        assert key is not None, f"no key for {char!r}"
        click(qtbot, key)


def shown_text(widget: QWidget | None) -> str:
    """The words a text box holds now ("" when it shows none, or is not a text box)."""
    text = getattr(widget, "text", "") if widget is not None else ""
    text = text() if callable(text) else text
    return text if isinstance(text, str) else ""


def do(qtbot, window, sandbox, action: Action) -> None:
    """Carry out ``action`` the way a person would, on whatever screen is shown."""
    if action.target == CONTINUE_TARGET:
        click(qtbot, window.player.continue_button)
        return
    if action.kind is ActionKind.TYPE:
        # A step may ask to go on with words typed in an earlier step (a passphrase
        # written in two goes): type only what the box does not hold yet.
        value = action.value or ""
        already = shown_text(sandbox.target_widget(action.target))
        type_text(qtbot, sandbox, value[len(already) :] if value.startswith(already) else value)
        return
    # A control that comes after a short wait (a download's "Open") is waited for, as a
    # person waits for it; one that never comes fails below.
    with contextlib.suppress(Exception):  # pytest-qt's TimeoutError: the assert says which
        qtbot.waitUntil(lambda: sandbox.target_widget(action.target) is not None, timeout=5000)
    widget = sandbox.target_widget(action.target)
    assert widget is not None, f"{action.target} is not on screen"
    if action.kind is ActionKind.TAP:
        click(qtbot, widget)
    elif action.kind is ActionKind.LONG_PRESS:
        long_press(qtbot, widget)
    elif action.kind is ActionKind.SWIPE:
        swipe(qtbot, widget, action.value or "left")
    else:
        raise AssertionError(f"no way to do {action}")

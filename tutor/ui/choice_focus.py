"""Tab reaches every choice of a row of choices, not only the chosen one.

Qt gives the keyboard focus of a button group (text size, colours, language, picture,
colour, feeling) to its chosen button only: the others lose their Tab stop each time a
button of the group gets the focus or is chosen, and are reached with the arrow keys, as
radio buttons are on a desktop. A senior with a keyboard rarely knows that, and a switch
(which sends Tab) could never reach "English" or "Énorme" at all. So, on every Tab, the
buttons of the window's groups get their Tab stop back first: Tab goes through each choice
in turn, and the arrows still work as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

TAB_KEYS = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab}


def give_back_tab_stops(root: QWidget) -> None:
    """Every checkable button of a group under ``root`` (shown) takes Tab again."""
    for button in root.findChildren(QAbstractButton):
        grouped = button.group() is not None or button.autoExclusive()
        if grouped and button.isCheckable() and button.isVisible():
            policy = button.focusPolicy()
            if not policy & Qt.FocusPolicy.TabFocus:
                button.setFocusPolicy(Qt.FocusPolicy(policy | Qt.FocusPolicy.TabFocus))


class TabReachesEveryChoice(QObject):
    """Watches one window's keys (its native handle, as the focus ring does)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._handle: QObject | None = None
        window.installEventFilter(self)
        self._attach()

    def _attach(self) -> None:
        handle = self.window.windowHandle()
        if handle is not None and handle is not self._handle:
            handle.installEventFilter(self)
            self._handle = handle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window:
            if kind in (QEvent.Type.Show, QEvent.Type.WinIdChange):
                self._attach()
        elif _is_tab(event):
            give_back_tab_stops(self.window)
        return False


def _is_tab(event: QEvent) -> bool:
    return (
        isinstance(event, QKeyEvent)
        and event.type() == QEvent.Type.KeyPress
        and event.key() in TAB_KEYS
    )

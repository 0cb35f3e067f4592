"""A practice app done with a keyboard or a switch (keys), as with a finger.

On a lesson target that has the focus (Tab reaches it, see ``TabletApp.focusNextPrevChild``):

- Space or Enter is a tap; held as long as a long press (0.7 s), it is a long press;
- an arrow key is a swipe in that direction (the way the finger would move), on a page that
  takes swipes;
- on the field being typed in, letters, digits, the space bar and Backspace type, as the
  practice keyboard's keys would (the physical keyboard follows the practice one).

One place for every practice app, so that every target a lesson asks for is reachable and
pressable without a mouse or a touch screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from tutor.sandboxes.kit.gestures import LONG_PRESS_MS, GestureArea
from tutor.sandboxes.kit.keyboard import BACKSPACE

if TYPE_CHECKING:
    from tutor.sandboxes.kit.app import TabletApp

PRESS_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter}
SWIPE_KEYS = {
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
}


class KeyPresses(QObject):
    """Watches the app's wired targets (``TabletApp.wire`` installs it on each)."""

    def __init__(self, app: TabletApp) -> None:
        super().__init__(app)
        self.app = app
        self._held = QElapsedTimer()
        self._held_key: int | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, GestureArea):
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._pressed(watched, event)
        if event.type() == QEvent.Type.KeyRelease and isinstance(event, QKeyEvent):
            return self._released(watched, event)
        return False

    def _types_in(self, widget: GestureArea) -> bool:
        """``widget`` is the field the practice keyboard writes in now (its keyboard shown:
        before, Space or Enter on the field is the tap that opens it)."""
        field = self.app.typing_field()
        return field is not None and field[0] == widget.objectName() and self.app.keyboard_shown()

    def _pressed(self, widget: GestureArea, event: QKeyEvent) -> bool:
        key = event.key()
        if self._types_in(widget):
            if key == Qt.Key.Key_Backspace:
                self.app.type_key(BACKSPACE)
                return True
            text = event.text()
            if text and text.isprintable() and key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.app.type_key(text)
                return True
        if key in PRESS_KEYS:
            if not event.isAutoRepeat():
                self._held_key = key
                self._held.start()
            return True
        direction = SWIPE_KEYS.get(Qt.Key(key))
        if direction is not None and widget.accepts_swipe:
            widget.swiped.emit(direction)
            return True
        return False

    def _released(self, widget: GestureArea, event: QKeyEvent) -> bool:
        if event.key() not in PRESS_KEYS or event.key() != self._held_key:
            return False
        if event.isAutoRepeat():
            return True
        self._held_key = None
        if self._held.elapsed() >= LONG_PRESS_MS:
            widget.long_pressed.emit()
        else:
            widget.tapped.emit()
        return True

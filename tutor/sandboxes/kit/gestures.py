"""Tap, long-press and swipe recognised the same way with a finger or a mouse.

Qt turns unhandled touch into mouse events, so handling the mouse covers both. There is no
double-tap anywhere, and tremor is tolerated: a small movement still counts as a tap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from tutor.core.sandbox_spec import TargetSpec

LONG_PRESS_MS = 700
TAP_SLOP_PX = 24  # movement tolerated within a tap (tremor)
SWIPE_MIN_PX = 90


def swipe_direction(delta: QPoint) -> str | None:
    """``left`` when the finger moved leftwards, etc.; ``None`` if it barely moved."""
    dx, dy = delta.x(), delta.y()
    if max(abs(dx), abs(dy)) < SWIPE_MIN_PX:
        return None
    if abs(dx) >= abs(dy):
        return "left" if dx < 0 else "right"
    return "up" if dy < 0 else "down"


class GestureArea(QWidget):
    """A widget that reports ``tapped``, ``long_pressed`` and ``swiped(direction)``."""

    tapped = Signal()
    long_pressed = Signal()
    swiped = Signal(str)
    # The lesson target it is, once the app wired it (what screen readers are told of it,
    # see ``tutor.sandboxes.kit.accessible``).
    lesson_target: TargetSpec | None = None

    def __init__(self, parent: QWidget | None = None, accepts_swipe: bool = False):
        super().__init__(parent)
        self.accepts_swipe = accepts_swipe
        self._press: QPoint | None = None
        self._held = False
        self._clock = QElapsedTimer()
        self._hold_timer = QTimer(self, singleShot=True, interval=LONG_PRESS_MS)
        self._hold_timer.timeout.connect(self._on_hold_timer_timeout)

    def mousePressEvent(self, event: QMouseEvent):
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._press = event.position().toPoint()
        self._held = False
        self._clock.start()
        self._hold_timer.start()

    def mouseMoveEvent(self, event: QMouseEvent):
        if self._press is None:
            return
        moved = event.position().toPoint() - self._press
        if moved.manhattanLength() > TAP_SLOP_PX:
            self._hold_timer.stop()

    def mouseReleaseEvent(self, event: QMouseEvent):
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._hold_timer.stop()
        delta = event.position().toPoint() - self._press
        self._press = None
        if self._held:
            return
        direction = swipe_direction(delta)
        if direction is not None:
            self.swipe(direction)
            return
        if delta.manhattanLength() <= TAP_SLOP_PX * 3:
            self.tapped.emit()

    def swipe(self, direction: str) -> None:
        """A swipe that moves ``direction`` on this widget (a finger's, or a screen reader's
        action): its own if it takes swipes, else the page's underneath."""
        if self.accepts_swipe:
            self.swiped.emit(direction)
        elif self.parentWidget() is not None:
            # Let a swipe started on an icon still move the page underneath.
            self._forward_swipe(direction)

    def _forward_swipe(self, direction: str) -> None:
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, GestureArea) and parent.accepts_swipe:
                parent.swiped.emit(direction)
                return
            parent = parent.parentWidget()

    def _on_hold_timer_timeout(self) -> None:
        if self._press is not None:
            self._held = True
            self.long_pressed.emit()

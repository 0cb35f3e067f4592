"""Taps and key presses made while the app is still starting: kept, then given to it once.

The sign-in screen is painted before anything else is built (see ``tutor.app.run_gui``);
the lessons, the store, the voice and the other screens follow in one go, which takes about
half a second on a tablet and several on a slow one. Meanwhile the window cannot answer:
its pictures are not connected to anything yet, and the build puts new ones in their place.
A press read before the build and its release read after it reached a picture that no
longer existed; a tap read just after the build reached the grid before its new pictures
were laid out. Either way the tap was lost, and a senior who touches their picture as soon
as it appears got no answer.

So from the moment the window is shown, every input event Qt hands to the window (presses,
releases, moves, wheel turns, touches, keys) is taken out of the delivery and a copy kept,
in order. Once the app is ready, :meth:`EarlyInput.release` lets the screens settle (the
pending layouts and shows) and delivers the copies to the window in the order they came,
just as Qt delivers a fresh event from the screen: to the widget under the finger or the
one with the keyboard focus, as the screens are now. Each is delivered once; the window
takes later input directly.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QWindow

# What a person does to the window. Enter, leave and hover follow from the moves.
HELD_TYPES = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TouchCancel,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.TabletRelease,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
    }
)


class EarlyInput(QObject):
    """Holds the input of one top-level window (its ``QWindow``) until :meth:`release`."""

    def __init__(self, window: QWindow) -> None:
        super().__init__(window)
        self._window = window
        self._held: list[QEvent] = []
        self._holding = True
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in HELD_TYPES:
            # Qt frees the original once delivered: keep a copy, with its position, buttons,
            # keys and time.
            self._held.append(event.clone())
            return True
        return False

    def release(self) -> None:
        """The app is ready: deliver what was kept, in order, once; then stop holding.

        Posted layouts and shows (the sign-in pictures just made, say) are delivered first,
        so a kept tap finds the picture under the finger. Nothing is read from the screen
        meanwhile (only posted events are sent), so later input comes after the kept one."""
        if not self._holding:
            return
        self._holding = False
        self._window.removeEventFilter(self)
        QCoreApplication.sendPostedEvents()
        held, self._held = self._held, []
        for event in held:
            QCoreApplication.sendEvent(self._window, event)


def hold_early_input(window: QWindow) -> EarlyInput:
    """Start holding ``window``'s input (call it right after the window is shown, before
    the event loop runs)."""
    return EarlyInput(window)

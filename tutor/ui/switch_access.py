"""Switch access, done: one or two switches (keys) move a highlight and press, everywhere.

The switches become the keys the rest of the app already answers (see ``kit/keys.py`` and the
focus ring): "move" is Tab, "press" is Space on a button or Enter on a practice control (held
as long as the switch is held, so a long press is a long hold). So every screen that works
with a keyboard works with switches, with no second way of doing things to keep in step.

What a keyboard has and switches lack gets a stand-in:

- a swipe: pressing a control that takes swipes opens :class:`GestureChoices` ("Tap",
  "Long press", "Swipe up"…, "Close"), scanned and pressed like the rest, as iPad and
  Android switch control offer a menu of gestures;
- typing: the practice keyboard's keys join the scan while it shows (``scan_keyboard_keys``).

What is chosen lives in the device's settings (``Settings.switch_access``); :func:`configure`
puts it in force at once in every window (the facilitator tries it right away).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QFrame, QGridLayout, QWidget

from tutor.core.switches import SwitchAccess, SwitchMode
from tutor.i18n import N_, _
from tutor.ui.widgets import button, label

MOVE_KEYS = {Qt.Key.Key_Space}  # with two switches
PRESS_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}  # with two switches
ANY_SWITCH = MOVE_KEYS | PRESS_KEYS  # with one switch: either one presses
# What the gestures' menu offers: a tap, a long press, a swipe (as the arrow key that makes
# it: kit/keys.py).
TAP = "tap"
HOLD = "hold"
GESTURES = (
    (TAP, N_("Tap")),
    (HOLD, N_("Long press")),
    ("up", N_("Swipe up")),
    ("down", N_("Swipe down")),
    ("left", N_("Swipe left")),
    ("right", N_("Swipe right")),
)
SWIPE_KEYS = {
    "up": Qt.Key.Key_Up,
    "down": Qt.Key.Key_Down,
    "left": Qt.Key.Key_Left,
    "right": Qt.Key.Key_Right,
}


class _Notifier(QObject):
    changed = Signal()


_current = SwitchAccess()


@cache
def notifier() -> _Notifier:
    """Emits ``changed`` when :func:`configure` puts another choice in force."""
    return _Notifier()


def current() -> SwitchAccess:
    return _current


def configure(access: SwitchAccess) -> None:
    """Put ``access`` in force now, in every window."""
    global _current
    previous, _current = _current, access
    if access.on or previous.on:
        # (Imported only then: the practice apps' kit loads with the first lesson, not
        # at start-up.)
        from tutor.sandboxes.kit.keys import scan_keyboard_keys

        scan_keyboard_keys(access.on)
    notifier().changed.emit()


class GestureChoices(QFrame):
    """What the pressed control can be made to do: a tap or a swipe, or nothing ("Close")."""

    chosen = Signal(str)  # TAP, HOLD or a swipe's direction
    closed = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("switch_gestures")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        # Two columns: the seven choices stay whole at the biggest text on a small screen.
        grid = QGridLayout(self)
        grid.setSpacing(12)
        grid.setContentsMargins(16, 12, 16, 16)
        self.title = label(_("What to do here?"), "instruction")
        grid.addWidget(self.title, 0, 0, 1, 2)
        self.buttons: list[QAbstractButton] = []
        for index, (name, words) in enumerate(GESTURES):
            arrow = f"mdi6.arrow-{name}" if name in SWIPE_KEYS else None
            choice = button(_(words), arrow, "primary" if name == TAP else None)
            choice.setObjectName(f"switch_gestures.{name}")
            choice.setProperty("words", words)
            choice.clicked.connect(lambda _checked=False, name=name: self._choose(name))
            grid.addWidget(choice, 1 + index // 2, index % 2)
            self.buttons.append(choice)
        close = button(_("Close"), "mdi6.close", name="switch_gestures.close")
        close.setProperty("words", N_("Close"))
        close.clicked.connect(self._close)
        grid.addWidget(close, 1 + len(GESTURES) // 2, 0, 1, 2)
        self.buttons.append(close)
        self.hide()

    def open_beside(self, window: QWidget, target: QWidget) -> None:
        """Shown on the side of the window away from ``target``: what it is about stays in
        sight."""
        for choice in self.buttons:  # in the language of the moment
            choice.setText(_(choice.property("words")))
            choice.setAccessibleName(choice.text())
        self.title.setText(_("What to do here?"))
        margin = 20
        width = min(max(self.sizeHint().width(), window.width() // 3), window.width() - 2 * margin)
        height = min(self.sizeHint().height(), window.height() - 2 * margin)
        centre = target.mapTo(window, target.rect().center()).x()
        left = margin if centre > window.width() // 2 else window.width() - width - margin
        self.setGeometry(left, (window.height() - height) // 2, width, height)
        self.show()
        self.raise_()
        self.buttons[0].setFocus(Qt.FocusReason.TabFocusReason)

    def move_on(self) -> None:
        """The next choice, round again after the last."""
        focus = QApplication.focusWidget()
        index = self.buttons.index(focus) + 1 if focus in self.buttons else 0
        self.buttons[index % len(self.buttons)].setFocus(Qt.FocusReason.TabFocusReason)

    def _choose(self, gesture: str) -> None:
        self.hide()
        self.chosen.emit(gesture)

    def _close(self) -> None:
        self.hide()
        self.closed.emit()


class SwitchScanner(QObject):
    """Turns the switches of one window into the keys it answers (see the module's words)."""

    def __init__(self, window: QWidget, applies: Callable[[], bool] = lambda: True) -> None:
        """``applies``: whether the switches act on what the window shows now."""
        super().__init__(window)
        self.window = window
        self.applies = applies
        self._handle: QObject | None = None
        self._sending = False
        self._held: Qt.Key | None = None  # the key sent down while the switch is held
        self._target: QWidget | None = None  # the control the gestures' menu is about
        self.gestures = GestureChoices(window)
        self.gestures.chosen.connect(self._on_gesture_chosen)
        self.gestures.closed.connect(self._back_to_target)
        self.timer = QTimer(self)  # one switch: the highlight moves by itself
        self.timer.timeout.connect(self._on_timer)
        window.installEventFilter(self)
        self._attach()
        notifier().changed.connect(self._on_access_changed)
        self._on_access_changed()

    def _attach(self) -> None:
        handle = self.window.windowHandle()
        if handle is not None and handle is not self._handle:
            # Before the focus ring's filter (filters run newest first): the ring then sees
            # the Tab or Enter the switch became, and shows itself.
            handle.installEventFilter(self)
            self._handle = handle

    def _on_access_changed(self) -> None:
        access = current()
        self.timer.setInterval(access.scan_seconds * 1000)
        if access.mode is SwitchMode.ONE:
            self.timer.start()
        else:
            self.timer.stop()
        if not access.on:
            self.gestures.hide()

    # -- the switches -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window:
            if kind in (QEvent.Type.Show, QEvent.Type.WinIdChange):
                self._attach()
            return False
        if self._sending or not current().on or not isinstance(event, QKeyEvent):
            return False
        if not self.applies() and not self.gestures.isVisible():
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        role = self._role(Qt.Key(event.key()))
        if role is None:
            return False
        if event.isAutoRepeat():
            return True
        pressed = kind == QEvent.Type.KeyPress
        if role == "move":
            if pressed:
                self.move_on()
        elif pressed:
            self._press()
        else:
            self._release()
        return True

    @staticmethod
    def _role(key: Qt.Key) -> str | None:
        mode = current().mode
        if mode is SwitchMode.TWO:
            return "move" if key in MOVE_KEYS else "press" if key in PRESS_KEYS else None
        return "press" if key in ANY_SWITCH else None

    def _on_timer(self) -> None:
        if self.applies() or self.gestures.isVisible():
            self.move_on()

    def move_on(self) -> None:
        """The highlight to the next control (what Tab does; in the menu, its next choice)."""
        if self.gestures.isVisible():
            self.gestures.move_on()
        else:
            self._send(Qt.Key.Key_Tab, QEvent.Type.KeyPress)
            self._send(Qt.Key.Key_Tab, QEvent.Type.KeyRelease)

    def _press(self) -> None:
        if self.timer.isActive():
            self.timer.start()  # a press: the highlight rests a whole turn before moving on
        focus = QApplication.focusWidget()
        if focus is None or self.gestures.isAncestorOf(focus):
            self._held = Qt.Key.Key_Space
        elif getattr(focus, "accepts_swipe", False):
            self._held = None
            self._target = focus
            self.gestures.open_beside(self.window, focus)
            return
        elif isinstance(focus, QAbstractButton):
            self._held = Qt.Key.Key_Space
        else:
            self._held = Qt.Key.Key_Return  # a practice control: Space would type a space
        self._send(self._held, QEvent.Type.KeyPress)

    def _release(self) -> None:
        if self._held is not None:
            held, self._held = self._held, None
            self._send(held, QEvent.Type.KeyRelease)

    def _on_gesture_chosen(self, gesture: str) -> None:
        if not self._back_to_target():
            return
        if gesture in SWIPE_KEYS:  # the arrow that makes it (kit/keys.py)
            self._send(SWIPE_KEYS[gesture], QEvent.Type.KeyPress)
            return
        self._send(Qt.Key.Key_Return, QEvent.Type.KeyPress)
        if gesture == HOLD:  # held as long as a finger's long press
            from tutor.sandboxes.kit.gestures import LONG_PRESS_MS

            QTimer.singleShot(LONG_PRESS_MS + 100, self._release_hold)
        else:
            self._send(Qt.Key.Key_Return, QEvent.Type.KeyRelease)

    def _release_hold(self) -> None:
        self._send(Qt.Key.Key_Return, QEvent.Type.KeyRelease)

    def _back_to_target(self) -> bool:
        target, self._target = self._target, None
        if target is None or not target.isVisible():
            return False
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _send(self, key: Qt.Key, kind: QEvent.Type) -> None:
        """``key`` to the window as a keyboard would send it (so every filter sees it)."""
        handle = self.window.windowHandle()  # (Qt makes a new one when the window is remade)
        if handle is None:
            return
        self._sending = True
        try:
            QGuiApplication.sendEvent(handle, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))
        finally:
            self._sending = False

"""The keyboard focus ring: shown only while a keyboard or a switch is in use, never after a
touch, and drawn unlike the help's ring so that nobody reads it as "touch this".

The help circles a target in thick orange. A senior who had just touched a button, or
watched "Show me", saw the style sheet's orange focus border stay on a control ("Quitter")
for the rest of the lesson and took it for help. So the focus is no longer drawn by each
widget: one overlay per window draws a thin double line in the theme's focus colour
(violet on the usual colours, cyan in strong contrast) around the focused control, and only
after a navigation key (Tab, arrows, Space, Enter: what keyboards and switches send). A touch
or a click hides it until the next navigation key.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit, QWidget
from shiboken6 import isValid

from tutor.ui import display

# What a keyboard or a switch (mapped to keys) sends to move or press.
NAVIGATION_KEYS = {
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Space,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
}
POINTER_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}
# What moves the ring with its control: the control or one of its holders moved or resized.
GEOMETRY_EVENTS = {QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide}
LINE = 4  # each of the two lines, in pixels (even: whole pixels, no blur)
GAP = 3  # between the control and the inner line, and between the lines


class FocusRing(QWidget):
    """Drawn over ``window``; mouse and touch go through it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.keyboard_in_use = False
        self._target: QWidget | None = None
        self._watched: list[QWidget] = []
        self.hide()
        # Input reaches the window's native handle before any control: watching it (not
        # the whole application) sees every key and touch of this window, and little else.
        self._handle: QObject | None = None
        window.installEventFilter(self)
        self._attach()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)
        display.notifier().changed.connect(self.update)

    def _attach(self) -> None:
        window = self.parentWidget()
        handle = window.windowHandle() if window is not None else None
        if handle is not None and handle is not self._handle:
            handle.installEventFilter(self)
            self._handle = handle

    # -- what is in use -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.parentWidget():
            if kind in (QEvent.Type.Show, QEvent.Type.WinIdChange):
                self._attach()  # the native window exists once the window is shown
            return False
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in NAVIGATION_KEYS and not self.keyboard_in_use:
                self.keyboard_in_use = True
                self._follow(QApplication.focusWidget())
        elif kind in POINTER_EVENTS and self.keyboard_in_use:
            self.keyboard_in_use = False
            self._place()
        elif kind in GEOMETRY_EVENTS and watched in self._watched:
            self._place()
        return False

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._follow(new)

    # -- where it is drawn --------------------------------------------------------------------
    def _follow(self, widget: QWidget | None) -> None:
        """Watch ``widget`` and its holders (a scrolled list moves its holder, not it)."""
        window = self.parentWidget()
        self._target = widget if widget is not None and window is not None else None
        for old in self._watched:
            if isValid(old):  # (a control deleted meanwhile needs no goodbye)
                old.removeEventFilter(self)
        self._watched = []
        holder = self._target
        while holder is not None and holder is not window:
            self._watched.append(holder)
            holder = holder.parentWidget()
        if holder is not window:  # another window's control (a dialog): not drawn here
            self._target, self._watched = None, []
        for widget in self._watched:
            widget.installEventFilter(self)
        self._place()

    def target_rect(self) -> QRect | None:
        """Where the focused control shows in the window (the part a scrolled list shows),
        or ``None`` when no ring is drawn."""
        target, window = self._target, self.parentWidget()
        if not self.keyboard_in_use or target is None or window is None:
            return None
        if not target.isVisible() or not _draws_a_ring(target):
            return None
        shown = QRect(target.mapTo(window, QPoint(0, 0)), target.size())
        holder = target.parentWidget()
        while holder is not None and holder is not window:  # only the part that shows
            shown = shown.intersected(QRect(holder.mapTo(window, QPoint(0, 0)), holder.size()))
            holder = holder.parentWidget()
        return shown if not shown.isEmpty() else None

    def _place(self) -> None:
        window = self.parentWidget()
        rect = self.target_rect()
        if window is None or rect is None:
            self.hide()
            return
        self.setGeometry(window.rect())
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, event):
        rect = self.target_rect()
        if rect is None:
            return
        palette = display.current().palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ink = QColor(palette.focus)
        for step in (1, 2):
            grow = step * (GAP + LINE) - LINE // 2  # the line's middle
            painter.setPen(QPen(ink, LINE))
            painter.drawRoundedRect(rect.adjusted(-grow, -grow, grow, grow), 14, 14)


def _draws_a_ring(widget: QWidget) -> bool:
    """Controls reached with Tab get a ring. Not a whole screen given the focus so that Tab
    starts there, nor a text box (its own border and cursor show where the typing goes)."""
    if isinstance(widget, QLineEdit | QTextEdit):
        return False
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)

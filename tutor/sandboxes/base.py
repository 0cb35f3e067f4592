"""What every practice app widget shares: the gate, replay, highlight, "show me", and the
step's target brought into view.

The learner's input goes through :meth:`SandboxWidget.attempt`: the lesson controller's gate
judges the action first, and only an accepted action changes the practice app. So a wrong
tap never leads the learner somewhere the lesson did not plan, and resuming a lesson is
simply replaying the steps already done (:meth:`SandboxWidget.replay`).

When a step starts (:meth:`SandboxWidget.begin_step`), and again after each accepted
action and each resize, the control it asks for is brought into view here, the same way
for every practice app: its scrolling pages move just enough for it to show whole, above
the on-screen keyboard (``kit/scrolling.py``), and a banner or note lying over it goes
away. Banners and notes (:meth:`SandboxWidget.add_notification`) otherwise go away by
themselves after a few seconds, as on a real tablet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from tutor.core.actions import Action
from tutor.core.sandbox_spec import SandboxSpec
from tutor.i18n import DEFAULT_LANGUAGE
from tutor.sandboxes.kit.keyboard import OnScreenKeyboard
from tutor.sandboxes.kit.scrolling import SETTLE_MS, finish_glides, scroll_into_view

if TYPE_CHECKING:
    from tutor.core.lesson import Step
    from tutor.sandboxes.kit.demo_hand import DemoHand

Gate = Callable[[Action], bool]


def _accept_all(_action: Action) -> bool:
    return True


class HighlightOverlay(QWidget):
    """A thick ring drawn around the control to find; input passes through it."""

    RING = QColor("#ff8f00")

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._rect: QRect | None = None
        self.hide()

    def ring(self, rect: QRect | None) -> None:
        self._rect = rect
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.setVisible(rect is not None)
        self.raise_()
        self.update()

    def paintEvent(self, event):
        if self._rect is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.RING, 8)
        painter.setPen(pen)
        painter.drawRoundedRect(self._rect.adjusted(-10, -10, 10, 10), 18, 18)
        painter.setPen(QPen(QColor("#000000"), 2))
        painter.drawRoundedRect(self._rect.adjusted(-15, -15, 15, 15), 22, 22)


class SandboxWidget(QWidget):
    """Base class of a practice app. Subclasses build their screens and implement
    :meth:`reset` and :meth:`perform`; their controls call :meth:`attempt`."""

    action_performed = Signal(object)  # Action, after its effect was applied
    speech_requested = Signal(str)  # something a person in the practice app says aloud

    def __init__(self, spec: SandboxSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.gate: Gate = _accept_all
        self._overlay = HighlightOverlay(self)
        self._hand: DemoHand | None = None  # made the first time "Show me" is asked
        self._highlighted: str | None = None
        self._step_target: str | None = None
        self._notifications: list[QWidget] = []
        self.language = DEFAULT_LANGUAGE

    # -- for the sandbox's own controls -------------------------------------------------------
    def attempt(self, action: Action, effect: Callable[[], None]) -> bool:
        """The learner did ``action``: apply ``effect`` only if the lesson accepts it."""
        if not self.gate(action):
            return False
        effect()
        self.action_performed.emit(action)
        self._refresh_highlight()
        self._reveal_soon()
        return True

    def add_notification(self, widget: QWidget) -> None:
        """``widget`` is a banner or a note shown over the app for a while: it goes away
        when it would hide a step's target, and when a resumed lesson is rebuilt."""
        self._notifications.append(widget)

    # -- for the lesson controller ------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """The lesson's language: the practice app's keyboards type in it (AZERTY for French,
        QWERTY for English). Called before each lesson; an app that has more to change with
        the language extends this."""
        self.language = language
        for keyboard in self.findChildren(OnScreenKeyboard):
            keyboard.set_language(language)

    def reset(self, scene: str | None = None) -> None:
        """Back to the state a lesson starts from (its ``scene``, else the app's home)."""
        raise NotImplementedError

    def cue(self, name: str) -> None:
        """Make something happen as a step begins (a call arrives...): see ``SPEC.cues``."""
        raise ValueError(f"{self.spec.id} has no cue {name!r}")

    def perform(self, action: Action) -> None:
        """Carry out ``action`` directly (replaying done steps, or "show me")."""
        raise NotImplementedError

    def replay(self, steps: Sequence[Step]) -> None:
        """Rebuild the screen of a lesson resumed after ``steps``: each one's cue and
        expected action, done directly. A banner or note shown before the last of them
        went away long ago on a real tablet, so it is not shown again."""
        for index, step in enumerate(steps):
            if index == len(steps) - 1:
                self.dismiss_notifications()
            if step.cue is not None:
                self.cue(step.cue)
            if step.expect is not None:
                for action in step.expected_actions():
                    self.perform(action)

    def begin_step(self, target_id: str | None) -> None:
        """A step starts that asks for ``target_id`` (None, or a target this app does not
        have, when the step only asks to read): bring it into view, now and once the
        screen is laid out, and again after each accepted action or resize."""
        self._step_target = target_id
        self.reveal()
        self._reveal_soon()
        # Once a page has glided to its place, a note may lie over the target: it goes.
        QTimer.singleShot(SETTLE_MS, self._dismiss_notifications_over_target)

    def reveal(self, glide: bool = True) -> None:
        """Show the step's target whole: its pages scrolled for it (above the keyboard),
        and any banner or note over it gone. ``glide=False``: the pages move at once."""
        widget = self.target_widget(self._step_target) if self._step_target else None
        if widget is None:
            return
        scroll_into_view(widget, self.findChildren(OnScreenKeyboard), glide)
        self._dismiss_notifications_over(widget)
        self._refresh_highlight()  # the ring follows the control it circles

    def come_to_rest(self) -> None:
        """Finish at once every move under way (a page gliding to its place): what a
        picture or a check of the screen should see."""
        finish_glides(self)
        self.reveal()

    def dismiss_notifications(self) -> None:
        for notification in self._notifications:
            notification.hide()

    def _dismiss_notifications_over_target(self) -> None:
        widget = self.target_widget(self._step_target) if self._step_target else None
        if widget is not None:
            self._dismiss_notifications_over(widget)

    def _dismiss_notifications_over(self, widget: QWidget) -> None:
        area = QRect(widget.mapTo(self, QPoint(0, 0)), widget.size())
        for note in self._notifications:
            if note.isHidden() or note is widget or note.isAncestorOf(widget):
                continue
            if QRect(note.mapTo(self, QPoint(0, 0)), note.size()).intersects(area):
                note.hide()

    def _reveal_soon(self) -> None:
        QTimer.singleShot(0, self.reveal)

    def target_widget(self, target_id: str) -> QWidget | None:
        """The visible widget of ``target_id`` (its objectName), if on screen now."""
        for widget in self.findChildren(QWidget, target_id):
            if widget.isVisibleTo(self):
                return widget
        return None

    def highlight(self, target_id: str | None) -> None:
        """Ring the control (or clear the ring with ``None``); follows screen changes."""
        self._highlighted = target_id
        self._refresh_highlight()

    def demonstrate(self, action: Action, done: Callable[[], None], delay_ms: int = 1200) -> None:
        """ "Show me": ring the control, a hand travels to it and presses it (see
        ``kit.demo_hand``), then the step is done and ``done`` called. A control that is not
        drawn (an action with no place of its own) gets the ring and a calm pause instead."""
        self.highlight(action.target)

        def finish() -> None:
            self.highlight(None)
            self.perform(action)
            done()

        widget = self.target_widget(action.target)
        if widget is None:
            QTimer.singleShot(delay_ms, finish)
            return
        if self._hand is None:
            from tutor.sandboxes.kit.demo_hand import DemoHand

            self._hand = DemoHand(self)
        self._hand.play(QRect(widget.mapTo(self, QPoint(0, 0)), widget.size()), finish)

    def stop_demonstration(self) -> None:
        """The learner left during "Show me": the hand goes and nothing is done."""
        if self._hand is not None:
            self._hand.stop()
        self.highlight(None)

    def demo_hand(self) -> DemoHand | None:
        """The "Show me" hand, once one was needed (for tests and the audit)."""
        return self._hand

    def _refresh_highlight(self) -> None:
        widget = self.target_widget(self._highlighted) if self._highlighted else None
        if widget is None:
            self._overlay.ring(None)
            return
        top_left = widget.mapTo(self, widget.rect().topLeft())
        self._overlay.ring(QRect(top_left, widget.size()))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        QTimer.singleShot(0, self._refresh_highlight)
        # Everything moved with the new size: the target is put back in view at once.
        QTimer.singleShot(0, partial(self.reveal, False))

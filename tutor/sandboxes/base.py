"""What every practice app widget shares: the gate, replay, highlight and "show me".

The learner's input goes through :meth:`SandboxWidget.attempt`: the lesson controller's gate
judges the action first, and only an accepted action changes the practice app. So a wrong
tap never leads the learner somewhere the lesson did not plan, and resuming a lesson is
simply replaying the steps already done with :meth:`perform`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from tutor.core.actions import Action
from tutor.core.sandbox_spec import SandboxSpec

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
        self._highlighted: str | None = None

    # -- for the sandbox's own controls -------------------------------------------------------
    def attempt(self, action: Action, effect: Callable[[], None]) -> bool:
        """The learner did ``action``: apply ``effect`` only if the lesson accepts it."""
        if not self.gate(action):
            return False
        effect()
        self.action_performed.emit(action)
        self._refresh_highlight()
        return True

    # -- for the lesson controller ------------------------------------------------------------
    def reset(self, scene: str | None = None) -> None:
        """Back to the state a lesson starts from (its ``scene``, else the app's home)."""
        raise NotImplementedError

    def cue(self, name: str) -> None:
        """Make something happen as a step begins (a call arrives...): see ``SPEC.cues``."""
        raise ValueError(f"{self.spec.id} has no cue {name!r}")

    def perform(self, action: Action) -> None:
        """Carry out ``action`` directly (replaying done steps, or "show me")."""
        raise NotImplementedError

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
        """ "Show me": ring the control, then after a calm pause, do it and call ``done``."""
        self.highlight(action.target)

        def finish() -> None:
            self.highlight(None)
            self.perform(action)
            done()

        QTimer.singleShot(delay_ms, finish)

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

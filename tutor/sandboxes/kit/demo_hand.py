""" "Show me": a big hand travels from the bottom of the practice tablet to the control and
presses it, slowly enough to follow with the eyes, before the app does the step.

Doing the step at once (as before) showed nothing: the screen changed and the learner did
not see where to touch. The hand moves for 1.5 s (eased, no sudden jump), rests on the
control while a ring shows the press, then the step happens. With reduced motion
(``kit.motion``) it appears on the control and rests there instead of travelling.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QPoint, QPointF, QRect, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from tutor.sandboxes.kit import motion
from tutor.sandboxes.kit.touch import icon_pixmap

TRAVEL_MS = 1500  # from the bottom edge to the control
PRESS_MS = 600  # resting on the control, the press ring showing
HAND_PX = 110
HAND_ICON = "mdi6.hand-pointing-up"
HAND_INK = "#1b1b1b"
HAND_EDGE = "#ffffff"  # a white edge: the hand shows on dark and light screens alike
PRESS_RING = "#ff8f00"  # the help's colour: this is the help's last level
# Where the fingertip lies in the icon's square (the pointing finger's top, a bit left).
FINGERTIP = QPointF(0.42, 0.08)


class DemoHand(QWidget):
    """Drawn over the practice app; input goes through it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("practice.demo_hand")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._tip = QPointF()
        self._pressing = False
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(TRAVEL_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._move_to)
        self._animation.finished.connect(self._press)
        # Reduced motion: the hand appears on the control and rests there as long as it
        # would have travelled, then presses.
        self._rest = QTimer(self, singleShot=True, interval=TRAVEL_MS)
        self._rest.timeout.connect(self._press)
        self._then: Callable[[], None] | None = None
        self._hand = icon_pixmap(HAND_ICON, HAND_INK, HAND_PX)
        self._edge = icon_pixmap(HAND_ICON, HAND_EDGE, HAND_PX)
        self.hide()

    def fingertip(self) -> QPoint:
        """Where the fingertip is now, in the practice app (for tests and the audit)."""
        return self._tip.toPoint()

    def pressing(self) -> bool:
        return self._pressing and self.isVisible()

    def play(self, target: QRect, then: Callable[[], None]) -> None:
        """Travel to the middle of ``target`` (in the parent's pixels), press, then ``then``."""
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self._then = then
        self._pressing = False
        start = QPointF(parent.width() / 2, parent.height() - 10)
        self._animation.stop()
        self._rest.stop()
        end = QPointF(target.center())
        if motion.reduced():
            self._move_to(end)
            self.show()
            self.raise_()
            self._rest.start()
            return
        self._animation.setStartValue(start)
        self._animation.setEndValue(end)
        self._move_to(start)
        self.show()
        self.raise_()
        self._animation.start()

    def stop(self) -> None:
        """The learner left the lesson meanwhile: no step is done."""
        self._animation.stop()
        self._rest.stop()
        self._then = None
        self._pressing = False
        self.hide()

    def _move_to(self, point: object) -> None:
        if isinstance(point, QPointF):
            self._tip = point
            self.update()

    def _press(self) -> None:
        self._pressing = True
        self.update()
        QTimer.singleShot(PRESS_MS, self._finish)

    def _finish(self) -> None:
        then, self._then = self._then, None
        self._pressing = False
        self.hide()
        if then is not None:
            then()

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._pressing:
            painter.setPen(QPen(QColor(PRESS_RING), 8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self._tip, 34, 34)
        corner = self._tip - QPointF(FINGERTIP.x() * HAND_PX, FINGERTIP.y() * HAND_PX)
        for dx, dy in ((-3, 0), (3, 0), (0, -3), (0, 3)):  # the white edge around the hand
            painter.drawPixmap(corner + QPointF(dx, dy), self._edge)
        painter.drawPixmap(corner, self._hand)

"""The incoming call screen: who calls, a ring that grows slowly, answer or decline.

Animations are slow and gentle, driven by a QTimer that only runs while the screen is shown."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QLinearGradient,
    QPainter,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from tutor.i18n import _
from tutor.sandboxes.kit.look import FIXED, Look
from tutor.sandboxes.kit.touch import Pressable
from tutor.sandboxes.video_call.call_parts import (
    DARK,
    GREEN,
    PULSE_PERIOD_S,
    RED,
    Animated,
    RoundAction,
)
from tutor.sandboxes.video_call.drawing import (
    paint_avatar,
    paint_pulse,
)
from tutor.sandboxes.video_call.people import Person


class CallerPicture(Pressable):
    """The caller's big avatar with slowly growing rings (``incoming.caller``)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=FIXED)
        self.person: Person | None = None
        self.phase = 0.0

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(230), self.look.px(230))

    def paintEvent(self, event):
        if self.person is None:
            return
        painter = QPainter(self)
        centre = QPointF(self.width() / 2, self.height() / 2)
        radius = self.look.px(80)
        paint_pulse(painter, centre, radius, self.phase)
        rect = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        paint_avatar(painter, rect, self.person, self.font())


class IncomingScreen(Animated):
    """Someone calls: their picture and name, "Answer" (green) and "Decline" (red)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.person: Person | None = None
        self.picture = CallerPicture(look)
        self.picture.setObjectName("incoming.caller")
        self.decline = RoundAction(look, _("Decline"), "mdi6.phone-hangup", RED)
        self.decline.setObjectName("incoming.decline")
        self.answer = RoundAction(look, _("Answer"), "mdi6.video", GREEN)
        self.answer.setObjectName("incoming.answer")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.decline)
        buttons.addStretch(2)
        buttons.addWidget(self.answer)
        buttons.addStretch(1)
        self.column = QVBoxLayout(self)
        self.column.addSpacing(look.px(100))  # room for the painted title and name
        self.column.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.column.addStretch(1)
        self.column.addLayout(buttons)
        self.column.setContentsMargins(0, 0, 0, look.px(16))

    def _on_frames_timeout(self) -> None:
        # Only the rings move: the rest of the screen is not painted again.
        self.picture.phase = (self.seconds() / PULSE_PERIOD_S) % 1.0
        self.picture.update()

    def show_caller(self, person: Person) -> None:
        self.person = person
        self.picture.person = person
        self.update()

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0.0, QColor("#283593"))
        gradient.setColorAt(1.0, QColor(DARK))
        painter.fillRect(self.rect(), gradient)
        painter.setPen(QColor("#e8eaf6"))
        painter.setFont(look.font(self, 24))
        painter.drawText(
            QRect(0, look.px(14), self.width(), look.px(34)),
            Qt.AlignmentFlag.AlignHCenter,
            _("Incoming video call"),
        )
        if self.person is not None:
            painter.setPen(QColor("#ffffff"))
            painter.setFont(look.font(self, 42, bold=True))
            painter.drawText(
                QRect(0, look.px(46), self.width(), look.px(56)),
                Qt.AlignmentFlag.AlignHCenter,
                self.person.name,
            )

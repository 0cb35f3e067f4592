"""Gesture navigation: the thin home bar of recent tablets, instead of the buttons.

Recent iPads and Android tablets have no home button: a thin white bar lies at the bottom
of the screen, and a finger sliding up from it goes home. The practice tablet shows either
the bar of buttons (back, home) or this bar, as the lesson's scene chooses: a learner
practises the kind of tablet they own, and never sees both at once.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from tutor.sandboxes.kit.chrome import BAR_COLOR
from tutor.sandboxes.kit.gestures import GestureArea
from tutor.sandboxes.kit.look import Look

BAR_WIDTH = 220  # design pixels: the pill a finger starts from
BAR_THICKNESS = 10


class HomeBar(GestureArea):
    """A strip at the bottom with the white pill (``nav.gesture``): swipe up to go home.

    The strip the finger may start from is a finger's height (64 real pixels at least), much
    more forgiving than a real tablet's edge; the pill drawn in it stays thin, as it looks."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent, accepts_swipe=True)
        self.look = look
        self.setObjectName("nav.gesture")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        look.changed.connect(self.updateGeometry)
        look.changed.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(600), self.look.touch_px(48))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(BAR_COLOR))
        width, thickness = look.px(BAR_WIDTH), max(4, look.px(BAR_THICKNESS))
        pill = QRectF((self.width() - width) / 2, (self.height() - thickness) / 2, width, thickness)
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(QColor("#ffffff"))
        painter.drawRoundedRect(pill, thickness / 2, thickness / 2)

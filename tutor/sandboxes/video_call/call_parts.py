"""What the call screens share: gentle animation, round buttons and the controls
under a call, whose labels always fit."""

from __future__ import annotations

import re

from PySide6.QtCore import QElapsedTimer, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QWidget,
)

from tutor.sandboxes.kit import motion
from tutor.sandboxes.kit.look import FIXED, ROW, Look
from tutor.sandboxes.kit.touch import Pressable, icon_pixmap

FRAME_MS = 80  # about 12 pictures a second: enough for a calm, smooth movement
PULSE_PERIOD_S = 2.4
TALK_S = 2.6  # how long the mouth moves for a greeting
DARK = "#1c1f26"
RED = "#c62828"
GREEN = "#15632e"


class Animated(QWidget):
    """A widget repainted on a slow timer while it is visible; ``seconds`` since shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._clock = QElapsedTimer()
        self._clock.start()
        self._frames = QTimer(self, interval=FRAME_MS)
        self._frames.timeout.connect(self._on_frames_timeout)

    def seconds(self) -> float:
        return 0.0 if motion.reduced() else self._clock.elapsed() / 1000.0

    def _on_frames_timeout(self) -> None:
        self.update()

    def showEvent(self, event):
        super().showEvent(event)
        if not motion.reduced():  # reduced motion: a still picture
            self._frames.start()

    def hideEvent(self, event):
        super().hideEvent(event)
        self._frames.stop()


class RoundAction(Pressable):
    """A big round coloured button with a white icon and its label underneath."""

    def __init__(
        self, look: Look, text: str, icon: str, colour: str, parent: QWidget | None = None
    ):
        super().__init__(parent, look=look, sizing=FIXED)
        self.text = text
        self.icon = icon
        self.colour = QColor(colour)

    def sizeHint(self) -> QSize:
        look = self.look
        width = QFontMetrics(look.font(self, 28, bold=True)).horizontalAdvance(self.text)
        return QSize(max(look.px(190), width + look.px(24)), look.px(160))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = look.px(104)
        disc = QRectF((self.width() - size) / 2, look.px(4), size, size)
        painter.setPen(QPen(QColor(255, 255, 255, 160), look.px(3)))
        painter.setBrush(self.colour.darker(130) if self.is_down else self.colour)
        painter.drawEllipse(disc)
        icon = look.px(54)
        painter.drawPixmap(
            round(disc.center().x() - icon / 2),
            round(disc.center().y() - icon / 2),
            icon_pixmap(self.icon, "#ffffff", icon),
        )
        painter.setFont(look.font(self, 28, bold=True))
        painter.setPen(QColor("#ffffff"))
        text_rect = QRect(0, round(disc.bottom()) + look.px(6), self.width(), look.px(40))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter, self.text)


LABEL_PX = 20  # design size of a call control's label
LABEL_FLAGS = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


def _pieces(text: str) -> list[str]:
    """The parts a label may be broken into: its words, and a word after its hyphen
    ("Haut-" and "parleur"), as the text layout breaks them."""
    return [piece for word in text.split() for piece in re.split(r"(?<=-)", word) if piece]


def label_lines(font: QFont, text: str, width: int) -> int:
    """How many lines ``text`` takes when wrapped in ``width`` pixels."""
    metrics = QFontMetrics(font)
    room = QRect(0, 0, max(1, width), 10_000)
    return max(
        1,
        round(metrics.boundingRect(room, int(LABEL_FLAGS), text).height() / metrics.lineSpacing()),
    )


def label_font(font: QFont, text: str, room: QRect) -> QFont:
    """``font``, made smaller only if needed so that ``text`` shows whole in ``room``: no
    word cut at the side, no line cut at the bottom (a state said in half, such as "Micro"
    for "Micro coupé", would tell the opposite of the truth). The buttons are made tall
    enough for their labels (:meth:`CallScreen.fit_labels`), so this is a last resort."""
    fitted = QFont(font)
    size = fitted.pixelSize()
    while size > 8:
        metrics = QFontMetrics(fitted)
        widest = max((metrics.horizontalAdvance(p) for p in _pieces(text)), default=0)
        needed = metrics.boundingRect(room, int(LABEL_FLAGS), text)
        if widest <= room.width() and needed.height() <= room.height():
            break
        size -= 1
        fitted.setPixelSize(size)
    return fitted


class ControlButton(Pressable):
    """A call control: a round button (white when switched off, like real apps) and a
    label that says its state ("Microphone off")."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=ROW)
        self.text = ""
        self.icon = ""
        self.off = False
        self.danger = False
        self.lines = 2  # lines kept for the label (set by the call screen)

    def show_state(self, text: str, icon: str, off: bool = False) -> None:
        self.text, self.icon, self.off = text, icon, off
        self.update()

    def sizeHint(self) -> QSize:
        # The disc, then room for the label's lines at the text size in use ("Micro coupé"
        # on two lines, "Haut-parleur coupé" maybe three): with big text the buttons grow
        # taller, never cutting a line.
        look = self.look
        line = QFontMetrics(look.font(self, LABEL_PX, bold=True)).lineSpacing()
        return QSize(look.px(140), look.px(4 + 70 + 4 + 6) + line * self.lines)

    def label_room(self) -> QRect:
        """Where the label is written, under the disc."""
        look = self.look
        top = look.px(4 + 70 + 4)
        return QRect(0, top, self.width(), self.height() - top)

    def lines_needed(self, text: str, width: int) -> int:
        """Lines the label ``text`` takes in a button ``width`` pixels wide (bold: the
        widest it is drawn)."""
        font = self.look.font(self, LABEL_PX, bold=True)
        return label_lines(font, text, width)

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = look.px(70)
        disc = QRectF((self.width() - size) / 2, look.px(4), size, size)
        if self.danger:
            fill, ink = QColor(RED), QColor("#ffffff")
        elif self.off:
            fill, ink = QColor("#ffffff"), QColor("#202124")
        else:
            fill, ink = QColor("#3c4049"), QColor("#ffffff")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill.darker(130) if self.is_down else fill)
        painter.drawEllipse(disc)
        icon = look.px(38)
        painter.drawPixmap(
            round(disc.center().x() - icon / 2),
            round(disc.center().y() - icon / 2),
            icon_pixmap(self.icon, ink, icon),
        )
        painter.setPen(QColor("#ffffff"))
        room = self.label_room()
        font = look.font(self, LABEL_PX, bold=self.off or self.danger)
        painter.setFont(label_font(font, self.text, room))
        painter.drawText(room, LABEL_FLAGS, self.text)

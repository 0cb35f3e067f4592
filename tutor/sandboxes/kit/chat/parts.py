"""Pieces shared by the screens of the messaging app: colours, header bar, avatars."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from tutor.sandboxes.kit.chat.state import Person, initials
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.touch import TouchButton

APP_COLOUR = "#1d4f91"  # header bars
MINE_COLOUR = "#1a5fb4"  # my bubbles
THEIRS_COLOUR = "#e9ecef"  # their bubbles
THREAD_BACKGROUND = "#f6f2eb"
LIST_BACKGROUND = "#ffffff"
HEADER_HEIGHT = 84


def paint_avatar(painter: QPainter, rect: QRectF, person: Person) -> None:
    """A coloured disc with the person's initials, as apps show when there is no photo."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(person.colour))
    painter.drawEllipse(rect)
    font = painter.font()
    font.setPixelSize(max(6, round(rect.height() * 0.42)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(person.name))
    painter.restore()


def icon_button(
    look: Look, icon: str, object_name: str, background: str = APP_COLOUR
) -> TouchButton:
    """A square icon-only button of at least 64x64 design pixels."""
    button = TouchButton(look, "", icon, background=background, height=68, min_width=68)
    button.setObjectName(object_name)
    return button


class HeaderBar(QWidget):
    """The coloured bar at the top of a screen: a back button, a title, room for more."""

    def __init__(self, look: Look, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.label = QLabel(title)
        self.label.setStyleSheet("color: white; background: transparent;")
        look.keep_font(self.label, 30, bold=True)
        self.row = QHBoxLayout(self)
        self.row.setSpacing(look.px(10))
        self.row.addWidget(self.label, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        look.changed.connect(self.restyle)
        self.restyle()

    def set_title(self, title: str) -> None:
        self.label.setText(title)

    def restyle(self) -> None:
        m = self.look.px(8)
        self.row.setContentsMargins(m, m, self.look.px(16), m)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(
            self.look.px(600),
            max(self.look.px(HEADER_HEIGHT), self.look.touch_px(68) + 2 * self.look.px(8)),
        )

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor(APP_COLOUR))

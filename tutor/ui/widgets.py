"""Small reusable widgets, all sized for fingers and eyes."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

# Pictures a learner can choose (no photo, no typing).
AVATARS = (
    "mdi6.flower",
    "mdi6.cat",
    "mdi6.dog",
    "mdi6.white-balance-sunny",
    "mdi6.tree",
    "mdi6.bird",
    "mdi6.sail-boat",
    "mdi6.heart",
    "mdi6.star",
    "mdi6.music",
    "mdi6.coffee",
    "mdi6.home",
    "mdi6.bicycle",
    "mdi6.fish",
)
COLOURS = ("#0b4a85", "#1b5e20", "#8e244d", "#6a1b9a", "#b33c00", "#00595e", "#4e342e", "#37474f")


@cache
def icon(name: str, colour: str = "#141414") -> QIcon:
    """A vector icon, made once per (name, colour): screens ask for the same ones often."""
    import qtawesome  # imported on first use: it costs start-up time

    return qtawesome.icon(name, color=colour)


def set_role(widget: QWidget, role: str) -> None:
    """Tag a widget for the style sheet (``QWidget[role="..."]``)."""
    widget.setProperty("role", role)


def label(text: str, role: str | None = None, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        set_role(widget, role)
    return widget


def button(
    text: str, icon_name: str | None = None, role: str | None = None, name: str | None = None
) -> QPushButton:
    widget = QPushButton(text)
    if icon_name:
        widget.setIcon(icon(icon_name, "#ffffff" if role == "primary" else "#141414"))
        widget.setIconSize(QSize(32, 32))
    if role:
        set_role(widget, role)
    if name:
        widget.setObjectName(name)
    widget.setAccessibleName(text)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setAutoDefault(False)
    return widget


def finger_scroll(area: QScrollArea) -> QScrollArea:
    """Scroll by dragging with a finger or the mouse, with a kinetic feel; no scrollbars."""
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return area


def avatar_pixmap(icon_name: str, colour: str, size: int) -> QPixmap:
    """A coloured disc with a white picture in it."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour or COLOURS[0]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    inner = int(size * 0.6)
    offset = (size - inner) // 2
    painter.drawPixmap(offset, offset, icon(icon_name or AVATARS[0], "#ffffff").pixmap(inner))
    painter.end()
    return pixmap


class PictureTile(QAbstractButton):
    """A big square button: a picture above a name (learners, modules, choices)."""

    def __init__(self, text: str, pixmap: QPixmap, parent: QWidget | None = None):
        super().__init__(parent)
        self.setText(text)
        self.setAccessibleName(text)
        self.setCheckable(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pixmap = pixmap
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        picture = QLabel()
        picture.setPixmap(pixmap)
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        name = label(text)
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        name.setStyleSheet("font-weight: bold;")
        layout.addWidget(picture)
        layout.addWidget(name)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setBrush(palette.base())
        pen_colour = QColor("#d35400") if self.hasFocus() else palette.text().color()
        painter.setPen(pen_colour)
        if self.isDown():
            painter.setBrush(palette.midlight())
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 20, 20)


class Banner(QLabel):
    """A calm message line (e.g. "Saved"), hidden when empty."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        set_role(self, "banner")
        self.setWordWrap(True)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class CardButton(PictureTile):
    """A wide button: a picture on the left, a bold title and wrapped lines on the right."""

    def __init__(
        self, title: str, lines: list[str], pixmap: QPixmap, parent: QWidget | None = None
    ):
        QAbstractButton.__init__(self, parent)
        self.setText(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(" ".join(lines))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pixmap = pixmap
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 16, 20, 16)
        row.setSpacing(20)
        picture = QLabel()
        picture.setPixmap(pixmap)
        picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(picture)
        column = QVBoxLayout()
        heading = label(title, "instruction")
        heading.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        column.addWidget(heading)
        for line in lines:
            text = label(line)
            text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            column.addWidget(text)
        row.addLayout(column, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

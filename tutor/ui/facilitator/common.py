"""Shared parts of the facilitator's screens: a page with a way back, a confirmation screen,
checkable faces, and the (slightly smaller, still large) facilitator style."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tutor.i18n import _
from tutor.ui.widgets import Banner, avatar_pixmap, button, icon, label

# The same rules as everywhere: text >= 22 px, every target >= 64 px (at 100 %).
FACILITATOR_STYLE = """
QWidget { font-size: 22px; }
QLabel[role="title"] { font-size: 32px; font-weight: bold; }
QLabel[role="instruction"] { font-size: 26px; font-weight: bold; }
QLabel[role="heading"] { font-size: 24px; font-weight: bold; }
QPushButton { min-height: 48px; padding: 5px 16px; font-size: 22px; border-radius: 12px; }
QLineEdit, QPlainTextEdit { font-size: 22px; min-height: 52px; padding: 4px 10px;
    background: #ffffff; border: 3px solid #5a5a5a; border-radius: 10px; }
QComboBox { font-size: 22px; min-height: 56px; padding: 2px 12px; background: #ffffff;
    border: 3px solid #5a5a5a; border-radius: 10px; }
QComboBox { padding-right: 60px; }
QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: center right;
    width: 56px; border: none; border-left: 3px solid #5a5a5a; }
QComboBox QAbstractItemView { font-size: 22px; background: #ffffff; }
QComboBox QAbstractItemView::item { min-height: 64px; }
QCheckBox { font-size: 22px; min-height: 64px; spacing: 14px; }
QCheckBox::indicator { width: 40px; height: 40px; }
QTableWidget { font-size: 22px; background: #ffffff; gridline-color: #8a8a8a;
    selection-background-color: #fff1c7; selection-color: #141414; }
QTableView::item { padding: 4px 6px; }
QHeaderView::section { font-size: 22px; font-weight: bold; padding: 10px 8px;
    background: #e8e2d4; border: 1px solid #5a5a5a; }
QProgressBar { min-height: 30px; border: 2px solid #5a5a5a; border-radius: 8px;
    background: #ffffff; text-align: center; font-weight: bold; }
QProgressBar::chunk { background: #0b4a85; }
"""
TARGET_PX = 64


def facilitator_style(widget: QWidget) -> None:
    widget.setStyleSheet(FACILITATOR_STYLE)


class Page(QWidget):
    """A facilitator screen: "Back" and a title on top, the content below."""

    back_requested = Signal()

    def __init__(self, name: str, title: str) -> None:
        super().__init__()
        self.setObjectName(f"screen.{name}")
        facilitator_style(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 18, 28, 18)
        outer.setSpacing(14)
        self.top = QHBoxLayout()
        self.top.setSpacing(16)
        self.back_button = button(_("Back"), "mdi6.arrow-left", name=f"{name}.back")
        self.back_button.clicked.connect(self.back_requested)
        self.top.addWidget(self.back_button)
        self.title = label(title, "title")
        self.top.addWidget(self.title, 1)
        outer.addLayout(self.top)
        self.banner = Banner()
        self.banner.setObjectName(f"{name}.banner")
        outer.addWidget(self.banner)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        outer.addLayout(self.body, 1)


def scroll_column(spacing: int = 10) -> tuple[QScrollArea, QVBoxLayout]:
    """A finger-scrollable column (rows are added to the returned layout)."""
    from tutor.ui.widgets import finger_scroll

    area = QScrollArea()
    finger_scroll(area)
    area.setStyleSheet(
        "QScrollArea, QScrollArea > QWidget, QWidget#scroll_inner { background: #f4f1ea; }"
    )
    inner = QWidget()
    inner.setObjectName("scroll_inner")
    column = QVBoxLayout(inner)
    column.setContentsMargins(4, 4, 4, 4)
    column.setSpacing(spacing)
    column.addStretch(1)
    area.setWidget(inner)
    return area, column


def clear_layout(layout: QVBoxLayout | QHBoxLayout, keep_last_stretch: bool = True) -> None:
    """Remove every row (widgets are deleted), keeping the final stretch if asked."""
    keep = 1 if keep_last_stretch else 0
    while layout.count() > keep:
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            # Re-parenting to None costs milliseconds per widget in a big window; hidden,
            # nameless and deleted at the next turn of the event loop is enough.
            widget.hide()
            widget.setObjectName("")
            for child in widget.findChildren(QWidget):
                child.setObjectName("")
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout(), keep_last_stretch=False)  # type: ignore[arg-type]


def add_row(column: QVBoxLayout, widget: QWidget) -> None:
    """Insert before the final stretch of a ``scroll_column``."""
    column.insertWidget(column.count() - 1, widget)


class BigCombo(QComboBox):
    """A list to choose from, with a big arrow that says so (the style's own is tiny)."""

    def paintEvent(self, event):
        super().paintEvent(event)
        arrow = icon("mdi6.menu-down", "#141414").pixmap(56)
        painter = QPainter(self)
        painter.drawPixmap(self.width() - 58, (self.height() - 56) // 2, arrow)
        painter.end()


def combo(name: str, spoken: str) -> QComboBox:
    """A list to choose from; ``spoken``: what a screen reader says it is for."""
    box = BigCombo()
    box.setObjectName(name)
    box.setAccessibleName(spoken)
    box.setMinimumHeight(TARGET_PX)
    box.setMinimumContentsLength(14)
    return box


def choice(text: str, name: str) -> QPushButton:
    """A checkable choice button (one of a group), clearly marked when chosen."""
    widget = button(text, name=name)
    widget.setCheckable(True)
    widget.setStyleSheet(
        "QPushButton:checked { border: 5px solid #d35400; background: #fff1c7; color: #141414;"
        " padding: 3px 14px; }"  # as big as when not chosen: the thicker border is inside
    )
    return widget


class FaceToggle(QAbstractButton):
    """A learner's face that can be ticked (attendance): a check mark and the word
    "Present" show the choice, not colour alone."""

    def __init__(self, first_name: str, avatar: str, colour: str) -> None:
        super().__init__()
        self.setCheckable(True)
        self.setText(first_name)
        self.setAccessibleName(first_name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._avatar = avatar_pixmap(avatar, colour, 72)
        self._check = icon("mdi6.check-circle", "#1b5e20").pixmap(40)
        self.setFixedSize(QSize(180, 176))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self.rect().adjusted(3, 3, -3, -3)
        checked = self.isChecked()
        painter.setBrush(QColor("#dff3e0" if checked else "#ffffff"))
        painter.setPen(QPen(QColor("#1b5e20" if checked else "#5a5a5a"), 6 if checked else 2))
        painter.drawRoundedRect(box, 16, 16)
        painter.drawPixmap((self.width() - 72) // 2, 12, self._avatar)
        if checked:
            painter.drawPixmap(box.right() - 46, box.top() + 6, self._check)
        painter.setPen(QColor("#141414"))
        font = QFont(self.font())
        font.setPixelSize(22)  # as big as any text of the facilitator space
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(
            QRect(8, 88, self.width() - 16, 44), Qt.AlignmentFlag.AlignCenter, self.text()
        )
        font.setBold(False)
        painter.setFont(font)
        status = _("Present") if checked else _("Not ticked")
        painter.drawText(QRect(8, 132, self.width() - 16, 34), Qt.AlignmentFlag.AlignCenter, status)


class ConfirmScreen(Page):
    """An in-window confirmation: what will happen, in words, and two big answers."""

    confirmed = Signal()

    def __init__(self) -> None:
        super().__init__("confirm", "")
        self.text = label("", "instruction")
        self.text.setObjectName("confirm.text")
        self.body.addWidget(self.text)
        self.details = label("")
        self.details.setObjectName("confirm.details")
        self.body.addWidget(self.details)
        self.body.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.no_button = button("", "mdi6.close", name="confirm.no")
        self.no_button.setMinimumHeight(80)
        self.no_button.clicked.connect(self.back_requested)
        self.yes_button = button("", "mdi6.check", "primary", name="confirm.yes")
        self.yes_button.setMinimumHeight(80)
        self.yes_button.clicked.connect(self.confirmed)
        row.addWidget(self.no_button, 1)
        row.addWidget(self.yes_button, 1)
        self.body.addLayout(row)

    def ask(self, title: str, text: str, details: str, yes: str, no: str, danger: bool) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.details.setText(details)
        self.details.setVisible(bool(details))
        self.yes_button.setText(yes)
        self.yes_button.setAccessibleName(yes)
        self.no_button.setText(no)
        self.no_button.setAccessibleName(no)
        colour = "#b71c1c" if danger else "#0b4a85"
        self.yes_button.setStyleSheet(
            f"QPushButton {{ background: {colour}; border-color: {colour}; color: #ffffff; }}"
        )

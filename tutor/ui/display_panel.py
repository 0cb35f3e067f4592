"""The calm panel behind every screen's "Aa" button: three text sizes and two themes.

It lies over the current screen (no separate window, nothing steals the focus from
elsewhere) and stays until "Close", so the learner sees each change at once behind it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tutor.i18n import N_, _
from tutor.ui.display import Display
from tutor.ui.theme import HIGH_CONTRAST, STANDARD
from tutor.ui.widgets import button, finger_scroll, label, set_role

SIZES = ((100, N_("Large")), (150, N_("Larger")), (200, N_("Largest")))
THEMES = (("standard", N_("Usual colours")), ("high_contrast", N_("Strong contrast")))


class DisplayPanel(QWidget):
    """Covers its parent (the main window); emits what the learner chose."""

    size_chosen = Signal(int)
    theme_chosen = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("display.panel")
        self.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 30, 40, 30)
        self.area = finger_scroll(QScrollArea())
        self.area.setObjectName("display.scroll")
        self.area.setStyleSheet("QScrollArea { background: transparent; }")
        self.area.viewport().setAutoFillBackground(False)
        outer.addWidget(self.area)
        self.frame = QFrame()
        set_role(self.frame, "panel")
        self.frame.setObjectName("display.frame")
        self.area.setWidget(self.frame)
        column = QVBoxLayout(self.frame)
        column.setContentsMargins(30, 24, 30, 24)
        column.setSpacing(18)
        self.title = label(_("Text size and colours"), "title")
        column.addWidget(self.title)
        column.addWidget(label(_("Size of the text"), "instruction"))
        self._sizes = QButtonGroup(self)
        row = QGridLayout()
        row.setSpacing(16)
        for index, (size, text) in enumerate(SIZES):
            choice = self._choice(_(text), f"display.size.{size}", size)
            # Each size is shown at its own size, whatever the current one.
            choice.setStyleSheet(f"QPushButton {{ font-size: {round(24 * size / 100)}px; }}")
            choice.setProperty("preview", True)  # (the audit knows this size is on purpose)
            self._sizes.addButton(choice, size)
            row.addWidget(choice, 0, index)
        column.addLayout(row)
        column.addWidget(label(_("Colours"), "instruction"))
        self._themes = QButtonGroup(self)
        row = QGridLayout()
        row.setSpacing(16)
        for index, (theme, text) in enumerate(THEMES):
            choice = self._choice(_(text), f"display.theme.{theme}", theme)
            colours = STANDARD if theme == "standard" else HIGH_CONTRAST
            choice.setStyleSheet(
                f"QPushButton {{ background: {colours.window}; color: {colours.text}; "
                f"border-color: {colours.border}; }}"
                f"QPushButton:checked {{ border: 8px solid {colours.focus}; }}"
            )
            self._themes.addButton(choice, index)
            row.addWidget(choice, 0, index)
        column.addLayout(row)
        self.close_button = button(_("Close"), "mdi6.check", "primary", name="display.close")
        self.close_button.clicked.connect(self.close_panel)
        column.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self._sizes.idClicked.connect(self.size_chosen)
        self._themes.idClicked.connect(lambda index: self.theme_chosen.emit(THEMES[index][0]))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        # On a 1024 px window at 200 %, the two colour buttons side by side need the
        # width of the panel's side margins.
        side = 40 if self.width() >= 1100 else 20
        layout = self.layout()
        assert layout is not None  # (built in __init__)
        layout.setContentsMargins(side, 30, side, 30)

    @staticmethod
    def _choice(text: str, name: str, value: object) -> QPushButton:
        choice = button(text, name=name)
        choice.setCheckable(True)
        choice.setProperty("value", value)
        return choice

    def open_panel(self, display: Display) -> None:
        self.show_display(display)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        checked = self._sizes.checkedButton()
        (checked or self.close_button).setFocus()

    def show_display(self, display: Display) -> None:
        for choice in self._sizes.buttons():
            choice.setChecked(choice.property("value") == display.text_size)
        for choice in self._themes.buttons():
            choice.setChecked(choice.property("value") == display.theme)

    def close_panel(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Escape:
            self.close_panel()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))  # the screen stays visible behind

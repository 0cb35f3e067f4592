"""A new person: a first name and a picture or colour to choose, nothing else."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from tutor.core.avatars import AVATAR_NAMES, COLOUR_NAMES
from tutor.i18n import _
from tutor.ui import display
from tutor.ui.theme import picture_ink
from tutor.ui.widgets import (
    AVATARS,
    COLOURS,
    avatar_pixmap,
    button,
    label,
    scroll_page,
    top_row,
)


class NewLearnerScreen(QWidget):
    created = Signal(str, str, str)  # first name, avatar, colour
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screen.new_learner")
        layout = scroll_page(self)  # at 200 % the page scrolls
        layout.setContentsMargins(40, 28, 40, 24)
        layout.setSpacing(16)
        top = top_row("newlearner", label(_("Welcome! What is your first name?"), "title"))
        self.display_button = top.display_button
        layout.addLayout(top.layout)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("newlearner.name")
        self.name_edit.setAccessibleName(_("First name"))
        self.name_edit.setMaxLength(40)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        layout.addWidget(self.name_edit)
        layout.addWidget(label(_("Choose your picture."), "instruction"))
        self._avatars = QButtonGroup(self)
        pictures = QGridLayout()
        pictures.setSpacing(12)
        self._colour = COLOURS[0]
        for index, avatar in enumerate(AVATARS):
            choice = QPushButton()
            choice.setObjectName(f"newlearner.avatar.{index}")
            choice.setAccessibleName(_(AVATAR_NAMES[avatar]))
            choice.setCheckable(True)
            choice.setIconSize(QSize(64, 64))
            choice.setMinimumSize(92, 92)
            choice.setProperty("avatar", avatar)
            self._avatars.addButton(choice, index)
            pictures.addWidget(choice, index // 7, index % 7)
        layout.addLayout(pictures)
        colours = QHBoxLayout()
        colours.setSpacing(12)
        self._colours = QButtonGroup(self)
        for index, colour in enumerate(COLOURS):
            swatch = QPushButton()
            swatch.setObjectName(f"newlearner.colour.{index}")
            swatch.setAccessibleName(_(COLOUR_NAMES[colour]))
            swatch.setCheckable(True)
            swatch.setMinimumSize(80, 72)
            swatch.setProperty("colour", colour)
            self._colours.addButton(swatch, index)
            colours.addWidget(swatch)
        colours.addStretch(1)
        self._colours.idClicked.connect(self._on_colours_clicked)
        layout.addLayout(colours)
        self.advice = label("", "feedback")
        self.advice.setObjectName("newlearner.advice")
        self.advice.hide()
        layout.addWidget(self.advice)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.back_button = button(_("Back"), "mdi6.arrow-left", name="newlearner.back")
        self.back_button.clicked.connect(self.cancelled)
        self.ok_button = button(
            _("That's me, continue"), "mdi6.check", "primary", name="newlearner.ok"
        )
        self.ok_button.clicked.connect(self._on_ok_clicked)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        display.notifier().changed.connect(self._paint_choices)
        self.clear()

    def clear(self) -> None:
        self.name_edit.clear()
        self._colours.button(0).setChecked(True)
        self._on_colours_clicked(0)
        self._avatars.button(0).setChecked(True)
        self.advice.hide()

    def show_advice(self, text: str) -> None:
        self.advice.setText(text)
        self.advice.show()

    def _on_colours_clicked(self, index: int) -> None:
        self._colour = COLOURS[index]
        self._paint_choices()

    def _paint_choices(self) -> None:
        """The pictures and colours in the current look: in strong contrast, light discs and
        swatches (a dark one would not show on black); every edge and the chosen one's ring
        at 3:1 and more on the page."""
        palette = display.current().palette
        theme = display.current().theme
        for choice in self._avatars.buttons():
            choice.setIcon(QIcon(avatar_pixmap(choice.property("avatar"), self._colour, 64)))
            choice.setStyleSheet(f"QPushButton:checked {{ border: 8px solid {palette.chosen}; }}")
        for swatch in self._colours.buttons():
            fill = picture_ink(swatch.property("colour"), theme)
            swatch.setStyleSheet(
                f"QPushButton {{ background: {fill}; border: 3px solid {palette.border}; }}"
                f"QPushButton:checked {{ border: 8px solid {palette.chosen}; }}"
            )

    def _on_name_edit_text_changed(self, _text: str) -> None:
        self.advice.hide()

    def _on_ok_clicked(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.advice.setText(_("Write your first name in the white box first."))
            self.advice.show()
            self.name_edit.setFocus()
            return
        chosen = self._avatars.checkedButton()
        avatar = chosen.property("avatar") if chosen is not None else AVATARS[0]
        self.created.emit(name, avatar, self._colour)

"""The Notes app: a list of notes and a page to write one with the on-screen keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from tutor.i18n import N_, _
from tutor.sandboxes.kit.chrome import TitleBar, stacked, style_label
from tutor.sandboxes.kit.field import KeyboardField
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.scrolling import finger_page
from tutor.sandboxes.kit.touch import TouchButton
from tutor.sandboxes.tablet.field import NOTE_HINT, NOTE_PAGE

# The Notes app's orange bar: dark enough for its white title (7.4:1).
NOTES_COLOUR = "#864400"

SAMPLE_NOTES = (N_("Shopping: bread, milk"), N_("Call Marie on Sunday"))
NOTES_COLOR = "#e67e00"
TEXT_PX = 26


class NotesListScreen(QWidget):
    """The saved notes, newest first, and the big "New note" button."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.title = TitleBar(look, _("Notes"), NOTES_COLOUR)
        self.new_button = TouchButton(look, _("New note"), "mdi6.plus", background="#1565c0")
        self.new_button.setObjectName("notes.new")
        self.title.row.addWidget(self.new_button)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self.list_widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget {background: #fff8ee;}"
            "QScrollBar:vertical {width: 14px; background: #f0e4d2; border: none;}"
            "QScrollBar::handle:vertical {background: #9e8a6e; border-radius: 7px;"
            " min-height: 40px;}"
            "QScrollBar::add-line, QScrollBar::sub-line {height: 0px;}"
        )
        stacked(self, self.title, (scroll, 1))
        self.cards: list[QLabel] = []
        look.changed.connect(self.restyle)

    def set_notes(self, notes: list[str]) -> None:
        for card in self.cards:
            self.list_layout.removeWidget(card)
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for text in reversed(notes):
            card = QLabel(text)
            card.setWordWrap(True)
            card.setAccessibleName(text)
            self.list_layout.insertWidget(self.list_layout.count() - 1, card)
            self.cards.append(card)
        self.restyle()

    def card_texts(self) -> list[str]:
        return [card.text() for card in self.cards]

    def restyle(self) -> None:
        look = self.look
        m = look.px(18)
        self.list_layout.setContentsMargins(m, m, m, m)
        self.list_layout.setSpacing(look.px(14))
        style = (
            f"background: white; color: #1f1f1f; border: {look.px(2)}px solid #e0c9a6;"
            f" border-radius: {look.px(14)}px; padding: {look.px(16)}px;"
        )
        for card in self.cards:
            style_label(card, look, TEXT_PX, style)


class NoteEditorScreen(QWidget):
    """Writing a note: the page (``notes.text``) and the "Done" button (``notes.done``)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.title = TitleBar(look, _("New note"), NOTES_COLOUR)
        self.done_button = TouchButton(look, _("Done"), "mdi6.check", background="#15632e")
        self.done_button.setObjectName("notes.done")
        self.title.row.addWidget(self.done_button)
        self.page = KeyboardField(look, NOTE_PAGE, NOTE_HINT)
        self.page.setObjectName("notes.text")
        # With the keyboard up at a big text size, the bar and the page do not both fit
        # above it: the screen moves with a finger (the step's target is brought into
        # view) rather than squeezing the page under a finger's height.
        content = QWidget()
        stacked(content, self.title, (self.page, 1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(finger_page(content))

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor("#fff8ee"))

"""The Notes app: a list of notes and a page to write one with the on-screen keyboard."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from tutor.i18n import N_, _
from tutor.sandboxes.kit.gestures import GestureArea
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.scrolling import finger_page
from tutor.sandboxes.kit.touch import TouchButton
from tutor.sandboxes.tablet.chrome import TitleBar, style_label

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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
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


class NotePage(GestureArea):
    """The white page of a note: shows the text and a caret; typing comes only from the
    on-screen keyboard, so it never takes the computer keyboard's focus."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self._text = ""
        self.writing = False  # caret shown while the keyboard is up
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        look.changed.connect(self.update)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self.update()

    def set_writing(self, writing: bool) -> None:
        self.writing = writing
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(600), self.look.px(120))

    def minimumSizeHint(self) -> QSize:
        """Its white page a finger's height at least (it is drawn inside a margin)."""
        margin = self.look.px(12) + self.look.px(8)
        return QSize(self.look.px(200), max(self.look.px(72), self.look.touch_px(64) + margin))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = QRectF(self.rect()).adjusted(look.px(14), look.px(12), -look.px(14), -look.px(8))
        painter.setPen(QPen(QColor("#1565c0") if self.writing else QColor("#b0b4ba"), look.px(3)))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(page, look.px(12), look.px(12))
        inner = page.adjusted(look.px(18), look.px(12), -look.px(18), -look.px(12))
        font = look.font(self, TEXT_PX)
        painter.setFont(font)
        if not self._text and not self.writing:
            painter.setPen(QColor("#6b6f75"))
            painter.drawText(
                inner,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                _("Tap here to type"),
            )
            return
        layout = QTextLayout(self._text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(inner.width())
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        # Keep the end of the text (where the caret is) in sight on a small page.
        shift = max(0.0, y - inner.height())
        painter.save()
        painter.setClipRect(inner)
        painter.setPen(QColor("#111111"))
        origin = QPointF(inner.left(), inner.top() - shift)
        layout.draw(painter, origin)
        if self.writing:
            last = layout.lineAt(layout.lineCount() - 1) if layout.lineCount() else None
            if last is not None:
                x = cast(tuple[float, int], last.cursorToX(len(self._text)))[0]
                top = last.y()
            else:
                x, top = 0.0, 0.0
            height = painter.fontMetrics().height()
            painter.setPen(QPen(QColor("#1565c0"), look.px(3)))
            cx = origin.x() + x + look.px(2)
            painter.drawLine(QPointF(cx, origin.y() + top), QPointF(cx, origin.y() + top + height))
        painter.restore()


class NoteEditorScreen(QWidget):
    """Writing a note: the page (``notes.text``) and the "Done" button (``notes.done``)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.title = TitleBar(look, _("New note"), NOTES_COLOUR)
        self.done_button = TouchButton(look, _("Done"), "mdi6.check", background="#15632e")
        self.done_button.setObjectName("notes.done")
        self.title.row.addWidget(self.done_button)
        self.page = NotePage(look)
        self.page.setObjectName("notes.text")
        # With the keyboard up at a big text size, the bar and the page do not both fit
        # above it: the screen moves with a finger (the step's target is brought into
        # view) rather than squeezing the page under a finger's height.
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.title)
        column.addWidget(self.page, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(finger_page(content))

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor("#fff8ee"))

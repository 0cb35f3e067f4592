"""The end of a lesson: a kind summary and "How do you feel?" with three faces."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from tutor.i18n import N_, _
from tutor.ui import display
from tutor.ui.flow import FlowLayout
from tutor.ui.widgets import button, display_button, label, scroll_page, themed_icon

FACES = (
    (1, "mdi6.emoticon-confused-outline", N_("Not yet at ease"), "#8e244d"),
    (2, "mdi6.emoticon-neutral-outline", N_("It's going well"), "#b33c00"),
    (3, "mdi6.emoticon-happy-outline", N_("At ease"), "#1b5e20"),
)


class SummaryScreen(QWidget):
    confidence_chosen = Signal(int)
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screen.summary")
        layout = scroll_page(self)  # at 200 % the page scrolls
        layout.setContentsMargins(60, 40, 60, 30)
        layout.setSpacing(22)
        top = QHBoxLayout()
        self.title = label("", "title")
        top.addWidget(self.title, 1)
        self.display_button = display_button("summary")
        top.addWidget(self.display_button)
        layout.addLayout(top)
        self.summary = label("", "instruction")
        self.summary.setObjectName("summary.text")
        layout.addWidget(self.summary)
        layout.addWidget(label(_("How do you feel?"), "instruction"))
        faces_row = QWidget()
        faces = FlowLayout(faces_row, spacing=24)  # the faces wrap at 200 %
        self.face_buttons: list[QPushButton] = []
        for value, icon_name, text, colour in FACES:
            face = button(_(text), name=f"summary.face.{value}")
            face.setIcon(themed_icon(icon_name, colour))
            face.setIconSize(QSize(72, 72))
            face.setMinimumHeight(130)
            face.setCheckable(True)
            face.clicked.connect(lambda _c=False, v=value: self._on_face_clicked(v))
            faces.add(face)
            self.face_buttons.append(face)
        layout.addWidget(faces_row)
        self.thanks = label("", "muted")
        layout.addWidget(self.thanks)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.done_button = button(
            _("Back to the lessons"), "mdi6.arrow-right", "primary", name="summary.done"
        )
        self.done_button.clicked.connect(self.finished)
        bottom.addWidget(self.done_button)
        layout.addLayout(bottom)
        display.notifier().changed.connect(self._on_display_changed)

    def _on_display_changed(self) -> None:
        """The faces in the new look's colours (light ones in strong contrast)."""
        for face, (_value, icon_name, _text, colour) in zip(self.face_buttons, FACES, strict=True):
            face.setIcon(themed_icon(icon_name, colour))

    def show_summary(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.summary.setText(text)
        self.thanks.setText("")
        for face in self.face_buttons:
            face.setChecked(False)

    def _on_face_clicked(self, value: int) -> None:
        for face in self.face_buttons:
            face.setChecked(face.objectName() == f"summary.face.{value}")
        self.thanks.setText(_("Thank you. Your answer is saved."))
        self.confidence_chosen.emit(value)

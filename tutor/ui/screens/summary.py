"""The end of a lesson: a kind summary, what to remember, "Your turn, on your own", and
"How do you feel?" with three faces.

The points to remember are the lesson's own (``remember:``, 2 or 3 short points), one a line
in big text, each after a check mark. "Your turn, on your own" plays the same lesson again
with no instructions (see ``LessonController.start_alone``); it is offered after a guided
run and again after a run on one's own.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tutor.i18n import N_, _
from tutor.ui import accessibility, display
from tutor.ui.flow import FlowLayout
from tutor.ui.theme import picture_ink
from tutor.ui.widgets import button, label, picture, scroll_page, themed_icon, top_row

FACES = (
    (1, "mdi6.emoticon-confused-outline", N_("Not yet at ease"), "#8e244d"),
    (2, "mdi6.emoticon-neutral-outline", N_("It's going well"), "#b33c00"),
    (3, "mdi6.emoticon-happy-outline", N_("At ease"), "#1b5e20"),
)
CHECK_ICON, CHECK_COLOUR = "mdi6.check-circle", "#1b5e20"


class SummaryScreen(QWidget):
    confidence_chosen = Signal(int)
    finished = Signal()
    alone_requested = Signal()  # "Your turn, on your own"

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screen.summary")
        layout = scroll_page(self)  # at 200 % the page scrolls
        layout.setContentsMargins(60, 16, 60, 12)
        layout.setSpacing(12)
        self.title = label("", "title")
        top = top_row("summary", self.title)
        self.display_button = top.display_button
        layout.addLayout(top.layout)
        self.summary = label("", "instruction")
        self.summary.setObjectName("summary.text")
        layout.addWidget(self.summary)
        # What to remember: the lesson's 2 or 3 points, one a line, each after a check mark.
        self.remember = QWidget()
        self.remember.setObjectName("summary.remember")
        remember = QVBoxLayout(self.remember)
        remember.setContentsMargins(0, 0, 0, 0)
        remember.setSpacing(4)
        self.remember_title = label(_("To remember:"), "instruction")
        remember.addWidget(self.remember_title)
        self._points_layout = remember
        self._point_rows: list[tuple[QLabel, QLabel]] = []
        layout.addWidget(self.remember)
        # The question, then the thanks in its place once a face is chosen (the page keeps
        # its height: at 100 % everything fits 1280x800 without scrolling).
        self.question = label(_("How do you feel?"), "instruction")
        self.question.setObjectName("summary.question")
        layout.addWidget(self.question)
        faces_row = QWidget()
        faces = FlowLayout(faces_row, spacing=24)  # the faces wrap at 200 %
        self.face_buttons: list[QPushButton] = []
        for value, icon_name, text, colour in FACES:
            face = button(_(text), name=f"summary.face.{value}")
            face.setIcon(themed_icon(icon_name, colour))
            face.setIconSize(QSize(72, 72))
            face.setMinimumHeight(130)
            face.setCheckable(True)
            accessibility.mark_choice(face)  # one feeling of five: a radio button
            face.clicked.connect(lambda _c=False, v=value: self._on_face_clicked(v))
            faces.add(face)
            self.face_buttons.append(face)
        layout.addWidget(faces_row)
        layout.addStretch(1)
        buttons = QWidget()
        bottom = FlowLayout(buttons, spacing=24)  # one under the other when the text is big
        # The same lesson again, with no instructions: as every trainer's course ends.
        self.alone_button = button(
            _("Your turn, on your own"), "mdi6.account-check", "primary", name="summary.alone"
        )
        self.alone_button.setAccessibleDescription(
            _("The same lesson again, without the instructions. Help stays one tap away.")
        )
        self.alone_button.clicked.connect(self.alone_requested)
        bottom.add(self.alone_button)
        self.done_button = button(_("Back to the lessons"), "mdi6.arrow-right", name="summary.done")
        self.done_button.clicked.connect(self.finished)
        bottom.add(self.done_button)
        layout.addWidget(buttons)
        display.notifier().changed.connect(self._on_display_changed)

    def _on_display_changed(self) -> None:
        """The faces in the new look's colours (light ones in strong contrast)."""
        for face, (_value, icon_name, _text, colour) in zip(self.face_buttons, FACES, strict=True):
            face.setIcon(themed_icon(icon_name, colour))
        self._paint_checks()

    def _paint_checks(self) -> None:
        """The check marks as big as the text, in the look's colours."""
        size = max(32, self.remember_title.fontMetrics().height())
        pixmap = picture(CHECK_ICON, picture_ink(CHECK_COLOUR, display.current().theme), size)
        for mark, _text in self._point_rows:
            mark.setPixmap(pixmap)
            mark.setFixedSize(size, size)

    def show_summary(self, title: str, text: str, remember: list[str] | None = None) -> None:
        """``remember``: the lesson's points to remember, in the learner's language."""
        self.title.setText(title)
        self.summary.setText(text)
        self._set_points(remember or [])
        self.question.setText(_("How do you feel?"))
        for face in self.face_buttons:
            face.setChecked(False)

    def _on_face_clicked(self, value: int) -> None:
        for face in self.face_buttons:
            face.setChecked(face.objectName() == f"summary.face.{value}")
        self.question.setText(_("Thank you. Your answer is saved."))
        self.confidence_chosen.emit(value)

    def _set_points(self, points: list[str]) -> None:
        for _mark, text in self._point_rows:
            row = text.parentWidget()
            if row is not None:
                self._points_layout.removeWidget(row)
                row.deleteLater()
        self._point_rows = []
        for number, point in enumerate(points, start=1):
            row = QWidget()
            row.setObjectName(f"summary.remember.{number}")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(16)
            mark = QLabel()
            mark.setAccessibleName(_("Point to remember"))
            text = label(point, "instruction")
            text.setObjectName(f"summary.point.{number}")
            line.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            self._points_layout.addWidget(row)
            self._point_rows.append((mark, text))
        self._paint_checks()
        self.remember.setVisible(bool(points))

    def points(self) -> list[str]:
        """The points to remember shown now (for tests and the audit)."""
        return [text.text() for _mark, text in self._point_rows]

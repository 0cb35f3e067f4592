"""Difficult steps: where learners hesitate most, each with a picture of the step."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from tutor.i18n import _, ngettext
from tutor.ui.facilitator.common import Page, add_row, clear_layout, combo, scroll_column
from tutor.ui.facilitator.thumbnails import THUMBNAIL_SIZE
from tutor.ui.widgets import label


@dataclass(frozen=True)
class DifficultRow:
    rank: int
    lesson_id: str
    step_index: int
    lesson_title: str
    instruction: str
    wrong_taps: int
    help_used: int
    learners: int


class DifficultStepsScreen(Page):
    workshop_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__("fac_difficult", _("Difficult steps"))
        self.top.addWidget(label(_("Workshop:"), "heading", wrap=False))
        self.workshop = combo("fac_difficult.workshop", _("Workshop"))
        self.workshop.setMinimumWidth(360)
        self.workshop.activated.connect(
            lambda index: self.workshop_chosen.emit(str(self.workshop.itemData(index) or ""))
        )
        self.top.addWidget(self.workshop)
        self.body.addWidget(
            label(_("The steps where people tapped beside or asked for help most."), "muted")
        )
        area, self.rows = scroll_column(spacing=12)
        self.body.addWidget(area, 1)
        self.pictures: dict[tuple[str, int], QLabel] = {}

    def set_workshops(self, workshops: list[tuple[str, str]], current: str) -> None:
        self.workshop.clear()
        self.workshop.addItem(_("Everyone"), "")
        for workshop_id, text in workshops:
            self.workshop.addItem(text, workshop_id)
        self.workshop.setCurrentIndex(max(0, self.workshop.findData(current)))

    def set_steps(self, rows: list[DifficultRow]) -> None:
        clear_layout(self.rows)
        self.pictures = {}
        if not rows:
            add_row(self.rows, label(_("No difficulty recorded yet."), "instruction"))
        for row in rows:
            frame = QFrame()
            frame.setObjectName(f"fac_difficult.step.{row.lesson_id}.{row.step_index}")
            frame.setStyleSheet(
                "QFrame#" + frame.objectName().replace(".", "\\.") + " { background: #ffffff;"
                " border: 2px solid #5a5a5a; border-radius: 14px; }"
            )
            line = QHBoxLayout(frame)
            line.setContentsMargins(14, 12, 14, 12)
            line.setSpacing(18)
            rank = label(f"{row.rank}", "title", wrap=False)
            rank.setFixedWidth(48)
            line.addWidget(rank)
            picture = QLabel(_("Picture on its way…"))
            picture.setObjectName(f"fac_difficult.picture.{row.lesson_id}.{row.step_index}")
            picture.setFixedSize(THUMBNAIL_SIZE)
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            picture.setStyleSheet("QLabel { border: 1px solid #8a8a8a; background: #f4f1ea; }")
            self.pictures[(row.lesson_id, row.step_index)] = picture
            line.addWidget(picture)
            texts = QVBoxLayout()
            texts.setSpacing(4)
            texts.addWidget(label(row.lesson_title, "heading"))
            texts.addWidget(
                label(
                    _("Step {number}: {instruction}").format(
                        number=row.step_index + 1, instruction=row.instruction
                    )
                )
            )
            figures = " · ".join(
                (
                    ngettext("{count} wrong tap", "{count} wrong taps", row.wrong_taps).format(
                        count=row.wrong_taps
                    ),
                    ngettext(
                        "help used {count} time", "help used {count} times", row.help_used
                    ).format(count=row.help_used),
                    ngettext("{count} person", "{count} people", row.learners).format(
                        count=row.learners
                    ),
                )
            )
            texts.addWidget(label(figures, "muted"))
            texts.addStretch(1)
            line.addLayout(texts, 1)
            add_row(self.rows, frame)

    def set_picture(self, lesson_id: str, step_index: int, pixmap: QPixmap) -> None:
        picture = self.pictures.get((lesson_id, step_index))
        if picture is not None:
            picture.setPixmap(pixmap)

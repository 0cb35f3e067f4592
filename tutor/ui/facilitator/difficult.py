"""Difficult steps: where learners hesitate most, each with a picture of the step."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tutor.i18n import _, ngettext
from tutor.ui.display import icon_px
from tutor.ui.facilitator.common import (
    Page,
    add_row,
    choose_workshop,
    clear_layout,
    combo,
    labelled,
    scroll_column,
)
from tutor.ui.facilitator.progress import help_detail, help_icon
from tutor.ui.facilitator.thumbnails import THUMBNAIL_SIZE
from tutor.ui.widgets import label, set_role


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
    top_help: int = 0  # the most help given there (core.engine.HelpLevel: 0 to 3)
    shown: int = 0  # times the app did the step itself ("Show me")


class DifficultStepsScreen(Page):
    workshop_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__("fac_difficult", _("Difficult steps"))
        self.workshop = combo("fac_difficult.workshop", _("Workshop"))
        self.workshop.setMinimumWidth(360)
        self.workshop.activated.connect(
            lambda index: self.workshop_chosen.emit(str(self.workshop.itemData(index) or ""))
        )
        self.page_actions.add(labelled(_("Workshop:"), self.workshop))
        self.body.addWidget(
            label(_("The steps where people tapped beside or asked for help most."), "muted")
        )
        area, self.rows = scroll_column(spacing=12)
        self.body.addWidget(area, 1)
        self.pictures: dict[tuple[str, int], QLabel] = {}

    def set_workshops(self, workshops: list[tuple[str, str]], current: str) -> None:
        choose_workshop(self.workshop, workshops, current)

    def set_steps(self, rows: list[DifficultRow]) -> None:
        clear_layout(self.rows)
        self.pictures = {}
        if not rows:
            add_row(self.rows, label(_("No difficulty recorded yet."), "instruction"))
        for row in rows:
            frame = QFrame()
            frame.setObjectName(f"fac_difficult.step.{row.lesson_id}.{row.step_index}")
            set_role(frame, "card")
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
            set_role(picture, "thumbnail")
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
            texts.addWidget(label(difficulty_figures(row), "muted"))
            if row.help_used:
                texts.addWidget(help_line(row))
            texts.addStretch(1)
            line.addLayout(texts, 1)
            add_row(self.rows, frame)

    def set_picture(self, lesson_id: str, step_index: int, pixmap: QPixmap) -> None:
        picture = self.pictures.get((lesson_id, step_index))
        if picture is not None:
            picture.setPixmap(pixmap)


def difficulty_figures(row: DifficultRow) -> str:
    """Wrong taps, helps and people, in one line."""
    return " · ".join(
        (
            ngettext("{count} wrong tap", "{count} wrong taps", row.wrong_taps).format(
                count=row.wrong_taps
            ),
            ngettext("help used {count} time", "help used {count} times", row.help_used).format(
                count=row.help_used
            ),
            ngettext("{count} person", "{count} people", row.learners).format(count=row.learners),
        )
    )


def help_line(row: DifficultRow) -> QWidget:
    """The most help given at the step, as the learner page marks it (the hand and "done by
    the app" when "Show me" did the step: the learners there have not done it themselves)."""
    line = QWidget()
    line.setObjectName(f"fac_difficult.help.{row.lesson_id}.{row.step_index}")
    layout = QHBoxLayout(line)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    picture = QLabel()
    size = icon_px()
    picture.setPixmap(help_icon(row.top_help, row.shown).pixmap(size, size))
    picture.setFixedSize(size, size)
    picture.setAccessibleName(" ")  # the words beside it say it
    layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
    if row.shown:
        words = ngettext(
            "done by the app {count} time (“Show me”)",
            "done by the app {count} times (“Show me”)",
            row.shown,
        ).format(count=row.shown)
    else:
        words = help_detail(row.top_help, 0)
    layout.addWidget(label(words), 1)
    return line

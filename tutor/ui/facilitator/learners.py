"""Learners seen by the facilitator: the list, and one person's settings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tutor.core.avatars import AVATAR_NAMES, COLOUR_NAMES
from tutor.i18n import _
from tutor.storage.learners import Learner
from tutor.ui.display import current, notifier
from tutor.ui.facilitator.common import (
    Page,
    ReflowColumns,
    add_row,
    choice,
    clear_layout,
    flow_row,
    scroll_column,
)
from tutor.ui.flow import FlowLayout
from tutor.ui.screens.settings import MOTIONS
from tutor.ui.theme import picture_ink
from tutor.ui.widgets import AVATARS, COLOURS, CardButton, avatar_pixmap, button, label

TEXT_SIZES = (100, 150, 200)
SPEEDS = ("slow", "normal", "fast")


class LearnerListScreen(Page):
    learner_chosen = Signal(str)
    add_requested = Signal()
    archived_toggled = Signal(bool)

    def __init__(self) -> None:
        super().__init__("fac_learners", _("Learners"))
        self.show_archived = choice(_("Show archived people"), "fac_learners.archived")
        self.show_archived.toggled.connect(self.archived_toggled)
        self.page_actions.add(self.show_archived)
        self.add_button = self.add_action(
            _("Add a person"),
            "mdi6.account-plus",
            "fac_learners.add",
            self.add_requested,
            "primary",
        )
        area, self.rows = scroll_column()
        self.body.addWidget(area, 1)
        self._learners: list[Learner] = []

    def _on_display_changed(self) -> None:
        super()._on_display_changed()
        if self._learners:  # the pictures in the new look (light discs in strong contrast)
            self.set_learners(self._learners)

    def set_learners(self, learners: list[Learner]) -> None:
        self._learners = list(learners)
        clear_layout(self.rows)
        if not learners:
            add_row(self.rows, label(_("Nobody yet."), "instruction"))
        for learner in learners:
            lines = [
                " · ".join(
                    (
                        _("Archived") if learner.archived else _("Active"),
                        _("text size {size} %, voice {voice}").format(
                            size=learner.text_size,
                            voice=_("on") if learner.voice_on else _("off"),
                        ),
                    )
                )
            ]
            card = CardButton(
                learner.first_name, lines, avatar_pixmap(learner.avatar, learner.colour, 64)
            )
            card.setObjectName(f"fac_learners.learner.{learner.id}")
            card.clicked.connect(lambda _c=False, i=learner.id: self.learner_chosen.emit(i))
            add_row(self.rows, card)


class LearnerEditScreen(Page):
    """Everything about one person the facilitator may change, saved with one button."""

    saved = Signal(dict)  # the changed fields (first_name, avatar, colour, text_size, voice...)
    archive_requested = Signal(bool)  # True: archive, False: bring back
    erase_requested = Signal()

    def __init__(self) -> None:
        super().__init__("fac_learner", _("A person"), scrolls=True)
        self._archived = False
        columns = ReflowColumns(spacing=32)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(label(_("First name"), "heading"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("fac_learner.name")
        self.name_edit.setAccessibleName(_("First name"))
        self.name_edit.setMaxLength(40)
        left.addWidget(self.name_edit)
        left.addWidget(label(_("Picture"), "heading"))
        self._avatars = QButtonGroup(self)
        pictures = QGridLayout()
        pictures.setSpacing(8)
        for index, avatar in enumerate(AVATARS):
            picture = QPushButton()
            picture.setObjectName(f"fac_learner.avatar.{index}")
            picture.setAccessibleName(_(AVATAR_NAMES[avatar]))
            picture.setCheckable(True)
            picture.setIconSize(QSize(50, 50))
            # 74 x 74 px whatever the state: a thicker border takes the padding's room.
            picture.setStyleSheet(
                "QPushButton { padding: 3px; min-width: 62px; max-width: 62px;"
                " min-height: 62px; max-height: 62px; }"
                " QPushButton:focus { border: 5px solid #d35400; padding: 1px; }"
                " QPushButton:checked { border: 6px solid #d35400; padding: 0; }"
            )
            picture.setProperty("avatar", avatar)
            self._avatars.addButton(picture, index)
            pictures.addWidget(picture, index // 7, index % 7)
        left.addLayout(pictures)
        left.addWidget(label(_("Colour"), "heading"))
        self._colours = QButtonGroup(self)
        colours = FlowLayout(spacing=8)
        for index, colour in enumerate(COLOURS):
            swatch = QPushButton()
            swatch.setObjectName(f"fac_learner.colour.{index}")
            swatch.setAccessibleName(_(COLOUR_NAMES[colour]))
            swatch.setCheckable(True)
            swatch.setProperty("colour", colour)
            self._colours.addButton(swatch, index)
            colours.add(swatch)
        self._colours.idClicked.connect(self._on_colours_id_clicked)
        left.addLayout(colours)
        # On the row of its two choices: the form keeps to one screen at 100 %.
        self._motion = QButtonGroup(self)
        row = FlowLayout(spacing=12)
        heading = label(_("Movement:"), "heading", wrap=False)
        row.add(heading)
        for motion, text in MOTIONS:
            option = choice(_(text), f"fac_learner.motion.{motion}")
            option.setProperty("value", motion)
            self._motion.addButton(option)
            row.add(option)
            heading.setMinimumHeight(option.sizeHint().height())
        heading.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        left.addLayout(row)
        left.addStretch(1)
        columns.addLayout(left)

        right_box = QWidget()
        right = QVBoxLayout(right_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(10)
        sizes = [(size, f"{size} %", str(size)) for size in TEXT_SIZES]
        self._sizes = self._choices(right, _("Text size"), "size", sizes)
        voice = [(True, _("Voice on"), "on"), (False, _("Voice off"), "off")]
        self._voice = self._choices(right, _("Voice"), "voice", voice)
        words = (_("Slow"), _("Normal"), _("Fast"))
        speeds = [(speed, text, speed) for speed, text in zip(SPEEDS, words, strict=True)]
        self._speed = self._choices(right, _("Speed of the voice"), "speed", speeds)
        right.addWidget(label(_("Volume"), "heading"))
        quieter = button(_("Quieter"), "mdi6.volume-minus", name="fac_learner.volume.down")
        louder = button(_("Louder"), "mdi6.volume-plus", name="fac_learner.volume.up")
        self.volume_bar = QProgressBar()
        self.volume_bar.setObjectName("fac_learner.volume")
        self.volume_bar.setRange(0, 100)
        self.volume_bar.setFormat("%v %")
        quieter.clicked.connect(lambda: self._change_volume(-20))
        louder.clicked.connect(lambda: self._change_volume(20))
        self.volume_bar.setMinimumWidth(160)
        right.addLayout(flow_row(quieter, self.volume_bar, louder, spacing=12))
        right.addStretch(1)
        columns.addWidget(right_box, 1)
        self.body.addLayout(columns, 1)

        self.archive_button = button("", "mdi6.archive-outline", name="fac_learner.archive")
        self.archive_button.clicked.connect(lambda: self.archive_requested.emit(not self._archived))
        self.erase_button = button(
            _("Erase for good…"), "mdi6.delete-forever", name="fac_learner.erase"
        )
        self.erase_button.clicked.connect(self.erase_requested)
        self.save_button = button(
            _("Save"), "mdi6.content-save", "primary", name="fac_learner.save"
        )
        self.save_button.clicked.connect(self._on_save_clicked)
        self.body.addLayout(
            flow_row(self.archive_button, self.erase_button, self.save_button, spacing=16)
        )
        self._colour = COLOURS[0]
        notifier().changed.connect(self._paint_choices)

    def show_learner(self, learner: Learner | None) -> None:
        """``None``: a new person (no archive, no erase yet)."""
        self.banner.show_text("")
        self.title.setText(learner.first_name if learner else _("A new person"))
        self.name_edit.setText(learner.first_name if learner else "")
        avatar = learner.avatar if learner else AVATARS[0]
        colour = learner.colour if learner and learner.colour in COLOURS else COLOURS[0]
        index = COLOURS.index(colour)
        self._colours.button(index).setChecked(True)
        self._on_colours_id_clicked(index)
        for picture in self._avatars.buttons():
            picture.setChecked(picture.property("avatar") == avatar)
        if self._avatars.checkedButton() is None:
            self._avatars.button(0).setChecked(True)
        self._check(self._sizes, learner.text_size if learner else 100)
        self._check(self._voice, learner.voice_on if learner else True)
        self._check(self._speed, learner.voice_rate if learner else "normal")
        self.volume_bar.setValue(learner.volume if learner else 80)
        self._check(self._motion, learner.motion if learner else "full")
        self._archived = bool(learner and learner.archived)
        self.archive_button.setText(_("Bring back") if self._archived else _("Archive"))
        self.archive_button.setVisible(learner is not None)
        self.erase_button.setVisible(learner is not None)

    @staticmethod
    def _check(group: QButtonGroup, value: object) -> None:
        for option in group.buttons():
            option.setChecked(option.property("value") == value)

    def _on_colours_id_clicked(self, index: int) -> None:
        self._colour = COLOURS[index]
        self._paint_choices()

    def _paint_choices(self) -> None:
        """Pictures and colours in the facilitator's look: light discs and swatches in strong
        contrast, edges and the chosen one's ring at 3:1 and more on the page."""
        look = current()
        for picture in self._avatars.buttons():
            picture.setIcon(QIcon(avatar_pixmap(picture.property("avatar"), self._colour, 50)))
        for swatch in self._colours.buttons():
            fill = picture_ink(swatch.property("colour"), look.theme)
            # 66 x 66 px whatever the state, like the pictures above.
            swatch.setStyleSheet(
                f"QPushButton {{ background: {fill}; border: 3px solid {look.palette.border};"
                " padding: 4px; min-width: 52px; max-width: 52px; min-height: 52px;"
                " max-height: 52px; }"
                f"QPushButton:focus {{ border: 5px solid {look.palette.focus}; padding: 2px; }}"
                f"QPushButton:checked {{ border: 7px solid {look.palette.chosen}; padding: 0; }}"
            )

    def _choices(
        self,
        column: QVBoxLayout,
        heading: str,
        key: str,
        options: Sequence[tuple[object, str, str]],
    ) -> QButtonGroup:
        """One choice among ``options`` (value, words, name: ``fac_learner.<key>.<name>``)
        under its ``heading``, in a row that wraps at big sizes."""
        column.addWidget(label(heading, "heading"))
        group = QButtonGroup(self)
        row = FlowLayout(spacing=12)
        for value, text, name in options:
            option = choice(text, f"fac_learner.{key}.{name}")
            option.setProperty("value", value)
            group.addButton(option)
            row.add(option)
        column.addLayout(row)
        return group

    def _change_volume(self, delta: int) -> None:
        self.volume_bar.setValue(max(0, min(100, self.volume_bar.value() + delta)))

    def _on_save_clicked(self) -> None:
        chosen = self._avatars.checkedButton()
        size = self._sizes.checkedButton()
        voice = self._voice.checkedButton()
        speed = self._speed.checkedButton()
        motion = self._motion.checkedButton()
        self.saved.emit(
            {
                "first_name": " ".join(self.name_edit.text().split()),
                "avatar": chosen.property("avatar") if chosen else AVATARS[0],
                "colour": self._colour,
                "text_size": int(size.property("value")) if size else 100,
                "voice_on": int(bool(voice.property("value"))) if voice else 1,
                "voice_rate": str(speed.property("value")) if speed else "normal",
                "volume": self.volume_bar.value(),
                "motion": str(motion.property("value")) if motion else "full",
            }
        )

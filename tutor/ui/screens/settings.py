"""A learner's own settings: the voice (on or off, speed, volume), the language and the
movement on screen.

One big choice per row; text size and colours are behind the "Aa" button of every screen.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from tutor.i18n import LANGUAGES, N_, _
from tutor.storage.learners import Learner
from tutor.ui.widgets import button, label, scroll_page, top_row_with_back

SPEEDS = (("slow", N_("Slow")), ("normal", N_("Normal")), ("fast", N_("Fast")))
VOLUME_STEP = 20
MOTIONS = (("full", N_("With movement")), ("reduced", N_("Without movement")))


class SettingsScreen(QWidget):
    voice_changed = Signal(bool, str, int)  # on, speed, volume
    voice_tried = Signal()
    language_chosen = Signal(str)
    motion_chosen = Signal(str)  # storage.learners.MOTIONS
    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screen.settings")
        layout = scroll_page(self)  # at 200 % the page scrolls
        layout.setContentsMargins(40, 28, 40, 24)
        layout.setSpacing(18)
        top = top_row_with_back(
            "settings", label(_("My settings"), "title"), self.back_requested.emit
        )
        self.back_button, self.display_button = top.back_button, top.display_button
        layout.addLayout(top.layout)

        self._voice = self._choices(
            layout,
            _("The voice reads each step aloud."),
            "voice",
            [("on", True, _("Voice on")), ("off", False, _("Voice off"))],
        )

        self._speed = self._choices(
            layout,
            _("Speed of the voice"),
            "speed",
            [(speed, speed, _(text)) for speed, text in SPEEDS],
        )

        layout.addWidget(label(_("Volume"), "instruction"))
        volume_row = QHBoxLayout()
        self.quieter = button(_("Quieter"), "mdi6.volume-minus", name="settings.volume.down")
        self.louder = button(_("Louder"), "mdi6.volume-plus", name="settings.volume.up")
        self.volume_bar = QProgressBar()
        self.volume_bar.setObjectName("settings.volume.level")
        self.volume_bar.setAccessibleName(_("Volume"))
        self.volume_bar.setRange(0, 100)
        self.volume_bar.setTextVisible(False)
        self.volume_bar.setFixedHeight(28)
        self.quieter.clicked.connect(lambda: self._change_volume(-VOLUME_STEP))
        self.louder.clicked.connect(lambda: self._change_volume(VOLUME_STEP))
        volume_row.addWidget(self.quieter)
        volume_row.addWidget(self.volume_bar, 1)
        volume_row.addWidget(self.louder)
        layout.addLayout(volume_row)

        languages: list[tuple[str, object, str]] = [(c, c, name) for c, name in LANGUAGES.items()]
        self._language = self._choices(layout, _("Language"), "language", languages)
        self._language.buttonClicked.connect(
            lambda b: self.language_chosen.emit(str(b.property("value")))
        )

        # Moving pictures upset or tire some people: with "Without movement" nothing moves in the
        # practice apps ("Show me"'s hand appears on the button instead of travelling).
        self._motion = self._choices(
            layout,
            _("Movement on the screen"),
            "motion",
            [(motion, motion, _(text)) for motion, text in MOTIONS],
        )
        self._motion.buttonClicked.connect(
            lambda b: self.motion_chosen.emit(str(b.property("value")))
        )

        layout.addStretch(1)
        bottom = QHBoxLayout()
        self.try_button = button(
            _("Try the voice"), "mdi6.account-voice", "primary", name="settings.try"
        )
        self.try_button.clicked.connect(self.voice_tried)
        bottom.addWidget(self.try_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self._voice.buttonClicked.connect(lambda _b: self._emit())
        self._speed.buttonClicked.connect(lambda _b: self._emit())

    def _choices(
        self, layout: QVBoxLayout, heading: str, name: str, options: list[tuple[str, object, str]]
    ) -> QButtonGroup:
        """A heading and a row of choices, one of them checked (``options``: the name's
        ending, the value, the words)."""
        layout.addWidget(label(heading, "instruction"))
        group = QButtonGroup(self)
        row = QHBoxLayout()
        for ending, value, text in options:
            choice = button(text, name=f"settings.{name}.{ending}")
            choice.setCheckable(True)
            choice.setProperty("value", value)
            group.addButton(choice)
            row.addWidget(choice, 1)
        layout.addLayout(row)
        return group

    def show_learner(self, learner: Learner) -> None:
        for choice in self._voice.buttons():
            choice.setChecked(choice.property("value") == learner.voice_on)
        for choice in self._speed.buttons():
            choice.setChecked(choice.property("value") == learner.voice_rate)
        self.volume_bar.setValue(learner.volume)
        for choice in self._language.buttons():
            choice.setChecked(choice.property("value") == learner.language)
        for choice in self._motion.buttons():
            choice.setChecked(choice.property("value") == learner.motion)

    def _change_volume(self, delta: int) -> None:
        self.volume_bar.setValue(max(0, min(100, self.volume_bar.value() + delta)))
        self._emit()

    def _emit(self) -> None:
        voice = self._voice.checkedButton()
        speed = self._speed.checkedButton()
        self.voice_changed.emit(
            bool(voice.property("value")) if voice else True,
            str(speed.property("value")) if speed else "normal",
            self.volume_bar.value(),
        )

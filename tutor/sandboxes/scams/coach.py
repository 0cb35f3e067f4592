"""The coach panel beside the situation: first "safe or scam?", then the clues and what to do.

It is the practice part of the screen (cream, like a note pinned beside the tablet's app),
so the learner always knows where to answer. Nothing here gives the answer away: all the
"what to do" choices look alike.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from tutor.i18n import N_, _
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.scrolling import finger_scroll_area
from tutor.sandboxes.kit.touch import TouchButton
from tutor.sandboxes.scams.content import ACTIONS, PASSWORD, Situation
from tutor.sandboxes.scams.parts import (
    ActionButton,
    Panel,
    column,
    label,
    margins,
)
from tutor.sandboxes.scams.state import ScamState

PANEL_WIDTH = 330
DANGER_NOT_SCAM = ("grandchild_chat", "illicit_content", "illegal_download")

PASSWORD_TIPS = (
    N_("7 words or more, or 12 characters of 4 kinds."),
    N_("Easy for you to remember."),
    N_("One password for each account."),
    N_("Give it to nobody."),
)


class CoachPanel(Panel):
    """Verdict buttons, then the note about the last clue or choice, then the choices
    (on a page moved by a finger when they do not all fit)."""

    def __init__(self, look: Look, situation: Situation):
        super().__init__(look, "#fff8e1")
        self.situation = situation
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        look.changed.connect(self.updateGeometry)
        self.danger_word = _("Danger") if situation.id in DANGER_NOT_SCAM else _("Scam")
        if situation.kind == PASSWORD:
            layout = column(self)  # a few tips: those that fit show (see _fit_tips)
        else:
            # The answers move with a finger when they are taller than the tablet's
            # screen (a small window, big text): the lesson's target is brought into view.
            self.page = QWidget()  # never wider than the panel: its words wrap instead
            self.page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout = column(self.page)
            column(self).addWidget(finger_scroll_area(self.page))
        margins(layout, look, 12, 10, 8)
        self.title = label(look, "", 23, True)
        layout.addWidget(self.title)
        self.buttons: dict[str, ActionButton] = {}
        self.tips: list[QLabel] = []
        self.verdicts = QWidget()
        self.note_card = Panel(look, "#ffffff", 14, "#e0c270")
        self.note = label(look, "", 20)
        self.what_to_do = label(look, _("What to do?"), 22, True)
        nl = column(self.note_card)
        margins(nl, look, 12, 8, 2)
        nl.addWidget(self.note)
        if situation.kind == PASSWORD:
            self._build_tips(layout)
            return
        vl = column(self.verdicts)
        margins(vl, look, 0, 6, 14)
        self.safe = TouchButton(
            look, _("Safe"), "mdi6.shield-check", background="#15632e", height=96, font_px=26
        )
        self.safe.setObjectName("verdict.safe")
        self.scam = TouchButton(
            look,
            self.danger_word,
            "mdi6.alert-octagon",
            background="#c62828",
            height=96,
            font_px=26,
        )
        self.scam.setObjectName("verdict.scam")
        vl.addWidget(self.safe)
        vl.addWidget(self.scam)
        layout.addWidget(self.verdicts)
        layout.addWidget(self.note_card)
        layout.addWidget(self.what_to_do)
        for action_id in situation.actions:
            info = ACTIONS[action_id]
            button = ActionButton(look, action_id, _(info.label), info.icon)
            self.buttons[action_id] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def _build_tips(self, layout) -> None:
        self.title.setText(_("A good password"))
        self.tips = [label(self.look, "• " + _(tip), 21) for tip in PASSWORD_TIPS]
        for tip in self.tips:
            layout.addWidget(tip)
        layout.addStretch(1)
        layout.addWidget(self.note_card)

    def _fit_tips(self) -> None:
        """Show the tips, in order, that fit whole: with the keyboard up at a big text size
        the last ones are put away rather than drawn over each other."""
        layout = self.layout()
        if layout is None or not self.tips:
            return
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        spacing = layout.spacing()
        used = margins.top() + margins.bottom() + self.title.heightForWidth(width)
        if self.note_card.isVisibleTo(self):
            used += self.note_card.sizeHint().height() + spacing
        for tip in self.tips:
            used += spacing + tip.heightForWidth(width)
            tip.setVisible(used <= self.height())

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_tips()

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(PANEL_WIDTH), self.look.px(400))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.look.px(PANEL_WIDTH), self.look.px(200))

    def show_state(self, state: ScamState) -> None:
        situation = self.situation
        self.note.setText(_(state.note) if state.note else "")
        if situation.kind == PASSWORD:
            self.note_card.setVisible(bool(state.note))
            self._fit_tips()
            return
        decided = state.verdict is not None
        if not decided:
            self.title.setText(_("Safe or {danger}?").format(danger=self.danger_word.lower()))
        elif state.verdict == "safe":
            self.title.setText(_("Your answer: safe"))
        else:
            self.title.setText(_("Your answer: {danger}").format(danger=self.danger_word.lower()))
        self.verdicts.setVisible(not decided)
        self.note_card.setVisible(decided)
        self.what_to_do.setVisible(decided and bool(self.buttons))
        for action_id, button in self.buttons.items():
            button.setVisible(decided)
            button.set_done(action_id in state.done)

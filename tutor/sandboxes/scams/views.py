"""The messages themselves: a text message, an e-mail and a children's game chat.

Each view draws one :class:`Situation` like the real kind of app (generic, brand-less) and
keeps its clues as :class:`ClueArea` s that the sandbox wires to the lesson gate.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from tutor.i18n import _
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.scrolling import finger_page
from tutor.sandboxes.scams.content import Part, Situation
from tutor.sandboxes.scams.parts import (
    INK,
    MUTED,
    ClueArea,
    Disc,
    Panel,
    column,
    icon_label,
    label,
    margins,
)
from tutor.sandboxes.scams.state import ScamState


class SituationView(Panel):
    """One situation on screen; ``clues`` are its touchable clue areas by target id."""

    sender_area: ClueArea  # once :meth:`sender_clue` made it
    sender_detail: str  # (translated) once :meth:`sender_band` made the band

    def __init__(self, look: Look, situation: Situation, colour: str = "#ffffff"):
        super().__init__(look, colour)
        self.situation = situation
        self.clues: dict[str, ClueArea] = {}

    def clue(self, area: ClueArea) -> ClueArea:
        self.clues[area.objectName()] = area
        return area

    def sender_clue(
        self,
        sender: str,
        disc: Disc,
        detail: str,
        style: str = "headline",
        px: float = 20,
        ink: str = INK,
        fill: bool = True,
    ) -> ClueArea:
        """Who the message or call says it comes from (``sender_area``), a clue to touch,
        with the line that tells who it really is (a number, an address)."""
        self.sender_area = self.clue(
            ClueArea(
                self.look,
                self.situation.sender_clue or "",
                sender,
                style,
                px,
                ink,
                disc,
                detail,
                fill=fill,
            )
        )
        return self.sender_area

    def sender_band(self, layout: QVBoxLayout, sender: str, disc: Disc, top: float) -> None:
        """The sender on a white band under the app's bar (a text message, a chat)."""
        self.sender_detail = _(self.situation.sender_detail)
        header = Panel(self.look, "#ffffff")
        hl = column(header)
        hl.addWidget(self.sender_clue(sender, disc, self.sender_detail))
        margins(hl, self.look, 10, top)
        layout.addWidget(header)

    def part_widget(self, part: Part, px: float = 22, colour: str = INK, fill: bool = True):
        if part.clue is None:
            return label(
                self.look,
                _(part.text),
                px + (4 if part.style == "headline" else 0),
                part.style == "headline",
                colour,
            )
        return self.clue(
            ClueArea(self.look, part.clue, _(part.text), part.style, px, colour, fill=fill)
        )

    def show_state(self, state: ScamState) -> None:
        for clue_id, area in self.clues.items():
            area.set_found(clue_id in state.found)


def top_bar(look: Look, title: str, colour: str, icon: str, ink: str = "#ffffff") -> Panel:
    """The app's own coloured bar, with its title: a messages app, a mail app..."""
    bar = Panel(look, colour)
    row = QHBoxLayout(bar)
    row.addWidget(icon_label(look, icon, ink, 32))
    row.addWidget(label(look, title, 24, True, ink), 1)
    margins(row, look, 18, 10, 14)
    return bar


class SmsView(SituationView):
    """A text-messages conversation: the sender at the top, one grey bubble."""

    def __init__(self, look: Look, situation: Situation):
        super().__init__(look, situation, "#f1f3f4")
        known = not situation.danger
        layout = column(self)
        layout.addWidget(top_bar(look, _(situation.app_title), "#ffffff", "mdi6.arrow-left", INK))
        disc = Disc(
            look,
            "#15632e" if known else "#78858f",
            icon="mdi6.medical-bag" if known else "mdi6.account",
        )
        self.sender_band(layout, _(situation.sender), disc, 4)
        body = QWidget()
        bl = column(body)
        margins(bl, look, 16, 12, 10)
        day = label(look, _("Today, 9:12"), 20, False, MUTED)
        day.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bl.addWidget(day)
        self.bubble = Panel(look, "#dfe3e8", 22)
        parts = column(self.bubble)
        margins(parts, look, 8, 8, 2)
        for part in situation.parts:
            parts.addWidget(self.part_widget(part))
        row = QHBoxLayout()
        row.addWidget(self.bubble, 5)
        row.addStretch(1)
        bl.addLayout(row)
        self.gone = label(look, _("Message deleted."), 22, False, MUTED)
        self.gone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bl.addWidget(self.gone)
        bl.addStretch(1)
        layout.addWidget(finger_page(body), 1)

    def show_state(self, state: ScamState) -> None:
        super().show_state(state)
        self.bubble.setVisible(not state.deleted)
        self.gone.setVisible(state.deleted)
        detail = self.sender_area.detail_label
        if detail is not None:
            detail.setText(_("Blocked") if state.blocked else self.sender_detail)


class EmailView(SituationView):
    """An e-mail opened in a generic mail app: subject, sender, words and a button."""

    def __init__(self, look: Look, situation: Situation):
        super().__init__(look, situation)
        layout = column(self)
        layout.addWidget(top_bar(look, _(situation.app_title), "#3949ab", "mdi6.email-outline"))
        self.content = QWidget()
        cl = column(self.content)
        margins(cl, look, 14, 8, 4)
        headline, *body = situation.parts
        cl.addWidget(self.part_widget(headline))
        disc = Disc(look, "#00796b", initials="AS", size=52)
        cl.addWidget(
            self.sender_clue(_(situation.sender), disc, situation.sender_detail, "text", 21)
        )
        cl.addWidget(label(look, _("Dear Sir or Madam,"), 21))
        for part in body:
            cl.addWidget(self.part_widget(part, 21))
        cl.addStretch(1)
        self.content_area = finger_page(self.content)
        layout.addWidget(self.content_area, 1)
        self.gone = label(look, _("E-mail deleted."), 22, False, MUTED)
        self.gone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.gone, 1)
        self.spam = label(look, _("In the spam folder"), 20, True, "#a5231c")
        self.spam.setContentsMargins(look.px(16), 0, 0, look.px(6))
        layout.addWidget(self.spam)

    def show_state(self, state: ScamState) -> None:
        super().show_state(state)
        self.content_area.setVisible(not state.deleted)
        self.gone.setVisible(state.deleted)
        self.spam.setVisible("action.report_spam" in state.done and not state.deleted)


class ChatView(SituationView):
    """A children's game chat on the grandchild's tablet: a stranger's messages."""

    def __init__(self, look: Look, situation: Situation):
        super().__init__(look, situation, "#f3e5f5")
        layout = column(self)
        layout.addWidget(top_bar(look, _(situation.app_title), "#6a1b9a", "mdi6.gamepad-variant"))
        disc = Disc(look, "#546e7a", initials="M", size=52)
        self.sender_band(layout, situation.sender, disc, 2)
        body = QWidget()
        bl = column(body)
        margins(bl, look, 14, 6, 5)
        for part in situation.parts:
            mine = part.style == "mine"
            bubble = Panel(look, "#bbdefb" if mine else "#ffffff", 20)
            pl = column(bubble)
            margins(pl, look, 6, 2 if part.clue else 6, 0)
            pl.addWidget(self.part_widget(part, 21) if part.clue else label(look, _(part.text), 21))
            row = QHBoxLayout()
            # Wide bubbles (an eighth of the width left aside, as chat apps do): the words
            # wrap less, so clues keep a finger's height even at 200 %.
            if mine:
                row.addStretch(2)
            row.addWidget(bubble, 5 if mine else 7)
            if not mine:
                row.addStretch(1)
            bl.addLayout(row)
        bl.addStretch(1)
        layout.addWidget(finger_page(body), 1)

    def show_state(self, state: ScamState) -> None:
        super().show_state(state)
        detail = self.sender_area.detail_label
        if detail is not None:
            detail.setText(_("Blocked and reported") if state.blocked else self.sender_detail)

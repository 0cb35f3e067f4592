"""A phone call and a web page: the bank "fraud department" call, adverts and risky sites.

The call screen looks like a phone's: an incoming call with green and red buttons, then the
caller's words written as captions (they are also spoken by the tutor's voice). A shocking
page is never shown: a calm blurred placeholder stands in its place.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from tutor.i18n import _
from tutor.sandboxes.kit.look import FIXED, Look
from tutor.sandboxes.kit.scrolling import finger_page, finger_scroll_area
from tutor.sandboxes.kit.touch import Pressable, icon_pixmap
from tutor.sandboxes.scams.content import ACTIONS, Situation
from tutor.sandboxes.scams.parts import (
    INK,
    MUTED,
    ActionButton,
    ClueArea,
    Disc,
    Panel,
    column,
    icon_label,
    label,
    margins,
)
from tutor.sandboxes.scams.state import ScamState
from tutor.sandboxes.scams.views import SituationView

CALL_BACKGROUND = "#17212b"


class RoundButton(Pressable):
    """A big round call button (answer, decline, hang up) with its word underneath."""

    def __init__(self, look: Look, target_id: str, icon: str, colour: str, text: str):
        super().__init__(look=look, sizing=FIXED)
        self.icon = icon
        self.colour = QColor(colour)
        self.text = text
        self.setObjectName(target_id)

    def sizeHint(self) -> QSize:
        return QSize(self.look.touch_px(150), self.look.touch_px(104))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        d = look.px(70)
        x = (self.width() - d) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour.darker(125) if self.is_down else self.colour)
        painter.drawEllipse(QRectF(x, 0, d, d))
        icon = look.px(42)
        painter.drawPixmap(
            int(x + (d - icon) / 2), (d - icon) // 2, icon_pixmap(self.icon, "#ffffff", icon)
        )
        painter.setFont(look.font(self, 20, bold=True))
        painter.setPen(QColor("#ffffff"))
        painter.drawText(
            QRectF(0, d, self.width(), self.height() - d), Qt.AlignmentFlag.AlignCenter, self.text
        )


class CallView(SituationView):
    """Incoming call, then the call with the caller's words, then "Call ended"."""

    def __init__(self, look: Look, situation: Situation):
        super().__init__(look, situation, CALL_BACKGROUND)
        layout = column(self)
        margins(layout, look, 14, 8, 6)
        disc = Disc(look, "#455a64", icon="mdi6.bank", size=60)
        self.sender_clue(
            _(situation.sender), disc, situation.sender_detail, ink="#ffffff", fill=False
        )
        # The caller and their words move with a finger when they are taller than the
        # screen (a small window, big text); the call's buttons stay at the bottom.
        talk = QWidget()
        tl = column(talk)
        tl.addWidget(self.sender_area)
        self.status = label(look, _("Incoming call…"), 22, False, "#cfd8dc")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tl.addWidget(self.status)
        self.captions = QWidget()
        cl = column(self.captions)
        margins(cl, look, 0, 0, 6)
        for part in situation.parts:
            bubble = Panel(look, "#2c3b4a", 16)
            bl = column(bubble)
            margins(bl, look, 4, 2 if part.clue else 10, 0)
            if part.clue:
                bl.addWidget(self.part_widget(part, 20, "#ffffff", fill=False))
            else:
                bl.addWidget(label(look, _(part.text), 20, False, "#ffffff"))
            cl.addWidget(bubble)
        tl.addWidget(self.captions)
        tl.addStretch(1)
        layout.addWidget(finger_page(talk), 1)
        self.answer = RoundButton(look, "call.answer", "mdi6.phone", "#15632e", _("Answer"))
        self.decline = RoundButton(
            look, "call.decline", "mdi6.phone-hangup", "#c62828", _("Decline")
        )
        self.hang_up = RoundButton(
            look, "action.hang_up", "mdi6.phone-hangup", "#c62828", _("Hang up")
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.decline)
        row.addStretch(1)
        row.addWidget(self.answer)
        row.addWidget(self.hang_up)
        row.addStretch(1)
        layout.addLayout(row)

    def show_state(self, state: ScamState) -> None:
        super().show_state(state)
        over = state.call_over
        ringing = not state.answered and not over
        self.answer.setVisible(ringing)
        self.decline.setVisible(ringing)
        self.hang_up.setVisible(state.answered and not over)
        # During the call the caller's words need the room (the call's timer goes): the
        # clues keep a finger's size even at 200 %.
        self.status.setVisible(not (state.speaking and not over))
        self.captions.setVisible(state.speaking and not over)
        if over:
            self.status.setText(_("Call ended."))
        elif state.answered:
            self.status.setText("00:42" if state.speaking else _("Connected"))
        else:
            self.status.setText(_("Incoming call…"))


class WebView(SituationView):
    """A web page in a generic browser: the address at the top, the page underneath."""

    PAGE_ICONS: ClassVar[dict[str, tuple[str, str]]] = {
        "too_good_ad": ("mdi6.gift", "#d81b60"),
        "illegal_download": ("mdi6.movie-open", "#37474f"),
    }
    BUTTON_COLOURS: ClassVar[dict[str, str]] = {
        "action.pay": "#933a00",  # a dark orange: white words on it at 7.4:1
        "action.download": "#15632e",
    }

    def __init__(self, look: Look, situation: Situation):
        super().__init__(look, situation, "#ffffff")
        layout = column(self)
        bar = Panel(look, "#e8eaed")
        bl = QHBoxLayout(bar)
        margins(bl, look, 10, 6, 8)
        bl.addWidget(icon_label(look, "mdi6.web", MUTED, 30))
        pill = Panel(look, "#ffffff", 30)
        pl = column(pill)
        pl.addWidget(
            self.clue(
                ClueArea(
                    look,
                    situation.sender_clue or "",
                    situation.sender,
                    "text",
                    21,
                    INK,
                    icon_label(look, "mdi6.alert-circle-outline", "#a5231c", 28),
                )
            )
        )
        bl.addWidget(pill, 1)
        layout.addWidget(bar)
        self.page = QWidget()
        page = column(self.page)
        margins(page, look, 16, 10, 6)
        icon = self.PAGE_ICONS.get(situation.id)
        first, *rest = situation.parts
        if icon is not None:
            row = QHBoxLayout()
            row.addWidget(icon_label(look, icon[0], icon[1], 72))
            row.addWidget(self.part_widget(first, 22), 1)
            page.addLayout(row)
        else:
            hidden = self.part_widget(first, 22)
            hidden.setMinimumHeight(look.px(160))  # and the room left, up to its 260
            hidden.setMaximumHeight(look.px(260))
            page.addWidget(hidden, 1)
        for part in rest:
            if part.clue in ACTIONS:
                info = ACTIONS[part.clue]
                button = ActionButton(
                    look,
                    part.clue,
                    _(info.label),
                    info.icon,
                    self.BUTTON_COLOURS[part.clue],
                    "#ffffff",
                )
                page.addWidget(button)
                self.page_button = button
            else:
                page.addWidget(self.part_widget(part, 22))
        page.addStretch(1 if icon is not None else 0)  # else the frame takes the room left
        # The page moves with a finger when it is taller than the tablet's screen (a small
        # window, big text): a lesson's target on it is brought into view.
        # Never wider than the screen beside the coach: its lines wrap instead.
        self.page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.page_area = finger_scroll_area(self.page)
        layout.addWidget(self.page_area, 1)
        self.closed = label(look, _("Page closed."), 22, False, MUTED)
        self.closed.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.closed, 1)

    def show_state(self, state: ScamState) -> None:
        super().show_state(state)
        self.page_area.setVisible(not state.closed)
        self.closed.setVisible(state.closed)

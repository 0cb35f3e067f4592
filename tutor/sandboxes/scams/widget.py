"""The practice "scams" app: realistic scam situations on a tablet (text messages and calls
on a phone), practised safely.

One situation per scene (a parcel text, a health-insurance e-mail, a bank "fraud" call, a
too-good advert, a genuine pharmacy text, a stranger in a grandchild's game chat, a shocking
page kept hidden, an illegal film download, and creating a password). Beside it, a coach
panel asks "safe or scam?", then the learner touches the clues on the message (each is
circled in orange and explained) and chooses what to do (each choice answered calmly).
Every touch is an :class:`Action` judged by the lesson's gate first (see ``base.py``), so a
risky choice ("Give the code") is answered kindly by the lesson and changes nothing;
``perform`` applies any action directly, for replay and "show me". Nothing is ever sent.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QWidget

from tutor.core.actions import Action, ActionKind
from tutor.core.sandbox_spec import SandboxSpec
from tutor.i18n import N_, _
from tutor.sandboxes.kit.app import TabletApp
from tutor.sandboxes.kit.chrome import StatusBar, device_body, stacked
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.scams.call_web import CallView, WebView
from tutor.sandboxes.scams.coach import CoachPanel
from tutor.sandboxes.scams.content import (
    ACTIONS,
    CALL,
    CHAT,
    DEFAULT_SCENE,
    EMAIL,
    PASSWORD,
    SITUATIONS,
    SMS,
    WEB,
    Situation,
)
from tutor.sandboxes.scams.password import PasswordView
from tutor.sandboxes.scams.state import ScamState
from tutor.sandboxes.scams.views import ChatView, EmailView, SituationView, SmsView

CALLER_DELAY_MS = 1500  # after answering, the caller starts talking after this
PHONE_RATIO = 0.56  # the drawn phone's width for its height (a big phone, upright)
PHONE_RADIUS = 34  # design pixels
PHONE_SIDE = 10  # the phone's thin edge around its screen, in design pixels
PHONE_TOP = 26  # above the screen: the earpiece and the front camera
PHONE_GAP = 22  # between the phone and the coach card beside it
COACH_WIDTH = 400  # the coach card beside the phone, at most (design pixels)


VIEWS = {
    SMS: SmsView,
    EMAIL: EmailView,
    CALL: CallView,
    WEB: WebView,
    CHAT: ChatView,
    PASSWORD: PasswordView,
}

LOOK_AGAIN = N_("Look again: tap the clues on the message.")
CALL_DECLINED = N_("Call declined. If in doubt, call your bank with the number on your card.")
PASSWORD_SAVED = N_("Password saved. Keep it for you alone.")


class SceneScreen(QWidget):
    """One situation: the app on the left, the coach panel on the right.

    A text message or a phone call arrives on a phone, not on the tablet: for those
    (``on_phone``) the sandbox puts the view in the phone and the coach panel beside it,
    and this screen stays empty."""

    def __init__(self, look: Look, situation: Situation):
        super().__init__()
        self.situation = situation
        self.view: SituationView = VIEWS[situation.kind](look, situation)
        self.coach = CoachPanel(look, situation)
        if self.on_phone:
            return
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.view, 1)
        row.addWidget(self.coach)

    @property
    def on_phone(self) -> bool:
        return self.situation.kind in (SMS, CALL)

    def show_state(self, state: ScamState) -> None:
        self.view.show_state(state)
        self.coach.show_state(state)


class PhoneBody(QWidget):
    """A dark, rounded phone standing upright, with its earpiece and front camera: where a
    text message or a call really arrives (on a phone, not on a tablet)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look

    def paintEvent(self, event):
        look = self.look
        painter = device_body(self, look, PHONE_RADIUS)
        top = look.px(PHONE_TOP)
        slot_w, slot_h = look.px(56), look.px(6)
        painter.drawRoundedRect(
            QRectF((self.width() - slot_w) / 2, (top - slot_h) / 2, slot_w, slot_h), 3, 3
        )
        dot = look.px(9)
        painter.drawEllipse(
            QRectF((self.width() + slot_w) / 2 + look.px(12), (top - dot) / 2, dot, dot)
        )


class ScamsSandbox(TabletApp):
    """Scam situations to judge, clues to find and wise things to do, one scene each."""

    SQUEEZE_SCREENS = False

    def __init__(self, spec: SandboxSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        # Text messages and calls: a phone, with the coach card beside it on the table.
        self.phone = PhoneBody(self.look, self)
        self.phone_area = QWidget(self.phone)
        self.phone_status = StatusBar(self.look)
        self.phone_stack = QStackedWidget()
        stacked(self.phone_area, self.phone_status, (self.phone_stack, 1))
        self.side = QStackedWidget(self)
        self.scenes: dict[str, SceneScreen] = {}
        for scene_id, situation in SITUATIONS.items():
            screen = self.scenes[scene_id] = self.add_screen(
                scene_id, SceneScreen(self.look, situation)
            )
            if screen.on_phone:
                self.phone_stack.addWidget(screen.view)
                screen.coach.radius = 18  # a card on the table, no longer a tablet's pane
                screen.coach.border = QColor("#e0c270")
                self.side.addWidget(screen.coach)
        keyboard = self.use_keyboard()
        self.lay_out(self.status_bar, (self.stack, 1), keyboard)
        self.state = ScamState()
        self._caller_timer = QTimer(self, singleShot=True, interval=CALLER_DELAY_MS)
        self._caller_timer.timeout.connect(self._on_caller_timer_timeout)
        self.wire()
        self.reset()

    # -- learner input ------------------------------------------------------------------------
    def typing_field(self) -> tuple[str, str] | None:
        return "password.field", self.state.password

    # -- lesson controller --------------------------------------------------------------------
    def reset(self, scene: str | None = None) -> None:
        if scene is not None and scene not in SITUATIONS:
            raise ValueError(f"scams has no scene {scene!r}")
        self._start(scene or DEFAULT_SCENE)

    def cue(self, name: str) -> None:
        scene = name.removeprefix("show_")
        if not name.startswith("show_") or scene not in SITUATIONS:
            raise ValueError(f"scams has no cue {name!r}")
        self._start(scene)

    def perform(self, action: Action) -> None:
        if self.spec.target(action.target) is None:
            raise ValueError(f"scams has no target {action.target!r}")
        self._apply(action, True)
        self._refresh_highlight()

    def _start(self, scene: str) -> None:
        self._caller_timer.stop()
        self.state = ScamState(scene)
        self.keyboard.reset()
        self._refresh()
        self._refresh_highlight()

    # -- what is shown now (for tests) --------------------------------------------------------
    def situation(self) -> Situation:
        return SITUATIONS[self.state.scene]

    def scene_screen(self) -> SceneScreen:
        return self.scenes[self.state.scene]

    def note(self) -> str:
        return _(self.state.note) if self.state.note else ""

    # -- state changes (the effects) ----------------------------------------------------------
    def _apply(self, action: Action, at_once: bool = False) -> None:
        """Change the app as ``action`` does, in the situation shown. ``at_once``: the
        caller's words appear at once and silently (replay, "show me")."""
        state, target = self.state, action.target
        situation = self.situation()
        if situation.kind == CALL and state.answered and not target.startswith("call."):
            self._answer(at_once=True)  # whatever the learner does next, the words are there
        if target.startswith("verdict."):
            state.verdict = target.removeprefix("verdict.")
            right = (state.verdict == "scam") == situation.danger
            state.note = situation.verdict_note if right else LOOK_AGAIN
        elif target.startswith("clue."):
            if situation.kind == CALL and target in ("clue.urgency", "clue.code_request"):
                self._answer(at_once=True)
            if target not in state.found:
                state.found.append(target)
            state.note = situation.explanation(target)
        elif target == "call.answer":
            self._answer(at_once)
        elif target == "call.decline":
            self._caller_timer.stop()
            state.done.append(target)
            state.note = CALL_DECLINED
        elif target in ACTIONS:
            if target == "action.hang_up":
                self._answer(at_once=True)
                self._caller_timer.stop()
            if target not in state.done:
                state.done.append(target)
            state.note = ACTIONS[target].result
        else:
            self._apply_password(action)
        self._refresh()

    def _answer(self, at_once: bool) -> None:
        state = self.state
        if state.answered and (state.speaking or not at_once):
            return
        state.answered = True
        if at_once:
            self._caller_timer.stop()
            state.speaking = True
        else:
            self._caller_timer.start()

    def _on_caller_timer_timeout(self) -> None:
        state = self.state
        if not state.answered or state.call_over:
            return
        state.speaking = True
        self._refresh()
        self._refresh_highlight()
        self.speech_requested.emit(" ".join(_(part.text) for part in self.situation().parts))

    def _apply_password(self, action: Action) -> None:
        state, target = self.state, action.target
        if target == "password.field":
            state.writing = True
            if action.kind == ActionKind.TYPE:
                state.password = action.value or ""
        elif target == "password.clear":
            state.password = ""
        elif target == "password.save":
            state.saved = True
            state.writing = False
            state.note = PASSWORD_SAVED
        elif target == "keyboard.hide":
            state.writing = False
        else:
            raise ValueError(f"scams does not handle {target!r}")

    def _refresh(self) -> None:
        state = self.state
        screen = self.scenes[state.scene]
        self.stack.setCurrentWidget(screen)
        if screen.on_phone:
            self.phone_stack.setCurrentWidget(screen.view)
            self.side.setCurrentWidget(screen.coach)
        if self.phone.isVisibleTo(self) != screen.on_phone or not self.phone.isVisibleTo(self):
            self.place_tablet()
        screen.show_state(state)
        writing = state.writing and state.scene == "password"
        if not writing:
            self.keyboard.reset()
        self.keyboard.setVisible(writing)

    # -- drawing ------------------------------------------------------------------------------
    def place_tablet(self) -> None:
        super().place_tablet()
        on_phone = self.scenes[self.state.scene].on_phone
        self.body.setVisible(not on_phone)
        self.phone.setVisible(on_phone)
        self.side.setVisible(on_phone)
        if on_phone:
            self._place_phone(self.body.geometry())

    def _place_phone(self, room: QRect) -> None:
        """The phone upright at the tablet's height, the coach card beside it, both
        centred where the tablet would be."""
        look = self.look
        gap = look.px(PHONE_GAP)
        phone_w = min(round(room.height() * PHONE_RATIO), (room.width() - gap) * 11 // 20)
        side_w = min(look.px(COACH_WIDTH), room.width() - gap - phone_w)
        left = room.x() + (room.width() - phone_w - gap - side_w) // 2
        self.phone.setGeometry(left, room.y(), phone_w, room.height())
        edge, top = look.px(PHONE_SIDE), look.px(PHONE_TOP)
        self.phone_area.setGeometry(edge, top, phone_w - 2 * edge, room.height() - top - edge * 2)
        self.side.setGeometry(left + phone_w + gap, room.y(), side_w, room.height())

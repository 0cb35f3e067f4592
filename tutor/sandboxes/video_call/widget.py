"""The practice video-call app: a generic modern video-calling app on a tablet.

Contacts with a green camera button each, recent calls (missed calls in red, "Call back"),
making a call (it rings, then the person answers after a moment, or at once on the
lesson's ``callee_answers`` cue, and greets you), an incoming call (answer or decline) and
the controls during a call (microphone, camera, speaker, flip camera, hang up). The
"Messages" tab holds the family group's conversation: a call link received there opens the
screen shown before joining (your picture, your name, "Join"), and the camera at the top of
the conversation calls the whole family, each person in a tile. Every touch
on a lesson target becomes an :class:`Action` judged by the lesson's gate before anything
changes (see ``base.py``); ``perform`` applies the same changes directly and at once, for
replay and "show me". A call made by ``perform`` still rings: a lesson resumed at its
"it is ringing" step shows the ringing it speaks of, and its next step's cue answers it.
An answered incoming call shows the caller's greeting as a caption at once (silently).

Your own picture is always drawn (a silhouette): no real camera is opened, so nothing is
filmed and nothing can fail on a computer without a camera.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from tutor.core.actions import Action
from tutor.core.sandbox_spec import SandboxSpec
from tutor.i18n import N_, _
from tutor.sandboxes.kit.app import TabletApp
from tutor.sandboxes.video_call.call_screens import CallScreen
from tutor.sandboxes.video_call.chat import ChatScreen
from tutor.sandboxes.video_call.incoming import IncomingScreen
from tutor.sandboxes.video_call.join import JoinScreen
from tutor.sandboxes.video_call.lists import ContactsScreen, HistoryEntry, HistoryScreen, TabBar
from tutor.sandboxes.video_call.messages import (
    LINK_MESSAGES,
    START_MESSAGES,
    Message,
    MessagesScreen,
)
from tutor.sandboxes.video_call.people import (
    CALLER,
    FAMILY,
    FAMILY_GREETING,
    FAMILY_MEMBERS,
    LINK_SENDER,
    MISSED_CALLER,
    PEOPLE_BY_ID,
)

# Screens.
CONTACTS = "contacts"
HISTORY = "history"
MESSAGES = "messages"
CHAT = "chat"
JOIN = "join"
INCOMING = "incoming"
CALL = "call"
TABS = (CONTACTS, MESSAGES, HISTORY)

ANSWER_DELAY_MS = 2000  # the person answers an outgoing call after this
GROUP_ANSWER_MS = 2500  # in a group call, the next person answers after this
GREETING_DELAY_MS = 1200  # after answering a call, the caller speaks after this


# The recent calls every lesson starts with (newest first); "when" are message ids.
START_HISTORY = (
    HistoryEntry("sophie", "incoming", N_("Yesterday")),
    HistoryEntry("monique", "outgoing", N_("Monday")),
    HistoryEntry("marc", "incoming", N_("Sunday")),
)
MISSED_ENTRY = HistoryEntry(MISSED_CALLER, "missed", N_("Today, 10:42"))


@dataclass
class Call:
    """The call in progress and the state of its controls."""

    person: str
    outgoing: bool
    connected: bool = False
    muted: bool = False
    camera_off: bool = False
    speaker_off: bool = False
    back_camera: bool = False
    group: bool = False  # the whole family, each in a tile
    answered: set[str] = field(default_factory=set)  # who is on the line, in a group call
    back_to: str = CONTACTS  # the screen shown again when the call ends


class VideoCallSandbox(TabletApp):
    """Contacts, recent calls, calling, being called, and the controls during a call."""

    SQUEEZE_SCREENS = False

    def __init__(self, spec: SandboxSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self.contacts = self.add_screen(CONTACTS, ContactsScreen(self.look))
        self.history = self.add_screen(HISTORY, HistoryScreen(self.look))
        self.messages_screen = self.add_screen(MESSAGES, MessagesScreen(self.look))
        self.chat = self.add_screen(CHAT, ChatScreen(self.look))
        self.join = self.add_screen(JOIN, JoinScreen(self.look))
        self.incoming = self.add_screen(INCOMING, IncomingScreen(self.look))
        self.call_screen = self.add_screen(CALL, CallScreen(self.look))
        self.tab_bar = TabBar(self.look)
        self.lay_out(self.status_bar, (self.stack, 1), self.tab_bar)
        self._note = ""
        self.call: Call | None = None
        self.entries: list[HistoryEntry] = []
        self.missed = 0
        self.tab = CONTACTS
        self.messages: dict[str, list[Message]] = {}
        self.unread = 0  # Léa's messages not read yet, in the family group
        self.join_muted = False
        self.join_camera_off = False
        self._answer_timer = QTimer(self, singleShot=True, interval=ANSWER_DELAY_MS)
        self._answer_timer.timeout.connect(self._on_answer_timer_timeout)
        self._greeting_timer = QTimer(self, singleShot=True, interval=GREETING_DELAY_MS)
        self._greeting_timer.timeout.connect(self._greet)
        self._group_timer = QTimer(self, interval=GROUP_ANSWER_MS)
        self._group_timer.timeout.connect(self._on_group_timer_timeout)
        self.wire()
        self.reset()

    # -- lesson controller --------------------------------------------------------------------
    def reset(self, scene: str | None = None) -> None:
        self._stop_timers()
        self.call = None
        self.entries = list(START_HISTORY)
        self.missed = 0
        self.tab = CONTACTS
        self.messages = {key: list(value) for key, value in START_MESSAGES.items()}
        self.unread = 0
        self.join_muted = self.join_camera_off = False
        self.chat.show_conversation(FAMILY, self.messages[FAMILY])
        self._set_note("")
        self._show(CONTACTS)
        if scene == "call_link":
            self._receive_link()
        elif scene == "missed_call":
            self.entries.insert(0, MISSED_ENTRY)
            self.missed = 1
        elif scene == "incoming_call":
            self._ring_in(CALLER)
        elif scene is not None:
            raise ValueError(f"video_call has no scene {scene!r}")
        self._refresh()
        self._refresh_highlight()

    def cue(self, name: str) -> None:
        if name == "call_arrives":
            self._stop_timers()
            self.call = None
            self._ring_in(CALLER)
        elif name == "callee_answers":
            if self.call is not None and not self.call.connected:
                self._connect(greet=True)
        else:
            raise ValueError(f"video_call has no cue {name!r}")
        self._refresh()
        self._refresh_highlight()

    def perform(self, action: Action) -> None:
        if self.spec.target(action.target) is None:
            raise ValueError(f"video_call has no target {action.target!r}")
        self._apply(action, True)
        self._refresh_highlight()

    # -- what is shown now (for tests and lessons) ----------------------------------------------
    def note(self) -> str:
        """The calm note shown in place of the list's title ("Call ended."), if any."""
        return self._note

    def _set_note(self, note: str) -> None:
        self._note = note
        self.contacts.header.set_note(note)
        self.history.header.set_note(note)

    # -- state changes (the effects) ----------------------------------------------------------
    def _apply(self, action: Action, at_once: bool = False) -> None:
        """Change the app as ``action`` does, whatever screen is shown now. ``at_once``
        (replay, "show me"): an answered incoming call shows its greeting at once, without
        the voice; a call made still rings until the callee answers (timer or cue)."""
        target = action.target
        self._set_note("")
        parts = target.split(".")
        if parts[0] == "contacts" and len(parts) == 2:
            self._show_tab(CONTACTS)
            name = PEOPLE_BY_ID[parts[1]].name
            self._set_note(_("To call {name}, tap the green camera.").format(name=name))
        elif parts[0] in ("contacts", "history") and parts[-1] == "call":
            self._start_call(parts[1], answered=False)
        elif parts[0] == "tabs":
            self._show_tab(parts[1] if parts[1] in TABS else CONTACTS)
        elif parts[0] == "messages":
            self._open_chat(parts[1])
        elif parts[0] == "chat":
            self._apply_chat(parts[1])
        elif parts[0] == "join":
            self._apply_join(parts[1], at_once)
        elif parts[0] == "group":
            if self.call is None or not self.call.group:
                self._start_group_call(answered=True)  # a tile needs a group call
        elif target.startswith("incoming."):
            self._apply_incoming(parts[1], at_once)
        elif target.startswith("call."):
            self._apply_call_control(parts[1])
        else:
            raise ValueError(f"video_call does not handle {target!r}")
        self._refresh()

    def _receive_link(self) -> None:
        """Léa's messages with the call link arrive in the family group, unread."""
        if not any(message.link for message in self.messages[FAMILY]):
            self.messages[FAMILY].extend(LINK_MESSAGES)
            self.unread = len(LINK_MESSAGES)

    def _open_chat(self, conversation: str) -> None:
        self._stop_timers()
        self.call = None
        self.tab = MESSAGES
        if conversation == FAMILY:
            self.unread = 0
        self.chat.show_conversation(conversation, self.messages[conversation])
        self._show(CHAT)

    def _apply_chat(self, what: str) -> None:
        if self.current_screen() != CHAT:
            self._open_chat(FAMILY)  # as after opening the family group
        if what == "back":
            self._show_tab(MESSAGES)
        elif what == "call":
            if self.chat.conversation == FAMILY:
                self._start_group_call(answered=False)
            else:
                self._start_call(self.chat.conversation, answered=False)
            assert self.call is not None
            self.call.back_to = CHAT
        elif what == "link":
            self.join_muted = self.join_camera_off = False
            self.join.show_host(LINK_SENDER)
            self._show(JOIN)

    def _apply_join(self, what: str, at_once: bool) -> None:
        if self.current_screen() != JOIN:
            self._receive_link()
            self._open_chat(FAMILY)
            self._apply_chat("link")  # as after touching the link
        if what == "mic":
            self.join_muted = not self.join_muted
        elif what == "camera":
            self.join_camera_off = not self.join_camera_off
        elif what == "cancel":
            self._show(CHAT)
        elif what == "join":
            self._join_call(at_once)

    def _join_call(self, at_once: bool) -> None:
        """Join Léa's call: she is already there, so she is on the screen at once."""
        self._stop_timers()
        self.call = Call(
            LINK_SENDER,
            outgoing=False,
            muted=self.join_muted,
            camera_off=self.join_camera_off,
            back_to=CHAT,
        )
        self._show(CALL)
        self._connect(greet=False)
        if at_once:
            self._show_greeting()
        else:
            self._greeting_timer.start()

    def _apply_incoming(self, what: str, at_once: bool) -> None:
        if self.current_screen() != INCOMING:
            self._stop_timers()
            self._ring_in(CALLER)
        assert self.call is not None
        if what == "answer":
            self._connect(greet=False)
            self._show(CALL)
            if at_once:
                self._show_greeting()
            else:
                self._greeting_timer.start()
        elif what == "decline":
            self._log(HistoryEntry(self.call.person, "declined", N_("Just now")))
            name = PEOPLE_BY_ID[self.call.person].name
            self.call = None
            self._show_tab(self.tab)
            self._set_note(_("Call declined. You can call {name} back later.").format(name=name))

    def _apply_call_control(self, control: str) -> None:
        if self.call is None:
            self._start_call("lea", answered=True)  # a control needs a call: as after calling Léa
        call = self.call
        assert call is not None
        if control == "mute":
            call.muted = not call.muted
        elif control == "camera":
            call.camera_off = not call.camera_off
        elif control == "speaker":
            call.speaker_off = not call.speaker_off
        elif control == "switch_camera":
            call.back_camera = not call.back_camera
        elif control == "hang_up":
            self._hang_up()

    def _start_call(self, person_id: str, answered: bool) -> None:
        """Call ``person_id``: it rings until they answer after a moment (or on the
        ``callee_answers`` cue); ``answered``: they are on the line at once."""
        self._stop_timers()
        if person_id == MISSED_CALLER and self.missed:
            self.missed = 0
        self.call = Call(person_id, outgoing=True)
        self._show(CALL)
        if answered:
            self._connect(greet=False)
        else:
            self._answer_timer.start()

    def _start_group_call(self, answered: bool) -> None:
        """Call the whole family: every tile rings, then one person after the other answers
        (or all at once on the ``callee_answers`` cue); ``answered``: all on the line."""
        self._stop_timers()
        self.call = Call(FAMILY_MEMBERS[0], outgoing=True, group=True, back_to=CHAT)
        self._show(CALL)
        if answered:
            self._connect(greet=False)
        else:
            self._group_timer.start()

    def _on_group_timer_timeout(self) -> None:
        call = self.call
        if call is None or not call.group or call.connected:
            self._group_timer.stop()
            return
        waiting = [m for m in FAMILY_MEMBERS if m not in call.answered]
        call.answered.add(waiting[0])
        if len(waiting) == 1:
            self._connect(greet=True)
        self._refresh()

    def _ring_in(self, person_id: str) -> None:
        self.call = Call(person_id, outgoing=False)
        self.incoming.show_caller(PEOPLE_BY_ID[person_id])
        self._show(INCOMING)

    def _connect(self, greet: bool) -> None:
        assert self.call is not None
        self._answer_timer.stop()
        self._group_timer.stop()
        self.call.connected = True
        if self.call.group:
            self.call.answered = set(FAMILY_MEMBERS)
        self._refresh()
        if greet:
            self._greet()

    def _greet(self) -> None:
        greeting = self._show_greeting()
        if greeting:
            self.speech_requested.emit(greeting)

    def _show_greeting(self) -> str:
        """The person on the line says hello in a caption; their words (empty: no call)."""
        if self.call is None or not self.call.connected:
            return ""
        if self.call.group:
            greeting = _(FAMILY_GREETING)
            self.call_screen.group.say(self.call.person, greeting)
            return greeting
        greeting = _(PEOPLE_BY_ID[self.call.person].greeting)
        self.call_screen.remote.say(greeting)
        return greeting

    def _on_answer_timer_timeout(self) -> None:
        if self.call is not None and not self.call.connected:
            self._connect(greet=True)
            self._refresh_highlight()

    def _hang_up(self) -> None:
        call = self.call
        assert call is not None
        if not call.group:
            kind = "outgoing" if call.outgoing else "incoming"
            self._log(HistoryEntry(call.person, kind, N_("Just now")))
        self._stop_timers()
        self.call = None
        if call.back_to == CHAT:
            # Back in the conversation the call came from, which now shows the call.
            conversation = self.chat.conversation
            kind = N_("Group video call") if call.group else N_("Video call")
            self.messages[conversation].append(Message("", kind, N_("Just now"), call=True))
            self.chat.show_conversation(conversation, self.messages[conversation])
            self._show(CHAT)
            return
        self._show_tab(self.tab)
        self._set_note(_("Call ended."))

    def _log(self, entry: HistoryEntry) -> None:
        self.entries = [entry] + [e for e in self.entries if e.person != entry.person]

    def _stop_timers(self) -> None:
        self._answer_timer.stop()
        self._greeting_timer.stop()
        self._group_timer.stop()

    def _show_tab(self, tab: str) -> None:
        self.tab = tab
        if tab == HISTORY:
            self.missed = 0
        self._show(tab)

    def _show(self, screen_id: str) -> None:
        self.stack.setCurrentWidget(self.screens[screen_id])
        self.tab_bar.setVisible(screen_id in TABS)

    def _refresh(self) -> None:
        self.history.set_entries(self.entries)
        self.tab_bar.show_tab(self.tab, self.missed, 1 if self.unread else 0)
        self.messages_screen.show_conversations(self.messages, self.unread)
        self.join.show_state(self.join_muted, self.join_camera_off)
        call = self.call
        if call is not None:
            screen = self.call_screen
            screen.show_group(call.group)
            if call.group:
                screen.group.show_state(call.answered, call.muted, call.camera_off)
            else:
                screen.remote.show_call(PEOPLE_BY_ID[call.person], call.connected)
            screen.show_state(call.muted, call.camera_off, call.speaker_off, call.back_camera)

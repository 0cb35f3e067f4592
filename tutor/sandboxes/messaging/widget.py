"""The practice messaging app: conversations, bubbles, writing, emojis and photos.

The learner practises what they will do on their own phone or tablet: open a new message,
answer it with the on-screen keyboard, add an emoji, send a photo, and understand the ticks
("Sent", "Delivered", then "Read"). Every touch on a lesson target becomes an
:class:`Action` that the lesson's gate judges before anything changes (see ``base.py``);
``perform`` applies the same changes directly, from any state, for replay and "show me".
Nothing is sent anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import QWidget

from tutor.core.actions import Action, ActionKind
from tutor.core.sandbox_spec import SandboxSpec
from tutor.sandboxes.kit.app import TabletApp
from tutor.sandboxes.kit.chat.conversations import ContactScreen, ConversationListScreen
from tutor.sandboxes.kit.chat.emoji import EMOJIS
from tutor.sandboxes.kit.chat.state import Conversation, Message, Status, sample_conversations
from tutor.sandboxes.kit.chat.thread import ChatScreen, EmojiPanel
from tutor.sandboxes.messaging.photos import GalleryScreen, PreviewScreen
from tutor.sandboxes.messaging.spec import (
    CUE_MESSAGE_DELIVERED,
    CUE_MESSAGE_READ,
    CUE_REPLY_ARRIVES,
    PHOTO_IDS,
    SCENE_ALL_READ,
    SCENE_SOPHIE_BUSY,
    SCENE_UNREAD_FROM_SOPHIE,
)

# Screens
LIST = "list"
CHAT = "chat"
CONTACT = "contact"
GALLERY = "gallery"
PREVIEW = "preview"

# The device is designed at this size (it fits a 820x640 region with a small margin).
DELIVER_DELAY_MS = 800  # a sent message reaches the person's phone (two grey ticks)
READ_DELAY_MS = 2000  # a calm moment before the person reads what was sent (two blue)


class MessagingSandbox(TabletApp):
    """A generic messaging app on a tablet: list, conversation, emojis, photo gallery."""

    def __init__(self, spec: SandboxSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self.conversations: dict[str, Conversation] = {}
        self.current = "sophie"  # the conversation open (or last opened)
        self.preview_photo = PHOTO_IDS[0]
        self.reads_by_itself = True  # the person reads a sent message after a moment
        self.list_screen = self.add_screen(LIST, ConversationListScreen(self.look))
        self.chat = self.add_screen(CHAT, ChatScreen(self.look))
        self.contact = self.add_screen(CONTACT, ContactScreen(self.look))
        self.gallery = self.add_screen(GALLERY, GalleryScreen(self.look))
        self.preview = self.add_screen(PREVIEW, PreviewScreen(self.look))
        self.emoji_panel = EmojiPanel(self.look)
        keyboard = self.use_keyboard()
        self.lay_out(self.status_bar, (self.stack, 1), self.emoji_panel, keyboard)
        self._deliver_timer = QTimer(self, singleShot=True, interval=DELIVER_DELAY_MS)
        self._deliver_timer.timeout.connect(self._on_deliver_timer_timeout)
        self._read_timer = QTimer(self, singleShot=True, interval=READ_DELAY_MS)
        self._read_timer.timeout.connect(self._on_read_timer_timeout)
        self.reset()
        self.wire()

    # -- learner input ------------------------------------------------------------------------
    def typing_field(self) -> tuple[str, str] | None:
        return "chat.text", self.chat.field.text()

    # -- lesson controller --------------------------------------------------------------------
    def reset(self, scene: str | None = None) -> None:
        scene = scene or SCENE_UNREAD_FROM_SOPHIE
        if scene not in self.spec.scenes:
            raise ValueError(f"the messaging app has no scene {scene!r}")
        self._stop_timers()
        self.conversations = sample_conversations(unread_from_sophie=scene != SCENE_ALL_READ)
        self.reads_by_itself = scene != SCENE_SOPHIE_BUSY
        self.current = "sophie"
        self.preview_photo = PHOTO_IDS[0]
        self.chat.field.set_text("")
        self.list_screen.set_conversations(self.conversations)
        self._show(LIST)
        self._refresh_highlight()

    def cue(self, name: str) -> None:
        if name == CUE_REPLY_ARRIVES:
            self._reply_arrives()
        elif name == CUE_MESSAGE_DELIVERED:
            self._deliver_timer.stop()
            self._mark_delivered(self.conversations[self.current])
        elif name == CUE_MESSAGE_READ:
            self._stop_timers()
            self._mark_read(self.conversations[self.current])
        else:
            super().cue(name)
        self._refresh()

    def perform(self, action: Action) -> None:
        if self.spec.target(action.target) is None:
            raise ValueError(f"the messaging app has no target {action.target!r}")
        self._apply(action)
        self._refresh_highlight()

    # -- what is shown -------------------------------------------------------------------------
    def emojis_shown(self) -> bool:
        return self.emoji_panel.isVisibleTo(self)

    def conversation(self, person_id: str | None = None) -> Conversation:
        return self.conversations[person_id or self.current]

    # -- state changes (the effects) ----------------------------------------------------------
    def _apply(self, action: Action) -> None:
        """Change the app as ``action`` does, whatever screen is shown now."""
        target = action.target
        if target.startswith("list."):
            self._open_chat(target.removeprefix("list."))
        elif target == "chat.back":
            self._show(LIST)
        elif target == "chat.contact":
            self.contact.show_person(self.conversation().person)
            self._show(CONTACT)
        elif target == "contact.back":
            self._open_chat(self.current)
        elif target == "chat.text":
            self._ensure_chat()
            self._set_bottom(keyboard=True)
            if action.kind == ActionKind.TYPE:
                self.chat.field.set_text(action.value or "")
        elif target == "chat.send":
            self._ensure_chat()
            self._send_text()
        elif target == "chat.emoji":
            self._ensure_chat()
            self._set_bottom(emojis=True)
        elif target.startswith("emoji."):
            self._ensure_chat()
            self._set_bottom(emojis=True)
            emoji = EMOJIS[target.removeprefix("emoji.")]
            self.chat.field.set_text(self.chat.field.text() + emoji.char)
        elif target == "keyboard.hide":
            self._set_bottom()
        elif target == "chat.photo" or target == "preview.back":
            self._show(GALLERY)
        elif target == "gallery.close":
            self._open_chat(self.current)
        elif target.startswith("gallery."):
            self.preview_photo = target.removeprefix("gallery.")
            self.preview.show_photo(self.preview_photo, self.conversation().person.name)
            self._show(PREVIEW)
        elif target == "preview.send":
            self._send(Message(True, photo=self.preview_photo, time=self._now()))
            self._open_chat(self.current)
        else:
            raise ValueError(f"the messaging app does not handle {target!r}")
        self._refresh()

    def _open_chat(self, person_id: str) -> None:
        self.current = person_id
        conversation = self.conversation()
        conversation.unread = 0
        self.chat.show_conversation(conversation)
        self._show(CHAT)

    def _ensure_chat(self) -> None:
        if self.current_screen() != CHAT:
            self._open_chat(self.current)

    def _send_text(self) -> None:
        text = self.chat.field.text().strip()
        if not text:
            return  # nothing written: nothing to send, as in real apps
        self.chat.field.set_text("")
        self._set_bottom()
        self._send(Message(True, text, self._now(), translate=False, status=Status.SENT))

    def _send(self, message: Message) -> None:
        message.status = Status.SENT
        self.conversation().messages.append(message)
        self.chat.bubbles.show_conversation(self.conversation())
        self._stop_timers()
        if self.reads_by_itself:
            self._deliver_timer.start()
            self._read_timer.start()

    def _stop_timers(self) -> None:
        self._deliver_timer.stop()
        self._read_timer.stop()

    def _on_deliver_timer_timeout(self) -> None:
        self._mark_delivered(self.conversation())
        self._refresh()

    def _on_read_timer_timeout(self) -> None:
        self._mark_read(self.conversation())
        self._refresh()

    def _mark_delivered(self, conversation: Conversation) -> None:
        """My messages reach the person's phone: one grey tick becomes two."""
        for message in conversation.messages:
            if message.mine and message.status is Status.SENT:
                message.status = Status.DELIVERED

    def _mark_read(self, conversation: Conversation) -> None:
        for message in conversation.messages:
            if message.mine:
                message.status = Status.READ

    def _reply_arrives(self) -> None:
        """The person of the current conversation answers (so they have read it)."""
        conversation = self.conversation()
        self._stop_timers()
        self._mark_read(conversation)
        conversation.messages.append(Message(False, conversation.person.reply, self._now()))
        if self.current_screen() == CHAT:
            self.chat.bubbles.show_conversation(conversation)
        else:
            conversation.unread += 1

    def _now(self) -> str:
        return QDateTime.currentDateTime().toString("HH:mm")

    def _show(self, screen_id: str) -> None:
        self.stack.setCurrentWidget(self.screens[screen_id])
        if screen_id != CHAT:
            self._set_bottom()

    def _set_bottom(self, keyboard: bool = False, emojis: bool = False) -> None:
        """Under a conversation: the keyboard, the emojis, or nothing."""
        if not keyboard:
            self.keyboard.reset()
        self.keyboard.setVisible(keyboard)
        self.emoji_panel.setVisible(emojis)
        self.chat.field.set_writing(keyboard or emojis)

    def _refresh(self) -> None:
        self.list_screen.set_conversations(self.conversations)
        self.chat.bubbles.update()

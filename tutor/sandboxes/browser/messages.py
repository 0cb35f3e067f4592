"""The tablet's Messages app, opened over the browser when the learner touches an SMS.

A learner who subscribes to the town's alerts gets a confirmation SMS; on a real tablet,
touching it opens Messages, and the tablet's back key comes back to the website. The screens
are the practice messaging app's own (conversation list and conversation), so both practice
apps look alike; here the learner only reads, so the bar to write is put away.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QWidget

from tutor.i18n import N_
from tutor.sandboxes.kit.chat.conversations import ConversationListScreen
from tutor.sandboxes.kit.chat.state import Conversation, Message, Person, sample_conversations
from tutor.sandboxes.kit.chat.thread import ChatScreen
from tutor.sandboxes.kit.chrome import NavBar, stacked
from tutor.sandboxes.kit.look import Look

TOWN_ID = "belcastel"
TOWN = Person(
    TOWN_ID,
    "Belcastel-sur-Mer",
    N_("Town hall of Belcastel"),
    "#006155",  # a sea green: the town, apart from the blue bar of the app
    "38 012",  # an SMS short number
    "",
)
LIST = "list"
CHAT = "chat"
FAMILY = ("sophie", "lea")  # as many rows as fit above the back key, without scrolling


def conversations() -> dict[str, Conversation]:
    """The town first (empty until an SMS arrives), then the family's, all already read."""
    family = sample_conversations(unread_from_sophie=False)
    return {TOWN_ID: Conversation(TOWN), **{key: family[key] for key in FAMILY}}


class MessagesApp(QWidget):
    """The conversation list, a conversation, and the tablet's back key under them."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.conversations: dict[str, Conversation] = {}
        self.current = TOWN_ID
        self.list_screen = ConversationListScreen(look)
        self.chat = ChatScreen(look)
        self.chat.set_can_write(False)
        self.stack = QStackedWidget()
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.stack.addWidget(self.list_screen)
        self.stack.addWidget(self.chat)
        self.nav = NavBar(look)
        self.nav.home.hide()  # no home screen behind the browser: the way back is "back"
        stacked(self, (self.stack, 1), self.nav)
        self.reset()

    def reset(self) -> None:
        self.conversations = conversations()
        self.current = TOWN_ID
        self._refresh()
        self.open_list()

    def receive(self, text: str) -> None:
        """An SMS from the town arrives (once: the same SMS again changes nothing)."""
        town = self.conversations[TOWN_ID]
        if any(message.text == text for message in town.messages):
            return
        time = QDateTime.currentDateTime().toString("HH:mm")
        town.messages.append(Message(False, text, time, translate=False))
        town.unread += 1
        self._refresh()

    def current_screen(self) -> str:
        return CHAT if self.stack.currentWidget() is self.chat else LIST

    def open_list(self) -> None:
        self.stack.setCurrentWidget(self.list_screen)
        self._refresh()

    def open_chat(self, person_id: str) -> None:
        self.current = person_id
        conversation = self.conversations[person_id]
        conversation.unread = 0
        self.chat.show_conversation(conversation)
        self.stack.setCurrentWidget(self.chat)
        self._refresh()

    def back(self) -> bool:
        """The back key: from a conversation to the list (True), or out of the app (False)."""
        if self.current_screen() == CHAT:
            self.open_list()
            return True
        return False

    def _refresh(self) -> None:
        self.list_screen.set_conversations(self.conversations)
        town_row = self.list_screen.rows[TOWN_ID]
        town_row.setVisible(bool(self.conversations[TOWN_ID].messages))

"""Messages in the video-call app: the conversations (a list with the newest message and an
unread badge, as in WhatsApp or Messenger). A conversation: ``chat.py``; joining a call
from a link: ``join.py``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from tutor.i18n import N_, _
from tutor.sandboxes.kit.look import ROW, Look
from tutor.sandboxes.kit.touch import Pressable, icon_pixmap
from tutor.sandboxes.video_call.drawing import paint_avatar
from tutor.sandboxes.video_call.lists import PRESSED, ListScreen
from tutor.sandboxes.video_call.people import (
    CALL_LINK,
    FAMILY,
    FAMILY_MEMBERS,
    FAMILY_NAME,
    PEOPLE_BY_ID,
)

LINK_BLUE = "#1a56b0"
BUBBLE = "#ffffff"
CHAT_WALL = "#ece5dd"  # the soft beige behind the bubbles, as in WhatsApp
JOIN_GREEN = "#15632e"


@dataclass(frozen=True)
class Message:
    """One message of a conversation: who wrote it, its text and when (English message
    ids); ``link``: it carries a call link, shown as a card under the text; ``call``: a line
    the app writes itself after a call ("Group video call"), in the middle, as real apps do
    (``sender`` is then empty)."""

    sender: str
    text: str
    when: str
    link: bool = False
    call: bool = False


CONVERSATIONS: dict[str, tuple[str, ...]] = {FAMILY: FAMILY_MEMBERS, "sophie": ("sophie",)}

# What every conversation holds when a lesson starts (oldest first).
START_MESSAGES: dict[str, tuple[Message, ...]] = {
    FAMILY: (
        Message("sophie", N_("Hello everyone! Have a good week."), N_("Monday")),
        Message("lucas", N_("Thank you for the cake, it was delicious!"), N_("Yesterday")),
    ),
    "sophie": (Message("sophie", N_("See you on Sunday!"), N_("Yesterday")),),
}
# Léa's messages with the link (the "call_link" scene): unread until the conversation opens.
LINK_MESSAGES = (
    Message("lea", N_("Hello! Shall we have a video call tonight?"), N_("18:02")),
    Message("lea", N_("Here is the link to the call:"), N_("18:03"), link=True),
)


def conversation_name(conversation: str) -> str:
    return _(FAMILY_NAME) if conversation == FAMILY else PEOPLE_BY_ID[conversation].name


def paint_group_avatar(painter: QPainter, rect: QRectF) -> None:
    """The group's picture: a disc with three small people, as group chats show."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(255, 255, 255, 200), max(1.0, rect.width() * 0.03)))
    painter.setBrush(QColor("#00695c"))
    painter.drawEllipse(rect)
    icon = round(rect.width() * 0.62)
    painter.drawPixmap(
        round(rect.center().x() - icon / 2),
        round(rect.center().y() - icon / 2),
        icon_pixmap("mdi6.account-group", "#ffffff", icon),
    )
    painter.restore()


class ConversationRow(Pressable):
    """A conversation in the list (``messages.<id>``): picture, name, the newest message,
    its time, and a green count of unread messages."""

    def __init__(self, look: Look, conversation: str, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=ROW)
        self.conversation = conversation
        self.preview = ""
        self.when = ""
        self.unread = 0

    def show_last(self, preview: str, when: str, unread: int) -> None:
        self.preview, self.when, self.unread = preview, when, unread
        self.update()

    def sizeHint(self) -> QSize:
        look = self.look
        lines = QFontMetrics(look.font(self, 28, bold=True)).lineSpacing()
        lines += QFontMetrics(look.font(self, 21)).lineSpacing()
        return QSize(look.px(300), max(look.touch_px(88), lines + look.px(24)))

    def paintEvent(self, event):
        look = self.look
        painter = self.pressed_painter(PRESSED)
        size = look.px(60)
        x = look.px(16)
        disc = QRectF(x, (self.height() - size) / 2, size, size)
        if self.conversation == FAMILY:
            paint_group_avatar(painter, disc)
        else:
            paint_avatar(painter, disc, PEOPLE_BY_ID[self.conversation], self.font())
        x += size + look.px(18)
        right = self.width() - look.px(16)
        half = self.height() // 2
        # The time, and the unread count under it, on the right.
        time_font = look.font(self, 19, bold=bool(self.unread))
        time_w = QFontMetrics(time_font).horizontalAdvance(self.when)
        painter.setFont(time_font)
        painter.setPen(QColor(JOIN_GREEN) if self.unread else QColor("#5f6368"))
        painter.drawText(
            QRect(right - time_w, 0, time_w, half), Qt.AlignmentFlag.AlignBottom, self.when
        )
        text_right = right - time_w - look.px(12)
        if self.unread:
            spot = look.px(30)
            badge = QRectF(right - spot, half + look.px(6), spot, spot)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(JOIN_GREEN))
            painter.drawEllipse(badge)
            painter.setFont(look.font(self, 18, bold=True))
            painter.setPen(QColor("#ffffff"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self.unread))
        painter.setFont(look.font(self, 28, bold=True))
        painter.setPen(QColor("#1f1f1f"))
        painter.drawText(
            QRect(x, 0, text_right - x, half + look.px(4)),
            Qt.AlignmentFlag.AlignBottom,
            conversation_name(self.conversation),
        )
        painter.setFont(look.font(self, 21, bold=bool(self.unread)))
        painter.setPen(QColor("#1f1f1f") if self.unread else QColor("#5f6368"))
        room = text_right - x if not self.unread else right - look.px(40) - x
        preview = painter.fontMetrics().elidedText(
            self.preview, Qt.TextElideMode.ElideRight, max(1, room)
        )
        painter.drawText(
            QRect(x, half + look.px(4), room, half - look.px(4)),
            Qt.AlignmentFlag.AlignTop,
            preview,
        )


class MessagesScreen(ListScreen):
    """The conversations: the family group first, then Sophie (``messages.<id>``)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, _("Messages"), parent)
        self.rows: dict[str, ConversationRow] = {}
        for conversation in CONVERSATIONS:
            row = ConversationRow(look, conversation)
            row.setObjectName(f"messages.{conversation}")
            self.rows[conversation] = row
            self.add_row(row)

    def show_conversations(self, messages: dict[str, list[Message]], unread: int) -> None:
        """The newest message of each conversation; ``unread`` in the family group."""
        for conversation, row in self.rows.items():
            last = messages[conversation][-1]
            text = _(last.text) + (f" {_(CALL_LINK)}" if last.link else "")
            if conversation == FAMILY and not last.call:
                text = _("{name}: {text}").format(name=PEOPLE_BY_ID[last.sender].name, text=text)
            row.show_last(text, _(last.when), unread if conversation == FAMILY else 0)

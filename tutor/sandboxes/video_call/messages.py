"""Messages in the video-call app: the conversations, a conversation, and the screen shown
before joining a call from a link.

Like the chat tab of real calling apps (WhatsApp, Messenger): a list of conversations with
the newest message and an unread badge; a conversation with coloured bubbles, the sender's
name over each one in a group, a back arrow and a camera that calls everyone; a message with
a call link shows a card "Video call · Tap to join". The link opens the join screen: your
own picture (nothing is filmed), your name as others will see it, the microphone and camera
switches, and a big green "Join" button.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from tutor.i18n import N_, _
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.scrolling import apply_pending_layouts, finger_page
from tutor.sandboxes.kit.touch import Pressable, TouchButton, icon_pixmap
from tutor.sandboxes.video_call.call_screens import DARK, ControlButton, paint_you
from tutor.sandboxes.video_call.drawing import paint_avatar
from tutor.sandboxes.video_call.lists import APP_COLOUR, ListScreen
from tutor.sandboxes.video_call.people import (
    CALL_LINK,
    FAMILY,
    FAMILY_MEMBERS,
    FAMILY_NAME,
    OWN_NAME,
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
        super().__init__(parent)
        self.look = look
        self.conversation = conversation
        self.preview = ""
        self.when = ""
        self.unread = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        look.changed.connect(self.updateGeometry)

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
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.is_down:
            painter.fillRect(self.rect(), QColor("#e8eaf6"))
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


class Bubble(QWidget):
    """A message from someone else: a white bubble on the left, the sender's name over the
    text in a group, the time at the bottom right."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.message: Message | None = None
        self.group = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        look.changed.connect(self.updateGeometry)

    def show_message(self, message: Message, group: bool) -> None:
        self.message, self.group = message, group
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._layout(width)[1]

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(400), self.heightForWidth(self.width() or self.look.px(600)))

    def _text_width(self, width: int) -> int:
        return max(1, min(round(width * 0.78), self.look.px(560)) - 2 * self.look.px(16))

    def _layout(self, width: int) -> tuple[QRect, int]:
        """The text's rectangle inside the bubble, and the whole height."""
        look = self.look
        if self.message is None:
            return QRect(), look.px(10)
        inner = self._text_width(width)
        top = look.px(12)
        if self.group:
            top += QFontMetrics(look.font(self, 20, bold=True)).lineSpacing()
        text = QFontMetrics(look.font(self, 24)).boundingRect(
            QRect(0, 0, inner, 10_000), int(Qt.TextFlag.TextWordWrap), _(self.message.text)
        )
        time_h = QFontMetrics(look.font(self, 17)).lineSpacing()
        height = top + text.height() + time_h + look.px(12) + self._extra()
        return QRect(look.px(16) + look.px(12), top, inner, text.height()), height + look.px(10)

    def _extra(self) -> int:
        """Room under the text for something more (the link card)."""
        return 0

    def bubble_rect(self) -> QRectF:
        text_rect, height = self._layout(self.width())
        return QRectF(
            self.look.px(12),
            self.look.px(4),
            text_rect.width() + 2 * self.look.px(16),
            height - self.look.px(10),
        )

    def paintEvent(self, event):
        if self.message is None:
            return
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_rect, _height = self._layout(self.width())
        bubble = self.bubble_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BUBBLE))
        painter.drawRoundedRect(bubble, look.px(14), look.px(14))
        sender = PEOPLE_BY_ID[self.message.sender]
        if self.group:
            painter.setFont(look.font(self, 20, bold=True))
            painter.setPen(QColor(sender.colour))
            painter.drawText(
                QRect(text_rect.left(), look.px(12), text_rect.width(), text_rect.top()),
                Qt.AlignmentFlag.AlignTop,
                sender.name,
            )
        painter.setFont(look.font(self, 24))
        painter.setPen(QColor("#1f1f1f"))
        painter.drawText(text_rect, Qt.TextFlag.TextWordWrap, _(self.message.text))
        self._paint_extra(painter, text_rect)
        painter.setFont(look.font(self, 17))
        painter.setPen(QColor("#5f6368"))
        painter.drawText(
            bubble.adjusted(0, 0, -look.px(14), -look.px(6)).toRect(),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            _(self.message.when),
        )

    def _paint_extra(self, painter: QPainter, text_rect: QRect) -> None:
        """Draw what sits under the text (nothing for a plain message)."""


class LinkBubble(Pressable):
    """Léa's message with the call link (``chat.link``): her words, the link in blue and
    underlined, and a card "Video call · Tap to join" under it. Touching it opens the link,
    as touching a link or its card does in real apps."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.bubble = _LinkBubbleDrawing(look, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bubble)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_message(self, message: Message, group: bool) -> None:
        self.bubble.show_message(message, group)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.bubble.heightForWidth(width)

    def paintEvent(self, event):
        if self.is_down:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 30))
            painter.drawRoundedRect(self.bubble.bubble_rect(), 14, 14)


class _LinkBubbleDrawing(Bubble):
    """The drawing of :class:`LinkBubble`: a bubble with the link and its card."""

    def _card_height(self) -> int:
        look = self.look
        lines = QFontMetrics(look.font(self, 22)).lineSpacing()
        lines += QFontMetrics(look.font(self, 22, bold=True)).lineSpacing()
        lines += QFontMetrics(look.font(self, 20)).lineSpacing()
        return max(look.px(96), lines + look.px(24))

    def _extra(self) -> int:
        return self._card_height() + self.look.px(10)

    def _paint_extra(self, painter: QPainter, text_rect: QRect) -> None:
        look = self.look
        top = text_rect.bottom() + look.px(8)
        card = QRectF(
            text_rect.left() - look.px(6), top, text_rect.width() + look.px(12), self._card_height()
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e8f0fe"))
        painter.drawRoundedRect(card, look.px(10), look.px(10))
        icon = look.px(52)
        disc = QRectF(card.left() + look.px(12), card.center().y() - icon / 2, icon, icon)
        painter.setBrush(QColor(JOIN_GREEN))
        painter.drawEllipse(disc)
        glyph = look.px(30)
        painter.drawPixmap(
            round(disc.center().x() - glyph / 2),
            round(disc.center().y() - glyph / 2),
            icon_pixmap("mdi6.video", "#ffffff", glyph),
        )
        x = round(disc.right()) + look.px(14)
        width = round(card.right()) - x - look.px(8)
        y = round(card.top()) + look.px(10)
        link_font = look.font(self, 22)
        link_font.setUnderline(True)
        painter.setFont(link_font)
        painter.setPen(QColor(LINK_BLUE))
        metrics = painter.fontMetrics()
        painter.drawText(
            QRect(x, y, width, metrics.lineSpacing()),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(_(CALL_LINK), Qt.TextElideMode.ElideMiddle, max(1, width)),
        )
        y += metrics.lineSpacing()
        painter.setFont(look.font(self, 22, bold=True))
        painter.setPen(QColor("#1f1f1f"))
        painter.drawText(
            QRect(x, y, width, painter.fontMetrics().lineSpacing()),
            Qt.AlignmentFlag.AlignLeft,
            _("Video call"),
        )
        y += painter.fontMetrics().lineSpacing()
        painter.setFont(look.font(self, 20))
        painter.setPen(QColor("#3c4043"))
        painter.drawText(
            QRect(x, y, width, painter.fontMetrics().lineSpacing()),
            Qt.AlignmentFlag.AlignLeft,
            _("Tap to join"),
        )


class ChatHeader(QWidget):
    """The bar of a conversation: back arrow (``chat.back``), picture and name, the members
    of a group, and the camera that calls (``chat.call``)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.conversation = FAMILY
        self.back = TouchButton(
            look, "", "mdi6.arrow-left", background=APP_COLOUR, height=64, min_width=64
        )
        self.back.setObjectName("chat.back")
        self.call = TouchButton(
            look, "", "mdi6.video", background=APP_COLOUR, height=64, min_width=76
        )
        self.call.setObjectName("chat.call")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(look.px(4), look.px(4), look.px(8), look.px(4))
        layout.addWidget(self.back)
        layout.addStretch(1)
        layout.addWidget(self.call)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        look.changed.connect(self.updateGeometry)

    def show_conversation(self, conversation: str) -> None:
        self.conversation = conversation
        self.update()

    def sizeHint(self) -> QSize:
        look = self.look
        lines = QFontMetrics(look.font(self, 26, bold=True)).lineSpacing()
        lines += QFontMetrics(look.font(self, 18)).lineSpacing()
        return QSize(look.px(400), max(look.touch_px(72), lines + look.px(12)))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(APP_COLOUR))
        size = look.px(48)
        x = self.back.geometry().right() + look.px(8)
        disc = QRectF(x, (self.height() - size) / 2, size, size)
        if self.conversation == FAMILY:
            paint_group_avatar(painter, disc)
        else:
            paint_avatar(painter, disc, PEOPLE_BY_ID[self.conversation], self.font())
        x += size + look.px(12)
        right = self.call.geometry().left() - look.px(8)
        half = self.height() // 2
        painter.setPen(QColor("#ffffff"))
        painter.setFont(look.font(self, 26, bold=True))
        members = CONVERSATIONS[self.conversation]
        name_rect = QRect(x, 0, right - x, half if len(members) > 1 else self.height())
        align = Qt.AlignmentFlag.AlignBottom if len(members) > 1 else Qt.AlignmentFlag.AlignVCenter
        painter.drawText(name_rect, align, conversation_name(self.conversation))
        if len(members) > 1:
            painter.setFont(look.font(self, 18))
            painter.setPen(QColor("#e8eaf6"))
            names = ", ".join([*(PEOPLE_BY_ID[m].name for m in members), _("You")])
            painter.drawText(
                QRect(x, half, right - x, half),
                Qt.AlignmentFlag.AlignTop,
                painter.fontMetrics().elidedText(names, Qt.TextElideMode.ElideRight, right - x),
            )


class CallRecord(QWidget):
    """A call in the conversation: a small pill in the middle, with a camera, what kind of
    call it was and when ("Group video call · Just now")."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.message: Message | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        look.changed.connect(self.updateGeometry)

    def show_message(self, message: Message) -> None:
        self.message = message
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        if self.message is None:
            return ""
        return f"{_(self.message.text)} · {_(self.message.when)}"

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.look.font(self, 20, bold=True)).lineSpacing()
        return QSize(self.look.px(300), line + self.look.px(24))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = look.font(self, 20, bold=True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        icon = look.px(24)
        text = metrics.elidedText(
            self.text(), Qt.TextElideMode.ElideRight, max(1, self.width() - look.px(80))
        )
        width = metrics.horizontalAdvance(text) + icon + look.px(40)
        pill = QRectF(
            (self.width() - width) / 2,
            look.px(6),
            width,
            self.height() - look.px(12),
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#fff3c4"))
        painter.drawRoundedRect(pill, look.px(10), look.px(10))
        x = pill.left() + look.px(14)
        painter.drawPixmap(
            round(x),
            round(pill.center().y() - icon / 2),
            icon_pixmap("mdi6.video", "#3c4043", icon),
        )
        painter.setPen(QColor("#3c4043"))
        painter.drawText(
            QRectF(x + icon + look.px(10), pill.top(), pill.right() - x - icon, pill.height()),
            Qt.AlignmentFlag.AlignVCenter,
            text,
        )


class ChatPage(QWidget):
    """The bubbles of the conversation, on the beige wall."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, look.px(8), 0, look.px(8))
        self.column.setSpacing(look.px(4))
        self.bubbles: list[Bubble] = []
        self.records: list[CallRecord] = []
        self.link = LinkBubble(look)
        self.link.setObjectName("chat.link")
        self.column.addWidget(self.link)
        self.link.hide()
        self.column.addStretch(1)

    def show_messages(self, messages: list[Message], group: bool) -> None:
        plain = [m for m in messages if not (m.link or m.call)]
        while len(self.bubbles) < len(plain):
            bubble = Bubble(self.look)
            self.bubbles.append(bubble)
        records = [m for m in messages if m.call]
        while len(self.records) < len(records):
            self.records.append(CallRecord(self.look))
        for old in [*self.bubbles, *self.records, self.link]:
            self.column.removeWidget(old)
            old.hide()
        index = 0
        record_index = 0
        for at, message in enumerate(messages):
            widget: QWidget
            if message.link:
                self.link.show_message(message, group)
                widget = self.link
            elif message.call:
                record = self.records[record_index]
                record.show_message(message)
                widget = record
                record_index += 1
            else:
                bubble = self.bubbles[index]
                bubble.show_message(message, group)
                widget = bubble
                index += 1
            self.column.insertWidget(at, widget)
            widget.show()

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor(CHAT_WALL))


class ChatScreen(QWidget):
    """One conversation: its bar and its messages (the newest at the bottom)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.header = ChatHeader(look)
        self.page = ChatPage(look)
        self.conversation = FAMILY
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.scroll_area = finger_page(self.page)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll_area, 1)

    def show_conversation(self, conversation: str, messages: list[Message]) -> None:
        self.conversation = conversation
        self.header.show_conversation(conversation)
        self.page.show_messages(messages, group=len(CONVERSATIONS[conversation]) > 1)
        self.to_newest()

    def to_newest(self) -> None:
        """Show the newest messages, at the bottom, as a conversation opens in real apps
        (now, and again once the bubbles are laid out)."""
        apply_pending_layouts()
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(bar.maximum())
        QTimer.singleShot(0, lambda: bar.setValue(bar.maximum()))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.to_newest()

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor(CHAT_WALL))


class NameField(Pressable):
    """Your name as the others will see it (``join.name``), already written from the
    tablet's account, in a field under the words "Your name"."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        look.changed.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:
        look = self.look
        lines = QFontMetrics(look.font(self, 19)).lineSpacing()
        lines += QFontMetrics(look.font(self, 26, bold=True)).lineSpacing()
        return QSize(look.px(280), max(look.touch_px(80), lines + look.px(22)))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(QColor("#9aa0a6"), max(1, look.px(2))))
        painter.setBrush(QColor("#2b2f38") if not self.is_down else QColor("#3c4049"))
        painter.drawRoundedRect(box, look.px(12), look.px(12))
        x = look.px(16)
        painter.setFont(look.font(self, 19))
        painter.setPen(QColor("#c8ccd4"))
        label_h = painter.fontMetrics().lineSpacing()
        painter.drawText(
            QRect(x, look.px(8), self.width() - 2 * x, label_h),
            Qt.AlignmentFlag.AlignLeft,
            _("Your name"),
        )
        painter.setFont(look.font(self, 26, bold=True))
        painter.setPen(QColor("#ffffff"))
        painter.drawText(
            QRect(x, look.px(8) + label_h, self.width() - 2 * x, self.height() - label_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            OWN_NAME,
        )


class JoinPreview(Pressable):
    """Your own picture before joining (``join.preview``): as the others will see you."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.camera_off = False
        self.muted = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(300), self.look.px(220))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.look.touch_px(120), self.look.touch_px(90))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        radius = look.px(16)
        path = QPainterPath()
        path.addRoundedRect(rect, radius, radius)
        painter.setClipPath(path)
        paint_you(painter, rect, self.camera_off, self.font(), _("Camera off"))
        painter.setClipping(False)
        painter.setPen(QPen(QColor("#ffffff"), max(2, look.px(3))))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, radius, radius)


class JoinScreen(QWidget):
    """Before joining a call from a link: whose call it is, your picture, the microphone and
    camera switches (``join.mic``, ``join.camera``), your name, "Join" and "Cancel"."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.host = ""
        self.preview = JoinPreview(look)
        self.preview.setObjectName("join.preview")
        self.mic = ControlButton(look)
        self.mic.setObjectName("join.mic")
        self.camera = ControlButton(look)
        self.camera.setObjectName("join.camera")
        self.name = NameField(look)
        self.name.setObjectName("join.name")
        self.join = TouchButton(
            look,
            _("Join"),
            "mdi6.video",
            background=JOIN_GREEN,
            font_px=28,
            height=76,
            radius=38,
        )
        self.join.setObjectName("join.join")
        self.cancel = TouchButton(
            look, _("Cancel"), None, background="#3c4049", font_px=24, height=64, radius=32
        )
        self.cancel.setObjectName("join.cancel")
        switches = QHBoxLayout()
        switches.setSpacing(look.px(4))
        switches.addWidget(self.mic)
        switches.addWidget(self.camera)
        left = QVBoxLayout()
        left.setSpacing(look.px(6))
        left.addWidget(self.preview, 1)
        left.addLayout(switches)
        right = QVBoxLayout()
        right.setSpacing(look.px(12))
        self.title_room = QWidget()
        self.title_room.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        right.addWidget(self.title_room, 1)
        right.addWidget(self.name)
        right.addWidget(self.join)
        right.addWidget(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(look.px(16), look.px(12), look.px(16), look.px(12))
        layout.setSpacing(look.px(18))
        layout.addLayout(left, 5)
        layout.addLayout(right, 4)
        self.show_state(False, False)

    def show_host(self, person_id: str) -> None:
        self.host = PEOPLE_BY_ID[person_id].name
        self.update()

    def show_state(self, muted: bool, camera_off: bool) -> None:
        self.mic.show_state(
            _("Microphone off") if muted else _("Microphone"),
            "mdi6.microphone-off" if muted else "mdi6.microphone",
            muted,
        )
        self.camera.show_state(
            _("Camera off") if camera_off else _("Video camera"),
            "mdi6.video-off" if camera_off else "mdi6.video",
            camera_off,
        )
        self.preview.muted, self.preview.camera_off = muted, camera_off
        self.preview.update()

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(DARK))
        room = self.title_room.geometry()
        if not self.host:
            return
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        title_font = look.font(self, 26, bold=True)
        title = _("{name}'s video call").format(name=self.host)
        waiting = _("{name} is already in the call.").format(name=self.host)
        detail_font = look.font(self, 20)
        title_h = QFontMetrics(title_font).boundingRect(room, int(flags), title).height()
        detail_h = QFontMetrics(detail_font).boundingRect(room, int(flags), waiting).height()
        top = room.top() + max(0, (room.height() - title_h - detail_h - look.px(8)) // 2)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(title_font)
        painter.drawText(QRect(room.left(), top, room.width(), title_h), flags, title)
        painter.setPen(QColor("#c8ccd4"))
        painter.setFont(detail_font)
        top += title_h + look.px(8)
        painter.drawText(QRect(room.left(), top, room.width(), detail_h), flags, waiting)

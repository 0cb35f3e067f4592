"""A conversation of the video-call app: coloured bubbles, the sender's name over each one
in a group, a back arrow and a camera that calls everyone; a message with a call link
shows a card "Video call · Tap to join"."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from tutor.i18n import _
from tutor.sandboxes.kit.chrome import stacked
from tutor.sandboxes.kit.look import ROW, Drawn, Look
from tutor.sandboxes.kit.scrolling import apply_pending_layouts, finger_page
from tutor.sandboxes.kit.touch import Pressable, TouchButton, icon_pixmap
from tutor.sandboxes.video_call.drawing import paint_avatar
from tutor.sandboxes.video_call.lists import APP_COLOUR
from tutor.sandboxes.video_call.messages import (
    BUBBLE,
    CHAT_WALL,
    CONVERSATIONS,
    JOIN_GREEN,
    LINK_BLUE,
    Message,
    conversation_name,
    paint_group_avatar,
)
from tutor.sandboxes.video_call.people import (
    CALL_LINK,
    FAMILY,
    PEOPLE_BY_ID,
)


class Bubble(Drawn):
    """A message from someone else: a white bubble on the left, the sender's name over the
    text in a group, the time at the bottom right."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, parent, sizing=ROW)
        self.message: Message | None = None
        self.group = False
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

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
        super().__init__(parent, look=look, sizing=ROW)
        self.bubble = _LinkBubbleDrawing(look, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bubble)

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


class ChatHeader(Drawn):
    """The bar of a conversation: back arrow (``chat.back``), picture and name, the members
    of a group, and the camera that calls (``chat.call``)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, parent, sizing=ROW)
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


class CallRecord(Drawn):
    """A call in the conversation: a small pill in the middle, with a camera, what kind of
    call it was and when ("Group video call · Just now")."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, parent, sizing=ROW)
        self.message: Message | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

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
        layout = stacked(self)
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

"""A conversation: header with the person, the bubbles, and the bar to write and send.

The bubbles are painted (theirs on the left in light grey, mine on the right in blue, with
the time and ticks); under my last message its status says "Sent", "Delivered" or "Read" in
words too, beside its ticks: one grey tick, two grey ticks, two blue ticks, as in WhatsApp.
A finger dragged up or down scrolls the conversation; no scrollbar to aim at.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPen, QTextDocument
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QWidget

from tutor.core.sizes import MIN_TARGET_PX
from tutor.i18n import N_, _, pgettext
from tutor.sandboxes.kit.chat.emoji import BY_CHAR, EMOJIS, document
from tutor.sandboxes.kit.chat.parts import (
    APP_COLOUR,
    MINE_COLOUR,
    THEIRS_COLOUR,
    THREAD_BACKGROUND,
    HeaderBar,
    icon_button,
    paint_avatar,
)
from tutor.sandboxes.kit.chat.photos import paint_photo
from tutor.sandboxes.kit.chat.state import Conversation, Message, Person, Status, time_label
from tutor.sandboxes.kit.chrome import stacked
from tutor.sandboxes.kit.field import FieldStyle, KeyboardField, Lines
from tutor.sandboxes.kit.look import ROW, Look
from tutor.sandboxes.kit.text import INK, MUTED
from tutor.sandboxes.kit.touch import Pressable, TouchButton, icon_pixmap

TEXT_PX = 25
SMALL_PX = 20
STATUS_PX = 23  # "Sent" / "Delivered" / "Read" under my last message: what a lesson shows
STATUS_TICK = 32
EMOJI_ALONE_PX = 44
READ_TICKS = "#1565c0"  # the "read" ticks under a message, on the light background
READ_TICKS_IN_BUBBLE = "#9be7ff"  # the same, inside my blue bubble
SENT_TICKS_IN_BUBBLE = "#d0d8e4"  # grey ticks (sent, delivered) inside my blue bubble
CONTROL_BACKGROUND = "#e3e8ef"


def tick_glyph(status: Status, in_bubble: bool = False) -> tuple[str, str]:
    """The glyph and colour of a status, as WhatsApp draws it: one tick (sent), two ticks
    (delivered), grey, or two blue ticks (read). Each colour keeps 3:1 on what it is drawn
    on (the blue bubble, or the light page and list)."""
    if status is Status.READ:
        return "mdi6.check-all", READ_TICKS_IN_BUBBLE if in_bubble else READ_TICKS
    icon = "mdi6.check-all" if status is Status.DELIVERED else "mdi6.check"
    return icon, SENT_TICKS_IN_BUBBLE if in_bubble else MUTED


class ContactChip(Pressable):
    """The person at the top of the conversation (avatar and name): opens their details."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=ROW)
        self.person: Person | None = None
        self.setObjectName("chat.contact")

    def set_person(self, person: Person) -> None:
        self.person = person
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(360), self.look.touch_px(68))

    def paintEvent(self, event):
        if self.person is None:
            return
        look = self.look
        painter = self.pressed_painter(QColor(APP_COLOUR).lighter(130), 12)
        size = look.px(56)
        paint_avatar(
            painter, QRectF(look.px(6), (self.height() - size) / 2, size, size), self.person
        )
        left = look.px(6) + size + look.px(14)
        name_font = look.font(self, 28, bold=True)
        small_font = look.font(self, SMALL_PX)
        name_h = QFontMetrics(name_font).height()
        small_h = QFontMetrics(small_font).height()
        top = (self.height() - name_h - small_h) // 2
        painter.setPen(QColor("#ffffff"))
        painter.setFont(name_font)
        painter.drawText(QRect(left, top, self.width() - left, name_h), 0, self.person.name)
        painter.setFont(small_font)
        painter.setPen(QColor("#dbe6f5"))
        painter.drawText(
            QRect(left, top + name_h, self.width() - left, small_h), 0, _(self.person.relation)
        )


@dataclass
class _Laid:
    """One message placed in the thread: its bubble and what is drawn in it."""

    message: Message
    bubble: QRectF
    doc: QTextDocument | None
    status_line: bool  # "Sent" / "Read" written under it (my last message)


class ThreadView(QWidget):
    """The messages, newest at the bottom, scrolled with a finger."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.conversation: Conversation | None = None
        self.scrolled = 0  # pixels scrolled up from the newest message
        self._content_height = 0
        self._drag_from: QPoint | None = None
        self._drag_scroll = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        look.changed.connect(self.update)

    def show_conversation(self, conversation: Conversation) -> None:
        self.conversation = conversation
        self.scrolled = 0
        self.update()

    # -- finger scrolling ----------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent):
        self._drag_from = event.position().toPoint()
        self._drag_scroll = self.scrolled

    def mouseMoveEvent(self, event: QMouseEvent):
        if self._drag_from is None:
            return
        moved = event.position().toPoint().y() - self._drag_from.y()
        self.set_scroll(self._drag_scroll + moved)

    def mouseReleaseEvent(self, event: QMouseEvent):
        self._drag_from = None

    def set_scroll(self, scroll: int) -> None:
        self.scrolled = max(0, min(scroll, max(0, self._content_height - self.height())))
        self.update()

    # -- drawing -------------------------------------------------------------------------------
    def _layout(self) -> list[_Laid]:
        """Bubbles placed from the top of the content (y grows downwards)."""
        look = self.look
        if self.conversation is None:
            return []
        pad, gap = look.px(14), look.px(12)
        max_w = self.width() * 0.72
        font = look.font(self, TEXT_PX)
        small_h = QFontMetrics(look.font(self, SMALL_PX)).height()
        status_h = QFontMetrics(look.font(self, STATUS_PX, bold=True)).height()
        last_mine = self.conversation.last_mine()
        laid: list[_Laid] = []
        y = float(look.px(16))
        for message in self.conversation.messages:
            doc = None
            if message.photo:
                width = min(max_w, look.px(300))
                content_h = (width - look.px(12)) * 3 / 4 - 2 * pad + look.px(14)
            else:
                colour = "#ffffff" if message.mine else INK
                text = message.shown_text()
                # An emoji alone is shown big, as real apps do.
                big = text.strip() and all(c in BY_CHAR or c.isspace() for c in text)
                doc = document(text, look.font(self, EMOJI_ALONE_PX) if big else font, colour)
                doc.setTextWidth(max_w - 2 * pad)
                width = max(doc.idealWidth() + 2 * pad, look.px(150))
                content_h = doc.size().height()
            height = content_h + small_h + 2 * pad
            side = look.px(18)
            x = self.width() - side - width if message.mine else side
            status = message is last_mine and message is self.conversation.messages[-1]
            laid.append(_Laid(message, QRectF(x, y, width, height), doc, status))
            y += height + gap + (status_h + look.px(6) if status else 0)
        self._content_height = round(y)
        return laid

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(THREAD_BACKGROUND))
        laid = self._layout()
        # Short conversations sit at the bottom, as in real apps; long ones scroll.
        shift = self.height() - self._content_height + self.scrolled
        painter.translate(0, shift)
        for item in laid:
            self._paint_bubble(painter, item)
        if self.scrolled > 0:
            painter.resetTransform()
            self._paint_more_below(painter)

    def _paint_bubble(self, painter: QPainter, item: _Laid) -> None:
        look = self.look
        message, rect = item.message, item.bubble
        pad = look.px(14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(MINE_COLOUR if message.mine else THEIRS_COLOUR))
        painter.drawRoundedRect(rect, look.px(20), look.px(20))
        if message.photo:
            photo = QRectF(
                rect.left() + look.px(6),
                rect.top() + look.px(6),
                rect.width() - look.px(12),
                (rect.width() - look.px(12)) * 3 / 4,
            )
            paint_photo(painter, photo, message.photo)
        elif item.doc is not None:
            painter.save()
            painter.translate(rect.left() + pad, rect.top() + pad)
            item.doc.drawContents(painter)
            painter.restore()
        # time and ticks, bottom right inside the bubble
        small = look.font(self, SMALL_PX)
        small_h = QFontMetrics(small).height()
        painter.setFont(small)
        painter.setPen(QColor("#e8f0ff" if message.mine else MUTED))
        tick = look.px(24)
        right = rect.right() - pad
        line = QRectF(rect.left(), rect.bottom() - pad - small_h + look.px(4), 0, small_h)
        if message.mine:
            icon, colour = self._ticks(message.status, in_bubble=True)
            painter.drawPixmap(
                round(right - tick),
                round(line.top() + (small_h - tick) / 2),
                icon_pixmap(icon, colour, tick),
            )
            right -= tick + look.px(6)
        painter.drawText(
            QRectF(rect.left(), line.top(), right - rect.left(), small_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            time_label(message.time),
        )
        if item.status_line:
            self._paint_status(painter, message.status, rect)

    def _ticks(self, status: Status, in_bubble: bool) -> tuple[str, str]:
        return tick_glyph(status, in_bubble)

    @staticmethod
    def status_text(status: Status) -> str:
        """The word written beside the ticks under my last message."""
        if status is Status.READ:
            return pgettext("message status", "Read")
        if status is Status.DELIVERED:
            return pgettext("message status", "Delivered")
        return _("Sent")

    def _paint_status(self, painter: QPainter, status: Status, bubble: QRectF) -> None:
        look = self.look
        font = look.font(self, STATUS_PX, bold=True)
        painter.setFont(font)
        height = QFontMetrics(font).height()
        text = self.status_text(status)
        icon, colour = self._ticks(status, in_bubble=False)
        text_w = QFontMetrics(font).horizontalAdvance(text)
        right = bubble.right() - look.px(6)
        top = bubble.bottom() + look.px(4)
        painter.setPen(QColor(colour))
        painter.drawText(
            QRectF(right - text_w - 2, top, text_w + 2, height), Qt.AlignmentFlag.AlignRight, text
        )
        tick = look.px(STATUS_TICK)
        painter.drawPixmap(
            round(right - text_w - look.px(8) - tick),
            round(top + (height - tick) / 2),
            icon_pixmap(icon, colour, tick),
        )

    def _paint_more_below(self, painter: QPainter) -> None:
        """A round arrow at the bottom right: newer messages are further down."""
        look = self.look
        size = look.px(48)
        rect = QRectF(
            self.width() - size - look.px(16), self.height() - size - look.px(12), size, size
        )
        painter.setPen(QPen(QColor("#b0b4ba"), 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(rect)
        icon = look.px(34)
        painter.drawPixmap(
            round(rect.center().x() - icon / 2),
            round(rect.center().y() - icon / 2),
            icon_pixmap("mdi6.chevron-down", MUTED, icon),
        )


def _field_sizes(look: Look) -> tuple[QSize, QSize]:
    return QSize(look.px(400), look.touch_px(68)), QSize(look.px(160), look.touch_px(68))


# The rounded bar where the message is written; emojis show as pictures in it.
MESSAGE_FIELD = FieldStyle(
    edge="#8a9099",
    active=APP_COLOUR,
    sizes=_field_sizes,
    lines=Lines.EMOJI,
    text_px=TEXT_PX,
    ink=INK,
    hint_ink=MUTED,
    radius=None,
    margin=(2, 2, 2, 2),
    padding=(22, 0, 22, 0),
    translate_hint=True,
)
MESSAGE_HINT = N_("Type a message")


class ChatScreen(QWidget):
    """One conversation, with its header and the bar to write."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.header = HeaderBar(look)
        self.header.label.hide()
        self.back_button = icon_button(look, "mdi6.arrow-left", "chat.back")
        self.contact = ContactChip(look)
        self.header.row.insertWidget(0, self.back_button)
        self.header.row.insertWidget(1, self.contact, 1)
        self.bubbles = ThreadView(look)
        self.emoji_button = icon_button(
            look, "mdi6.emoticon-happy-outline", "chat.emoji", CONTROL_BACKGROUND
        )
        self.emoji_button.foreground = QColor(APP_COLOUR)
        self.field = KeyboardField(look, MESSAGE_FIELD, MESSAGE_HINT)
        self.field.setObjectName("chat.text")
        self.photo_button = icon_button(look, "mdi6.image", "chat.photo", CONTROL_BACKGROUND)
        self.photo_button.foreground = QColor(APP_COLOUR)
        self.send_button = TouchButton(
            look, "", "mdi6.send", background="#15632e", height=68, min_width=68, radius=34
        )
        self.send_button.setObjectName("chat.send")
        self.bar = QHBoxLayout()
        for widget in (self.emoji_button, self.field, self.photo_button, self.send_button):
            self.bar.addWidget(widget, 1 if widget is self.field else 0)
        layout = stacked(self, self.header, (self.bubbles, 1))
        layout.addLayout(self.bar)
        self.can_write = True
        look.changed.connect(self.restyle)
        self.restyle()

    def show_conversation(self, conversation: Conversation) -> None:
        self.contact.set_person(conversation.person)
        self.bubbles.show_conversation(conversation)

    def set_can_write(self, can_write: bool) -> None:
        """Show or put away the bar to write: another practice app may only let the learner
        read a conversation (the browser's confirmation SMS)."""
        self.can_write = can_write
        for widget in (self.emoji_button, self.field, self.photo_button, self.send_button):
            widget.setVisible(can_write)
        self.restyle()

    def restyle(self) -> None:
        m = self.look.px(10) if self.can_write else 0
        self.bar.setContentsMargins(m, m, m, m)
        self.bar.setSpacing(m)

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor("#ffffff"))


class EmojiButton(TouchButton):
    """An emoji key: a big coloured picture on a white key."""

    def _icon_size(self) -> int:
        return self.look.px(60)


class EmojiPanel(QWidget):
    """Big emojis in place of the keyboard; touching one adds it to the message.

    One row when they fit; on a narrow tablet (a small window, big text) as many rows as
    it takes for each key to keep a finger's width."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.buttons: dict[str, TouchButton] = {}
        self.grid = QGridLayout(self)
        for emoji in EMOJIS.values():
            button = EmojiButton(
                look, "", emoji.icon, background="#ffffff", foreground=emoji.colour, height=96
            )
            button.setObjectName(f"emoji.{emoji.id}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.buttons[emoji.id] = button
        self.columns = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        look.changed.connect(self.restyle)
        self.restyle()

    def restyle(self) -> None:
        m = self.look.px(12)
        self.grid.setContentsMargins(m, m, m, m)
        self.grid.setSpacing(m)
        self._arrange()

    def _arrange(self) -> None:
        """As many emojis in a row as keep a finger's width (all of them when they can)."""
        m = self.look.px(12)
        room = max(0, (self.width() or self.look.px(700)) - m)
        fit = max(1, room // (MIN_TARGET_PX + m))
        columns = min(len(self.buttons), fit)
        if columns == self.columns:
            return
        self.columns = columns
        for index, button in enumerate(self.buttons.values()):
            self.grid.removeWidget(button)
            self.grid.addWidget(button, index // columns, index % columns)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._arrange()

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor("#d5d9de"))

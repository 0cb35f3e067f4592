"""The list of conversations (big rows, unread badges) and a person's details."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tutor.i18n import _
from tutor.sandboxes.kit.chat.emoji import document
from tutor.sandboxes.kit.chat.parts import (
    LIST_BACKGROUND,
    HeaderBar,
    icon_button,
    paint_avatar,
)
from tutor.sandboxes.kit.chat.state import Conversation, Person, time_label
from tutor.sandboxes.kit.chat.thread import tick_glyph
from tutor.sandboxes.kit.chrome import stacked
from tutor.sandboxes.kit.look import ROW, Look
from tutor.sandboxes.kit.scrolling import finger_page
from tutor.sandboxes.kit.text import INK, MUTED
from tutor.sandboxes.kit.touch import Pressable, icon_pixmap

ROW_HEIGHT = 104
AVATAR = 72
BADGE_COLOUR = "#15632e"
NAME_PX = 26
PREVIEW_PX = 22
TICK_PX = 26  # the ticks in front of my last message


def preview_text(conversation: Conversation) -> str:
    """The last message in one line, "Photo" for a picture. Mine has its ticks in front
    of it instead of a name, as in WhatsApp's list (see ``ConversationRow``)."""
    last = conversation.last()
    if last is None:
        return ""
    return _("Photo") if last.photo else last.shown_text()


class ConversationRow(Pressable):
    """One conversation: avatar, name, last message, its time and the unread count."""

    def __init__(self, look: Look, conversation: Conversation, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=ROW)
        self.conversation = conversation
        self.setObjectName(f"list.{conversation.person.id}")

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(600), self.look.touch_px(ROW_HEIGHT))

    def paintEvent(self, event):
        look = self.look
        conversation = self.conversation
        unread = conversation.unread > 0
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#e3e8ef" if self.is_down else LIST_BACKGROUND))
        painter.setPen(QPen(QColor("#d0d4da"), 1))
        painter.drawLine(look.px(110), self.height() - 1, self.width(), self.height() - 1)
        size = look.px(AVATAR)
        paint_avatar(
            painter,
            QRectF(look.px(18), (self.height() - size) / 2, size, size),
            conversation.person,
        )
        left = look.px(18) + size + look.px(20)
        # time (top right) and unread badge (under it); the column is as wide as the time
        # ("Yesterday" in big text too), never narrower than a clock time's column
        time_font = look.font(self, 20, bold=unread)
        painter.setFont(time_font)
        painter.setPen(QColor(BADGE_COLOUR if unread else MUTED))
        last = conversation.last()
        when = time_label(last.time) if last else ""
        time_w = QFontMetrics(time_font).horizontalAdvance(when) + look.px(4)
        right_col = max(look.px(110), time_w + look.px(16) + look.px(10))
        top_half = QRect(self.width() - right_col, 0, right_col - look.px(16), self.height() // 2)
        painter.drawText(top_half, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, when)
        if unread:
            badge = look.px(36)
            rect = QRectF(
                self.width() - look.px(16) - badge, self.height() / 2 + look.px(6), badge, badge
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(BADGE_COLOUR))
            painter.drawEllipse(rect)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(look.font(self, 20, bold=True))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(conversation.unread))
        width = self.width() - left - right_col
        name_font = look.font(self, NAME_PX, bold=True)
        painter.setFont(name_font)
        painter.setPen(QColor(INK))
        name_h = QFontMetrics(name_font).height()
        top = (self.height() - name_h * 2) // 2 - look.px(4)
        painter.drawText(
            QRect(left, top, width, name_h), Qt.AlignmentFlag.AlignVCenter, conversation.person.name
        )
        preview_font = look.font(self, PREVIEW_PX, bold=unread)
        metrics = QFontMetrics(preview_font)
        preview_top = top + name_h + look.px(6)
        if last is not None and last.mine:
            icon, colour = tick_glyph(last.status)
            tick = look.px(TICK_PX)
            line_h = metrics.height()
            painter.drawPixmap(
                left, round(preview_top + (line_h - tick) / 2), icon_pixmap(icon, colour, tick)
            )
            left += tick + look.px(6)
            width -= tick + look.px(6)
        text = metrics.elidedText(preview_text(conversation), Qt.TextElideMode.ElideRight, width)
        doc = document(text, preview_font, INK if unread else MUTED)
        painter.save()
        painter.translate(left, preview_top)
        doc.drawContents(painter, QRectF(0, 0, width, name_h + look.px(4)))
        painter.restore()


class ConversationListScreen(QWidget):
    """The app's first screen: every conversation, newest first is not needed here (fixed)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.header = HeaderBar(look, _("Messages"))
        self.rows: dict[str, ConversationRow] = {}
        # The rows keep a finger's height; when they do not all fit (a small window, big
        # text) the list moves with a finger.
        page = QWidget()
        page_layout = stacked(page)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(0)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(self.rows_layout)
        page_layout.addStretch(1)
        stacked(self, self.header, (finger_page(page), 1))

    def set_conversations(self, conversations: dict[str, Conversation]) -> None:
        """Show these conversations (built once; later calls only refresh their drawing)."""
        for person_id, conversation in conversations.items():
            row = self.rows.get(person_id)
            if row is None:
                row = ConversationRow(self.look, conversation)
                self.rows[person_id] = row
                self.rows_layout.addWidget(row)
            row.conversation = conversation
            row.update()

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor(LIST_BACKGROUND))


class ContactScreen(QWidget):
    """A person's details: big avatar, name, who they are, phone number."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.person: Person | None = None
        self.header = HeaderBar(look, _("Contact details"))
        self.back_button = icon_button(look, "mdi6.arrow-left", "contact.back")
        self.header.row.insertWidget(0, self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addStretch(1)

    def show_person(self, person: Person) -> None:
        self.person = person
        self.update()

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(LIST_BACKGROUND))
        if self.person is None:
            return
        top = self.header.height() + look.px(24)
        size = look.px(140)
        paint_avatar(painter, QRectF((self.width() - size) / 2, top, size, size), self.person)
        y = top + size + look.px(16)
        lines = (
            (self.person.name, 34, True, INK),
            (_(self.person.relation), 24, False, MUTED),
        )
        for text, px, bold, colour in lines:
            font = look.font(self, px, bold=bold)
            painter.setFont(font)
            painter.setPen(QColor(colour))
            height = QFontMetrics(font).height()
            painter.drawText(QRect(0, y, self.width(), height), Qt.AlignmentFlag.AlignCenter, text)
            y += height + look.px(8)
        font = look.font(self, 26)
        painter.setFont(font)
        painter.setPen(QColor(INK))
        icon = look.px(30)
        text_w = QFontMetrics(font).horizontalAdvance(self.person.phone)
        x = (self.width() - text_w - icon - look.px(12)) // 2
        painter.drawPixmap(x, y + look.px(8), icon_pixmap("mdi6.phone", MUTED, icon))
        painter.drawText(
            QRect(x + icon + look.px(12), y, text_w + 4, icon + look.px(16)),
            Qt.AlignmentFlag.AlignVCenter,
            self.person.phone,
        )

"""Messages: the list of conversations and one conversation (with the "…" menu)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from tutor.i18n import _
from tutor.sandboxes.kit.chrome import stacked
from tutor.sandboxes.kit.look import FIXED, LINE, ROW, Look
from tutor.sandboxes.kit.scrolling import finger_page
from tutor.sandboxes.kit.touch import Pressable, icon_pixmap
from tutor.sandboxes.social.content import THREAD_ORDER, THREADS
from tutor.sandboxes.social.parts import (
    ACCENT,
    INK,
    MUTED,
    Avatar,
    Header,
    Page,
    label,
    person_name,
    titled_column,
)


class ThreadRow(Pressable):
    """One conversation in the list: picture, name, first words, time, unread dot."""

    def __init__(self, look: Look, person: str, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=ROW)
        self.person = person
        self.unread = False
        self.setObjectName(f"messages.{person}")
        self.avatar = Avatar(look, person, 60, parent=self)

    def set_unread(self, unread: bool) -> None:
        self.unread = unread
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(600), self.look.touch_px(96))

    def resizeEvent(self, event):
        side = self.look.px(60)
        self.avatar.setGeometry(self.look.px(16), (self.height() - side) // 2, side, side)

    def paintEvent(self, event):
        look = self.look
        thread = THREADS[self.person]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#d5d8dc"), 1))
        painter.setBrush(QColor("#e6dcee") if self.is_down else QColor("#ffffff"))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 14, 14)
        left = look.px(92)
        right = self.width() - look.px(16)
        time_font = look.font(self, 20)
        painter.setFont(time_font)
        time = _(thread.time)
        time_w = QFontMetrics(time_font).horizontalAdvance(time)
        painter.setPen(QColor(ACCENT if self.unread else MUTED))
        painter.drawText(
            QRectF(right - time_w, look.px(14), time_w, look.px(30)),
            Qt.AlignmentFlag.AlignRight,
            time,
        )
        painter.setFont(look.font(self, 23, bold=True))
        painter.setPen(QColor(INK))
        painter.drawText(
            QRectF(left, look.px(12), right - time_w - left - look.px(8), look.px(32)),
            Qt.AlignmentFlag.AlignLeft,
            person_name(self.person),
        )
        preview_font = look.font(self, 21, bold=self.unread)
        painter.setFont(preview_font)
        painter.setPen(QColor(INK if self.unread else MUTED))
        width = right - left - look.px(30)
        preview = QFontMetrics(preview_font).elidedText(
            _(thread.messages[0]), Qt.TextElideMode.ElideRight, int(width)
        )
        painter.drawText(
            QRectF(left, look.px(50), width, look.px(32)), Qt.AlignmentFlag.AlignLeft, preview
        )
        if self.unread:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ACCENT))
            dot = look.px(16)
            painter.drawEllipse(QRectF(right - dot, look.px(58), dot, dot))


class MessagesScreen(Page):
    """The "Messages" tab."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.rows = {person: ThreadRow(look, person) for person in THREAD_ORDER}
        self.none = label(look, _("No messages."), 22, colour=MUTED)
        box = titled_column(self, look, _("Messages"), 10)
        box.addWidget(self.none)
        for row in self.rows.values():
            box.addWidget(row)
        box.addStretch(1)

    def show_state(self, threads: list[str], unread: set[str]) -> None:
        for person, row in self.rows.items():
            row.setVisible(person in threads)
            row.set_unread(person in unread)
        self.none.setVisible(not threads)


class MenuButton(Pressable):
    """The "…" button of a conversation (``chat.menu``)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=FIXED)
        self.setObjectName("chat.menu")

    def sizeHint(self) -> QSize:
        return QSize(self.look.touch_px(80), self.look.touch_px(64))

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#cfc3da") if self.is_down else QColor("#ece6f1"))
        painter.drawRoundedRect(QRectF(self.rect()), self.look.px(16), self.look.px(16))
        icon = self.look.px(46)
        pix = icon_pixmap("mdi6.dots-horizontal", INK, icon)
        painter.drawPixmap((self.width() - icon) // 2, (self.height() - icon) // 2, pix)


class LinkText(Pressable):
    """A link written in a message: blue and underlined, as links are (``chat.link``)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=LINE)
        self.text = ""
        self.setObjectName("chat.link")

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.look.font(self, 22))
        return QSize(metrics.horizontalAdvance(self.text) + self.look.px(8), self.look.touch_px(64))

    def paintEvent(self, event):
        painter = QPainter(self)
        font = self.look.font(self, 22)
        font.setUnderline(True)
        painter.setFont(font)
        painter.setPen(QColor("#08409a"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignVCenter, self.text)


class ChatScreen(Page):
    """One conversation; a stranger's comes with a calm warning above it."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.person = ""
        self.header = Header(look, "")
        self.avatar = Avatar(look, "thomas", 48)
        self.header.row.insertWidget(1, self.avatar)
        self.menu = MenuButton(look)
        self.header.row.addWidget(self.menu)
        self.warning = label(look, "", 21, colour="#5d4000")
        self.warning.setStyleSheet(
            "color: #4a3300; background: #fff3c4;"
            f" border-radius: {look.px(12)}px; padding: {look.px(10)}px;"
        )
        self.bubble = QWidget()
        self.bubble.setObjectName("chat_bubble")
        self.bubble.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.bubble.setStyleSheet(
            f"#chat_bubble {{background: #ffffff; border-radius: {look.px(18)}px;}}"
        )
        self.lines = QVBoxLayout(self.bubble)
        m = look.px(14)
        self.lines.setContentsMargins(m, m, m, m)
        self.lines.setSpacing(look.px(4))
        self.link = LinkText(look, parent=self.bubble)
        self.message_labels: list[QWidget] = []
        thread = QWidget()
        inner = QVBoxLayout(thread)
        inner.setContentsMargins(look.px(16), m, look.px(80), m)
        inner.setSpacing(m)
        inner.addWidget(self.warning)
        row = QHBoxLayout()
        inner.addLayout(row)
        row.addWidget(self.bubble, 1)
        inner.addStretch(1)
        stacked(self, self.header, (finger_page(thread), 1))

    def show_thread(self, person: str) -> None:
        self.person = person
        thread = THREADS[person]
        self.header.title.setText(person_name(person))
        self.avatar.person_id = person
        self.avatar.update()
        self.warning.setText(
            _("{name} is not among your friends.").format(name=person_name(person))
        )
        self.warning.setVisible(thread.stranger)
        for widget in self.message_labels:
            self.lines.removeWidget(widget)
            widget.deleteLater()
        self.message_labels = []
        self.lines.removeWidget(self.link)
        texts = [_(text) for text in thread.messages]
        for index, text in enumerate(texts):
            widget = label(self.look, text, 22)
            self.lines.addWidget(widget)
            self.message_labels.append(widget)
            if index == 1 and thread.link:
                self.lines.addWidget(self.link)
        self.link.text = _(thread.link) if thread.link else ""
        self.link.setVisible(bool(thread.link))
        self.link.updateGeometry()

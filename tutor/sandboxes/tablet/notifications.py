"""Notifications: a banner that drops in at the top, and the pull-down list of them.

Apps tell the learner something with a notification: a reminder, the weather, an update. On
a real tablet it drops in at the top of the screen; touching it opens its app. The ones not
read wait in the list that a finger pulls down from the top; there each one opens its app,
slides aside to go away, or "Clear all" removes them all.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPoint, QPropertyAnimation, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from tutor.i18n import _
from tutor.sandboxes.kit import motion
from tutor.sandboxes.kit.chrome import style_label
from tutor.sandboxes.kit.gestures import GestureArea
from tutor.sandboxes.kit.look import ROW, Look
from tutor.sandboxes.kit.scrolling import SEE_THROUGH, bare_scroll_area
from tutor.sandboxes.kit.text import INK
from tutor.sandboxes.kit.touch import Pressable, TouchButton, icon_pixmap
from tutor.sandboxes.tablet.home import APP_LOOKS
from tutor.sandboxes.tablet.system_spec import NOTIFICATIONS

DROP_MS = 350  # the banner's calm slide down from the top edge
SHADE_COLOUR = "#202124"


def paint_notification(widget: QWidget, look: Look, note_id: str, pressed: bool) -> None:
    """A white card: the app's round badge, its name, and the notification's text."""
    app, title, text = NOTIFICATIONS[note_id]
    colour, icon = APP_LOOKS[app]
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#9aa0a6"), 1))
    painter.setBrush(QColor("#e3e6ea" if pressed else "#ffffff"))
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(1, 1, -1, -1), look.px(20), look.px(20))
    badge = look.px(52)
    top = (widget.height() - badge) // 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(look.px(16), top, badge, badge))
    symbol = look.px(32)
    painter.drawPixmap(
        look.px(16) + (badge - symbol) // 2,
        top + (badge - symbol) // 2,
        icon_pixmap(icon, "#ffffff", symbol),
    )
    x = look.px(16) + badge + look.px(16)
    width = widget.width() - x - look.px(14)
    title_font = look.font(widget, 22, bold=True)
    text_font = look.font(widget, 24)
    title_h = QFontMetrics(title_font).height()
    text_h = QFontMetrics(text_font).height()
    y = (widget.height() - title_h - text_h) / 2
    painter.setPen(QColor("#3c4043"))
    painter.setFont(title_font)
    painter.drawText(QRectF(x, y, width, title_h), Qt.AlignmentFlag.AlignLeft, _(title))
    painter.setPen(QColor(INK))
    painter.setFont(text_font)
    shown = QFontMetrics(text_font).elidedText(_(text), Qt.TextElideMode.ElideRight, int(width))
    painter.drawText(QRectF(x, y + title_h, width, text_h), Qt.AlignmentFlag.AlignLeft, shown)


def card_height(look: Look) -> int:
    lines = look.font_px(22) * 1.25 + look.font_px(24) * 1.25
    return max(look.touch_px(88), round(lines + look.px(28)))


class NotificationBanner(Pressable):
    """The newest notification, dropped in at the top of the screen; a touch opens its app.

    It stays until it is touched or the lesson moves on (nothing times out for a learner who
    reads slowly)."""

    def __init__(self, look: Look, parent: QWidget):
        super().__init__(parent, look=look)
        self.note_id = "calendar"
        self.setObjectName("notification.banner")
        self._drop = QPropertyAnimation(self, b"pos", self)
        self._drop.setDuration(DROP_MS)
        self._drop.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.hide()

    def drop_in(self, note_id: str, top: int) -> None:
        """Slide down from above the screen to ``top``."""
        self.note_id = note_id
        self.place(top)
        end = self.pos()
        self._drop.stop()
        if motion.reduced():
            self.move(end)  # appears in place
            self.show()
            self.raise_()
            return
        self.move(end.x(), -self.height())
        self.show()
        self.raise_()
        self._drop.setStartValue(self.pos())
        self._drop.setEndValue(end)
        self._drop.start()

    def finish(self) -> None:
        """At its place at once (a picture, a resumed lesson)."""
        if self._drop.state() == QPropertyAnimation.State.Running:
            self._drop.setCurrentTime(self._drop.duration())

    def place(self, top: int) -> None:
        parent = self.parentWidget()
        if parent is not None:
            width = min(parent.width() - self.look.px(40), self.look.px(660))
            self.setGeometry((parent.width() - width) // 2, top, width, card_height(self.look))
            if self._drop.state() == QPropertyAnimation.State.Running:
                self._drop.setEndValue(QPoint(self.x(), top))

    def paintEvent(self, event):
        paint_notification(self, self.look, self.note_id, self.is_down)


class NotificationCard(Pressable):
    """One notification in the list: touched, it opens its app; slid aside, it goes."""

    def __init__(self, look: Look, note_id: str, parent: QWidget | None = None):
        super().__init__(parent, accepts_swipe=True, look=look, sizing=ROW)
        self.note_id = note_id
        self.setObjectName(f"notifications.item.{note_id}")

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(600), card_height(self.look))

    def paintEvent(self, event):
        paint_notification(self, self.look, self.note_id, self.is_down)


class NotificationShade(GestureArea):
    """The list pulled down from the top, over the screen (``notifications.shade``)."""

    def __init__(self, look: Look, parent: QWidget):
        super().__init__(parent, accepts_swipe=True)
        self.look = look
        self.setObjectName("notifications.shade")
        self.title = _label(_("Notifications"))
        self.empty = _label(_("No new notifications."))
        self.cards = {note_id: NotificationCard(look, note_id) for note_id in NOTIFICATIONS}
        self.clear = TouchButton(
            look, _("Clear all"), "mdi6.notification-clear-all", background="#3c4043", height=72
        )
        self.clear.setObjectName("notifications.clear")
        content = QWidget()
        self.column = QVBoxLayout(content)
        self.column.addWidget(self.title)
        for card in self.cards.values():
            self.column.addWidget(card)
        self.column.addWidget(self.empty)
        self.column.addWidget(self.clear, 0, Qt.AlignmentFlag.AlignRight)
        self.column.addStretch(1)
        # A scrolling list that leaves the cards their sideways swipe (no finger scroller):
        # with big text the lesson's card is brought into view all the same.
        content.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        area = bare_scroll_area(content, style=SEE_THROUGH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)
        look.changed.connect(self.restyle)
        self.restyle()
        self.hide()

    def restyle(self) -> None:
        look = self.look
        m = look.px(18)
        self.column.setContentsMargins(m, m, m, m)
        self.column.setSpacing(look.px(12))
        style = "color: white; background: transparent;"
        style_label(self.title, look, 28, style, bold=True)
        style_label(self.empty, look, 24, style)

    def show_notes(self, waiting: list[str]) -> None:
        for note_id, card in self.cards.items():
            card.setVisible(note_id in waiting)
        # The list keeps the order they arrived in, newest first.
        for index, note_id in enumerate(waiting):
            self.column.removeWidget(self.cards[note_id])
            self.column.insertWidget(1 + index, self.cards[note_id])
        self.empty.setVisible(not waiting)
        self.clear.setVisible(bool(waiting))

    def paintEvent(self, event):
        colour = QColor(SHADE_COLOUR)
        colour.setAlphaF(0.96)
        QPainter(self).fillRect(self.rect(), colour)


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label

"""Settings: who can see my posts (three big choices) and the people I blocked."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tutor.i18n import N_, _
from tutor.sandboxes.kit.chrome import stacked
from tutor.sandboxes.kit.look import ROW, Look
from tutor.sandboxes.kit.scrolling import finger_page
from tutor.sandboxes.kit.touch import Pressable, TouchButton, icon_pixmap
from tutor.sandboxes.social.parts import (
    ACCENT,
    FIELD_EDGE,
    INK,
    MUTED,
    Header,
    Page,
    label,
    person_name,
    titled_column,
)

# choice -> (title, explanation, icon)
CHOICES: dict[str, tuple[str, str, str]] = {
    "public": (N_("Everyone"), N_("Even people you do not know."), "mdi6.earth"),
    "friends": (N_("My friends"), N_("Only the people you accepted."), "mdi6.account-group"),
    "me": (N_("Only me"), N_("Nobody else sees them."), "mdi6.lock"),
}


def audience_name(choice: str) -> str:
    return _(CHOICES[choice][0])


class SettingsScreen(Page):
    """The "Settings" tab: a short list of big lines."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.privacy = TouchButton(
            look,
            _("Who can see my posts?"),
            "mdi6.eye",
            background="#ffffff",
            foreground=INK,
            row=True,
            badge=ACCENT,
            height=88,
        )
        self.privacy.setObjectName("settings.privacy")
        self.blocked = TouchButton(
            look,
            _("Blocked people"),
            "mdi6.account-cancel",
            background="#ffffff",
            foreground=INK,
            row=True,
            badge="#b71c1c",
            height=88,
        )
        self.blocked.setObjectName("settings.blocked")
        self.now = label(look, "", 21, colour=MUTED)
        box = titled_column(self, look, _("Settings"), 12)
        box.addWidget(self.privacy)
        box.addWidget(self.now)
        box.addWidget(self.blocked)
        box.addStretch(1)

    def show_state(self, privacy: str) -> None:
        self.now.setText(_("Your posts are visible to: {who}").format(who=audience_name(privacy)))


class ChoiceRow(Pressable):
    """One big radio choice: a round mark, an icon, a title and a line of explanation.

    The explanation wraps (it is never cut at the right edge) and the row grows to hold
    it, a finger's height at least."""

    def __init__(self, look: Look, choice: str, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=ROW)
        self.choice = choice
        self.selected = False
        self.setObjectName(f"privacy.{choice}")
        look.changed.connect(self._fit)

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.update()

    def _left(self) -> int:
        return self.look.px(136)

    def _text_boxes(self, width: int) -> tuple[QRectF, QRectF]:
        """Where the title and the explanation are drawn, at ``width``."""
        look = self.look
        title, explanation, _icon = CHOICES[self.choice]
        room = max(1, width - self._left() - look.px(16))
        flags = int(Qt.TextFlag.TextWordWrap)
        title_h = (
            QFontMetrics(look.font(self, 24, bold=True))
            .boundingRect(QRect(0, 0, room, 100_000), flags, _(title))
            .height()
        )
        words_h = (
            QFontMetrics(look.font(self, 21))
            .boundingRect(QRect(0, 0, room, 100_000), flags, _(explanation))
            .height()
        )
        top = look.px(12)
        title_box = QRectF(self._left(), top, room, title_h)
        words_box = QRectF(self._left(), top + title_h + look.px(4), room, words_h)
        return title_box, words_box

    def _needed_height(self, width: int) -> int:
        _title_box, words_box = self._text_boxes(width)
        return max(self.look.touch_px(96), int(words_box.bottom()) + self.look.px(12))

    def _fit(self) -> None:
        needed = self._needed_height(self.width() or self.look.px(600))
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
        self.updateGeometry()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        width = self.width() or self.look.px(600)
        return QSize(self.look.px(600), self._needed_height(width))

    def paintEvent(self, event):
        look = self.look
        title, explanation, icon = CHOICES[self.choice]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = QColor(ACCENT if self.selected else FIELD_EDGE)  # the round mark: 3:1 and more
        painter.setPen(QPen(border, look.px(4 if self.selected else 2)))
        fill = "#f3ecf7" if self.selected else "#ffffff"
        painter.setBrush(QColor("#e6dcee") if self.is_down else QColor(fill))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(3, 3, -3, -3), 16, 16)
        centre = QPointF(look.px(44), self.height() / 2)
        painter.setPen(QPen(border, look.px(3)))
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(centre, look.px(18), look.px(18))
        if self.selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ACCENT))
            painter.drawEllipse(centre, look.px(10), look.px(10))
        size = look.px(40)
        painter.drawPixmap(
            look.px(80), (self.height() - size) // 2, icon_pixmap(icon, ACCENT, size)
        )
        title_box, words_box = self._text_boxes(self.width())
        wrap = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        painter.setPen(QColor(INK))
        painter.setFont(look.font(self, 24, bold=True))
        painter.drawText(title_box, wrap, _(title))
        painter.setPen(QColor(MUTED))
        painter.setFont(look.font(self, 21))
        painter.drawText(words_box, wrap, _(explanation))


class PrivacyScreen(Page):
    """ "Who can see my posts?": everyone, my friends, only me."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.header = Header(look, _("Privacy"))
        self.rows = {choice: ChoiceRow(look, choice) for choice in CHOICES}
        self.note = label(look, "", 22, colour="#1a591e")
        choices = QWidget()
        inner = QVBoxLayout(choices)
        m = look.px(16)
        inner.setContentsMargins(m, look.px(12), m, m)
        inner.setSpacing(look.px(12))
        inner.addWidget(label(look, _("Who can see my posts?"), 26, bold=True))
        for row in self.rows.values():
            inner.addWidget(row)
        inner.addWidget(self.note)
        inner.addStretch(1)
        stacked(self, self.header, (finger_page(choices), 1))

    def show_state(self, privacy: str, changed: bool) -> None:
        for choice, row in self.rows.items():
            row.set_selected(choice == privacy)
        self.note.setText(
            _("Saved. Your posts are visible to: {who}").format(who=audience_name(privacy))
            if changed
            else ""
        )


class BlockedScreen(Page):
    """The people the learner blocked (they can no longer write)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.header = Header(look, _("Blocked people"))
        self.list = label(look, "", 23)
        inner = QVBoxLayout()
        m = look.px(16)
        inner.setContentsMargins(m, m, m, m)
        inner.addWidget(self.list)
        inner.addStretch(1)
        box = stacked(self, self.header)
        box.addLayout(inner, 1)

    def show_state(self, blocked: list[str]) -> None:
        if blocked:
            self.list.setText("\n".join(person_name(person) for person in blocked))
        else:
            self.list.setText(_("You have not blocked anyone."))

"""Creating a password for the library account, with a strength meter that fills up.

Typing happens only through the kit's on-screen keyboard. The meter follows the one password
rule (``tutor.core.passwords``, CNIL 2022): a sentence of 7 common words is strong and easy to
remember; three small words are not.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QWidget

from tutor.core.sizes import MIN_TARGET_PX
from tutor.i18n import N_, _
from tutor.sandboxes.kit.look import FIXED, ROW, Drawn, Look
from tutor.sandboxes.kit.scrolling import finger_page
from tutor.sandboxes.kit.touch import Pressable, TouchButton, icon_pixmap
from tutor.sandboxes.scams.content import Situation, password_strength
from tutor.sandboxes.scams.parts import INK, MUTED, column, label, margins
from tutor.sandboxes.scams.state import ScamState
from tutor.sandboxes.scams.views import SituationView, top_bar

STRENGTH_WORDS = (N_("Empty"), N_("Weak"), N_("Medium"), N_("Strong"))
STRENGTH_COLOURS = ("#9aa0a6", "#c62828", "#ef6c00", "#15632e")


class PasswordField(Pressable):
    """The white box where the password is written (shown in clear, to check it)."""

    def __init__(self, look: Look):
        super().__init__(look=look, sizing=ROW)
        self.text = ""
        self.writing = False
        self.setObjectName("password.field")

    def set_text(self, text: str, writing: bool) -> None:
        self.text = text
        self.writing = writing
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(300), self.look.touch_px(72))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.setPen(QPen(QColor("#1565c0" if self.writing else "#5f6b7a"), look.px(3)))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(rect, look.px(12), look.px(12))
        painter.setFont(look.font(self, 24, bold=bool(self.text)))
        text_rect = rect.adjusted(look.px(16), 0, -look.px(10), 0)
        width = int(text_rect.width())
        metrics = painter.fontMetrics()
        if self.text:  # the end stays in sight as it is written, as in a real box
            painter.setPen(QColor(INK))
            shown = self.text + ("|" if self.writing else "")
            shown = metrics.elidedText(shown, Qt.TextElideMode.ElideLeft, width)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, shown)
        else:  # in a narrow box the hint ends in "…" rather than cut in a word
            painter.setPen(QColor(MUTED))
            hint = metrics.elidedText(_("Tap here to type"), Qt.TextElideMode.ElideRight, width)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, hint)


class ClearButton(Pressable):
    """A round grey cross beside the box: erases the whole password."""

    def __init__(self, look: Look):
        super().__init__(look=look, sizing=FIXED)
        self.setObjectName("password.clear")

    def sizeHint(self) -> QSize:
        return QSize(self.look.touch_px(MIN_TARGET_PX + 8), self.look.touch_px(MIN_TARGET_PX + 8))

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.is_down:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#dadce0"))
            painter.drawEllipse(QRectF(self.rect()))
        size = self.look.px(46)
        painter.drawPixmap(
            (self.width() - size) // 2,
            (self.height() - size) // 2,
            icon_pixmap("mdi6.close-circle", "#5f6368", size),
        )


class StrengthMeter(Drawn):
    """Three blocks filling up in red, orange, then green, and the word underneath."""

    def __init__(self, look: Look):
        super().__init__(look, sizing=ROW)
        self.level = 0

    def set_level(self, level: int) -> None:
        self.level = level
        self.update()

    def word(self) -> str:
        return _(STRENGTH_WORDS[self.level])

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(300), self.look.px(66))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = look.px(8)
        bar_h = look.px(20)
        width = (self.width() * 0.62 - 2 * gap) / 3
        colour = QColor(STRENGTH_COLOURS[self.level])
        for index in range(3):
            painter.setPen(QPen(QColor("#5f6b7a"), 1))
            painter.setBrush(colour if index < self.level else QColor("#e8eaed"))
            painter.drawRoundedRect(
                QRectF(index * (width + gap), (self.height() - bar_h) / 2, width, bar_h),
                look.px(6),
                look.px(6),
            )
        painter.setFont(look.font(self, 22, bold=True))
        painter.setPen(colour.darker(150))  # the word readable on white (AA)
        text = QRectF(3 * (width + gap) + look.px(6), 0, self.width(), self.height())
        painter.drawText(text, Qt.AlignmentFlag.AlignVCenter, self.word())


class PasswordView(SituationView):
    """The library's "choose a password" form."""

    def __init__(self, look: Look, situation: Situation):
        super().__init__(look, situation, "#ffffff")
        layout = column(self)
        self.top = top_bar(look, _(situation.app_title), "#006155", "mdi6.bookshelf")
        layout.addWidget(self.top)
        form = QWidget()
        fl = column(form)
        margins(fl, look, 18, 10, 8)
        self.heading = label(look, _(situation.sender), 24, True)
        fl.addWidget(self.heading)
        self.field = PasswordField(look)
        self.clear = ClearButton(look)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.clear)
        fl.addLayout(row)
        self.meter = StrengthMeter(look)
        fl.addWidget(self.meter)
        self.save = TouchButton(look, _("Confirm"), "mdi6.check", background="#15632e", height=68)
        self.save.setObjectName("password.save")
        fl.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft)
        fl.addStretch(1)
        layout.addWidget(finger_page(form), 1)

    def show_state(self, state: ScamState) -> None:
        # With the keyboard up, the page slides up under it as on a real tablet: the app's
        # bar and the heading go out of sight, so the box, the gauge and "Confirm" keep a
        # finger's size above the keyboard (and move with a finger when even they do not
        # fit: a small window at a big text size).
        self.top.setVisible(not state.writing)
        self.heading.setVisible(not state.writing)
        self.field.set_text(state.password, state.writing)
        self.meter.set_level(password_strength(state.password))

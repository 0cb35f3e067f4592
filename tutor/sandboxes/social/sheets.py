"""Calm windows that slide up from the bottom (share, report, block) and short notes.

A sheet covers the app with a soft shade, so only its own big buttons can be touched;
its buttons are made once (they are lesson targets) and shown as each sheet needs.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tutor.i18n import _
from tutor.sandboxes.kit.banner import NOTE_BACKGROUND, Toast
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.touch import TouchButton
from tutor.sandboxes.social.parts import (
    INK,
    TOP_BAR_HEIGHT,
    flat_button,
    label,
    main_button,
    soft_button,
)

DANGER = "#b71c1c"
NOTE_MS = 5000

# sheet kind -> buttons shown, in the order they are laid out
SHEET_BUTTONS: dict[str, tuple[str, ...]] = {
    "share": ("share.confirm", "sheet.cancel"),
    "menu": ("chat.report", "chat.block", "sheet.cancel"),
    "report_confirm": ("report.confirm", "sheet.cancel"),
    "reported": ("chat.block", "sheet.ok"),
    "block_confirm": ("block.confirm", "sheet.cancel"),
    "blocked": ("sheet.ok",),
}
ORDER = (
    "share.confirm",
    "chat.report",
    "report.confirm",
    "chat.block",
    "block.confirm",
    "sheet.ok",
    "sheet.cancel",
)


class Sheet(QWidget):
    """The shade and the white panel at the bottom, with a title, a text and buttons."""

    def __init__(self, look: Look, parent: QWidget):
        super().__init__(parent)
        self.look = look
        self.kind: str | None = None
        self.top = 0  # leaves the tablet's status bar uncovered
        self.panel = QWidget(self)
        self.title = label(look, "", 27, bold=True)
        self.text = label(look, "", 22, colour=INK)
        self.buttons: dict[str, TouchButton] = {
            "share.confirm": main_button(look, _("Share now"), "mdi6.share"),
            "chat.report": flat_button(look, _("Report"), "mdi6.flag", colour=DANGER),
            "report.confirm": main_button(look, _("Report"), "mdi6.flag", colour=DANGER),
            "chat.block": flat_button(look, _("Block"), "mdi6.account-cancel", colour=DANGER),
            "block.confirm": main_button(look, _("Block"), "mdi6.account-cancel", colour=DANGER),
            "sheet.ok": main_button(look, _("OK")),
            "sheet.cancel": soft_button(look, _("Cancel")),
        }
        box = QVBoxLayout(self.panel)
        m = look.px(20)
        box.setContentsMargins(m, m, m, m)
        box.setSpacing(look.px(10))
        box.addWidget(self.title)
        box.addWidget(self.text)
        for target_id in ORDER:
            button = self.buttons[target_id]
            button.setObjectName(target_id)
            box.addWidget(button)
        self.hide()

    def present(self, kind: str, title: str, text: str) -> None:
        self.kind = kind
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        shown = SHEET_BUTTONS[kind]
        for target_id, button in self.buttons.items():
            button.setVisible(target_id in shown)
        self.show()
        self.raise_()
        self.place()

    def present_for(self, target: str, name: str) -> None:
        """The sheet that touching ``target`` in a conversation with ``name`` brings up."""
        if target == "chat.menu":
            self.present("menu", name, "")
        elif target == "chat.report":
            self.present(
                "report_confirm",
                _("Report this message?"),
                _("We will check it. {name} will not know who reported it.").format(name=name),
            )
        elif target == "report.confirm":
            self.present(
                "reported",
                _("Thank you. We will check this message."),
                _("You can also block this person."),
            )
        elif target == "chat.block":
            self.present(
                "block_confirm",
                _("Block {name}?").format(name=name),
                _("This person will no longer be able to write to you or see your posts."),
            )
        elif target == "block.confirm":
            self.present("blocked", _("Thank you. This person can no longer write to you."), "")

    def close_sheet(self) -> None:
        self.kind = None
        self.hide()

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        top = self.top
        self.setGeometry(0, top, parent.width(), parent.height() - top)
        width = min(self.width(), self.look.px(640))
        self.panel.setFixedWidth(width)
        self.panel.adjustSize()
        height = self.panel.sizeHint().height()
        self.panel.setGeometry((self.width() - width) // 2, self.height() - height, width, height)

    def mousePressEvent(self, event: QMouseEvent):
        event.accept()  # the shade keeps touches away from the screen underneath

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 110))
        panel = QRectF(self.panel.geometry())
        radius = self.look.px(24)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(panel.adjusted(0, 0, 0, radius), radius, radius)


class Note(Toast):
    """A short calm note over the screen for a few seconds (never takes a touch): at the
    bottom, or at the top (``at_top``) under the tabs for news from someone."""

    def __init__(self, look: Look, parent: QWidget):
        super().__init__(look, parent, NOTE_MS, font_px=23, radius=18, side=40)
        self.at_top = False
        self.top = 0

    def say(self, text: str, at_top: bool = False) -> None:  # type: ignore[override]
        self.at_top = at_top
        super().say(text, "#4a2163" if at_top else NOTE_BACKGROUND)

    def top_for(self, height: int) -> int:
        if self.at_top:
            return self.top + self.look.px(TOP_BAR_HEIGHT + 12)
        return super().top_for(height)

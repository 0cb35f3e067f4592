"""Settings > Wi-Fi: the networks around, and joining the home box's network with its key.

A learner at home meets this when the tablet is new, or after the box was changed: find the
box's name in the list, touch it, type the key printed on the sticker under the box, and
touch "Connect". The sticker is drawn on the joining page, so the learner reads the key
where they type it, as they would with the box beside them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QWidget

from tutor.core.engine import normalise_typed
from tutor.i18n import _
from tutor.sandboxes.kit.look import ROW, Drawn, Look
from tutor.sandboxes.kit.text import INK
from tutor.sandboxes.kit.touch import Pressable, ToggleSwitch, TouchButton, icon_pixmap
from tutor.sandboxes.tablet.field import text_field
from tutor.sandboxes.tablet.settings_app import SettingsPage
from tutor.sandboxes.tablet.system_spec import HOME_KEY, HOME_NETWORK, NETWORKS

GREEN = "#0f5c26"  # "Connected": 8.1:1 on white, the high-contrast theme's 7:1 and more


def key_matches(typed: str) -> bool:
    """Whether ``typed`` is the box's key, compared as the lesson compares typed words."""
    return normalise_typed(typed) == normalise_typed(HOME_KEY)


class NetworkRow(Pressable):
    """One network: the Wi-Fi waves with a padlock, its name, and "Connected" under it."""

    def __init__(self, look: Look, network_id: str, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=ROW, repaints=True)
        self.network_id = network_id
        self.name = NETWORKS[network_id]
        self.connected = False
        self.setObjectName(f"wifi.network.{network_id}")

    def set_connected(self, connected: bool) -> None:
        self.connected = connected
        self.update()

    def sizeHint(self) -> QSize:
        look = self.look
        lines = look.font_px(28) * 1.3 + look.font_px(22) * 1.3
        return QSize(look.px(500), max(look.touch_px(88), round(lines + look.px(24))))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(GREEN), look.px(3)) if self.connected else Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e8eaed" if self.is_down else "#ffffff"))
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(2, 2, -2, -2), look.px(18), look.px(18)
        )
        icon = look.px(40)
        strength = (
            "mdi6.wifi-strength-4-lock"
            if self.network_id == "home"
            else "mdi6.wifi-strength-2-lock"
        )
        painter.drawPixmap(
            look.px(20), (self.height() - icon) // 2, icon_pixmap(strength, "#1565c0", icon)
        )
        x = look.px(20) + icon + look.px(18)
        right = self.width() - look.px(20)
        if self.connected:
            check = look.px(40)
            right -= check
            painter.drawPixmap(
                right, (self.height() - check) // 2, icon_pixmap("mdi6.check-circle", GREEN, check)
            )
            right -= look.px(12)
        name_font = look.font(self, 28, bold=True)
        painter.setFont(name_font)
        painter.setPen(QColor(INK))
        name_h = QFontMetrics(name_font).height()
        if not self.connected:
            painter.drawText(
                QRectF(x, 0, right - x, self.height()), Qt.AlignmentFlag.AlignVCenter, self.name
            )
            return
        small = look.font(self, 22, bold=True)
        total = name_h + QFontMetrics(small).height()
        top = (self.height() - total) / 2
        painter.drawText(QRectF(x, top, right - x, name_h), Qt.AlignmentFlag.AlignLeft, self.name)
        painter.setFont(small)
        painter.setPen(QColor(GREEN))
        painter.drawText(
            QRectF(x, top + name_h, right - x, self.height()),
            Qt.AlignmentFlag.AlignLeft,
            _("Connected"),
        )


class WifiScreen(SettingsPage):
    """The big on/off switch and, when on, the networks around (the joined one marked)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, _("Wi-Fi"), parent)
        self.switch = ToggleSwitch(look)
        self.switch.setObjectName("settings.wifi.switch")
        self.state = self.label("", 28, bold=True)
        switch_row = QHBoxLayout()
        switch_row.addWidget(self.state, 1)
        switch_row.addWidget(self.switch)
        self.body.addLayout(switch_row)
        self.off_text = self.label(_("Wi-Fi is off. Turn it on to see the networks."), 24)
        self.body.addWidget(self.off_text)
        self.list_title = self.label(_("Networks available"), 24, bold=True)
        self.body.addWidget(self.list_title)
        self.rows = {network_id: NetworkRow(look, network_id) for network_id in NETWORKS}
        for row in self.rows.values():
            self.body.addWidget(row)
        self.body.addStretch(1)
        self.restyle()

    def show_state(self, on: bool, joined: str | None = None) -> None:
        self.switch.set_checked(on)
        self.state.setText(_("Wi-Fi on") if on else _("Wi-Fi off"))
        self.off_text.setVisible(not on)
        self.list_title.setVisible(on)
        for network_id, row in self.rows.items():
            row.setVisible(on)
            row.set_connected(network_id == joined)


class BoxSticker(Drawn):
    """The sticker under the home box, as a photo: the network's name and its key."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, parent, sizing=ROW, repaints=True)
        self.compact = False  # only the key, while the keyboard is up
        self.setAccessibleName(_("The sticker under the router"))

    def set_compact(self, compact: bool) -> None:
        """While the key is typed, the keyboard leaves little room: the key alone stays,
        just above the field, so the learner copies it without moving the page."""
        self.compact = compact
        self.updateGeometry()
        self.update()

    def _lines(self) -> list[tuple[str, int, bool]]:
        """(text, design size, bold), top to bottom: the key last, just above the field."""
        key = (_("Wi-Fi key: {key}").format(key=HOME_KEY), 28, True)
        if self.compact:
            return [key]
        return [
            (_("The sticker under your router"), 20, True),
            (_("Network name: {name}").format(name=HOME_NETWORK), 22, False),
            key,
        ]

    def _pad(self) -> int:
        return self.look.px(6 if self.compact else 14)

    def sizeHint(self) -> QSize:
        look = self.look
        height = sum(round(look.font_px(size) * 1.45) for _text, size, _bold in self._lines())
        return QSize(look.px(500), height + 2 * self._pad() + look.px(8))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paper = QRectF(self.rect()).adjusted(look.px(4), look.px(4), -look.px(4), -look.px(4))
        painter.setPen(QPen(QColor("#6b6f75"), look.px(2), Qt.PenStyle.DashLine))
        painter.setBrush(QColor("#fffdf5"))
        painter.drawRoundedRect(paper, look.px(10), look.px(10))
        y = paper.top() + self._pad()
        x = paper.left() + look.px(18)
        for index, (text, size, bold) in enumerate(self._lines()):
            font = look.font(self, size, bold)
            painter.setFont(font)
            first = index == 0 and not self.compact
            painter.setPen(QColor("#5f6368" if first else "#111111"))
            height = round(look.font_px(size) * 1.45)
            painter.drawText(
                QRectF(x, y, paper.right() - x - look.px(12), height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            y += height


class WifiJoinScreen(SettingsPage):
    """Joining one network: the box's sticker, the password field, Cancel and Connect."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, HOME_NETWORK, parent)
        self.network_id = "home"
        self.sticker = BoxSticker(look)
        self.body.addWidget(self.sticker)
        self.password_label = self.label(_("Password"), 24, bold=True)
        self.body.addWidget(self.password_label)
        self.field = text_field(look, _("Type the password"), "mdi6.lock")
        self.field.setObjectName("wifi.password")
        self.body.addWidget(self.field)
        self.cancel = TouchButton(
            look, _("Cancel"), background="#ffffff", foreground="#1565c0", height=72, font_px=26
        )
        self.cancel.setObjectName("wifi.cancel")
        self.connect_button = TouchButton(look, _("Connect"), "mdi6.wifi", height=72, font_px=26)
        self.connect_button.setObjectName("wifi.connect")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.connect_button)
        self.body.addLayout(buttons)
        self.message = self.label(
            "", 24, bold=True, style="color: #8a4b00; background: transparent;"
        )
        self.message.hide()
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.restyle()

    def open_network(self, network_id: str) -> None:
        self.network_id = network_id
        self.title.label.setText(NETWORKS[network_id])
        # Only the home box's sticker is at hand: the neighbours' keys are theirs.
        self.sticker.setVisible(network_id == "home")
        self.field.set_text("")
        self.say("")

    def set_writing(self, writing: bool) -> None:
        self.field.set_writing(writing)
        self.sticker.set_compact(writing)
        self.password_label.setVisible(not writing)
        # The network's name bar gives its room to the sticker's key, above the keyboard.
        self.title.setVisible(not writing)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

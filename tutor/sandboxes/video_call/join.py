"""The screen shown before joining a call from a link: your own picture (nothing is
filmed), your name as others will see it, the microphone and camera switches, and a big
green "Join" button."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from tutor.i18n import _
from tutor.sandboxes.kit.look import FILL, ROW, Look
from tutor.sandboxes.kit.touch import Pressable, TouchButton
from tutor.sandboxes.video_call.call_parts import DARK, ControlButton
from tutor.sandboxes.video_call.group import paint_you
from tutor.sandboxes.video_call.messages import JOIN_GREEN
from tutor.sandboxes.video_call.people import (
    OWN_NAME,
    PEOPLE_BY_ID,
)


class NameField(Pressable):
    """Your name as the others will see it (``join.name``), already written from the
    tablet's account, in a field under the words "Your name"."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=ROW)

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
        super().__init__(parent, look=look, sizing=FILL)
        self.camera_off = False
        self.muted = False

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

"""The call screen: ringing, then the person on screen, your own picture in a corner and
the controls under it (a group call shows its grid: ``group.py``).

Animations are slow and gentle (a slow sway, a blink every few seconds), driven by a QTimer
that only runs while the screen is shown."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QLinearGradient,
    QPainter,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from tutor.i18n import _
from tutor.sandboxes.kit.chrome import stacked
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.video_call.call_parts import (
    DARK,
    PULSE_PERIOD_S,
    TALK_S,
    Animated,
    ControlButton,
)
from tutor.sandboxes.video_call.camera import SelfCamera, camera_available
from tutor.sandboxes.video_call.drawing import (
    paint_avatar,
    paint_person,
    paint_pulse,
    paint_self_view,
)
from tutor.sandboxes.video_call.group import GroupGrid
from tutor.sandboxes.video_call.people import FAMILY_MEMBERS, PEOPLE_BY_ID, Person


class RemoteView(Animated):
    """The big picture: while ringing, the avatar and "Calling…"; then the person."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.person: Person | None = None
        self.connected = False
        self.caption = ""
        self._talk_until = -1.0
        self.self_view = SelfView(look, self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_call(self, person: Person, connected: bool) -> None:
        if connected and not self.connected:
            self.caption = ""
        self.person, self.connected = person, connected
        self.update()

    def say(self, text: str) -> None:
        """The person speaks: their mouth moves for a moment and the words stay in a caption
        (for those who hear little)."""
        self.caption = text
        self._talk_until = self.seconds() + TALK_S
        self.update()

    def talking(self) -> bool:
        return self.seconds() < self._talk_until

    def resizeEvent(self, event):
        super().resizeEvent(event)
        look = self.look
        width, height = look.px(150), look.px(190)
        self.self_view.setGeometry(self.width() - width - look.px(14), look.px(14), width, height)

    def paintEvent(self, event):
        if self.person is None:
            return
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        if self.connected:
            paint_person(painter, rect, self.person, self.seconds(), self.talking())
            self._paint_name_pill(painter)
            if self.caption:
                self._paint_caption(painter)
            return
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0.0, QColor("#37474f"))
        gradient.setColorAt(1.0, QColor(DARK))
        painter.fillRect(self.rect(), gradient)
        radius = look.px(78)
        centre = QPointF(self.width() / 2, look.px(40) + radius + look.px(24))
        paint_pulse(painter, centre, radius, (self.seconds() / PULSE_PERIOD_S) % 1.0)
        paint_avatar(
            painter,
            QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
            self.person,
            self.font(),
        )
        top = round(centre.y() + radius + look.px(36))
        painter.setPen(QColor("#ffffff"))
        painter.setFont(look.font(self, 38, bold=True))
        painter.drawText(
            QRect(0, top, self.width(), look.px(50)),
            Qt.AlignmentFlag.AlignHCenter,
            self.person.name,
        )
        painter.setFont(look.font(self, 26))
        painter.setPen(QColor("#e0e0e0"))
        painter.drawText(
            QRect(0, top + look.px(52), self.width(), look.px(40)),
            Qt.AlignmentFlag.AlignHCenter,
            _("Calling…"),
        )

    def _paint_name_pill(self, painter: QPainter) -> None:
        look = self.look
        assert self.person is not None
        painter.setFont(look.font(self, 26, bold=True))
        width = painter.fontMetrics().horizontalAdvance(self.person.name) + look.px(36)
        pill = QRectF(look.px(14), look.px(14), width, look.px(48))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 150))
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, self.person.name)

    def _paint_caption(self, painter: QPainter) -> None:
        look = self.look
        painter.setFont(look.font(self, 24, bold=True))
        margin = look.px(40)
        width = min(
            self.width() - 2 * margin,
            painter.fontMetrics().horizontalAdvance(self.caption) + look.px(40),
        )
        box = QRectF((self.width() - width) / 2, self.height() - look.px(76), width, look.px(58))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 175))
        painter.drawRoundedRect(box, look.px(14), look.px(14))
        painter.setPen(QColor("#ffffff"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.caption)


class SelfView(QWidget):
    """Your own small picture in a corner: the real camera when the computer has one and the
    call is on, else a drawn silhouette."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.camera_off = False
        self.back_camera = False
        self.muted = False
        self.frame: QImage | None = None
        self.camera = SelfCamera(self)
        self.camera.frame_ready.connect(self._on_camera_frame_ready)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def show_state(self, camera_off: bool, back_camera: bool, muted: bool) -> None:
        self.camera_off, self.back_camera, self.muted = camera_off, back_camera, muted
        self.use_camera(self.isVisible())

    def use_camera(self, on: bool) -> None:
        """Real camera during a call (stopped when the call ends or the picture is hidden)."""
        if on and not self.camera_off and camera_available():
            self.camera.start()
        else:
            self.camera.stop()
            self.frame = None
            self.update()

    def showEvent(self, event):
        super().showEvent(event)
        self.use_camera(True)

    def hideEvent(self, event):
        self.use_camera(False)
        super().hideEvent(event)

    def _on_camera_frame_ready(self, image: QImage) -> None:
        self.frame = image
        self.update()

    def paintEvent(self, event):
        painter = QPainter(self)
        if self.frame is not None and not self.camera_off and not self.back_camera:
            target = QRectF(self.rect()).adjusted(2, 2, -2, -2)
            scaled = self.frame.scaled(
                target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatioByExpanding
            )
            painter.drawImage(target, scaled.flipped(Qt.Orientation.Horizontal))  # a mirror
            return
        paint_self_view(
            painter,
            QRectF(self.rect()).adjusted(2, 2, -2, -2),
            camera_off=self.camera_off,
            back_camera=self.back_camera,
            muted=self.muted,
            base_font=self.font(),
            you=_("You"),
            off_text=_("Camera off"),
        )


class CallScreen(QWidget):
    """The call: the big picture, your picture in a corner, and the controls at the bottom."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.remote = RemoteView(look)
        self.controls: dict[str, ControlButton] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(look.px(8), look.px(10), look.px(8), look.px(6))
        bar.setSpacing(look.px(4))
        for name in ("mute", "camera", "speaker", "switch_camera", "hang_up"):
            button = ControlButton(look)
            button.setObjectName(f"call.{name}")
            self.controls[name] = button
            bar.addWidget(button)
        self.controls["hang_up"].danger = True
        self.bar = bar
        look.changed.connect(self.fit_labels)
        layout = stacked(self)
        self.group = GroupGrid(look, tuple(PEOPLE_BY_ID[m] for m in FAMILY_MEMBERS))
        self.pictures = QStackedWidget()
        self.pictures.addWidget(self.remote)
        self.pictures.addWidget(self.group)
        layout.addWidget(self.pictures, 1)
        layout.addLayout(bar)

    def show_group(self, group: bool) -> None:
        """A group call shows everyone's tiles; a call with one person, their picture."""
        self.pictures.setCurrentWidget(self.group if group else self.remote)

    def show_state(
        self, muted: bool, camera_off: bool, speaker_off: bool, back_camera: bool
    ) -> None:
        controls = self.controls
        controls["mute"].show_state(
            _("Microphone off") if muted else _("Microphone"),
            "mdi6.microphone-off" if muted else "mdi6.microphone",
            muted,
        )
        controls["camera"].show_state(
            _("Camera off") if camera_off else _("Video camera"),
            "mdi6.video-off" if camera_off else "mdi6.video",
            camera_off,
        )
        controls["speaker"].show_state(
            _("Speaker off") if speaker_off else _("Speaker"),
            "mdi6.volume-off" if speaker_off else "mdi6.volume-high",
            speaker_off,
        )
        controls["switch_camera"].show_state(_("Flip camera"), "mdi6.camera-flip", back_camera)
        controls["hang_up"].show_state(_("Hang up"), "mdi6.phone-hangup")
        self.remote.self_view.show_state(camera_off, back_camera, muted)

    def fit_labels(self) -> None:
        """Give every control the lines its longest label needs at this width and text size
        (both states, so the row keeps its height when a control is switched off)."""
        margins = self.bar.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        width = (room - self.bar.spacing() * (len(self.controls) - 1)) // len(self.controls)
        texts = {
            "mute": (_("Microphone"), _("Microphone off")),
            "camera": (_("Video camera"), _("Camera off")),
            "speaker": (_("Speaker"), _("Speaker off")),
            "switch_camera": (_("Flip camera"),),
            "hang_up": (_("Hang up"),),
        }
        lines = max(
            1,
            *(
                self.controls[name].lines_needed(text, width)
                for name, labels in texts.items()
                for text in labels
            ),
        )
        for button in self.controls.values():
            if button.lines != lines:
                button.lines = lines
                button.updateGeometry()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit_labels()

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor(DARK))

"""The incoming call screen and the call screen (ringing, then the person on screen).

Animations are slow and gentle (a ring that grows over two seconds, a slow sway, a blink
every few seconds), driven by a QTimer that only runs while the screen is shown.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QElapsedTimer, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tutor.i18n import _
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.touch import Pressable, icon_pixmap
from tutor.sandboxes.video_call.camera import SelfCamera, camera_available
from tutor.sandboxes.video_call.drawing import (
    paint_avatar,
    paint_person,
    paint_pulse,
    paint_self_view,
)
from tutor.sandboxes.video_call.people import FAMILY_MEMBERS, PEOPLE_BY_ID, Person

FRAME_MS = 80  # about 12 pictures a second: enough for a calm, smooth movement
PULSE_PERIOD_S = 2.4
TALK_S = 2.6  # how long the mouth moves for a greeting
DARK = "#1c1f26"
RED = "#c62828"
GREEN = "#15632e"


class Animated(QWidget):
    """A widget repainted on a slow timer while it is visible; ``seconds`` since shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._clock = QElapsedTimer()
        self._clock.start()
        self._frames = QTimer(self, interval=FRAME_MS)
        self._frames.timeout.connect(self._on_frames_timeout)

    def seconds(self) -> float:
        return self._clock.elapsed() / 1000.0

    def _on_frames_timeout(self) -> None:
        self.update()

    def showEvent(self, event):
        super().showEvent(event)
        self._frames.start()

    def hideEvent(self, event):
        super().hideEvent(event)
        self._frames.stop()


class RoundAction(Pressable):
    """A big round coloured button with a white icon and its label underneath."""

    def __init__(
        self, look: Look, text: str, icon: str, colour: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.look = look
        self.text = text
        self.icon = icon
        self.colour = QColor(colour)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        look.changed.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:
        look = self.look
        width = QFontMetrics(look.font(self, 28, bold=True)).horizontalAdvance(self.text)
        return QSize(max(look.px(190), width + look.px(24)), look.px(160))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = look.px(104)
        disc = QRectF((self.width() - size) / 2, look.px(4), size, size)
        painter.setPen(QPen(QColor(255, 255, 255, 160), look.px(3)))
        painter.setBrush(self.colour.darker(130) if self.is_down else self.colour)
        painter.drawEllipse(disc)
        icon = look.px(54)
        painter.drawPixmap(
            round(disc.center().x() - icon / 2),
            round(disc.center().y() - icon / 2),
            icon_pixmap(self.icon, "#ffffff", icon),
        )
        painter.setFont(look.font(self, 28, bold=True))
        painter.setPen(QColor("#ffffff"))
        text_rect = QRect(0, round(disc.bottom()) + look.px(6), self.width(), look.px(40))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter, self.text)


class CallerPicture(Pressable):
    """The caller's big avatar with slowly growing rings (``incoming.caller``)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.person: Person | None = None
        self.phase = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(230), self.look.px(230))

    def paintEvent(self, event):
        if self.person is None:
            return
        painter = QPainter(self)
        centre = QPointF(self.width() / 2, self.height() / 2)
        radius = self.look.px(80)
        paint_pulse(painter, centre, radius, self.phase)
        rect = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        paint_avatar(painter, rect, self.person, self.font())


class IncomingScreen(Animated):
    """Someone calls: their picture and name, "Answer" (green) and "Decline" (red)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.person: Person | None = None
        self.picture = CallerPicture(look)
        self.picture.setObjectName("incoming.caller")
        self.decline = RoundAction(look, _("Decline"), "mdi6.phone-hangup", RED)
        self.decline.setObjectName("incoming.decline")
        self.answer = RoundAction(look, _("Answer"), "mdi6.video", GREEN)
        self.answer.setObjectName("incoming.answer")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.decline)
        buttons.addStretch(2)
        buttons.addWidget(self.answer)
        buttons.addStretch(1)
        self.column = QVBoxLayout(self)
        self.column.addSpacing(look.px(100))  # room for the painted title and name
        self.column.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.column.addStretch(1)
        self.column.addLayout(buttons)
        self.column.setContentsMargins(0, 0, 0, look.px(16))

    def _on_frames_timeout(self) -> None:
        # Only the rings move: the rest of the screen is not painted again.
        self.picture.phase = (self.seconds() / PULSE_PERIOD_S) % 1.0
        self.picture.update()

    def show_caller(self, person: Person) -> None:
        self.person = person
        self.picture.person = person
        self.update()

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0.0, QColor("#283593"))
        gradient.setColorAt(1.0, QColor(DARK))
        painter.fillRect(self.rect(), gradient)
        painter.setPen(QColor("#e8eaf6"))
        painter.setFont(look.font(self, 24))
        painter.drawText(
            QRect(0, look.px(14), self.width(), look.px(34)),
            Qt.AlignmentFlag.AlignHCenter,
            _("Incoming video call"),
        )
        if self.person is not None:
            painter.setPen(QColor("#ffffff"))
            painter.setFont(look.font(self, 42, bold=True))
            painter.drawText(
                QRect(0, look.px(46), self.width(), look.px(56)),
                Qt.AlignmentFlag.AlignHCenter,
                self.person.name,
            )


LABEL_PX = 20  # design size of a call control's label
LABEL_FLAGS = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


def _pieces(text: str) -> list[str]:
    """The parts a label may be broken into: its words, and a word after its hyphen
    ("Haut-" and "parleur"), as the text layout breaks them."""
    return [piece for word in text.split() for piece in re.split(r"(?<=-)", word) if piece]


def label_lines(font: QFont, text: str, width: int) -> int:
    """How many lines ``text`` takes when wrapped in ``width`` pixels."""
    metrics = QFontMetrics(font)
    room = QRect(0, 0, max(1, width), 10_000)
    return max(
        1,
        round(metrics.boundingRect(room, int(LABEL_FLAGS), text).height() / metrics.lineSpacing()),
    )


def label_font(font: QFont, text: str, room: QRect) -> QFont:
    """``font``, made smaller only if needed so that ``text`` shows whole in ``room``: no
    word cut at the side, no line cut at the bottom (a state said in half, such as "Micro"
    for "Micro coupé", would tell the opposite of the truth). The buttons are made tall
    enough for their labels (:meth:`CallScreen.fit_labels`), so this is a last resort."""
    fitted = QFont(font)
    size = fitted.pixelSize()
    while size > 8:
        metrics = QFontMetrics(fitted)
        widest = max((metrics.horizontalAdvance(p) for p in _pieces(text)), default=0)
        needed = metrics.boundingRect(room, int(LABEL_FLAGS), text)
        if widest <= room.width() and needed.height() <= room.height():
            break
        size -= 1
        fitted.setPixelSize(size)
    return fitted


class ControlButton(Pressable):
    """A call control: a round button (white when switched off, like real apps) and a
    label that says its state ("Microphone off")."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.text = ""
        self.icon = ""
        self.off = False
        self.danger = False
        self.lines = 2  # lines kept for the label (set by the call screen)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        look.changed.connect(self.updateGeometry)

    def show_state(self, text: str, icon: str, off: bool = False) -> None:
        self.text, self.icon, self.off = text, icon, off
        self.update()

    def sizeHint(self) -> QSize:
        # The disc, then room for the label's lines at the text size in use ("Micro coupé"
        # on two lines, "Haut-parleur coupé" maybe three): with big text the buttons grow
        # taller, never cutting a line.
        look = self.look
        line = QFontMetrics(look.font(self, LABEL_PX, bold=True)).lineSpacing()
        return QSize(look.px(140), look.px(4 + 70 + 4 + 6) + line * self.lines)

    def label_room(self) -> QRect:
        """Where the label is written, under the disc."""
        look = self.look
        top = look.px(4 + 70 + 4)
        return QRect(0, top, self.width(), self.height() - top)

    def lines_needed(self, text: str, width: int) -> int:
        """Lines the label ``text`` takes in a button ``width`` pixels wide (bold: the
        widest it is drawn)."""
        font = self.look.font(self, LABEL_PX, bold=True)
        return label_lines(font, text, width)

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = look.px(70)
        disc = QRectF((self.width() - size) / 2, look.px(4), size, size)
        if self.danger:
            fill, ink = QColor(RED), QColor("#ffffff")
        elif self.off:
            fill, ink = QColor("#ffffff"), QColor("#202124")
        else:
            fill, ink = QColor("#3c4049"), QColor("#ffffff")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill.darker(130) if self.is_down else fill)
        painter.drawEllipse(disc)
        icon = look.px(38)
        painter.drawPixmap(
            round(disc.center().x() - icon / 2),
            round(disc.center().y() - icon / 2),
            icon_pixmap(self.icon, ink, icon),
        )
        painter.setPen(QColor("#ffffff"))
        room = self.label_room()
        font = look.font(self, LABEL_PX, bold=self.off or self.danger)
        painter.setFont(label_font(font, self.text, room))
        painter.drawText(room, LABEL_FLAGS, self.text)


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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
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


class GroupTile(Pressable):
    """One person in a group call (``group.<id>``, ``group.you``): their picture moving
    gently once they have answered, "Ringing…" before; their name at the top left (as in a
    call with one person); a red crossed microphone by your own name when your microphone
    is off."""

    def __init__(self, look: Look, grid: GroupGrid, person: Person | None):
        super().__init__(grid)
        self.look = look
        self.grid = grid
        self.person = person  # None: you
        self.answered = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.look.touch_px(80), self.look.touch_px(64))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(look.px(3), look.px(3), -look.px(3), -look.px(3))
        grid = self.grid
        path = QPainterPath()
        path.addRoundedRect(rect, look.px(12), look.px(12))
        painter.setClipPath(path)
        person = self.person
        if person is None:
            paint_you(painter, rect, grid.camera_off, self.font(), _("Camera off"))
            name = _("You")
        elif self.answered:
            paint_person(painter, rect, person, grid.seconds(), grid.talking(person.id))
            name = person.name
        else:
            painter.fillRect(rect, QColor("#2b2f38"))
            radius = min(rect.width(), rect.height()) * 0.22
            centre = QPointF(rect.center().x(), rect.center().y() - radius * 0.35)
            paint_pulse(painter, centre, radius, (grid.seconds() / PULSE_PERIOD_S) % 1.0)
            paint_avatar(
                painter,
                QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                person,
                self.font(),
            )
            painter.setPen(QColor("#e0e0e0"))
            painter.setFont(look.font(self, 20))
            painter.drawText(
                QRectF(rect.left(), centre.y() + radius * 1.45, rect.width(), look.px(30)),
                Qt.AlignmentFlag.AlignHCenter,
                _("Ringing…"),
            )
            name = person.name
        painter.setClipping(False)
        # The name pill, bottom left (with the crossed microphone on yours when it is off).
        painter.setFont(look.font(self, 20, bold=True))
        metrics = painter.fontMetrics()
        icon = look.px(24) if person is None and grid.muted else 0
        width = metrics.horizontalAdvance(name) + look.px(24) + (icon + look.px(6) if icon else 0)
        pill = QRectF(
            rect.left() + look.px(8),
            rect.top() + look.px(8),
            min(width, rect.width() - look.px(16)),
            metrics.height() + look.px(8),
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(RED) if icon else QColor(0, 0, 0, 160))
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        x = pill.left() + look.px(12)
        if icon:
            painter.drawPixmap(
                round(x),
                round(pill.center().y() - icon / 2),
                icon_pixmap("mdi6.microphone-off", "#ffffff", icon),
            )
            x += icon + look.px(6)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(
            QRectF(x, pill.top(), pill.right() - x, pill.height()),
            Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        if self.answered and person is not None and grid.talking(person.id):
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#81c995"), look.px(4)))
            painter.drawRoundedRect(rect, look.px(12), look.px(12))


def paint_you(
    painter: QPainter, rect: QRectF, camera_off: bool, base_font: QFont, off_text: str
) -> None:
    """Your own tile in a group call: a silhouette sized to the tile (of any shape), or a
    dark tile with a crossed-out camera when your camera is off."""
    painter.save()
    w, h = rect.width(), rect.height()
    unit = min(w, h)
    if camera_off:
        painter.fillRect(rect, QColor("#202124"))
        icon = round(unit * 0.34)
        painter.drawPixmap(
            round(rect.center().x() - icon / 2),
            round(rect.top() + h * 0.25),
            icon_pixmap("mdi6.video-off", "#ffffff", icon),
        )
        font = QFont(base_font)
        font.setPixelSize(max(10, round(unit * 0.11)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(
            QRectF(rect.left(), rect.top() + h * 0.25 + icon + unit * 0.04, w, unit * 0.2),
            Qt.AlignmentFlag.AlignHCenter,
            off_text,
        )
    else:
        gradient = QLinearGradient(rect.topLeft(), rect.bottomLeft())
        gradient.setColorAt(0.0, QColor("#b0bec5"))
        gradient.setColorAt(1.0, QColor("#78909c"))
        painter.fillRect(rect, gradient)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#eceff1"))
        head = unit * 0.2
        centre = QPointF(rect.center().x(), rect.top() + h * 0.45)
        painter.drawEllipse(centre, head * 0.9, head)
        painter.drawRoundedRect(
            QRectF(centre.x() - head * 2, centre.y() + head * 1.25, head * 4, head * 3),
            head,
            head,
        )
    painter.restore()


class GroupGrid(Animated):
    """A group call: a tile for each person, two by two, yours first (top left)."""

    def __init__(self, look: Look, members: tuple[Person, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.muted = False
        self.camera_off = False
        self.caption = ""
        self._speaker = ""
        self._talk_until = -1.0
        self.tiles: dict[str, GroupTile] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(look.px(6), look.px(6), look.px(6), look.px(6))
        grid.setSpacing(0)
        for index, person in enumerate((None, *members)):
            tile = GroupTile(look, self, person)
            key = "you" if person is None else person.id
            tile.setObjectName(f"group.{key}")
            self.tiles[key] = tile
            grid.addWidget(tile, index // 2, index % 2)
        self.caption_view = _Caption(look, self)
        self.caption_view.hide()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_state(self, answered: set[str], muted: bool, camera_off: bool) -> None:
        for key, tile in self.tiles.items():
            tile.answered = key == "you" or key in answered
        self.muted, self.camera_off = muted, camera_off
        if not answered:
            self.caption = ""
        self._repaint()

    def say(self, person_id: str, text: str) -> None:
        """``person_id`` speaks: their tile is outlined in green, the words in a caption."""
        self._speaker, self.caption = person_id, text
        self._talk_until = self.seconds() + TALK_S
        self._repaint()

    def talking(self, person_id: str) -> bool:
        return person_id == self._speaker and self.seconds() < self._talk_until

    def _on_frames_timeout(self) -> None:
        self._repaint()

    def _repaint(self) -> None:
        self.update()
        for tile in self.tiles.values():
            tile.update()
        self.caption_view.setVisible(bool(self.caption))
        self.caption_view.raise_()
        self.caption_view.update()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.caption_view.setGeometry(self.rect())

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor(DARK))


class _Caption(QWidget):
    """The words said in a group call, written over the tiles near the bottom (for those
    who hear little); touches pass through to the tiles."""

    def __init__(self, look: Look, grid: GroupGrid):
        super().__init__(grid)
        self.look = look
        self.grid = grid
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event):
        caption = self.grid.caption
        if not caption:
            return
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(look.font(self, 24, bold=True))
        margin = look.px(30)
        room = self.width() - 2 * margin
        text = painter.fontMetrics().boundingRect(
            QRect(0, 0, room - look.px(40), 10_000), int(Qt.TextFlag.TextWordWrap), caption
        )
        width = min(room, text.width() + look.px(40))
        height = text.height() + look.px(20)
        box = QRectF(
            (self.width() - width) / 2, self.height() - height - look.px(14), width, height
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 190))
        painter.drawRoundedRect(box, look.px(14), look.px(14))
        painter.setPen(QColor("#ffffff"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, caption)

"""A group call: everyone in a tile of a grid, the speaker's tile framed, your own tile last."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QSizePolicy,
    QWidget,
)

from tutor.i18n import _
from tutor.sandboxes.kit.look import FILL, Look
from tutor.sandboxes.kit.touch import Pressable, icon_pixmap
from tutor.sandboxes.video_call.call_parts import DARK, PULSE_PERIOD_S, RED, TALK_S, Animated
from tutor.sandboxes.video_call.drawing import (
    paint_avatar,
    paint_camera_off,
    paint_grey_wall,
    paint_person,
    paint_pulse,
)
from tutor.sandboxes.video_call.people import Person


class GroupTile(Pressable):
    """One person in a group call (``group.<id>``, ``group.you``): their picture moving
    gently once they have answered, "Ringing…" before; their name at the top left (as in a
    call with one person); a red crossed microphone by your own name when your microphone
    is off."""

    def __init__(self, look: Look, grid: GroupGrid, person: Person | None):
        super().__init__(grid, look=look, sizing=FILL)
        self.grid = grid
        self.person = person  # None: you
        self.answered = False

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
        icon = round(unit * 0.34)
        paint_camera_off(painter, rect, icon, rect.top() + h * 0.25)
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
        paint_grey_wall(painter, rect)
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

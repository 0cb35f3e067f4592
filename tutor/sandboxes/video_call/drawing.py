"""Pictures painted by hand: avatars, the person on a call, and your own camera picture.

Nothing here is a photo (no licences, no real faces): coloured discs with initials, and a
simple friendly drawing of each fictional person in their room, which moves very gently
(a slow sway, a blink every few seconds, the mouth while they greet you).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QLinearGradient, QPainter, QPainterPath, QPen

from tutor.sandboxes.kit.touch import icon_pixmap
from tutor.sandboxes.video_call.people import Person

BLINK_EVERY_S = 4.5
BLINK_LENGTH_S = 0.22
SWAY_PERIOD_S = 6.0


def paint_avatar(painter: QPainter, rect: QRectF, person: Person, base_font: QFont) -> None:
    """A coloured disc with the person's initials in white, as contact lists show."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(255, 255, 255, 200), max(1.0, rect.width() * 0.03)))
    painter.setBrush(QColor(person.colour))
    painter.drawEllipse(rect)
    font = QFont(base_font)
    font.setPixelSize(max(8, round(rect.height() * 0.4)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, person.initials)
    painter.restore()


def paint_pulse(painter: QPainter, centre: QPointF, radius: float, phase: float) -> None:
    """Two soft rings growing slowly around an avatar: someone's phone is ringing."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for offset in (0.0, 0.5):
        progress = (phase + offset) % 1.0
        alpha = int(150 * (1.0 - progress))
        painter.setPen(QPen(QColor(255, 255, 255, alpha), max(2.0, radius * 0.05)))
        grown = radius * (1.05 + 0.35 * progress)
        painter.drawEllipse(centre, grown, grown)
    painter.restore()


def paint_room(painter: QPainter, rect: QRectF, wall: str) -> None:
    """The room behind a person: a wall, a window with sky, a plant."""
    gradient = QLinearGradient(rect.topLeft(), rect.bottomLeft())
    gradient.setColorAt(0.0, QColor(wall).lighter(106))
    gradient.setColorAt(1.0, QColor(wall).darker(112))
    painter.fillRect(rect, gradient)
    window = QRectF(
        rect.left() + rect.width() * 0.06,
        rect.top() + rect.height() * 0.1,
        rect.width() * 0.2,
        rect.height() * 0.42,
    )
    painter.setPen(QPen(QColor("#ffffff"), max(2.0, rect.width() * 0.008)))
    painter.setBrush(QColor("#9fd3f2"))
    painter.drawRect(window)
    painter.drawLine(
        QPointF(window.center().x(), window.top()), QPointF(window.center().x(), window.bottom())
    )
    painter.drawLine(
        QPointF(window.left(), window.center().y()), QPointF(window.right(), window.center().y())
    )
    pot = QRectF(
        rect.right() - rect.width() * 0.16,
        rect.bottom() - rect.height() * 0.28,
        rect.width() * 0.08,
        rect.height() * 0.12,
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#2e7d32"))
    leaf = pot.width() * 0.55
    for dx, dy in ((-0.4, -1.4), (0.3, -1.7), (1.0, -1.3), (0.3, -0.9)):
        painter.drawEllipse(
            QPointF(pot.left() + pot.width() * (0.5 + dx * 0.5), pot.top() + leaf * dy * 0.6),
            leaf * 0.55,
            leaf * 0.9,
        )
    painter.setBrush(QColor("#a1512c"))
    painter.drawRoundedRect(pot, 4, 4)


def paint_person(
    painter: QPainter, rect: QRectF, person: Person, seconds: float, talking: bool
) -> None:
    """``person`` in their room at time ``seconds``: sways slowly, blinks, talks."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(rect)
    paint_room(painter, rect, person.wall)
    unit = min(rect.width(), rect.height() * 1.3)
    sway = math.sin(seconds * 2 * math.pi / SWAY_PERIOD_S) * unit * 0.008
    cx = rect.center().x() + sway
    r = unit * 0.17  # head radius
    hy = rect.top() + rect.height() * 0.44  # head centre
    skin, hair, shirt = QColor(person.skin), QColor(person.hair), QColor(person.shirt)
    painter.setPen(Qt.PenStyle.NoPen)
    if person.hair_style == "long":
        painter.setBrush(hair)
        painter.drawRoundedRect(
            QRectF(cx - r * 1.15, hy - r * 0.9, r * 2.3, r * 2.4), r * 0.7, r * 0.7
        )
    # Shoulders and neck.
    painter.setBrush(shirt)
    body = QRectF(cx - r * 2.1, hy + r * 1.25, r * 4.2, r * 3.2)
    painter.drawRoundedRect(body, r * 0.9, r * 0.9)
    painter.setBrush(skin.darker(108))
    painter.drawRect(QRectF(cx - r * 0.32, hy + r * 0.7, r * 0.64, r * 0.7))
    # Head.
    painter.setBrush(skin)
    painter.drawEllipse(QPointF(cx, hy), r * 0.92, r)
    _paint_hair(painter, person, hair, cx, hy, r)
    if person.beard:
        painter.setBrush(hair)
        painter.drawChord(
            QRectF(cx - r * 0.92, hy - r * 0.6, r * 1.84, r * 1.6), 200 * 16, 140 * 16
        )
        painter.setBrush(skin)
        painter.drawEllipse(QPointF(cx, hy + r * 0.5), r * 0.38, r * 0.22)
    # Cheeks.
    painter.setBrush(QColor(240, 120, 120, 60))
    painter.drawEllipse(QPointF(cx - r * 0.52, hy + r * 0.25), r * 0.18, r * 0.12)
    painter.drawEllipse(QPointF(cx + r * 0.52, hy + r * 0.25), r * 0.18, r * 0.12)
    # Eyes: open, or a short closed line while blinking.
    blinking = (seconds % BLINK_EVERY_S) < BLINK_LENGTH_S
    eye_y = hy - r * 0.05
    for side in (-1, 1):
        ex = cx + side * r * 0.36
        if blinking:
            painter.setPen(QPen(QColor("#3e2723"), max(2.0, r * 0.06)))
            painter.drawLine(QPointF(ex - r * 0.12, eye_y), QPointF(ex + r * 0.12, eye_y))
            painter.setPen(Qt.PenStyle.NoPen)
        else:
            painter.setBrush(QColor("#3e2723"))
            painter.drawEllipse(QPointF(ex, eye_y), r * 0.09, r * 0.12)
    if person.glasses:
        painter.setPen(QPen(QColor("#5d4037"), max(2.0, r * 0.05)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for side in (-1, 1):
            painter.drawEllipse(QPointF(cx + side * r * 0.36, eye_y), r * 0.24, r * 0.22)
        painter.drawLine(QPointF(cx - r * 0.12, eye_y), QPointF(cx + r * 0.12, eye_y))
        painter.setPen(Qt.PenStyle.NoPen)
    # Mouth: a smile, or slowly opening and closing while talking.
    mouth_y = hy + r * 0.45
    if talking:
        openness = 0.5 + 0.5 * abs(math.sin(seconds * math.pi * 2.2))
        painter.setBrush(QColor("#8d2f2f"))
        painter.drawEllipse(QPointF(cx, mouth_y), r * 0.17, r * 0.04 + r * 0.08 * openness)
    else:
        pen = QPen(QColor("#8d2f2f"), max(2.0, r * 0.07))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(
            QRectF(cx - r * 0.3, mouth_y - r * 0.25, r * 0.6, r * 0.32), 200 * 16, 140 * 16
        )
    painter.restore()


def _paint_hair(
    painter: QPainter, person: Person, hair: QColor, cx: float, hy: float, r: float
) -> None:
    painter.setBrush(hair)
    painter.setPen(Qt.PenStyle.NoPen)
    cap = QRectF(cx - r * 0.98, hy - r * 1.1, r * 1.96, r * 1.3)
    painter.drawChord(cap, 0, 180 * 16)
    if person.hair_style == "bun":
        painter.drawEllipse(QPointF(cx, hy - r * 1.12), r * 0.36, r * 0.3)
    elif person.hair_style == "curly":
        for index in range(7):
            angle = math.pi * (index / 6)
            painter.drawEllipse(
                QPointF(cx - math.cos(angle) * r * 0.9, hy - r * 0.45 - math.sin(angle) * r * 0.6),
                r * 0.3,
                r * 0.3,
            )


def paint_self_view(
    painter: QPainter,
    rect: QRectF,
    *,
    camera_off: bool,
    back_camera: bool,
    muted: bool,
    base_font: QFont,
    you: str,
    off_text: str,
) -> None:
    """Your own small picture: a silhouette (front camera), the room (back camera), or a
    dark square with a crossed-out camera when the camera is off."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    radius = rect.width() * 0.08
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    painter.setClipPath(path)
    w, h = rect.width(), rect.height()
    font = QFont(base_font)
    font.setPixelSize(max(10, round(w * 0.13)))
    font.setBold(True)
    painter.setFont(font)
    if camera_off:
        paint_camera_off(painter, rect, round(w * 0.38), rect.top() + h * 0.22)
        painter.setPen(QColor("#ffffff"))
        text_rect = QRectF(rect.left(), rect.top() + h * 0.55, w, h * 0.4)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, off_text
        )
    elif back_camera:
        paint_room(painter, rect, "#d7ccc8")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#6d4c41"))
        painter.drawRect(QRectF(rect.left() + w * 0.3, rect.top() + h * 0.72, w * 0.5, h * 0.06))
        painter.setBrush(QColor("#f48fb1"))
        painter.drawEllipse(
            QPointF(rect.left() + w * 0.55, rect.top() + h * 0.62), w * 0.08, w * 0.08
        )
    else:
        paint_grey_wall(painter, rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#eceff1"))
        painter.drawEllipse(QPointF(rect.center().x(), rect.top() + h * 0.42), w * 0.2, w * 0.22)
        painter.drawRoundedRect(
            QRectF(rect.left() + w * 0.16, rect.top() + h * 0.66, w * 0.68, h * 0.5),
            w * 0.2,
            w * 0.2,
        )
        painter.setPen(QColor("#263238"))
        painter.drawText(
            QRectF(rect.left(), rect.top() + h * 0.04, w, h * 0.2),
            Qt.AlignmentFlag.AlignCenter,
            you,
        )
    if muted:
        badge = w * 0.26
        spot = QRectF(
            rect.right() - badge - w * 0.05, rect.bottom() - badge - w * 0.05, badge, badge
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c62828"))
        painter.drawEllipse(spot)
        icon = round(badge * 0.7)
        painter.drawPixmap(
            round(spot.center().x() - icon / 2),
            round(spot.center().y() - icon / 2),
            icon_pixmap("mdi6.microphone-off", "#ffffff", icon),
        )
    painter.setClipping(False)
    painter.setPen(QPen(QColor("#ffffff"), max(2.0, w * 0.02)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, radius, radius)
    painter.restore()


def paint_camera_off(painter: QPainter, rect: QRectF, icon: int, top: float) -> None:
    """Your picture while your camera is off: dark, with a crossed-out camera of ``icon``
    pixels, its top at ``top``."""
    painter.fillRect(rect, QColor("#202124"))
    painter.drawPixmap(
        round(rect.center().x() - icon / 2),
        round(top),
        icon_pixmap("mdi6.video-off", "#ffffff", icon),
    )


def paint_grey_wall(painter: QPainter, rect: QRectF) -> None:
    """The grey wall behind you, lighter at the top, as your front camera shows it."""
    gradient = QLinearGradient(rect.topLeft(), rect.bottomLeft())
    gradient.setColorAt(0.0, QColor("#b0bec5"))
    gradient.setColorAt(1.0, QColor("#78909c"))
    painter.fillRect(rect, gradient)

"""The pictures of the practice tablet's Camera and Photos, painted by hand (no image files).

Each picture is drawn on a 400x300 canvas and scaled to any rectangle, so the viewfinder,
the grid of photos and a photo shown full screen all use the same drawing. "flowers" is
what the camera sees (a vase of flowers on a table, by a window): the photo the learner
takes is that picture, so they recognise it in Photos.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPainterPath, QPen, QPolygonF

from tutor.i18n import N_
from tutor.sandboxes.kit.pictures import CANVAS_H, CANVAS_W, cake, cat, sky

# What the camera sees; every photo the learner takes shows it.
TAKEN = "flowers"

# The photos already on the tablet, newest first, with when they were taken (shown above a
# photo seen full screen, as the Photos app does).
SAMPLE_PHOTOS: tuple[tuple[str, str], ...] = (
    ("garden", N_("Yesterday")),
    ("cake", N_("Sunday")),
    ("sea", N_("In August")),
    ("cat", N_("In July")),
    ("mountains", N_("In June")),
)
TAKEN_WHEN = N_("Today")


def paint_picture(painter: QPainter, rect: QRectF, picture: str, *, cover: bool = False) -> None:
    """Draw ``picture`` in ``rect``. ``cover=True`` fills the rectangle whatever its shape
    (cut at the edges, as a square tile of a photo grid); otherwise the whole picture is
    drawn, as big as fits, keeping its shape."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale_x = rect.width() / CANVAS_W
    scale_y = rect.height() / CANVAS_H
    scale = max(scale_x, scale_y) if cover else min(scale_x, scale_y)
    width, height = CANVAS_W * scale, CANVAS_H * scale
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)  # inside any clip already set
    painter.translate(rect.center().x() - width / 2, rect.center().y() - height / 2)
    painter.scale(scale, scale)
    painter.setPen(Qt.PenStyle.NoPen)
    PAINTERS[picture](painter)
    painter.restore()


def _flower(painter: QPainter, centre: QPointF, petal: float, colour: str) -> None:
    painter.setBrush(QColor(colour))
    for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1), (-0.7, -0.7), (0.7, 0.7), (-0.7, 0.7)):
        painter.drawEllipse(QPointF(centre.x() + dx * petal, centre.y() + dy * petal), petal, petal)
    painter.setBrush(QColor("#fbc02d"))
    painter.drawEllipse(centre, petal * 0.8, petal * 0.8)


def _flowers(painter: QPainter) -> None:
    """A vase of flowers on a wooden table, in front of a window with a blue sky."""
    painter.fillRect(QRectF(0, 0, CANVAS_W, CANVAS_H), QColor("#efe3cf"))  # the wall
    window = QRectF(70, 20, 260, 170)
    painter.fillRect(window.adjusted(-8, -8, 8, 8), QColor("#ffffff"))
    gradient = QLinearGradient(0, window.top(), 0, window.bottom())
    gradient.setColorAt(0, QColor("#64b5f6"))
    gradient.setColorAt(1, QColor("#d6ecfb"))
    painter.fillRect(window, gradient)
    painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(QRectF(110, 50, 70, 26))  # a cloud
    painter.drawEllipse(QRectF(140, 40, 60, 30))
    painter.setBrush(QColor("#81c784"))
    painter.drawEllipse(QRectF(40, 150, 200, 90))  # trees far away
    painter.drawEllipse(QRectF(200, 160, 180, 80))
    painter.fillRect(QRectF(196, 20, 8, 170), QColor("#ffffff"))  # the window's bars
    painter.fillRect(QRectF(70, 100, 260, 8), QColor("#ffffff"))
    painter.setBrush(QColor("#c62828"))  # curtains
    painter.drawRect(QRectF(30, 8, 44, 200))
    painter.drawRect(QRectF(326, 8, 44, 200))
    painter.fillRect(QRectF(0, 205, CANVAS_W, 95), QColor("#8d6e63"))  # the table
    painter.fillRect(QRectF(0, 205, CANVAS_W, 8), QColor("#6d4c41"))
    painter.setPen(QPen(QColor("#2e7d32"), 4))
    stems = ((200, 150, 150, 95), (200, 150, 200, 70), (200, 150, 250, 95), (200, 150, 175, 120))
    for x1, y1, x2, y2 in (*stems, (200, 150, 228, 118)):
        painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#43a047"))
    painter.drawEllipse(QRectF(160, 118, 26, 12))  # leaves
    painter.drawEllipse(QRectF(214, 112, 26, 12))
    _flower(painter, QPointF(150, 92), 11, "#e53935")
    _flower(painter, QPointF(200, 66), 12, "#fdd835")
    _flower(painter, QPointF(250, 92), 11, "#ab47bc")
    _flower(painter, QPointF(175, 118), 9, "#ffffff")
    _flower(painter, QPointF(228, 118), 9, "#fb8c00")
    vase = QPainterPath()
    vase.moveTo(178, 145)
    vase.lineTo(222, 145)
    vase.cubicTo(250, 175, 245, 215, 222, 230)
    vase.lineTo(178, 230)
    vase.cubicTo(155, 215, 150, 175, 178, 145)
    painter.setBrush(QColor("#1e88e5"))
    painter.drawPath(vase)
    painter.setBrush(QColor(255, 255, 255, 70))
    painter.drawEllipse(QRectF(180, 165, 12, 40))  # light on the vase


def _garden(painter: QPainter) -> None:
    sky(painter, "#6fb6ee", "#cde9fb", 170)
    painter.setBrush(QColor("#ffd54f"))
    painter.drawEllipse(QPointF(330, 60), 32, 32)
    painter.fillRect(QRectF(0, 170, CANVAS_W, 130), QColor("#5aa544"))
    painter.setBrush(QColor("#fff3e0"))
    painter.drawRect(QRectF(200, 100, 110, 80))  # a small house
    painter.setBrush(QColor("#bf360c"))
    painter.drawPolygon(QPolygonF([QPointF(190, 104), QPointF(255, 60), QPointF(320, 104)]))
    painter.setBrush(QColor("#5d4037"))
    painter.drawRect(QRectF(240, 135, 28, 45))
    painter.setBrush(QColor("#7a4b2a"))
    painter.drawRect(QRectF(62, 110, 16, 80))  # tree trunk
    painter.setBrush(QColor("#2e7d32"))
    painter.drawEllipse(QPointF(70, 100), 48, 44)
    colours = ("#e53935", "#fdd835", "#ffffff", "#ab47bc", "#fb8c00")
    for index in range(11):
        x = 30 + index * 34
        y = 230 + (index % 3) * 16
        painter.setPen(QPen(QColor("#2e7d32"), 4))
        painter.drawLine(QPointF(x, y), QPointF(x, y + 40))
        painter.setPen(Qt.PenStyle.NoPen)
        _flower(painter, QPointF(x, y), 7, colours[index % len(colours)])


def _sea(painter: QPainter) -> None:
    sky(painter, "#4fa3e0", "#bfe3fa", 150)
    painter.setBrush(QColor("#ffeb3b"))
    painter.drawEllipse(QPointF(80, 55), 30, 30)
    painter.fillRect(QRectF(0, 150, CANVAS_W, 70), QColor("#1e88e5"))
    painter.setPen(QPen(QColor("#e3f2fd"), 3))
    for x in range(20, CANVAS_W, 70):
        painter.drawLine(QPointF(x, 175), QPointF(x + 30, 175))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffffff"))  # a sailing boat
    painter.drawPolygon(QPolygonF([QPointF(250, 150), QPointF(250, 90), QPointF(290, 150)]))
    painter.setBrush(QColor("#6d4c41"))
    painter.drawPolygon(
        QPolygonF([QPointF(230, 152), QPointF(300, 152), QPointF(290, 164), QPointF(240, 164)])
    )
    painter.fillRect(QRectF(0, 215, CANVAS_W, 85), QColor("#f3d9a4"))  # the sand


def _cat(painter: QPainter) -> None:
    cat(painter, tail_and_whiskers=False)


def _mountains(painter: QPainter) -> None:
    sky(painter, "#90caf9", "#e3f2fd", 200)
    painter.setBrush(QColor("#78909c"))
    painter.drawPolygon(QPolygonF([QPointF(-20, 200), QPointF(120, 50), QPointF(260, 200)]))
    painter.setBrush(QColor("#607d8b"))
    painter.drawPolygon(QPolygonF([QPointF(150, 200), QPointF(290, 70), QPointF(430, 200)]))
    painter.setBrush(QColor("#ffffff"))  # snow on the tops
    painter.drawPolygon(QPolygonF([QPointF(96, 75), QPointF(120, 50), QPointF(144, 75)]))
    painter.drawPolygon(QPolygonF([QPointF(266, 92), QPointF(290, 70), QPointF(314, 92)]))
    painter.fillRect(QRectF(0, 200, CANVAS_W, 40), QColor("#4db6ac"))  # a lake
    painter.fillRect(QRectF(0, 240, CANVAS_W, 60), QColor("#689f38"))


PAINTERS: dict[str, Callable[[QPainter], None]] = {
    "flowers": _flowers,
    "garden": _garden,
    "cake": cake,
    "sea": _sea,
    "cat": _cat,
    "mountains": _mountains,
}

"""The photos a conversation shows and sends, painted by hand (no pictures from elsewhere):
shared by the messaging app's gallery and every conversation thread."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from tutor.sandboxes.kit.pictures import cake, cat, sky


def paint_photo(painter: QPainter, rect: QRectF, photo_id: str) -> None:
    """A simple illustration filling ``rect``, clipped to rounded corners."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    clip = QPainterPath()
    radius = min(rect.width(), rect.height()) * 0.06
    clip.addRoundedRect(rect, radius, radius)
    painter.setClipPath(clip)
    painter.translate(rect.topLeft())
    painter.scale(rect.width() / 400, rect.height() / 300)  # drawn on a 400x300 canvas
    painter.setPen(Qt.PenStyle.NoPen)
    {"garden": _garden, "cake": cake, "cat": cat, "beach": _beach}[photo_id](painter)
    painter.restore()


def _garden(painter: QPainter) -> None:
    sky(painter, "#6fb6ee", "#cde9fb", 170)
    painter.setBrush(QColor("#ffd54f"))
    painter.drawEllipse(QPointF(330, 60), 32, 32)
    painter.fillRect(QRectF(0, 170, 400, 130), QColor("#5aa544"))
    painter.setBrush(QColor("#7a4b2a"))
    painter.drawRect(QRectF(62, 110, 16, 80))  # tree trunk
    painter.setBrush(QColor("#2e7d32"))
    painter.drawEllipse(QPointF(70, 100), 48, 44)
    colours = ("#e53935", "#fdd835", "#ffffff", "#ab47bc", "#fb8c00")
    for index in range(9):
        x = 130 + index * 30
        y = 225 + (index % 3) * 18
        painter.setPen(QPen(QColor("#2e7d32"), 4))
        painter.drawLine(QPointF(x, y), QPointF(x, y + 40))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours[index % len(colours)]))
        for dx, dy in ((-7, 0), (7, 0), (0, -7), (0, 7)):
            painter.drawEllipse(QPointF(x + dx, y + dy), 7, 7)
        painter.setBrush(QColor("#fbc02d"))
        painter.drawEllipse(QPointF(x, y), 5, 5)


def _beach(painter: QPainter) -> None:
    sky(painter, "#4fa3e0", "#bfe3fa", 150)
    painter.setBrush(QColor("#ffeb3b"))
    painter.drawEllipse(QPointF(80, 55), 30, 30)
    painter.fillRect(QRectF(0, 150, 400, 70), QColor("#1e88e5"))
    painter.setPen(QPen(QColor("#e3f2fd"), 3))
    for x in range(20, 400, 70):
        painter.drawLine(QPointF(x, 175), QPointF(x + 30, 175))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(QRectF(0, 215, 400, 85), QColor("#f3d9a4"))
    painter.setPen(QPen(QColor("#6d4c41"), 5))
    painter.drawLine(QPointF(290, 150), QPointF(290, 260))  # parasol pole
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#e53935"))
    painter.drawChord(QRectF(220, 110, 140, 90), 0, 180 * 16)
    painter.setBrush(QColor("#ffffff"))
    painter.drawChord(QRectF(265, 110, 50, 90), 0, 180 * 16)

"""Drawings shared by the practice apps' photos (painted by hand, no image files).

Each is drawn on a 400x300 canvas that the caller scales to its rectangle, so the same
birthday cake (or cat) shows in the messages' gallery and in the tablet's Photos.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPen, QPolygonF

CANVAS_W = 400
CANVAS_H = 300


def sky(painter: QPainter, top: str, bottom: str, height: float) -> None:
    gradient = QLinearGradient(0, 0, 0, height)
    gradient.setColorAt(0, QColor(top))
    gradient.setColorAt(1, QColor(bottom))
    painter.fillRect(QRectF(0, 0, CANVAS_W, height), gradient)


def cake(painter: QPainter) -> None:
    painter.fillRect(QRectF(0, 0, CANVAS_W, CANVAS_H), QColor("#fbe9e7"))
    painter.fillRect(QRectF(0, 220, CANVAS_W, 80), QColor("#a1887f"))  # the table
    painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(QRectF(80, 205, 240, 40))  # the plate
    painter.setBrush(QColor("#8d5524"))
    painter.drawRect(QRectF(110, 140, 180, 80))
    painter.setBrush(QColor("#f8bbd0"))
    painter.drawRect(QRectF(110, 130, 180, 28))  # icing
    painter.drawEllipse(QRectF(110, 120, 180, 24))
    for index in range(5):
        x = 130 + index * 35
        painter.setBrush(QColor(("#42a5f5", "#ffee58", "#66bb6a")[index % 3]))
        painter.drawRect(QRectF(x, 88, 8, 40))
        painter.setBrush(QColor("#ff9800"))
        painter.drawEllipse(QPointF(x + 4, 80), 6, 10)


def cat(painter: QPainter, tail_and_whiskers: bool = True) -> None:
    """An orange cat sitting on a brown floor, its face to us (the messaging apps' photo
    has its tail and whiskers; the tablet's Photos shows it without)."""
    painter.fillRect(QRectF(0, 0, CANVAS_W, CANVAS_H), QColor("#d7ccc8"))
    painter.fillRect(QRectF(0, 230, CANVAS_W, 70), QColor("#795548"))  # the floor (4:1 on the wall)
    fur = QColor("#ef8a2c")
    painter.setBrush(fur)
    painter.drawEllipse(QRectF(130, 150, 160, 110))  # body
    painter.drawEllipse(QPointF(200, 130), 62, 56)  # head
    for side in (-1, 1):
        ear = QPolygonF(
            [
                QPointF(200 + side * 58, 112),
                QPointF(200 + side * 50, 54),
                QPointF(200 + side * 18, 84),
            ]
        )
        painter.drawPolygon(ear)
    if tail_and_whiskers:
        painter.setPen(QPen(fur, 18, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(QRectF(250, 170, 90, 90), -30 * 16, 160 * 16)  # tail
        painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#2e7d32"))
    painter.drawEllipse(QPointF(178, 124), 10, 12)
    painter.drawEllipse(QPointF(222, 124), 10, 12)
    painter.setBrush(QColor("#111111"))
    painter.drawEllipse(QPointF(178, 124), 4, 9)
    painter.drawEllipse(QPointF(222, 124), 4, 9)
    painter.setBrush(QColor("#f48fb1"))
    painter.drawPolygon(QPolygonF([QPointF(192, 144), QPointF(208, 144), QPointF(200, 153)]))
    if tail_and_whiskers:
        painter.setPen(QPen(QColor("#5d4037"), 2))
        for dy in (-4, 4):
            painter.drawLine(QPointF(150, 150 + dy), QPointF(185, 150))
            painter.drawLine(QPointF(250, 150 + dy), QPointF(215, 150))

"""Drawings shared by the practice apps' photos (painted by hand, no image files).

Each is drawn on a 400x300 canvas that the caller scales to its rectangle, so the same
birthday cake shows in the messages' gallery and in the tablet's Photos.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QLinearGradient, QPainter

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

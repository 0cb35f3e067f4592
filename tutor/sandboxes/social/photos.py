"""The "photos" of the practice social network, painted with simple shapes.

Painting them keeps the app free of pictures from elsewhere (no licence questions) and
lets them scale to any size. Each painter draws into ``rect`` only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from tutor.sandboxes.kit.touch import Pressable


def _sky(p: QPainter, r: QRectF, top: str, bottom: str, until: float = 1.0) -> None:
    grad = QLinearGradient(r.topLeft(), QPointF(r.left(), r.top() + r.height() * until))
    grad.setColorAt(0, QColor(top))
    grad.setColorAt(1, QColor(bottom))
    p.fillRect(QRectF(r.left(), r.top(), r.width(), r.height() * until), grad)


def _disc(p: QPainter, colour: str, cx: float, cy: float, radius: float) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    p.drawEllipse(QPointF(cx, cy), radius, radius)


def _flower(p: QPainter, cx: float, cy: float, size: float, petal: str) -> None:
    for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        _disc(p, petal, cx + dx * size * 0.55, cy + dy * size * 0.55, size * 0.5)
    _disc(p, "#ffd54f", cx, cy, size * 0.38)


def paint_cake(p: QPainter, r: QRectF) -> None:
    p.fillRect(r, QColor("#fce4ec"))
    w, h, x, y = r.width(), r.height(), r.left(), r.top()
    # Bunting along the top.
    for i in range(9):
        colour = ("#ec407a", "#ffca28", "#42a5f5")[i % 3]
        p.setBrush(QColor(colour))
        p.setPen(Qt.PenStyle.NoPen)
        left = x + w * (0.05 + i * 0.1)
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(left, y + h * 0.06),
                    QPointF(left + w * 0.08, y + h * 0.06),
                    QPointF(left + w * 0.04, y + h * 0.2),
                ]
            )
        )
    p.fillRect(QRectF(x, y + h * 0.78, w, h * 0.22), QColor("#a1887f"))  # the table
    p.setBrush(QColor("#ffffff"))
    p.drawEllipse(QRectF(x + w * 0.25, y + h * 0.72, w * 0.5, h * 0.14))  # the plate
    body = QRectF(x + w * 0.32, y + h * 0.45, w * 0.36, h * 0.33)
    p.setBrush(QColor("#5d4037"))
    p.drawRoundedRect(body, h * 0.04, h * 0.04)
    icing = QPainterPath()
    icing.moveTo(body.left(), body.top() + h * 0.08)
    for i in range(7):
        step = body.width() / 6
        icing.quadTo(
            body.left() + step * (i - 0.5),
            body.top() + h * (0.14 if i % 2 else 0.06),
            body.left() + step * i,
            body.top() + h * 0.08,
        )
    icing.lineTo(body.right(), body.top())
    icing.lineTo(body.left(), body.top())
    icing.closeSubpath()
    p.setBrush(QColor("#3e2723"))
    p.drawPath(icing)
    for i in range(3):  # candles and flames
        cx = body.left() + body.width() * (0.25 + i * 0.25)
        p.setBrush(QColor(("#42a5f5", "#ec407a", "#66bb6a")[i]))
        p.drawRect(QRectF(cx - w * 0.012, body.top() - h * 0.14, w * 0.024, h * 0.14))
        p.setBrush(QColor("#ffb300"))
        p.drawEllipse(QPointF(cx, body.top() - h * 0.18), w * 0.014, h * 0.04)


def paint_baby(p: QPainter, r: QRectF) -> None:
    p.fillRect(r, QColor("#e3f2fd"))
    w, h, x, y = r.width(), r.height(), r.left(), r.top()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ffffff"))  # a blanket
    p.drawRoundedRect(QRectF(x + w * 0.1, y + h * 0.55, w * 0.8, h * 0.4), h * 0.06, h * 0.06)
    hat = QRectF(x + w * 0.36, y + h * 0.2, w * 0.28, h * 0.6)
    p.setBrush(QColor("#90caf9"))
    p.drawChord(hat, 0, 180 * 16)  # the dome of the knitted hat
    p.setPen(QPen(QColor("#64b5f6"), max(1.0, w * 0.006)))
    for i in range(1, 6):
        xi = hat.left() + hat.width() * i / 6
        p.drawLine(QPointF(xi, hat.center().y() - h * 0.02), QPointF(xi, hat.top() + h * 0.1))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1e88e5"))  # the ribbed brim
    p.drawRoundedRect(
        QRectF(hat.left() - w * 0.01, hat.center().y() - h * 0.04, hat.width() + w * 0.02, h * 0.1),
        h * 0.03,
        h * 0.03,
    )
    _disc(p, "#bbdefb", hat.center().x(), hat.top() + h * 0.02, h * 0.07)  # the pompom
    for sx in (0.16, 0.72):  # two tiny socks
        sock = QPainterPath()
        left = x + w * sx
        sock.addRoundedRect(QRectF(left, y + h * 0.62, w * 0.06, h * 0.18), w * 0.02, w * 0.02)
        sock.addRoundedRect(QRectF(left, y + h * 0.74, w * 0.1, h * 0.08), w * 0.02, w * 0.02)
        p.setBrush(QColor("#f8bbd0"))
        p.drawPath(sock.simplified())


def paint_garden(p: QPainter, r: QRectF) -> None:
    w, h, x, y = r.width(), r.height(), r.left(), r.top()
    _sky(p, r, "#81d4fa", "#e1f5fe", 0.6)
    _disc(p, "#ffeb3b", x + w * 0.85, y + h * 0.18, h * 0.1)
    p.fillRect(QRectF(x, y + h * 0.6, w, h * 0.4), QColor("#66bb6a"))
    p.setBrush(QColor("#795548"))  # a tree
    p.drawRect(QRectF(x + w * 0.12, y + h * 0.3, w * 0.03, h * 0.35))
    _disc(p, "#2e7d32", x + w * 0.135, y + h * 0.28, h * 0.16)
    p.setBrush(QColor("#fff8e1"))  # a fence
    for i in range(8):
        p.drawRect(QRectF(x + w * (0.3 + i * 0.08), y + h * 0.45, w * 0.03, h * 0.18))
    p.drawRect(QRectF(x + w * 0.3, y + h * 0.5, w * 0.6, h * 0.03))
    colours = ("#e91e63", "#ff9800", "#9c27b0", "#f44336", "#ffeb3b", "#e91e63", "#ff9800")
    for i, colour in enumerate(colours):
        cx = x + w * (0.08 + i * 0.135)
        p.setPen(QPen(QColor("#1a591e"), max(1.0, w * 0.006)))
        p.drawLine(QPointF(cx, y + h * 0.95), QPointF(cx, y + h * 0.75))
        _flower(p, cx, y + h * 0.75, h * 0.06, colour)


def paint_beach(p: QPainter, r: QRectF) -> None:
    w, h, x, y = r.width(), r.height(), r.left(), r.top()
    _sky(p, r, "#4fc3f7", "#b3e5fc", 0.5)
    _disc(p, "#fff176", x + w * 0.2, y + h * 0.2, h * 0.1)
    p.fillRect(QRectF(x, y + h * 0.5, w, h * 0.22), QColor("#0288d1"))
    p.setPen(QPen(QColor("#e1f5fe"), max(1.0, h * 0.015)))
    for i in range(5):
        wx = x + w * (0.1 + i * 0.18)
        p.drawLine(QPointF(wx, y + h * 0.6), QPointF(wx + w * 0.07, y + h * 0.6))
    p.setPen(Qt.PenStyle.NoPen)
    p.fillRect(QRectF(x, y + h * 0.72, w, h * 0.28), QColor("#ffe082"))
    p.setPen(QPen(QColor("#5d4037"), max(1.0, w * 0.008)))  # a parasol
    p.drawLine(QPointF(x + w * 0.7, y + h * 0.95), QPointF(x + w * 0.7, y + h * 0.5))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#e53935"))
    p.drawChord(QRectF(x + w * 0.58, y + h * 0.42, w * 0.24, h * 0.2), 0, 180 * 16)


def paint_flowers(p: QPainter, r: QRectF) -> None:
    w, h, x, y = r.width(), r.height(), r.left(), r.top()
    p.fillRect(r, QColor("#fff3e0"))
    p.fillRect(QRectF(x, y + h * 0.8, w, h * 0.2), QColor("#bcaaa4"))
    p.setPen(QPen(QColor("#2e7d32"), max(1.0, w * 0.008)))
    tops = ((0.38, 0.3), (0.5, 0.2), (0.62, 0.3), (0.44, 0.42), (0.56, 0.42))
    for fx, fy in tops:
        p.drawLine(QPointF(x + w * 0.5, y + h * 0.6), QPointF(x + w * fx, y + h * fy))
    for (fx, fy), colour in zip(
        tops, ("#e91e63", "#ffeb3b", "#9c27b0", "#ff5722", "#f06292"), strict=True
    ):
        _flower(p, x + w * fx, y + h * fy, h * 0.07, colour)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#4fc3f7"))  # the vase
    p.drawRoundedRect(QRectF(x + w * 0.43, y + h * 0.55, w * 0.14, h * 0.27), w * 0.03, w * 0.03)


def paint_cat(p: QPainter, r: QRectF) -> None:
    w, h, x, y = r.width(), r.height(), r.left(), r.top()
    p.fillRect(r, QColor("#ede7f6"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#7e57c2"))  # a cushion
    p.drawRoundedRect(QRectF(x + w * 0.25, y + h * 0.75, w * 0.5, h * 0.18), h * 0.06, h * 0.06)
    orange = QColor("#fb8c00")
    p.setBrush(orange)
    p.drawEllipse(QRectF(x + w * 0.38, y + h * 0.45, w * 0.24, h * 0.38))  # body
    head_c = QPointF(x + w * 0.5, y + h * 0.37)
    head_r = h * 0.15
    for side in (-1, 1):  # ears
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(head_c.x() + side * head_r * 0.9, head_c.y() - head_r * 0.2),
                    QPointF(head_c.x() + side * head_r * 0.8, head_c.y() - head_r * 1.3),
                    QPointF(head_c.x() + side * head_r * 0.2, head_c.y() - head_r * 0.8),
                ]
            )
        )
    p.drawEllipse(head_c, head_r, head_r)
    for side in (-1, 1):
        _disc(p, "#2e7d32", head_c.x() + side * head_r * 0.4, head_c.y() - head_r * 0.1, h * 0.025)
    _disc(p, "#d81b60", head_c.x(), head_c.y() + head_r * 0.25, h * 0.015)
    p.setPen(QPen(QColor("#4e342e"), max(1.0, w * 0.003)))
    for side in (-1, 1):
        for dy in (-0.02, 0.02):
            p.drawLine(
                QPointF(head_c.x() + side * head_r * 0.3, head_c.y() + head_r * 0.3),
                QPointF(head_c.x() + side * head_r * 1.3, head_c.y() + head_r * 0.3 + h * dy),
            )


def paint_sunset(p: QPainter, r: QRectF) -> None:
    w, h, x, y = r.width(), r.height(), r.left(), r.top()
    _sky(p, r, "#5e35b1", "#ff8a65", 0.62)
    _disc(p, "#ffcc80", x + w * 0.5, y + h * 0.62, h * 0.16)
    p.fillRect(QRectF(x, y + h * 0.62, w, h * 0.38), QColor("#37474f"))
    p.setPen(QPen(QColor("#ffb74d"), max(1.0, h * 0.015)))
    for i, half in enumerate((0.14, 0.1, 0.07, 0.04)):
        yy = y + h * (0.68 + i * 0.07)
        p.drawLine(QPointF(x + w * (0.5 - half), yy), QPointF(x + w * (0.5 + half), yy))


def paint_tart(p: QPainter, r: QRectF) -> None:
    w, h, x, y = r.width(), r.height(), r.left(), r.top()
    square = h / 6
    for row in range(7):  # a checked tablecloth
        for col in range(int(w / square) + 1):
            colour = "#ef9a9a" if (row + col) % 2 else "#ffffff"
            p.fillRect(QRectF(x + col * square, y + row * square, square, square), QColor(colour))
    centre = r.center()
    radius = h * 0.4
    _disc(p, "#d7a86e", centre.x(), centre.y(), radius)
    _disc(p, "#ffe0a3", centre.x(), centre.y(), radius * 0.86)
    p.setPen(QPen(QColor("#c98a3c"), max(1.0, h * 0.012)))
    for ring in (0.75, 0.5, 0.25):
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(centre, radius * ring, radius * ring)


PAINTERS: dict[str, Callable[[QPainter, QRectF], None]] = {
    "cake": paint_cake,
    "baby": paint_baby,
    "garden": paint_garden,
    "beach": paint_beach,
    "flowers": paint_flowers,
    "cat": paint_cat,
    "sunset": paint_sunset,
    "tart": paint_tart,
}


def paint_photo(name: str, painter: QPainter, rect: QRectF, radius: float = 0) -> None:
    """Paint the photo ``name`` into ``rect``, with rounded corners if ``radius``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if radius:
        clip = QPainterPath()
        clip.addRoundedRect(rect, radius, radius)
        painter.setClipPath(clip)
    else:
        painter.setClipRect(rect)
    PAINTERS[name](painter, rect)
    painter.restore()


class PhotoView(Pressable):
    """A painted photo that can be touched (to see it bigger, or to choose it)."""

    def __init__(self, photo: str | None = None, radius: float = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("photo", True)  # a picture of the world: shown as it is (audit)
        self.photo = photo
        self.radius = radius
        self.selected = False

    def set_photo(self, photo: str | None) -> None:
        self.photo = photo
        self.update()

    def paintEvent(self, event):
        if self.photo is None:
            return
        painter = QPainter(self)
        rect = QRectF(self.rect())
        paint_photo(self.photo, painter, rect, self.radius)
        if self.is_down or self.selected:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor("#7b3f98"), 6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), self.radius, self.radius)

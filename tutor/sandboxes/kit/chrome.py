"""The parts of the practice tablet around the apps: bezel, status bar, navigation bar.

They make the imitation look like a real (generic, brand-less) tablet, so what the learner
practises here is recognised on their own device.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from tutor.sandboxes.kit.look import FIXED, ROW, Drawn, Look
from tutor.sandboxes.kit.scrolling import finger_page
from tutor.sandboxes.kit.touch import Pressable, icon_pixmap

BEZEL = 22  # design pixels around the screen
DESIGN_WIDTH = 808  # the drawn tablet's size, in design pixels, before scaling
DESIGN_HEIGHT = 628
OUTER_MARGIN = 6
SMALL_SCALE = 0.6  # a tablet drawn smaller than this...
SMALL_RATIO = 1.0  # ...may be as tall as it is wide, when it has the room
BODY_RADIUS = 42
SCREEN_RADIUS = 14
STATUS_HEIGHT = 36
NAV_HEIGHT = 80
BAR_COLOR = "#17191c"


def stacked(owner: QWidget, *parts: QWidget | tuple[QWidget, int]) -> QVBoxLayout:
    """``owner``'s parts from top to bottom, edge to edge and touching, as a tablet's
    screens are built (``(part, stretch)`` for the one that takes the room left)."""
    column = QVBoxLayout(owner)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    for part in parts:
        widget, stretch = part if isinstance(part, tuple) else (part, 0)
        column.addWidget(widget, stretch)
    return column


def device_body(widget: QWidget, look: Look, radius: int) -> QPainter:
    """Paint a device's dark rounded body over ``widget`` (a tablet, a phone) and return the
    painter, ready to draw its camera and earpiece in their grey."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(widget.rect()).adjusted(1, 1, -1, -1)
    painter.setPen(QPen(QColor("#5f6368"), look.px(3)))
    painter.setBrush(QColor("#202225"))
    painter.drawRoundedRect(rect, look.px(radius), look.px(radius))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#3a3d42"))
    return painter


class TabletBody(QWidget):
    """The dark rounded tablet around the screen, with a small front camera dot."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look

    def paintEvent(self, event):
        look = self.look
        painter = device_body(self, look, BODY_RADIUS)
        dot = look.px(8)
        painter.drawEllipse(QRectF((self.width() - dot) / 2, (look.px(BEZEL) - dot) / 2, dot, dot))


class StatusBar(Drawn):
    """Time, Wi-Fi and battery along the top, as on every tablet."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, parent, sizing=ROW)
        self.wifi_on = True
        self.notices: list[str] = []  # icons of the notifications waiting, after the time
        self._clock = QTimer(self, interval=10_000)
        self._clock.timeout.connect(self.update)
        self._clock.start()

    def set_wifi(self, on: bool) -> None:
        self.wifi_on = on
        self.update()

    def set_notices(self, icons: list[str]) -> None:
        """Small white icons after the time, one per app with a notification waiting."""
        self.notices = list(icons)
        self.update()

    def time_text(self) -> str:
        return QDateTime.currentDateTime().toString("HH:mm")

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(600), self.look.px(STATUS_HEIGHT))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(BAR_COLOR))
        font = self.font()
        font.setPixelSize(look.px(21))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        margin = look.px(18)
        painter.drawText(
            self.rect().adjusted(margin, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, self.time_text()
        )
        icon = look.px(24)
        top = (self.height() - icon) // 2
        x = margin + painter.fontMetrics().horizontalAdvance(self.time_text()) + look.px(14)
        for notice in self.notices:
            painter.drawPixmap(x, top, icon_pixmap(notice, "#ffffff", icon))
            x += icon + look.px(8)
        battery_text = "80 %"
        text_w = painter.fontMetrics().horizontalAdvance(battery_text)
        x = self.width() - margin - text_w
        painter.drawText(
            self.rect().adjusted(x, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, battery_text
        )
        x -= icon + look.px(4)
        painter.drawPixmap(x, top, icon_pixmap("mdi6.battery-80", "#ffffff", icon))
        x -= icon + look.px(14)
        wifi = "mdi6.wifi" if self.wifi_on else "mdi6.wifi-off"
        painter.drawPixmap(
            x, top, icon_pixmap(wifi, "#ffffff" if self.wifi_on else "#9aa0a6", icon)
        )


class NavButton(Pressable):
    """Back (a triangle) or home (a circle), drawn like a tablet's navigation keys."""

    def __init__(self, look: Look, kind: str, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=FIXED)
        self.kind = kind

    def sizeHint(self) -> QSize:
        return QSize(self.look.touch_px(130), self.look.touch_px(68))

    def paintEvent(self, event):
        look = self.look
        painter = self.pressed_painter("#3c4043", 20)
        painter.setPen(QPen(QColor("#ffffff"), look.px(4)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        size = look.px(30)
        cx, cy = self.width() / 2, self.height() / 2
        if self.kind == "home":
            painter.drawEllipse(QPointF(cx, cy), size / 2, size / 2)
        else:
            half = size / 2
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(cx - half, cy),
                        QPointF(cx + half * 0.8, cy - half),
                        QPointF(cx + half * 0.8, cy + half),
                    ]
                )
            )


class NavBar(QWidget):
    """The bottom bar with the back and home buttons."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.back = NavButton(look, "back")
        self.back.setObjectName("nav.back")
        self.home = NavButton(look, "home")
        self.home.setObjectName("nav.home")
        layout = self._row = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(3)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addStretch(1)
        layout.addWidget(self.home, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addStretch(1)
        layout.addSpacing(look.px(130))  # where a third key would be: keeps home centred
        layout.addStretch(3)
        self._spacer_index = layout.count() - 2
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        look.changed.connect(self._on_look_changed)

    def _on_look_changed(self) -> None:
        item = self._row.itemAt(self._spacer_index)
        spacer = item.spacerItem() if item is not None else None
        if spacer is not None:
            spacer.changeSize(self.look.px(130), 1)
        self._row.invalidate()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(600), max(self.look.px(NAV_HEIGHT), self.look.touch_px(68)))

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor(BAR_COLOR))


def style_label(
    label: QLabel, look: Look, design_px: float, style: str, bold: bool = False
) -> None:
    """Give ``label`` its style sheet (``style``) and the tablet's text size for
    ``design_px``. The size is written in the label's own style sheet: a font set with
    setFont() loses to the tutor's style sheet (it gives every widget the tutor's body size),
    and the tablet's "text size" setting would change nothing the learner can see."""
    weight = "bold" if bold else "normal"
    label.setFont(look.font(label, design_px, bold))
    label.setStyleSheet(f"{style} font-size: {look.font_px(design_px)}px; font-weight: {weight};")


class TitleBar(QWidget):
    """A coloured bar with the app's title, and room for a button on the right."""

    def __init__(self, look: Look, title: str, color: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.color = QColor(color)
        self.label = QLabel(title)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.label, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        look.changed.connect(self.restyle)
        self.restyle()

    def restyle(self) -> None:
        style_label(self.label, self.look, 30, "color: white; background: transparent;", True)
        m = self.look.px(10)
        self.row.setContentsMargins(self.look.px(24), m, m, m)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        """The design's 84 px, or more when a button on the right (a finger's size, 64
        real pixels at least) needs it: on a small tablet it never sticks out below."""
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.look.px(84)))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.look.px(84)))

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), self.color)


class TitledPage(QWidget):
    """An app's screen: its title bar, then its content (``body``) on a plain background.

    The content moves with a finger when it is taller than the screen (a small window, big
    text): every control keeps a finger's size instead of being squeezed, and the lesson's
    target is brought into view. Never wider: its lines wrap. Labels made by
    :meth:`styled_label` follow the look; ``TOP`` and ``SPACING`` are design pixels."""

    TOP = 14
    SPACING = 12

    def __init__(
        self, look: Look, title: str, colour: str, background: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.look = look
        self.background = QColor(background)
        self.title = TitleBar(look, title, colour)
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        stacked(self, self.title, (finger_page(self.content), 1))
        self.labels: list[tuple[QLabel, int, bool, str]] = []
        look.changed.connect(self.restyle)

    def styled_label(self, text: str, size: int, bold: bool, style: str) -> QLabel:
        """A wrapping label of ``size`` design pixels and style sheet ``style``."""
        label = QLabel(text)
        label.setWordWrap(True)
        self.labels.append((label, size, bold, style))
        return label

    def restyle(self) -> None:
        look = self.look
        m = look.px(22)
        self.body.setContentsMargins(m, look.px(self.TOP), m, m)
        self.body.setSpacing(look.px(self.SPACING))
        for label, size, bold, style in self.labels:
            style_label(label, look, size, style, bold)

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), self.background)


class DimOverlay(QWidget):
    """A see-through black layer over the screen: the tablet's brightness, made visible."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.opacity = 0.0
        self.hide()

    def set_opacity(self, opacity: float) -> None:
        self.opacity = opacity
        self.setVisible(opacity > 0)
        self.raise_()
        self.update()

    def paintEvent(self, event):
        color = QColor(0, 0, 0)
        color.setAlphaF(self.opacity)
        QPainter(self).fillRect(self.rect(), color)


def fit_tablet(owner: QWidget, body: QWidget, screen_area: QWidget, look: Look) -> None:
    """Fit the drawn tablet in ``owner``, keeping its shape, and scale everything: every
    practice app shows itself on the same tablet."""
    avail_w = max(1, owner.width() - 2 * OUTER_MARGIN)
    avail_h = max(1, owner.height() - 2 * OUTER_MARGIN)
    look.set_scale(min(avail_w / DESIGN_WIDTH, avail_h / DESIGN_HEIGHT))
    width = min(avail_w, round(avail_h * 1.45))
    height = min(avail_h, round(width / 1.25))
    if look.scale < SMALL_SCALE:
        # Drawn small beside big words (200 % on a 1024 px window), with room above and
        # below: a taller screen, so the keyboard leaves the app room for its bars.
        height = min(avail_h, max(height, round(width / SMALL_RATIO)))
    body.setGeometry((owner.width() - width) // 2, (owner.height() - height) // 2, width, height)
    bezel = look.px(BEZEL)
    screen_area.setGeometry(QRect(bezel, bezel, width - 2 * bezel, height - 2 * bezel))

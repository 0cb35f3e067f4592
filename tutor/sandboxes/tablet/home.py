"""The home screen: app icons on two pages, changed by sliding a finger."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QStackedWidget, QVBoxLayout, QWidget

from tutor.core.sandbox_spec import TargetSpec
from tutor.i18n import _
from tutor.sandboxes.kit.gestures import GestureArea
from tutor.sandboxes.kit.look import FIXED, ROW, Drawn, Look
from tutor.sandboxes.kit.touch import Pressable, icon_pixmap
from tutor.sandboxes.tablet.spec import HOME_PAGE_1, HOME_PAGE_2

# app id -> (background colour, qtawesome icon)
APP_LOOKS: dict[str, tuple[str, str]] = {
    "notes": ("#e67e00", "mdi6.note-edit"),
    "settings": ("#546e7a", "mdi6.cog"),
    "camera": ("#37474f", "mdi6.camera"),
    "photos": ("#c2185b", "mdi6.image-multiple"),
    "clock": ("#3949ab", "mdi6.clock-outline"),
    "calendar": ("#1e88e5", "mdi6.calendar-month"),
    "weather": ("#00838f", "mdi6.weather-partly-cloudy"),
    "calculator": ("#2e7d32", "mdi6.calculator-variant"),
    "music": ("#8e24aa", "mdi6.music"),
    "radio": ("#d32f2f", "mdi6.radio"),
    "store": ("#01875f", "mdi6.shopping"),
    "recipes": ("#bf360c", "mdi6.chef-hat"),  # the app a lesson installs from the Store
}
COLUMNS = 3
ICON_SIZE = 112
LABEL_PX = 24
SELECTED_MS = 1500


def app_id(target_id: str) -> str:
    """``home.app.notes`` -> ``notes``."""
    return target_id.rsplit(".", 1)[-1]


class AppIcon(Pressable):
    """A big rounded coloured square with a white symbol, and the app's name under it."""

    def __init__(self, look: Look, target: TargetSpec, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=FIXED)
        self.target = target
        self.color, self.icon = APP_LOOKS[app_id(target.id)]
        self.selected = False
        self._unselect = QTimer(self, singleShot=True, interval=SELECTED_MS)
        self._unselect.timeout.connect(lambda: self.set_selected(False))
        self.setObjectName(target.id)
        self.setAccessibleName(_(target.name))

    def label(self) -> str:
        return _(self.target.name)

    def set_selected(self, selected: bool) -> None:
        """The calm answer to a long press: a ring for a moment."""
        self.selected = selected
        if selected:
            self._unselect.start()
        self.update()

    def sizeHint(self) -> QSize:
        look = self.look
        label_h = round(look.font_px(LABEL_PX) * 1.4)
        text_width = QFontMetrics(look.font(self, LABEL_PX, bold=True)).horizontalAdvance(
            self.label()
        )
        width = max(look.px(200), text_width + look.px(16))
        return QSize(width, look.px(ICON_SIZE) + look.px(12) + label_h + look.px(8))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = look.px(ICON_SIZE)
        square = QRectF((self.width() - size) / 2, look.px(4), size, size)
        if self.selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 110))
            ring = square.adjusted(-look.px(8), -look.px(8), look.px(8), look.px(8))
            painter.drawRoundedRect(ring, look.px(34), look.px(34))
        color = QColor(self.color)
        painter.setPen(QPen(QColor(255, 255, 255, 90), look.px(2)))
        painter.setBrush(color.darker(125) if self.is_down else color)
        painter.drawRoundedRect(square, look.px(28), look.px(28))
        symbol = size * 58 // 100
        painter.drawPixmap(
            int(square.center().x() - symbol / 2),
            int(square.center().y() - symbol / 2),
            icon_pixmap(self.icon, "#ffffff", symbol),
        )
        painter.setFont(look.font(self, LABEL_PX, bold=True))
        text_rect = QRect(
            0,
            int(square.bottom()) + look.px(10),
            self.width(),
            self.height() - int(square.bottom()) - look.px(10),
        )
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.setPen(QColor(0, 0, 0, 160))  # a soft shadow keeps the name readable
        painter.drawText(text_rect.translated(look.px(2), look.px(2)), flags, self.label())
        painter.setPen(QColor("#ffffff"))
        painter.drawText(text_rect, flags, self.label())


class PageDots(Drawn):
    """One dot per page, the current one filled: shows there is another page."""

    def __init__(self, look: Look, count: int, parent: QWidget | None = None):
        super().__init__(look, parent, sizing=ROW)
        self.count = count
        self.current = 0

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(100), self.look.px(36))

    def set_current(self, index: int) -> None:
        self.current = index
        self.update()

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dot, gap = look.px(16), look.px(20)
        total = self.count * dot + (self.count - 1) * gap
        x = (self.width() - total) / 2
        for index in range(self.count):
            painter.setPen(QPen(QColor("#ffffff"), look.px(2)))
            painter.setBrush(QColor("#ffffff") if index == self.current else QColor(0, 0, 0, 60))
            painter.drawEllipse(QRectF(x, (self.height() - dot) / 2, dot, dot))
            x += dot + gap


class HomeScreen(QWidget):
    """Wallpaper, the swipeable pages of icons (``home.pages``) and the page dots."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.pages_area = GestureArea(accepts_swipe=True)
        self.pages_area.setObjectName("home.pages")
        self.stack = QStackedWidget(self.pages_area)
        area_layout = QVBoxLayout(self.pages_area)
        area_layout.setContentsMargins(0, 0, 0, 0)
        area_layout.addWidget(self.stack)
        self.icons: dict[str, AppIcon] = {}
        self._grids: list[QGridLayout] = []
        for targets in (HOME_PAGE_1, HOME_PAGE_2):
            self.stack.addWidget(self._make_page(targets))
        self.dots = PageDots(look, self.stack.count())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages_area, 1)
        layout.addWidget(self.dots)
        look.changed.connect(self.restyle)
        self.restyle()

    def _make_page(self, targets: tuple[TargetSpec, ...]) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        for index, target in enumerate(targets):
            icon = AppIcon(self.look, target)
            self.icons[target.id] = icon
            grid.addWidget(icon, index // COLUMNS, index % COLUMNS, Qt.AlignmentFlag.AlignCenter)
        rows = (len(HOME_PAGE_1) + COLUMNS - 1) // COLUMNS
        for row in range(rows):
            grid.setRowStretch(row, 1)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        self._grids.append(grid)
        return page

    def restyle(self) -> None:
        for grid in self._grids:
            m = self.look.px(16)
            grid.setContentsMargins(m, self.look.px(24), m, 0)
            grid.setSpacing(self.look.px(12))

    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    def page_count(self) -> int:
        return self.stack.count()

    def set_page(self, index: int) -> None:
        index = max(0, min(self.stack.count() - 1, index))
        self.stack.setCurrentIndex(index)
        self.dots.set_current(index)

    def page_of(self, target_id: str) -> int:
        return 0 if any(t.id == target_id for t in HOME_PAGE_1) else 1

    def paintEvent(self, event):
        painter = QPainter(self)
        gradient = QLinearGradient(0, 0, self.width(), self.height())
        gradient.setColorAt(0.0, QColor("#1a3a6b"))
        gradient.setColorAt(0.55, QColor("#1f5f7a"))
        gradient.setColorAt(1.0, QColor("#2f7d6d"))
        painter.fillRect(self.rect(), gradient)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 18))  # soft hills, a calm wallpaper
        w, h = self.width(), self.height()
        painter.drawEllipse(QRectF(-w * 0.2, h * 0.55, w * 0.9, h * 0.9))
        painter.drawEllipse(QRectF(w * 0.45, h * 0.65, w * 0.9, h * 0.8))

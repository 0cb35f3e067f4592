"""Charts painted with QPainter: crisp, large labels, the number written on every bar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from tutor.i18n import _
from tutor.ui.display import current, notifier
from tutor.ui.facilitator.common import Page
from tutor.ui.widgets import label, set_role

# Grid lines: light on the usual light panel, mid grey on the black one of strong contrast.
GRID = {"standard": "#b8b2a6", "high_contrast": "#8a8a8a"}


def chart_ink() -> QColor:
    """Words and numbers: the theme's text colour (they were near-black on black)."""
    return QColor(current().palette.text)


def chart_grid() -> QColor:
    return QColor(GRID.get(current().theme, GRID["standard"]))


def chart_bar(colour: str) -> QColor:
    """A bar's colour; in strong contrast every bar is the theme's bright primary colour
    (the module colours are too dark on black, and the name beside each bar says which)."""
    if current().theme == "high_contrast":
        return QColor(current().palette.primary)
    return QColor(colour)


def _font(widget: QWidget, px: int, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPixelSize(px)
    font.setBold(bold)
    return font


class DayChart(QWidget):
    """Lessons completed per day: one bar per day, a date label every week."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("fac_charts.days")
        notifier().changed.connect(self.update)  # painted in the colours of the look
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.days: list[tuple[str, int]] = []

    def set_days(self, days: list[tuple[str, int]]) -> None:
        self.days = list(days)
        self.setAccessibleDescription(
            _("{total} lessons completed in {days} days").format(
                total=sum(count for _day, count in days), days=len(days)
            )
        )
        self.update()

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, right, top, bottom = 60, 12, 34, 44
        area = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        peak = max([count for _day, count in self.days] + [1])
        painter.setFont(_font(self, 22))  # chart words as big as any text
        ink, grid = chart_ink(), chart_grid()
        painter.setPen(QPen(grid, 1))
        for fraction in (0.0, 0.5, 1.0):
            y = area.bottom() - fraction * area.height()
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            painter.setPen(ink)
            value = round(peak * fraction)
            painter.drawText(
                QRectF(0, y - 16, left - 10, 32),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
            painter.setPen(QPen(grid, 1))
        if not self.days:
            return
        step = area.width() / len(self.days)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(chart_bar("#0b4a85"))
        for number, (_day, count) in enumerate(self.days):
            height = area.height() * count / peak
            painter.drawRect(
                QRectF(
                    area.left() + number * step + step * 0.15,
                    area.bottom() - height,
                    step * 0.7,
                    height,
                )
            )
        painter.setPen(ink)
        painter.setFont(_font(self, 22))
        for number, (day, _count) in enumerate(self.days):
            if (len(self.days) - 1 - number) % 7:
                continue
            try:
                date = dt.date.fromisoformat(day)
                text = f"{date.day:02d}/{date.month:02d}"
            except ValueError:
                text = day
            centre = area.left() + (number + 0.5) * step
            box = QRectF(centre - 50, area.bottom() + 6, 100, 34)
            align = Qt.AlignmentFlag.AlignHCenter
            if box.right() > self.width():  # the last date stays whole, against the edge
                box.moveRight(self.width())
                align = Qt.AlignmentFlag.AlignRight
            painter.drawText(box, align, text)
        painter.end()


class ModuleChart(QWidget):
    """Lessons completed per module: horizontal bars with the module's name and the count."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("fac_charts.modules")
        notifier().changed.connect(self.update)  # painted in the colours of the look
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.modules: list[tuple[str, int, str]] = []  # title, count, colour

    def set_modules(self, modules: list[tuple[str, int, str]]) -> None:
        self.modules = list(modules)
        self.setAccessibleDescription(
            ", ".join(f"{title}: {count}" for title, count, _colour in modules)
        )
        self.update()

    def paintEvent(self, event):
        if not self.modules:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title_font = _font(self, 22, bold=True)
        widest = max(QFontMetrics(title_font).horizontalAdvance(t) for t, _n, _c in self.modules)
        names = max(200, widest + 24)  # every module's name whole
        row = self.height() / len(self.modules)
        peak = max([count for _t, count, _c in self.modules] + [1])
        width = self.width() - names - 90
        ink = chart_ink()
        for number, (title, count, colour) in enumerate(self.modules):
            y = number * row
            painter.setPen(ink)
            painter.setFont(title_font)
            painter.drawText(
                QRectF(0, y, names - 16, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                title,
            )
            bar = QRectF(names, y + row * 0.18, width * count / peak, row * 0.64)
            if count:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(chart_bar(colour))
                painter.drawRoundedRect(bar, 6, 6)
            painter.setPen(ink)
            painter.setFont(_font(self, 22, bold=True))
            painter.drawText(
                QRectF(bar.right() + 12, y, 80, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(count),
            )
        painter.end()


class ChartsScreen(Page):
    def __init__(self) -> None:
        super().__init__("fac_charts", _("Charts"), scrolls=True)  # two charts at 200 %
        self.days = DayChart()
        self.modules = ModuleChart()
        self.days_title = label("", "heading")
        self.modules_title = label(_("Lessons completed, by module"), "heading")
        for title, chart, stretch in (
            (self.days_title, self.days, 5),
            (self.modules_title, self.modules, 4),
        ):
            panel = QFrame()
            set_role(panel, "panel")
            column = QVBoxLayout(panel)
            column.setContentsMargins(18, 12, 18, 12)
            column.addWidget(title)
            column.addWidget(chart, 1)
            self.body.addWidget(panel, stretch)
        self.total = label("", "muted")
        row = QHBoxLayout()
        row.addWidget(self.total)
        self.body.addLayout(row)

    def show_charts(self, days: list[tuple[str, int]], modules: list[tuple[str, int, str]]) -> None:
        self.days_title.setText(
            _("Lessons completed each day, last {count} days").format(count=len(days))
        )
        self.days.set_days(days)
        self.modules.set_modules(modules)
        self.total.setText(
            _("In all: {count} lessons completed in the last {days} days.").format(
                count=sum(count for _d, count in days), days=len(days)
            )
        )

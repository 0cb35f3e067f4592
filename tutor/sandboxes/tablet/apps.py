"""The other apps of the home screen: one calm screen each, so opening them looks real.

They have no lesson targets of their own; the learner leaves them with back or home.
(Camera and Photos are real apps: see ``camera.py`` and ``photos.py``.)
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from tutor.core.colours import contrast_ratio
from tutor.i18n import N_, _
from tutor.sandboxes.kit.chrome import TitleBar, stacked
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.touch import icon_pixmap
from tutor.sandboxes.tablet.home import APP_LOOKS

# White titles on the apps' coloured bars: the high-contrast theme's 7:1, in both themes.
TITLE_CONTRAST = 7.0

# app id -> (title, the one line shown under the picture)
SIMPLE_APPS: dict[str, tuple[str, str]] = {
    "clock": (N_("Clock"), ""),  # the line is the current time
    "calendar": (N_("Calendar"), ""),  # the line is today's date
    "weather": (N_("Weather"), N_("Sunny, 21 degrees.")),
    "calculator": (N_("Calculator"), N_("Tap the numbers to count.")),
    "music": (N_("Music"), N_("No music is playing.")),
    "radio": (N_("Radio"), N_("Choose a radio station to listen to.")),
}


class Picture(QWidget):
    """A big rounded coloured tile with the app's symbol, and one line of text under it."""

    def __init__(self, look: Look, app_id: str, line: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.app_id = app_id
        self.color, self.icon = APP_LOOKS[app_id]
        self._line = line
        look.changed.connect(self.update)

    def line(self) -> str:
        if self.app_id == "clock":
            return QDateTime.currentDateTime().toString("HH:mm")
        if self.app_id == "calendar":
            return _("Today: {date}").format(date=QDate.currentDate().toString("dd/MM/yyyy"))
        return _(self._line)

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f7f7f5"))
        font = look.font(self, 30 if self.app_id != "clock" else 44, bold=True)
        text_h = round(font.pixelSize() * 2.8)
        size = min(look.px(200), self.height() - text_h - look.px(30))
        size = max(size, look.px(60))
        top = max(look.px(10), (self.height() - size - text_h) // 2)
        tile = QRectF((self.width() - size) / 2, top, size, size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.color))
        painter.drawRoundedRect(tile, size * 0.22, size * 0.22)
        symbol = size * 60 // 100
        painter.drawPixmap(
            int(tile.center().x() - symbol / 2),
            int(tile.center().y() - symbol / 2),
            icon_pixmap(self.icon, "#ffffff", symbol),
        )
        painter.setFont(font)
        painter.setPen(QColor("#1f1f1f"))
        margin = look.px(30)
        text_rect = QRect(
            margin, int(tile.bottom()) + look.px(18), self.width() - 2 * margin, text_h
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, self.line()
        )


def title_bar_colour(app_colour: str) -> str:
    """The app's colour, a little darker, and dark enough for its white title at 7:1."""
    colour = QColor(app_colour).darker(115)
    while contrast_ratio("#ffffff", colour.name()) < TITLE_CONTRAST:
        colour = colour.darker(108)
    return colour.name()


class SimpleAppScreen(QWidget):
    """Title bar in the app's colour and its picture."""

    def __init__(self, look: Look, app_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        title, line = SIMPLE_APPS[app_id]
        self.title = TitleBar(look, _(title), title_bar_colour(APP_LOOKS[app_id][0]))
        self.picture = Picture(look, app_id, line)
        stacked(self, self.title, (self.picture, 1))

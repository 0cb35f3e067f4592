"""The Store: search for an app, its page, Install with a progress bar, Open; and updates.

It copies what the Play Store and the App Store have in common: a search field at the top,
a card when an update is ready ("Update"), an app's page with its icon, maker, rating and a
big green "Install" button that turns into a progress bar, then into "Open". Nothing is
downloaded: the progress is a short, calm animation.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tutor.i18n import N_, _
from tutor.sandboxes.kit.chrome import TitleBar, TitledPage, stacked
from tutor.sandboxes.kit.look import FIXED, ROW, Drawn, Look
from tutor.sandboxes.kit.text import INK
from tutor.sandboxes.kit.touch import Pressable, TouchButton, icon_pixmap
from tutor.sandboxes.tablet.apps import Picture, title_bar_colour
from tutor.sandboxes.tablet.field import text_field
from tutor.sandboxes.tablet.home import APP_LOOKS

STORE_GREEN = "#01875f"
BUTTON_GREEN = "#006344"  # white words on it: 7.3:1
BACKGROUND = "#ffffff"
TEXT_GREEN = "#0f5c26"  # green words on white: 8.1:1, the high-contrast theme's 7:1 and more
PROGRESS_TICKS = 10
TICK_MS = 180  # about two seconds from "Install" to "Open"

# The app to install: its name, maker and the words that find it (both languages).
APP_NAME = N_("Easy Recipes")
APP_MAKER = "Atelier Cuisine"
APP_LINE = N_("Simple recipes, step by step, with big pictures.")
SEARCH_WORDS = ("recettes", "recipes", "cuisine", "cooking")
UPDATED_APP = "weather"  # the app whose update waits


def finds_the_app(text: str) -> bool:
    """Whether the search ``text`` finds the app: the start of one of its words."""
    typed = text.strip().casefold()
    return len(typed) >= 3 and any(
        word.startswith(typed) or typed.startswith(word) for word in SEARCH_WORDS
    )


class Progress:
    """A download that fills in ``PROGRESS_TICKS`` calm steps, then calls ``done``."""

    def __init__(self, owner: QWidget, changed, done) -> None:
        self.value = 0  # 0..PROGRESS_TICKS
        self.running = False
        self._changed = changed
        self._done = done
        self._timer = QTimer(owner, interval=TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.value = 0
        self.running = True
        self._timer.start()
        self._changed()

    def finish(self) -> None:
        """Done at once (replaying a lesson, "show me", a picture)."""
        if self.running:
            self.value = PROGRESS_TICKS - 1
            self._tick()

    def stop(self) -> None:
        self._timer.stop()
        self.running = False
        self.value = 0

    def _tick(self) -> None:
        self.value += 1
        if self.value >= PROGRESS_TICKS:
            self._timer.stop()
            self.running = False
            self._done()
        self._changed()


class ProgressBar(Drawn):
    """A green bar on a grey track, and the percentage beside the word "Downloading"."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, parent, sizing=ROW)
        self.fraction = 0.0

    def set_fraction(self, fraction: float) -> None:
        self.fraction = fraction
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(300), round(self.look.font_px(22) * 1.5) + self.look.px(22))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = look.font(self, 22, bold=True)
        painter.setFont(font)
        painter.setPen(QColor(INK))
        text_h = QFontMetrics(font).height()
        painter.drawText(
            QRectF(0, 0, self.width(), text_h),
            Qt.AlignmentFlag.AlignLeft,
            _("Downloading… {percent} %").format(percent=round(self.fraction * 100)),
        )
        track = QRectF(0, text_h + look.px(8), self.width(), look.px(12))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#d2e3dc"))
        painter.drawRoundedRect(track, track.height() / 2, track.height() / 2)
        painter.setBrush(QColor(STORE_GREEN))
        filled = QRectF(track.left(), track.top(), track.width() * self.fraction, track.height())
        painter.drawRoundedRect(filled, track.height() / 2, track.height() / 2)


class AppTile(Drawn):
    """An app's rounded coloured icon, drawn at ``size`` design pixels."""

    def __init__(self, look: Look, app_id: str, size: int, parent: QWidget | None = None):
        super().__init__(look, parent, sizing=FIXED)
        self.colour, self.icon = APP_LOOKS[app_id]
        self.size_px = size

    def sizeHint(self) -> QSize:
        side = self.look.px(self.size_px)
        return QSize(side, side)

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.colour))
        painter.drawRoundedRect(QRectF(0, 0, side, side), side * 0.22, side * 0.22)
        symbol = side * 60 // 100
        painter.drawPixmap(
            (side - symbol) // 2, (side - symbol) // 2, icon_pixmap(self.icon, "#ffffff", symbol)
        )


class ResultRow(Pressable):
    """The app found by the search: icon, name, maker, rating (``store.result``)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=ROW)
        self.setObjectName("store.result")

    def sizeHint(self) -> QSize:
        look = self.look
        lines = look.font_px(26) * 1.3 + 2 * look.font_px(21) * 1.3
        return QSize(look.px(500), max(look.touch_px(96), round(lines + look.px(24))))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#dadce0"), look.px(2)))
        painter.setBrush(QColor("#e8eaed" if self.is_down else "#ffffff"))
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(1, 1, -1, -1), look.px(16), look.px(16)
        )
        colour, icon = APP_LOOKS["recipes"]
        side = min(look.px(72), self.height() - look.px(16))
        top = (self.height() - side) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(look.px(14), top, side, side), side * 0.22, side * 0.22)
        symbol = side * 60 // 100
        painter.drawPixmap(
            int(look.px(14) + (side - symbol) / 2),
            int(top + (side - symbol) / 2),
            icon_pixmap(icon, "#ffffff", symbol),
        )
        x = look.px(14) + side + look.px(16)
        width = self.width() - x - look.px(12)
        lines = (
            (_(APP_NAME), look.font(self, 26, bold=True), INK),
            (APP_MAKER, look.font(self, 21), "#3c4043"),
            (_("4.5 stars · Free"), look.font(self, 21), "#3c4043"),
        )
        total = sum(QFontMetrics(font).height() for _t, font, _c in lines)
        y = (self.height() - total) / 2
        for text, font, ink in lines:
            painter.setFont(font)
            painter.setPen(QColor(ink))
            height = QFontMetrics(font).height()
            painter.drawText(QRectF(x, y, width, height), Qt.AlignmentFlag.AlignLeft, text)
            y += height


class StorePage(TitledPage):
    """A store screen: the green title bar, then content that moves with a finger."""

    TOP = 16
    SPACING = 14

    def __init__(self, look: Look, title: str, parent: QWidget | None = None):
        super().__init__(look, title, title_bar_colour(STORE_GREEN), BACKGROUND, parent)

    def label(self, text: str, size: int = 24, bold: bool = False, colour: str = INK) -> QLabel:
        return self.styled_label(text, size, bold, f"color: {colour}; background: transparent;")


class StoreHomeScreen(StorePage):
    """The search field, the update card (with "Update") and, once typed, the result."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, _("Store"), parent)
        self.search = text_field(look, _("Search for apps"), "mdi6.magnify")
        self.search.setObjectName("store.search")
        self.body.addWidget(self.search)
        self.result_title = self.label(_("Results"), 24, bold=True)
        self.result = ResultRow(look)
        self.no_result = self.label(_("Try another word, for example: recipes."), 24)
        self.body.addWidget(self.result_title)
        self.body.addWidget(self.result)
        self.body.addWidget(self.no_result)
        # The update card: the app, what the update brings, and "Update".
        self.update_title = self.label(_("Update available"), 24, bold=True)
        self.body.addWidget(self.update_title)
        card = QWidget()
        card.setObjectName("store.update.card")
        row = QHBoxLayout(card)
        row.setContentsMargins(0, 0, 0, 0)
        self.update_tile = AppTile(look, UPDATED_APP, 64)
        row.addWidget(self.update_tile, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.label(_("Weather"), 26, bold=True))
        self.update_text = self.label(_("Corrections and a clearer map."), 22, colour="#3c4043")
        text.addWidget(self.update_text)
        self.update_progress = ProgressBar(look)
        text.addWidget(self.update_progress)
        row.addLayout(text, 1)
        self.update_button = TouchButton(
            look, _("Update"), background=BUTTON_GREEN, height=72, font_px=24
        )
        self.update_button.setObjectName("store.update")
        row.addWidget(self.update_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.update_card = card
        self.body.addWidget(card)
        self.up_to_date = self.label(_("All your apps are up to date."), 24, colour=TEXT_GREEN)
        self.body.addWidget(self.up_to_date)
        self.body.addStretch(1)
        self.restyle()

    def set_writing(self, writing: bool) -> None:
        """While searching, the field is at the very top, as in a real store: the title bar
        gives its room to the results above the keyboard."""
        self.search.set_writing(writing)
        self.title.setVisible(not writing)

    def show_state(self, update_waiting: bool, updating: bool, fraction: float) -> None:
        found = finds_the_app(self.search.text())
        searching = bool(self.search.text().strip())
        self.result_title.setVisible(found)
        self.result.setVisible(found)
        self.no_result.setVisible(searching and not found and len(self.search.text().strip()) >= 3)
        self.update_title.setVisible(update_waiting or updating)
        self.update_card.setVisible(update_waiting or updating)
        self.update_button.setVisible(update_waiting and not updating)
        self.update_progress.setVisible(updating)
        self.update_progress.set_fraction(fraction)
        self.update_text.setVisible(not updating)
        self.up_to_date.setVisible(not update_waiting and not updating)


class StoreAppScreen(StorePage):
    """The app's page: big icon, name, maker, rating, then Install / progress / Open."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, _("Store"), parent)
        head = QHBoxLayout()
        head.addWidget(AppTile(look, "recipes", 112), 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.addWidget(self.label(_(APP_NAME), 30, bold=True))
        names.addWidget(self.label(APP_MAKER, 22, colour=TEXT_GREEN))
        names.addWidget(self.label(_("4.5 stars · Free"), 22, colour="#3c4043"))
        names.addStretch(1)
        head.addLayout(names, 1)
        self.body.addLayout(head)
        self.install = TouchButton(
            look, _("Install"), background=BUTTON_GREEN, height=72, font_px=26
        )
        self.install.setObjectName("store.install")
        self.progress = ProgressBar(look)
        self.open = TouchButton(look, _("Open"), background=BUTTON_GREEN, height=72, font_px=26)
        self.open.setObjectName("store.open")
        self.installed = self.label(_("Installed"), 24, bold=True, colour=TEXT_GREEN)
        for widget in (self.install, self.progress, self.installed, self.open):
            self.body.addWidget(widget)
        self.body.addWidget(self.label(_(APP_LINE), 24))
        self.body.addStretch(1)
        self.restyle()

    def show_state(self, installed: bool, installing: bool, fraction: float) -> None:
        self.install.setVisible(not installed and not installing)
        self.progress.setVisible(installing)
        self.progress.set_fraction(fraction)
        self.installed.setVisible(installed)
        self.open.setVisible(installed)


class InstalledAppScreen(QWidget):
    """The new app, opened: its title bar and its welcome picture."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        colour = APP_LOOKS["recipes"][0]
        self.title = TitleBar(look, _(APP_NAME), title_bar_colour(colour))
        self.picture = Picture(look, "recipes", N_("Welcome! Choose a recipe to start."))
        stacked(self, self.title, (self.picture, 1))

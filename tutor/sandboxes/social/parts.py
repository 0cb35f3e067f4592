"""Shared pieces of the practice social network: avatars, the tab bar, headers, text boxes.

Everything is drawn big and calm (no hover), sized through the kit's :class:`Look`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from tutor.core.sizes import MIN_TARGET_PX
from tutor.i18n import _
from tutor.sandboxes.kit.field import FieldStyle, KeyboardField, Lines
from tutor.sandboxes.kit.look import FIXED, ROW, Drawn, Look
from tutor.sandboxes.kit.scrolling import finger_page
from tutor.sandboxes.kit.text import INK, MUTED, label
from tutor.sandboxes.kit.touch import Pressable, TouchButton, icon_pixmap
from tutor.sandboxes.social.content import PEOPLE

ACCENT = "#6a2c8c"  # the app's own colour: a plum, no brand's
PAGE = "#eef0f3"
FIELD_EDGE = "#6b7177"  # a text box's edge: 3:1 and more on the page and on white
LIKED = "#0b57d0"  # a liked post's thumb and word: blue, as on Facebook (6:1 on white)
TOP_BAR_HEIGHT = 76
HEADER_HEIGHT = 72


def person_name(person_id: str) -> str:
    return _(PEOPLE[person_id].name)


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget of ``layout`` now (not only at the next event loop)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


class Avatar(Drawn):
    """A person's round picture: a coloured disc with initials (or an icon for a page)."""

    def __init__(self, look: Look, person_id: str, size: float = 56, parent=None):
        super().__init__(look, parent, sizing=FIXED)
        self.person_id = person_id
        self._size = size

    def sizeHint(self) -> QSize:
        side = self.look.px(self._size)
        return QSize(side, side)

    def paintEvent(self, event):
        person = PEOPLE[self.person_id]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(person.colour))
        painter.drawEllipse(QRectF(0, 0, side, side))
        if person.icon:
            icon = side * 62 // 100
            pix = icon_pixmap(person.icon, "#ffffff", icon)
            painter.drawPixmap((side - icon) // 2, (side - icon) // 2, pix)
            return
        font = self.font()
        font.setPixelSize(max(8, side * (38 if len(person.initials) > 1 else 46) // 100))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, person.initials)


class TabButton(Pressable):
    """One tab of the top bar: an icon over its name, a red badge with a count if any."""

    def __init__(self, look: Look, text: str, icon: str, parent=None):
        super().__init__(parent, look=look, sizing=ROW)
        self.text = text
        self.icon = icon
        self.selected = False
        self.badge = 0

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.update()

    def set_badge(self, count: int) -> None:
        self.badge = count
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.look.touch_px(140), self.look.touch_px(TOP_BAR_HEIGHT - 4))

    def minimumSizeHint(self) -> QSize:
        """Never narrower than a finger, however many tabs share the bar."""
        return QSize(self.look.touch_px(MIN_TARGET_PX), self.look.touch_px(TOP_BAR_HEIGHT - 4))

    def paintEvent(self, event):
        look = self.look
        painter = self.pressed_painter("#e6dcee")
        colour = QColor(ACCENT if self.selected else MUTED)
        icon = look.px(34)
        x = (self.width() - icon) // 2
        painter.drawPixmap(x, look.px(6), icon_pixmap(self.icon, colour, icon))
        font = look.font(self, 20, bold=self.selected)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(
            QRectF(0, look.px(40), self.width(), look.px(28)),
            Qt.AlignmentFlag.AlignCenter,
            self.text,
        )
        if self.selected:
            painter.fillRect(
                QRectF(
                    look.px(12), self.height() - look.px(5), self.width() - look.px(24), look.px(5)
                ),
                QColor(ACCENT),
            )
        if self.badge:
            radius = look.px(14)
            centre = QPointF(x + icon + radius * 0.3, look.px(6) + radius * 0.6)
            painter.setPen(QPen(QColor("#ffffff"), look.px(2)))
            painter.setBrush(QColor("#d32f2f"))
            painter.drawEllipse(centre, radius, radius)
            font.setPixelSize(look.px(18))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(
                QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                Qt.AlignmentFlag.AlignCenter,
                str(self.badge),
            )


TABS = (
    ("tab.feed", "Home", "mdi6.home-variant"),
    ("tab.friends", "Friends", "mdi6.account-multiple"),
    ("tab.messages", "Messages", "mdi6.message-text"),
    ("tab.settings", "Settings", "mdi6.cog"),
)


class TopBar(Drawn):
    """The app's name on the left and its four tabs, as on a tablet's social network."""

    def __init__(self, look: Look, parent=None):
        super().__init__(look, parent, sizing=ROW)
        self.name = label(look, _("Together"), 30, bold=True, colour=ACCENT)
        self.name.setWordWrap(False)
        self.tabs: dict[str, TabButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(look.px(20), 0, look.px(8), 0)
        row.setSpacing(look.px(4))
        row.addWidget(self.name)
        row.addStretch(1)
        for target_id, text, icon in TABS:
            tab = TabButton(look, _(text), icon)
            tab.setObjectName(target_id)
            self.tabs[target_id] = tab
            row.addWidget(tab, 0, Qt.AlignmentFlag.AlignBottom)

    def select(self, target_id: str | None) -> None:
        for tab_id, tab in self.tabs.items():
            tab.set_selected(tab_id == target_id)

    def resizeEvent(self, event):
        """On a narrow screen the tabs keep a finger's width and the app's name steps
        aside (as phone apps do) rather than being cut in a word."""
        super().resizeEvent(event)
        layout = self.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        tabs = sum(tab.minimumSizeHint().width() for tab in self.tabs.values())
        spacing = layout.spacing() * len(self.tabs)
        needed = margins.left() + margins.right() + self.name.sizeHint().width() + tabs + spacing
        self.name.setVisible(self.width() >= needed)

    def sizeHint(self) -> QSize:
        return QSize(
            self.look.px(700),
            max(self.look.px(TOP_BAR_HEIGHT), self.look.touch_px(TOP_BAR_HEIGHT - 4) + 1),
        )

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.fillRect(0, self.height() - 1, self.width(), 1, QColor("#c9ccd1"))


class BackButton(Pressable):
    """The big arrow at the top left of a sub-screen (``nav.back``)."""

    def __init__(self, look: Look, colour: str = INK, parent=None):
        super().__init__(parent, look=look, sizing=FIXED)
        self.colour = colour
        self.setObjectName("nav.back")
        self.setAccessibleName(_("Back"))

    def sizeHint(self) -> QSize:
        return QSize(self.look.touch_px(72), self.look.touch_px(64))

    def paintEvent(self, event):
        painter = self.pressed_painter("#8884", 16)
        icon = self.look.px(44)
        pix = icon_pixmap("mdi6.arrow-left", self.colour, icon)
        painter.drawPixmap((self.width() - icon) // 2, (self.height() - icon) // 2, pix)


class Header(Drawn):
    """A sub-screen's bar: back arrow, title, and room for a button on the right."""

    def __init__(self, look: Look, title: str, dark: bool = False, parent=None):
        super().__init__(look, parent, sizing=ROW)
        self.dark = dark
        self.back = BackButton(look, "#ffffff" if dark else INK)
        self.title = label(look, title, 26, bold=True, colour="#ffffff" if dark else INK)
        self.title.setWordWrap(False)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(look.px(6), look.px(4), look.px(10), look.px(4))
        self.row.addWidget(self.back)
        self.row.addWidget(self.title, 1)

    def sizeHint(self) -> QSize:
        height = max(self.look.px(HEADER_HEIGHT), self.row.sizeHint().height())
        return QSize(self.look.px(700), height)

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#111316" if self.dark else "#ffffff"))
        painter.fillRect(0, self.height() - 1, self.width(), 1, QColor("#c9ccd1"))


def flat_button(look: Look, text: str, icon: str, colour: str = MUTED) -> TouchButton:
    """A white button with a grey icon and text, as in a post's action bar."""
    return TouchButton(
        look, text, icon, background="#ffffff", foreground=colour, font_px=21, height=64
    )


def main_button(
    look: Look, text: str, icon: str | None = None, colour: str = ACCENT
) -> TouchButton:
    return TouchButton(look, text, icon, background=colour, foreground="#ffffff", font_px=23)


def soft_button(look: Look, text: str, icon: str | None = None) -> TouchButton:
    return TouchButton(look, text, icon, background="#e4e6eb", foreground=INK, font_px=23)


def _field_sizes(look: Look) -> tuple[QSize, QSize]:
    return QSize(look.px(400), look.touch_px(72)), QSize(look.px(160), look.touch_px(64))


# A text box: its edge shows where to write (3:1), plum while writing.
FIELD_STYLE = FieldStyle(
    edge=FIELD_EDGE,
    active=ACCENT,
    sizes=_field_sizes,
    lines=Lines.WRAP,
    text_px=24,
    ink=INK,
    hint_ink=MUTED,
    radius=18,
    padding=(18, 14, 18, 10),
    policy=None,
    boundary=True,
)


def text_field(look: Look, placeholder: str, font_px: float = 24) -> KeyboardField:
    """A text box filled only through the on-screen keyboard (never the computer's)."""
    return KeyboardField(look, replace(FIELD_STYLE, text_px=font_px), placeholder)


class Card(QWidget):
    """A white rounded card on the grey page."""

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#d5d8dc"), 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 14, 14)


def titled_column(screen: QWidget, look: Look, title: str, spacing: float) -> QVBoxLayout:
    """A tab's column under its big ``title``, filling ``screen``: moved by a finger when
    its lines do not all fit."""
    page = QWidget()
    outer = QVBoxLayout(screen)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(finger_page(page))
    box = QVBoxLayout(page)
    m = look.px(16)
    box.setContentsMargins(m, look.px(10), m, m)
    box.setSpacing(look.px(spacing))
    box.addWidget(label(look, title, 26, bold=True))
    return box


class Page(QWidget):
    """A screen's grey background."""

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor(PAGE))


# The tablet is designed at this size (it fits a 820x640 region with a small margin).

"""The two list screens of the video-call app: contacts and recent calls, and the tab bar.

Like real video-call apps: one big row per person, a drawn avatar, the name, and a green
camera button at the right end of the row that starts the call.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from tutor.i18n import N_, _
from tutor.sandboxes.kit.chrome import stacked
from tutor.sandboxes.kit.look import ROW, Drawn, Look
from tutor.sandboxes.kit.scrolling import finger_page
from tutor.sandboxes.kit.touch import Pressable, TouchButton, icon_pixmap
from tutor.sandboxes.video_call.drawing import paint_avatar
from tutor.sandboxes.video_call.people import PEOPLE, PEOPLE_BY_ID, Person

APP_COLOUR = "#303f9f"
CALL_GREEN = "#15632e"
MISSED_RED = "#c62828"
BACKGROUND = "#ffffff"
PRESSED = "#e8eaf6"  # a row under the finger
ROW_HEIGHT = 80
HEADER_HEIGHT = 60
TAB_HEIGHT = 78

# Kinds of call in the history: label (English message id), icon, colour.
CALL_KINDS: dict[str, tuple[str, str, str]] = {
    "missed": (N_("Missed call"), "mdi6.phone-missed", MISSED_RED),
    "incoming": (N_("Incoming call"), "mdi6.phone-incoming", "#5f6368"),
    "outgoing": (N_("Outgoing call"), "mdi6.phone-outgoing", "#5f6368"),
    "declined": (N_("Declined call"), "mdi6.phone-cancel", "#5f6368"),
}


@dataclass(frozen=True)
class HistoryEntry:
    """One line of the recent calls: who, what kind, when (an English message id)."""

    person: str
    kind: str
    when: str


class Header(Drawn):
    """The coloured bar with the screen's title, or a calm note in its place for a while
    ("Call ended."): the bar covers no control, so the note hides nothing."""

    def __init__(self, look: Look, title: str, parent: QWidget | None = None):
        super().__init__(look, parent, sizing=ROW)
        self.title = title
        self.note = ""

    def set_note(self, note: str) -> None:
        self.note = note
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(400), self.look.px(HEADER_HEIGHT))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.note:
            painter.fillRect(self.rect(), QColor(APP_COLOUR))
            painter.setFont(look.font(self, 30, bold=True))
            painter.setPen(QColor("#ffffff"))
            painter.drawText(
                self.rect().adjusted(look.px(24), 0, 0, 0),
                Qt.AlignmentFlag.AlignVCenter,
                self.title,
            )
            return
        painter.fillRect(self.rect(), QColor("#263238"))
        icon = look.px(34)
        painter.drawPixmap(
            look.px(18),
            (self.height() - icon) // 2,
            icon_pixmap("mdi6.information-outline", "#ffffff", icon),
        )
        painter.setFont(look.font(self, 22, bold=True))
        painter.setPen(QColor("#ffffff"))
        painter.drawText(
            self.rect().adjusted(look.px(66), 0, -look.px(12), 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
            self.note,
        )


class PersonTile(Pressable):
    """Avatar, name and a second line (relation, or kind of call): the left of a row."""

    def __init__(self, look: Look, person: Person, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=ROW)
        self.person = person
        self.detail = _(person.relation)
        self.detail_icon: str | None = None
        self.name_colour = QColor("#1f1f1f")
        self.detail_colour = QColor("#5f6368")

    def set_detail(self, text: str, icon: str | None, colour: str, name_colour: str) -> None:
        self.detail, self.detail_icon = text, icon
        self.detail_colour, self.name_colour = QColor(colour), QColor(name_colour)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(300), self.look.touch_px(ROW_HEIGHT))

    def paintEvent(self, event):
        look = self.look
        painter = self.pressed_painter(PRESSED)
        size = look.px(60)
        x = look.px(16)
        paint_avatar(
            painter, QRectF(x, (self.height() - size) / 2, size, size), self.person, self.font()
        )
        x += size + look.px(18)
        half = self.height() // 2
        painter.setFont(look.font(self, 28, bold=True))
        painter.setPen(self.name_colour)
        name_rect = QRect(x, 0, self.width() - x, half + look.px(4))
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignBottom, self.person.name)
        painter.setFont(look.font(self, 21))
        painter.setPen(self.detail_colour)
        if self.detail_icon:
            icon = look.px(22)
            painter.drawPixmap(
                x, half + look.px(8), icon_pixmap(self.detail_icon, self.detail_colour, icon)
            )
            x += icon + look.px(6)
        detail_rect = QRect(x, half + look.px(4), self.width() - x, half - look.px(4))
        painter.drawText(detail_rect, Qt.AlignmentFlag.AlignTop, self.detail)


def _row(look: Look, tile: QWidget, button: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, look.px(16), 0)
    layout.setSpacing(look.px(8))
    layout.addWidget(tile, 1)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
    return row


class RowsPage(QWidget):
    """The rows of a list, separated by thin lines (on the list's white, which shows
    through)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.rows = stacked(self)
        self.rows.addStretch(1)

    def add_row(self, row: QWidget) -> None:
        """``row`` at the end of the list (before the room left below it)."""
        self.rows.insertWidget(self.rows.count() - 1, row)

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setPen(QPen(QColor("#e0e0e0"), 1))
        for index in range(self.rows.count()):
            item = self.rows.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.isVisible():
                y = widget.geometry().bottom()
                painter.drawLine(self.look.px(94), y, self.width(), y)


class ListScreen(QWidget):
    """A white screen with a header and rows separated by thin lines.

    Every row keeps a finger's height (64 real pixels at least, as on a real tablet); when
    they do not all fit (a small window, big text) the list moves with a finger, and the
    lesson's target is brought into view (:mod:`tutor.sandboxes.kit.scrolling`)."""

    def __init__(self, look: Look, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.header = Header(look, title)
        self.page = RowsPage(look)
        stacked(self, self.header, (finger_page(self.page), 1))

    def add_row(self, row: QWidget) -> None:
        self.page.add_row(row)

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor(BACKGROUND))


class ContactsScreen(ListScreen):
    """Every contact: ``contacts.<id>`` (avatar and name) and ``contacts.<id>.call``."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, _("Contacts"), parent)
        self.tiles: dict[str, PersonTile] = {}
        self.call_buttons: dict[str, TouchButton] = {}
        for person in PEOPLE:
            tile = PersonTile(look, person)
            tile.setObjectName(f"contacts.{person.id}")
            button = TouchButton(
                look, "", "mdi6.video", background=CALL_GREEN, height=64, min_width=92, radius=32
            )
            button.setObjectName(f"contacts.{person.id}.call")
            self.tiles[person.id] = tile
            self.call_buttons[person.id] = button
            self.add_row(_row(look, tile, button))


class HistoryScreen(ListScreen):
    """Recent calls, newest first; missed calls in red; a "Call back" button on each."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, _("Recent calls"), parent)
        self.tiles: dict[str, PersonTile] = {}
        self.row_widgets: dict[str, QWidget] = {}
        self.call_buttons: dict[str, TouchButton] = {}
        for person in PEOPLE:
            tile = PersonTile(look, person)
            button = TouchButton(
                look,
                _("Call back"),
                "mdi6.video",
                background=CALL_GREEN,
                font_px=22,
                height=64,
                min_width=96,
                radius=32,
            )
            button.setObjectName(f"history.{person.id}.call")
            self.tiles[person.id] = tile
            self.call_buttons[person.id] = button
            row = _row(look, tile, button)
            self.row_widgets[person.id] = row
            self.add_row(row)  # in the screen from the start, so it can be wired
            row.hide()
        self.entries: list[HistoryEntry] = []

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        """Show ``entries`` in order (one per person at most)."""
        self.entries = list(entries)
        for row in self.row_widgets.values():
            self.page.rows.removeWidget(row)
            row.hide()
        for entry in entries:
            label, icon, colour = CALL_KINDS[entry.kind]
            missed = entry.kind == "missed"
            self.tiles[entry.person].set_detail(
                f"{_(label)} · {_(entry.when)}",
                icon,
                colour,
                MISSED_RED if missed else "#1f1f1f",
            )
            row = self.row_widgets[entry.person]
            self.add_row(row)
            row.show()
        self.page.update()

    def entry_of(self, person_id: str) -> HistoryEntry | None:
        return next((e for e in self.entries if e.person == person_id), None)

    def shown_people(self) -> list[str]:
        return [e.person for e in self.entries]


class TabButton(Pressable):
    """A tab of the bottom bar: icon over label; the current one coloured; a red badge."""

    def __init__(self, look: Look, text: str, icon: str, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=ROW)
        self.text = text
        self.icon = icon
        self.current = False
        self.badge = 0

    def set_current(self, current: bool) -> None:
        self.current = current
        self.update()

    def set_badge(self, count: int) -> None:
        self.badge = count
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(200), self.look.touch_px(TAB_HEIGHT))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(APP_COLOUR) if self.current else QColor("#5f6368")
        pill = QRectF((self.width() - look.px(76)) / 2, look.px(4), look.px(76), look.px(36))
        if self.current or self.is_down:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#dfe3f6") if self.current else QColor("#eeeeee"))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        icon = look.px(30)
        painter.drawPixmap(
            round(pill.center().x() - icon / 2),
            round(pill.center().y() - icon / 2),
            icon_pixmap(self.icon, colour, icon),
        )
        if self.badge:
            size = look.px(28)
            spot = QRectF(pill.right() - size * 0.6, pill.top() - look.px(4), size, size)
            painter.setPen(QPen(QColor("#ffffff"), look.px(2)))
            painter.setBrush(QColor(MISSED_RED))
            painter.drawEllipse(spot)
            painter.setFont(look.font(self, 18, bold=True))
            painter.setPen(QColor("#ffffff"))
            painter.drawText(spot, Qt.AlignmentFlag.AlignCenter, str(self.badge))
        painter.setFont(look.font(self, 21, bold=self.current))
        painter.setPen(colour)
        # The label takes the room left under the pill: whole, even with 200 % text.
        top = round(pill.bottom())
        text_rect = QRect(0, top, self.width(), self.height() - top)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, self.text)


class TabBar(QWidget):
    """The bottom bar: "Contacts", "Messages" and "Calls" (``tabs.contacts``,
    ``tabs.messages``, ``tabs.history``), "Calls" at the right end as before."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.contacts = TabButton(look, _("Contacts"), "mdi6.account-multiple")
        self.contacts.setObjectName("tabs.contacts")
        self.messages = TabButton(look, _("Messages"), "mdi6.message-text")
        self.messages.setObjectName("tabs.messages")
        self.history = TabButton(look, _("Calls"), "mdi6.history")
        self.history.setObjectName("tabs.history")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.contacts)
        layout.addWidget(self.messages)
        layout.addWidget(self.history)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_tab(self, tab: str, missed: int, unread: int = 0) -> None:
        self.contacts.set_current(tab == "contacts")
        self.messages.set_current(tab == "messages")
        self.history.set_current(tab == "history")
        self.history.set_badge(missed)
        self.messages.set_badge(unread)

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f5f6fb"))
        painter.setPen(QPen(QColor("#d0d3dc"), 1))
        painter.drawLine(0, 0, self.width(), 0)


def person(person_id: str) -> Person:
    return PEOPLE_BY_ID[person_id]

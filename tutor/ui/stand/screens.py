"""What visitors see at the stand: the attract screen, the lessons to try, their sheet,
and the calm "Are you still there?" overlay.

Each screen has the "Aa" button of the learners' screens: a visitor's text size and colours
hold for their visit only (see ``DisplayController.visitor``)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScroller,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tutor.i18n import _
from tutor.ui.display import current, notifier
from tutor.ui.flow import FlowLayout
from tutor.ui.screens.grid import CardsScreen, TileGrid
from tutor.ui.widgets import (
    SHORT_WINDOW_PX,
    CardButton,
    button,
    compact_on_short_window,
    display_button,
    icon,
    label,
    set_role,
    themed_tile_picture,
    top_row_with_back,
)


def grown(px: int) -> int:
    """A big heading's size at the chosen text size: it grows half as much as the body
    text (as the titles do), so that it still fits the screen at 200 %."""
    return round(px * (0.5 + 0.5 * current().sizes.scale))


def corner_button(name: str) -> QPushButton:
    """The discreet way out for the facilitator (the PIN is asked)."""
    widget = button("", "mdi6.lock-outline", "discreet", name=name)
    widget.setAccessibleName(_("Facilitator space"))
    widget.setToolTip(_("Facilitator space"))
    widget.setFixedSize(72, 72)
    # No fill, a thin edge: small and calm, yet its edge shows (3:1 and more) in both looks.
    widget.setStyleSheet("QPushButton { background: transparent; }")
    return widget


class AttractScreen(QWidget):
    """The whole screen invites a touch; nothing of a previous visitor is ever here."""

    touched = Signal()
    exit_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screen.stand_attract")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 24, 24)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addStretch(1)
        self.display_button = display_button("stand_attract")
        top.addWidget(self.display_button, 0, Qt.AlignmentFlag.AlignTop)
        self.exit_button = corner_button("stand.exit")
        self.exit_button.clicked.connect(self.exit_requested)
        top.addWidget(self.exit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addStretch(1)
        self.picture = picture = label("")
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        self.title = label(_("Tap the screen to try"), "title")
        self.title.setObjectName("stand.attract.title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.subtitle = label(
            _("Learn to use a tablet, step by step. Free, no name asked, nothing to break."),
            "instruction",
        )
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.subtitle)
        layout.addStretch(2)
        for child in (picture, self.title, self.subtitle):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._on_display_changed()
        notifier().changed.connect(self._on_display_changed)

    def _on_display_changed(self) -> None:
        """The invitation grows with the chosen text size, in the theme's colour."""
        display = current()
        self.title.setStyleSheet(f"font-size: {grown(64)}px;")
        # At big sizes on a window up to 800 px tall, a smaller picture leaves the
        # invitation its three lines.
        small = display.sizes.scale >= 1.5 and self.height() <= 800
        size = 120 if small else 220
        self.picture.setPixmap(icon("mdi6.gesture-tap", display.palette.primary).pixmap(size))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._on_display_changed()

    def mouseReleaseEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self.touched.emit()


class StandHomeScreen(CardsScreen):
    """The lessons a visitor can try: the stand's chosen ones first, then all the others."""

    lesson_chosen = Signal(str)
    finish_requested = Signal()
    exit_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screen.stand_home")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 24, 20)
        self._margins = layout.contentsMargins()
        layout.setSpacing(14)
        # The title takes its own line under the buttons when the row has no room for it
        # (a 1024-pixel screen at 200 %: "I have finished" was squeezed and cut).
        top = FlowLayout(spacing=14, align_right=True)
        self.title = label(_("Welcome! Choose a lesson to try."), "title")
        self.finish_button = button(
            _("I have finished"), "mdi6.flag-checkered", "primary", name="stand.finish"
        )
        self.finish_button.clicked.connect(self.finish_requested)
        top.add(self.finish_button)
        self.display_button = display_button("stand_home")
        top.add(self.display_button)
        self.exit_button = corner_button("stand.home.exit")
        self.exit_button.clicked.connect(self.exit_requested)
        top.add(self.exit_button)
        self.heading = heading = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        heading.setSpacing(14)
        heading.addWidget(self.title, 1)
        heading.addLayout(top)
        layout.addLayout(heading)
        self.hint = label(_("Each lesson takes a few minutes. You cannot break anything."))
        layout.addWidget(self.hint)
        self.grid = TileGrid(columns=2, tile_size=(560, 130))
        layout.addWidget(self.grid, 1)
        self.follow_display()

    def _fit_window(self) -> None:
        """At big sizes on a short or narrow window the lessons' cards need the hint's
        room to be seen whole (the invitation before said the same: nothing to break)."""
        short = compact_on_short_window(self, (self.finish_button, self.display_button))
        beside = self._place_title()
        # (the title under the buttons takes the room of one more row)
        self.hint.setVisible(not (short and (self.height() < SHORT_WINDOW_PX or not beside)))

    def _place_title(self) -> bool:
        """The title beside the buttons while it takes two lines there at most (True); under
        them, the whole width its own, when it would take more (four lines at 200 % on a
        1024-pixel screen, the buttons squeezed against it)."""
        buttons = (self.finish_button, self.display_button, self.exit_button)
        taken = sum(b.sizeHint().width() for b in buttons) + 14 * len(buttons)
        margins = self.contentsMargins() + self._margins
        room = self.width() - margins.left() - margins.right() - taken
        metrics = self.title.fontMetrics()
        flags = Qt.TextFlag.TextWordWrap
        height = metrics.boundingRect(0, 0, max(1, room), 10_000, flags, self.title.text()).height()
        beside = room > 0 and height <= 2 * metrics.lineSpacing()
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.BottomToTop
        if self.heading.direction() != direction:
            self.heading.setDirection(direction)
        return beside

    def show_lessons(self, lessons: list[tuple[str, str, str, bool]]) -> None:
        """(lesson id, title, goal, chosen for the stand)."""
        tiles: list[QWidget] = []
        self._shown = [lesson_id for lesson_id, *_rest in lessons]
        for lesson_id, title, goal, chosen in lessons:
            colour = "#b33c00" if chosen else "#0b4a85"
            card = CardButton(title, [goal], QPixmap())
            name = "mdi6.star-circle" if chosen else "mdi6.play-circle-outline"
            card.set_picture(themed_tile_picture(card, name, colour, 64))
            card.setObjectName(f"stand.lesson.{lesson_id}")
            card.clicked.connect(lambda _c=False, i=lesson_id: self.lesson_chosen.emit(i))
            tiles.append(card)
        self.grid.set_tiles(tiles)

    def lesson_ids(self) -> list[str]:
        """The lessons offered, in the order shown."""
        return list(getattr(self, "_shown", []))

    def clear(self) -> None:
        self._shown = []
        self.grid.set_tiles([])


class VisitorSheetScreen(QWidget):
    """“What I practised today”: shown, and printed on request."""

    print_requested = Signal()
    done_requested = Signal()
    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screen.stand_sheet")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 20)
        layout.setSpacing(14)
        top = top_row_with_back(
            "stand_sheet", label(_("Your sheet to take home"), "title"), self.back_requested.emit
        )
        self.back_button, self.display_button = top.back_button, top.display_button
        layout.addLayout(top.layout)
        self.preview = QTextBrowser()
        self.preview.setObjectName("stand.sheet.preview")
        self.preview.setOpenLinks(False)
        self.preview.setStyleSheet(  # a sheet of paper, in every theme
            "QTextBrowser { background: #ffffff; color: #141414; border: 2px solid #5a5a5a;"
            " border-radius: 14px; padding: 16px; }"
        )
        self.html = ""  # as printed; shown at the visitor's text size
        self.preview.setFrameShape(QFrame.Shape.NoFrame)
        QScroller.grabGesture(
            self.preview.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )  # finger scrolling, as everywhere
        layout.addWidget(self.preview, 1)
        self.message = label("", "banner")
        self.message.setObjectName("stand.sheet.message")
        self.message.hide()
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.setSpacing(20)
        self.print_button = button(_("Print my sheet"), "mdi6.printer", name="stand.sheet.print")
        self.print_button.setMinimumHeight(80)
        self.print_button.clicked.connect(self.print_requested)
        self.done_button = button(
            _("Goodbye!"), "mdi6.hand-wave", "primary", name="stand.sheet.done"
        )
        self.done_button.setMinimumHeight(80)
        self.done_button.clicked.connect(self.done_requested)
        # Each as wide as its words need, the rest shared: at 200 % on a 1024 px window,
        # two halves cut "Print my sheet".
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.done_button)
        layout.addLayout(bottom)

        notifier().changed.connect(self._on_display_changed)

    def show_sheet(self, html: str) -> None:
        self.html = html
        self._show_html()
        self.show_message("")

    def _show_html(self) -> None:
        scale = current().sizes.scale
        # The sheet's type is given in points (for paper): grown by the visitor's text size.
        self.preview.setHtml(
            re.sub(
                r"font-size: (\d+)pt",
                lambda found: f"font-size: {round(int(found.group(1)) * scale)}pt",
                self.html,
            )
        )

    def _on_display_changed(self) -> None:
        if self.html:
            self._show_html()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def clear(self) -> None:
        self.html = ""
        self.preview.clear()
        self.show_message("")


class StillThereOverlay(QWidget):
    """Covers the window, calmly: a big question, a countdown, one big answer.
    Any touch counts as "yes"."""

    answered = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("stand.still_there")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.card = card = QFrame()
        set_role(card, "panel")
        card.setMaximumWidth(900)
        self.column = column = QVBoxLayout(card)
        column.setContentsMargins(48, 40, 48, 40)
        column.setSpacing(24)
        self.question = label(_("Are you still there?"), "title")
        self.question.setObjectName("stand.still_there.question")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setStyleSheet("border: none;")
        column.addWidget(self.question)
        self.countdown = label("", "instruction")
        self.countdown.setObjectName("stand.still_there.countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setStyleSheet("border: none;")
        column.addWidget(self.countdown)
        self.yes_button = button(
            _("Yes, I am continuing"), "mdi6.check", "primary", name="stand.still_there.yes"
        )
        self.yes_button.setMinimumHeight(96)
        self.yes_button.clicked.connect(self.answered)
        column.addWidget(self.yes_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.hide()
        self._on_display_changed()
        notifier().changed.connect(self._on_display_changed)

    def _on_display_changed(self) -> None:
        """A big question and a big answer, bigger still at the visitor's text size."""
        palette = current().palette
        self.card.setStyleSheet(
            f"QFrame {{ background: {palette.surface}; border: 4px solid {palette.primary}; }}"
        )
        self.question.setStyleSheet(f"font-size: {grown(60)}px; border: none;")
        self.yes_button.setStyleSheet(f"QPushButton {{ font-size: {grown(34)}px; }}")
        self._fit_card()

    def _fit_card(self) -> None:
        """The card is at least as wide as its answer's words (up to the window's width):
        on a narrow window at 200 %, a third of it for the dimmed screen around left the
        English "Yes, I am continuing" cut."""
        needed = self.yes_button.sizeHint().width()
        for margins in (self.card.contentsMargins(), self.column.contentsMargins()):
            needed += margins.left() + margins.right()
        self.card.setMinimumWidth(min(needed, max(0, self.width() - 48)))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_card()

    def show_countdown(self, seconds: int) -> None:
        self.countdown.setText(
            _("If nobody touches the screen, it will start again for the next visitor in {n} s.")
            .replace("{n} ", "{n}\u00a0")  # the number and its unit on one line
            .format(n=seconds)
        )  # fmt: skip
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        if not self.isVisible():
            self.show()
            self.raise_()

    def dismiss(self) -> None:
        self.countdown.setText("")
        self.hide()

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(20, 20, 20, 170))

    def mousePressEvent(self, event):
        self.answered.emit()

"""The town library online ("médiathèque"): link one's card, borrow an e-book and read
it, listen to a concert (a play button and a calm drawn waveform)."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from tutor.i18n import N_, _
from tutor.sandboxes.browser.parts import (
    MUTED,
    Field,
    IconButton,
    Message,
    Tile,
    WebPage,
    button,
    text,
)
from tutor.sandboxes.kit.look import Look

PURPLE = "#8e3a9e"
WAVE_TICK_MS = 250  # a slow, calm progress of the listening line
BARS = 48

BOOK_PAGES = (
    N_(
        "Mr. Phileas Fogg lived, in 1872, at No. 7, Saville Row, London. He was one of the most "
        "noticeable members of the Reform Club, though he seemed always to avoid attracting "
        "attention."
    ),
    N_(
        "He was an enigmatical personage, about whom little was known, except that he was a "
        "polished man of the world. People said that he resembled Byron."
    ),
    N_(
        "Phileas Fogg was not known to have either wife or children. He lived alone in his "
        "house in Saville Row, whither none penetrated."
    ),
)


class LibraryPage(WebPage):
    """The library home: first "link my card", then the online collections."""

    def __init__(self, look: Look):
        super().__init__(look, "/mediatheque")
        self.title(_("Library"))
        self.intro = self.para(
            _("With your library card, borrow e-books and listen to concerts from home.")
        )
        self.message = self.add(Message(look))
        self.card_label = self.para(_("Library card number"), 22, bold=True)
        self.card = self.add(Field(look, "library.card", _("4 digits")))
        self.link = self.add(
            button(
                look,
                "library.link",
                _("Link my card"),
                "mdi6.card-account-details",
                background=PURPLE,
            )
        )
        self.loans = self.para("", 22, colour=MUTED)
        grid = QGridLayout()
        grid.setSpacing(look.px(12))
        self.ebooks = Tile(look, "library.ebooks", _("E-books"), "mdi6.book-open-variant", PURPLE)
        self.concerts = Tile(look, "library.concerts", _("Concerts"), "mdi6.music", "#16592a")
        self.magazines = Tile(
            look, "library.magazines", _("Magazines"), "mdi6.newspaper", "#c75000"
        )
        grid.addWidget(self.ebooks, 0, 0)
        grid.addWidget(self.concerts, 0, 1)
        grid.addWidget(self.magazines, 1, 0)
        self.body.addLayout(grid)

    def show_state(self, linked: bool, borrowed: bool) -> None:
        form: tuple[QWidget, ...] = (self.card_label, self.card, self.link)
        for widget in form:
            widget.setVisible(not linked)
        space: tuple[QWidget, ...] = (self.loans, self.ebooks, self.concerts, self.magazines)
        for widget in space:
            widget.setVisible(linked)
        self.loans.setText(
            _("Card no. 2026-0381 · Loans: {count} of 5").format(count=1 if borrowed else 0)
        )


class ShelfPage(WebPage):
    """A list of the collection's items (books, concerts, magazines)."""

    def __init__(self, look: Look, path: str, heading: str):
        super().__init__(look, path)
        self.title(heading)


def book_tile(look: Look) -> Tile:
    return Tile(
        look, "ebook.verne", _("Around the World in 80 Days · Jules Verne"), "mdi6.book", PURPLE
    )


class BookPage(WebPage):
    def __init__(self, look: Look):
        super().__init__(look, "/mediatheque/livres/tour-du-monde")
        self.title(_("Around the World in 80 Days"))
        self.para(_("Jules Verne · novel · 1872"), 22, colour=MUTED)
        self.para(_("A gentleman bets he can go around the world in 80 days."))
        self.state = self.para("", 22, bold=True)
        self.borrow = self.add(
            button(look, "ebook.borrow", _("Borrow"), "mdi6.book-plus", background=PURPLE)
        )
        self.read = self.add(
            button(
                look, "ebook.read", _("Read"), "mdi6.book-open-page-variant", background="#16592a"
            )
        )

    def show_state(self, borrowed: bool) -> None:
        self.borrow.setVisible(not borrowed)
        self.read.setVisible(borrowed)
        self.state.setText(
            _("Borrowed for 21 days. It goes back by itself.")
            if borrowed
            else _("Available: you can borrow it.")
        )


class ReaderPage(WebPage):
    """The book, long enough to need the finger to move down the page."""

    def __init__(self, look: Look):
        super().__init__(look, "/mediatheque/lecture")
        self.title(_("Chapter 1"))
        for page in BOOK_PAGES * 2:
            self.para(_(page), 26)


class Waveform(QWidget):
    """The concert's sound drawn as calm bars; the part already heard is coloured, and so is
    the bar playing now: from the first moment, the screen shows what the lesson says ("the
    bars turn green")."""

    def __init__(self, look: Look, parent=None):
        super().__init__(parent)
        self.look = look
        self.progress = 0.0
        self.playing = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(600), self.look.px(110))

    def coloured_bars(self) -> int:
        """How many bars, from the left, are green: those heard, at least the first once
        the concert has started."""
        started = self.playing or self.progress > 0
        return min(BARS, max(int(self.progress * BARS), 1 if started else 0))

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width() / BARS
        middle = self.height() / 2
        heard = self.coloured_bars()
        for index in range(BARS):
            level = 0.35 + 0.6 * abs(math.sin(index * 0.45) * math.cos(index * 0.17))
            half = level * (self.height() / 2 - 4)
            painter.fillRect(
                QRectF(index * width + 2, middle - half, max(2.0, width - 4), 2 * half),
                QColor("#16592a" if index < heard else "#c4c9cf"),
            )


class ConcertPage(WebPage):
    def __init__(self, look: Look):
        super().__init__(look, "/mediatheque/concerts/choeur")
        self.title(_("The seaside choir"))
        self.para(_("Concert recorded at the harbour, summer 2025 · 45 minutes"), 22, colour=MUTED)
        self.wave = self.add(Waveform(look))
        self.play = IconButton(look, "concert.play", "mdi6.play", colour="#16592a")
        self.status = text(look, "", 24, bold=True)
        self.row(self.play, self.status)
        self._timer = QTimer(self, interval=WAVE_TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def show_state(self, playing: bool) -> None:
        self.play.icon = "mdi6.pause" if playing else "mdi6.play"
        self.play.update()
        self.status.setText(_("Playing") if playing else _("Tap the green button to listen"))
        self.wave.playing = playing
        self.wave.update()
        if playing:
            self._timer.start()
        else:
            self._timer.stop()

    def _on_timer_timeout(self) -> None:
        self.wave.progress = min(1.0, self.wave.progress + 0.004)
        self.wave.update()

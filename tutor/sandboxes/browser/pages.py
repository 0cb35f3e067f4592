"""The portal's general pages: home, account (create, log in, forgotten password, my
account), receipts, and the search results with the look-alike site next to the real one."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QWidget

from tutor.i18n import _
from tutor.sandboxes.browser.content import (
    EMAIL,
    FAKE_FEE_CENTS,
    FAKE_SITE,
    PHONE,
    RECEIPT_TITLES,
    RECEIPTS,
    SITE,
    euros,
    password_advice,
    password_strength,
)
from tutor.sandboxes.browser.parts import (
    INK,
    MUTED,
    OK_GREEN,
    SEA,
    TILE_EDGE,
    Field,
    Message,
    Tile,
    WebPage,
    button,
    text,
)
from tutor.sandboxes.kit.look import ROW, Drawn, Look
from tutor.sandboxes.kit.touch import Pressable, icon_pixmap

MENU = (
    ("address", "mdi6.home-import-outline", "#c75000"),
    ("water", "mdi6.water", "#0277bd"),
    ("tax", "mdi6.bed", "#6d4c41"),
    ("sms", "mdi6.message-alert", "#16592a"),
    ("library", "mdi6.bookshelf", "#8e3a9e"),
    ("account", "mdi6.account-circle", "#37474f"),
)


def menu_label(key: str) -> str:
    names = {
        "address": _("Change of address"),
        "water": _("Water-meter reading"),
        "tax": _("Tourist tax"),
        "sms": _("SMS alerts"),
        "library": _("Library"),
        "account": _("My account"),
    }
    return names[key]


class HomePage(WebPage):
    """The town's home page: a greeting and the menu of online procedures."""

    def __init__(self, look: Look):
        super().__init__(look, "/")
        self.greeting = self.para("", 24, bold=True, colour=SEA)
        grid = QGridLayout()
        grid.setSpacing(look.px(12))
        self.tiles: dict[str, Tile] = {}
        for index, (key, icon, colour) in enumerate(MENU):
            tile = Tile(look, f"home.menu.{key}", menu_label(key), icon, colour)
            self.tiles[key] = tile
            grid.addWidget(tile, index // 2, index % 2)
        self.body.addLayout(grid)

    def show_state(self, logged_in: bool) -> None:
        self.greeting.setText(
            _("Hello Anne! Your online procedures:")
            if logged_in
            else _("Welcome! The online procedures of your town:")
        )


class StrengthMeter(QWidget):
    """Three blocks that fill as the password gets stronger, with its name."""

    def __init__(self, look: Look, parent=None):
        super().__init__(parent)
        self.look = look
        self.level = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_level(self, level: int) -> None:
        self.level = level
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(400), self.look.px(40))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = ("#c75000", "#b38600", OK_GREEN)
        names = (_("Weak"), _("Medium"), _("Strong"))
        width = look.px(70)
        for index in range(3):
            filled = index < self.level
            painter.setPen(QPen(QColor("#50565c"), 1))
            painter.setBrush(QColor(colours[self.level - 1]) if filled else QColor("#e8eaed"))
            painter.drawRoundedRect(
                QRectF(index * (width + look.px(8)), look.px(8), width, look.px(24)), 6, 6
            )
        if self.level:
            painter.setPen(QColor(INK))
            painter.setFont(look.font(self, 22, bold=True))
            left = 3 * (width + look.px(8)) + look.px(8)
            painter.drawText(
                QRectF(left, 0, self.width() - left, self.height()),
                Qt.AlignmentFlag.AlignVCenter,
                names[self.level - 1],
            )


class LoginPage(WebPage):
    def __init__(self, look: Look):
        super().__init__(look, "/mon-compte/connexion")
        self.title(_("Log in"))
        self.message = self.add(Message(look))
        self.email = self.labelled_field("login.email", _("E-mail address"))
        self.password = self.labelled_field("login.password", _("Password"))
        self.submit = self.add(button(look, "login.submit", _("Log in"), background=SEA))
        self.forgot = self.add(
            button(
                look, "login.forgot", _("Forgotten password?"), background="#e3eef8", foreground=SEA
            )
        )
        self.para(_("No account yet?"), 22, colour=MUTED)
        self.create_button = self.add(
            button(
                look,
                "login.create",
                _("Create an account"),
                "mdi6.account-plus",
                background="#16592a",
            )
        )


class SignupPage(WebPage):
    def __init__(self, look: Look):
        super().__init__(look, "/mon-compte/creer")
        self.title(_("Create an account"))
        self.para(_("Your account lets you do your procedures from home."))
        self.message = self.add(Message(look))
        self.email = self.labelled_field("signup.email", _("Your e-mail address"))
        self.password = self.labelled_field("signup.password", _("Choose a password"))
        self.meter = self.add(StrengthMeter(look))
        self.advice = self.para("", 22, colour=MUTED)
        self.submit = self.add(
            button(look, "signup.submit", _("Create my account"), background=SEA)
        )
        self.show_password("")

    def show_password(self, password: str) -> None:
        self.meter.set_level(password_strength(password))
        advice = password_advice(password)
        if not password:
            self.advice.setText(
                _(
                    "A strong password has 12 characters: capitals, small letters, numbers "
                    "and symbols."
                )
            )
        elif advice:
            self.advice.setText(" ".join(advice))
        else:
            self.advice.setText(_("Very good: your password is strong."))


class ForgotPage(WebPage):
    def __init__(self, look: Look):
        super().__init__(look, "/mon-compte/mot-de-passe-oublie")
        self.title(_("Forgotten password"))
        self.para(_("We send a code by SMS to your phone: {phone}.").format(phone=_(PHONE)))
        self.send = self.add(
            button(look, "forgot.send", _("Receive a code"), "mdi6.message-text", background=SEA)
        )
        self.message = self.add(Message(look))
        self.code_label = self.para(_("Code received by SMS"), 22, bold=True)
        self.code = self.add(Field(look, "forgot.code"))
        self.password_label = self.para(_("New password"), 22, bold=True)
        self.password = self.add(Field(look, "forgot.password"))
        self.save = self.add(button(look, "forgot.save", _("Save"), background=SEA))

    def show_state(self, code_sent: bool) -> None:
        for widget in (self.code_label, self.code, self.password_label, self.password, self.save):
            widget.setVisible(code_sent)


class DonePage(WebPage):
    """A confirmation (account created, password saved), then back to the home page."""

    def __init__(self, look: Look):
        super().__init__(look, "/mon-compte/bienvenue")
        self.heading = self.title("")
        self.detail = self.para("")
        self.home = self.add(
            button(look, "done.home", _("Back to the home page"), "mdi6.home", background=SEA)
        )

    def say(self, heading: str, detail: str) -> None:
        self.heading.setText(heading)
        self.detail.setText(detail)


class ReceiptRow(Pressable):
    """A kept receipt in "My account": its number and its procedure."""

    def __init__(self, look: Look, parent=None):
        super().__init__(parent, look=look, sizing=ROW)
        self.setObjectName("account.receipt")
        self.kind = "address"

    def sizeHint(self) -> QSize:
        """A finger's height at least, and room for its two lines at any text size."""
        look = self.look
        lines = (
            QFontMetrics(look.font(self, 22, bold=True)).height()
            + QFontMetrics(look.font(self, 21)).height()
        )
        return QSize(look.px(400), max(look.touch_px(84), lines + 2 * look.px(6)))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(TILE_EDGE), 2))
        painter.setBrush(QColor("#e3eef8" if self.is_down else "#ffffff"))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 12, 12)
        icon = look.px(44)
        painter.drawPixmap(
            look.px(16),
            (self.height() - icon) // 2,
            icon_pixmap("mdi6.file-pdf-box", OK_GREEN, icon),
        )
        x = look.px(76)
        painter.setPen(QColor(INK))
        painter.setFont(look.font(self, 22, bold=True))
        painter.drawText(
            QRectF(x, look.px(6), self.width() - x, self.height() / 2),
            Qt.AlignmentFlag.AlignVCenter,
            _(RECEIPT_TITLES[self.kind]),
        )
        painter.setFont(look.font(self, 21))
        painter.drawText(
            QRectF(x, self.height() / 2, self.width() - x, self.height() / 2 - look.px(6)),
            Qt.AlignmentFlag.AlignVCenter,
            _("Receipt no. {number} · PDF").format(number=RECEIPTS[self.kind]),
        )


class AccountPage(WebPage):
    def __init__(self, look: Look):
        super().__init__(look, "/mon-compte")
        self.title(_("My account"))
        self.para(_("Anne Martin"), 24, bold=True)
        self.para(f"{_(EMAIL)}\n{_(PHONE)}", 22, colour=MUTED)
        self.para(_("My receipts"), 24, bold=True, colour=SEA)
        self.none = self.para(_("No receipt kept yet."), 22, colour=MUTED)
        self.receipt = self.add(ReceiptRow(look))
        self.logout = self.add(
            button(look, "account.logout", _("Log out"), "mdi6.logout", background="#37474f")
        )

    def show_state(self, kept: list[str]) -> None:
        self.none.setVisible(not kept)
        self.receipt.setVisible(bool(kept))
        if kept:
            self.receipt.kind = kept[-1]
            self.receipt.update()


class ReceiptPage(WebPage):
    """The end of every procedure: what was sent, and the receipt number to keep."""

    def __init__(self, look: Look):
        super().__init__(look, "/demarches/recu")
        head = QHBoxLayout()
        mark = text(look, "")
        mark.setPixmap(icon_pixmap("mdi6.check-circle", OK_GREEN, look.px(52)))
        head.addWidget(mark)
        head.addWidget(text(look, _("Your request is sent"), 28, bold=True, colour=OK_GREEN), 1)
        self.body.addLayout(head)
        self.procedure = self.para("", 24, bold=True)
        self.number = self.para("", 28, bold=True, colour=SEA)
        self.number.setObjectName("receipt.number")
        self.detail = self.para("", 22)
        self.para(_("Sent on 12 March 2026 at 10:24."), 22, colour=MUTED)
        self.keep = button(
            look,
            "receipt.keep",
            _("Keep the receipt"),
            "mdi6.download",
            background=OK_GREEN,
            font_px=22,
        )
        self.home = button(
            look, "receipt.home", _("Home page"), "mdi6.home", background=SEA, font_px=22
        )
        self.row(self.keep, self.home)

    def show_receipt(self, kind: str, detail: str, kept: bool) -> None:
        self.procedure.setText(_(RECEIPT_TITLES[kind]))
        self.number.setText(_("Receipt no. {number}").format(number=RECEIPTS[kind]))
        self.detail.setText(detail)
        self.keep.set_text(_("Receipt kept") if kept else _("Keep the receipt"))
        self.keep.set_icon("mdi6.check" if kept else "mdi6.download")


class ResultCard(Pressable):
    """One search result: a small tag, the site's address, a blue title, a sentence."""

    def __init__(self, look: Look, name: str, tag: str, site: str, title: str, body: str):
        super().__init__(look=look, sizing=ROW)
        self.setObjectName(name)
        self.tag, self.site, self.title, self.body = tag, site, title, body

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(600), self.look.px(150))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#c4c9cf"), 1))
        painter.setBrush(QColor("#eef3f8" if self.is_down else "#ffffff"))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 12, 12)
        x, y = look.px(16), look.px(10)
        width = self.width() - 2 * x
        painter.setFont(look.font(self, 20, bold=bool(self.tag)))
        line = painter.fontMetrics().height()
        prefix = f"{self.tag} · " if self.tag else ""
        painter.setPen(QColor("#1b1b1b" if self.tag else "#16592a"))
        painter.drawText(
            QRectF(x, y, width, line), Qt.AlignmentFlag.AlignVCenter, prefix + self.site
        )
        y += line + look.px(4)
        font = look.font(self, 24, bold=True)
        font.setUnderline(True)
        painter.setFont(font)
        painter.setPen(QColor("#1a0dab"))
        title_h = painter.fontMetrics().height()
        painter.drawText(QRectF(x, y, width, title_h), Qt.AlignmentFlag.AlignVCenter, self.title)
        y += title_h + look.px(4)
        painter.setFont(look.font(self, 20))
        painter.setPen(QColor(MUTED))
        painter.drawText(
            QRectF(x, y, width, self.height() - y),
            Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            self.body,
        )


class SearchBox(Drawn):
    """The search engine's box: a magnifying glass and the words searched. The glass is the
    icon font's (an emoji glass has no glyph in the tablet's fonts: it showed as a box)."""

    def __init__(self, look: Look, words: str, parent: QWidget | None = None):
        super().__init__(look, parent, sizing=ROW)
        self.words = words

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(600), max(self.look.px(56), self.look.font_px(24) * 2))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(QColor("#c4c9cf"), 2))
        painter.setBrush(QColor("#f1f3f4"))
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        side = look.font_px(26)
        left = look.px(20)
        painter.drawPixmap(
            left, round((self.height() - side) / 2), icon_pixmap("mdi6.magnify", MUTED, side)
        )
        painter.setFont(look.font(self, 24))
        painter.setPen(QColor(INK))
        x = left + side + look.px(12)
        painter.drawText(
            QRectF(x, 0, self.width() - x - left, self.height()),
            Qt.AlignmentFlag.AlignVCenter,
            self.words,
        )


class SearchPage(WebPage):
    def __init__(self, look: Look):
        super().__init__(look, "/?q=mairie+belcastel", site="search")
        self.search_box = SearchBox(look, _("belcastel town hall"))
        self.body.setContentsMargins(look.px(24), look.px(20), look.px(24), 0)
        self.add(self.search_box)
        self.fake = self.add(
            ResultCard(
                look,
                "search.fake",
                _("Sponsored"),
                FAKE_SITE,
                _("Belcastel town hall - Birth certificate online"),
                _("Get your certificate in 24 hours. Handling fee: {amount}.").format(
                    amount=euros(FAKE_FEE_CENTS)
                ),
            )
        )
        self.real = self.add(
            ResultCard(
                look,
                "search.real",
                "",
                SITE,
                _("Town of Belcastel-sur-Mer - Official site"),
                _("Online procedures, birth certificates, library, SMS alerts."),
            )
        )


class FakePage(WebPage):
    """A look-alike of the portal: an encrypted connection like the real one, another
    address, a fee for a certificate the town gives for free, and pressure to pay."""

    def __init__(self, look: Look):
        super().__init__(look, "/acte-de-naissance", site="fake")
        banner = text(look, _("Offer valid today only!"), 30, bold=True, colour="#ffffff")
        banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        banner.setStyleSheet(f"color: white; background: #b10000; padding: {look.px(14)}px;")
        self.column.insertWidget(0, banner)
        self.para(_("Town hall of Belcastel · Birth certificate"), 26, bold=True)
        self.fee = self.para(
            _("Your certificate in 24 hours. Handling fee: {amount}.").format(
                amount=euros(FAKE_FEE_CENTS)
            ),
            24,
        )
        self.pay = self.add(
            button(
                look,
                "fake.pay",
                _("Pay now!"),
                "mdi6.credit-card",
                background="#b10000",
                font_px=28,
                height=84,
            )
        )

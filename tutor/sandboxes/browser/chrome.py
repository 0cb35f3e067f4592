"""The browser around the pages: the address bar (back, site information, address), the
site information panel, and the message banner that slides in like an SMS on a tablet.

The bar copies today's browsers: no padlock. Chrome replaced it in 2023 (Chrome 117) with a
"tune" icon that opens the site's information, because people read the padlock as "this site
is honest" while it only means "the connection is encrypted", and most fraudulent sites have
one. Only a site without encryption gets a sign: a red warning and the words "Not secure".
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tutor.i18n import _
from tutor.sandboxes.browser.parts import INK, MUTED, OK_GREEN, SEA, button, text
from tutor.sandboxes.kit.look import FIXED, ROW, Drawn, Look
from tutor.sandboxes.kit.touch import Pressable, icon_pixmap

ADDRESS_EDGE = "#6b7177"  # the address field's edge: 4:1 on the bar (WCAG 1.4.11)

BAR_HEIGHT = 80


class BackArrow(Pressable):
    """The browser's back arrow, at the left of the address bar."""

    def __init__(self, look: Look, parent=None):
        super().__init__(parent, look=look, sizing=FIXED)
        self.setObjectName("browser.back")

    def sizeHint(self) -> QSize:
        return QSize(self.look.touch_px(72), self.look.touch_px(66))

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.is_down:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#d5d9de"))
            painter.drawRoundedRect(QRectF(self.rect()), 12, 12)
        size = self.look.px(44)
        pix = icon_pixmap("mdi6.arrow-left", INK, size)
        painter.drawPixmap((self.width() - size) // 2, (self.height() - size) // 2, pix)


class SiteInfoButton(Pressable):
    """The site information button at the left of the address: the "tune" icon of current
    browsers on an encrypted site, a red warning on a site that is not encrypted."""

    def __init__(self, look: Look, parent=None):
        super().__init__(parent, look=look, sizing=FIXED)
        self.secure = True
        self.setObjectName("browser.site_info")

    def set_secure(self, secure: bool) -> None:
        self.secure = secure
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.look.touch_px(66), self.look.touch_px(66))

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c9ced4" if self.is_down else "#ffffff"))
        painter.drawRoundedRect(rect, self.look.px(33), self.look.px(33))
        size = self.look.px(40)
        icon, colour = ("mdi6.tune-variant", INK) if self.secure else ("mdi6.alert", "#b71c1c")
        pix = icon_pixmap(icon, colour, size)
        painter.drawPixmap((self.width() - size) // 2, (self.height() - size) // 2, pix)


class AddressField(Pressable):
    """The address of the page as browsers show it now: the site's name in black, the rest
    in grey, no "https://"; a site without encryption starts with "Not secure" in red."""

    def __init__(self, look: Look, parent=None):
        super().__init__(parent, look=look, sizing=ROW)
        self.site = ""
        self.path = ""
        self.secure = True
        self.setObjectName("browser.address")
        self.setProperty("boundary", True)  # a field: its edge shows where to write (3:1)

    def set_address(self, site: str, path: str, secure: bool) -> None:
        self.site, self.path, self.secure = site, path, secure
        self.update()

    def address(self) -> str:
        return ("https://" if self.secure else "http://") + self.site + self.path

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(500), self.look.touch_px(66))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A grey edge: the white field would hardly show on the light bar (1.2:1). Whole
        # pixels wide and laid on whole pixels: a thinner or half-pixel line is smoothed
        # into a paler grey that no longer reaches 3:1 on the bar (a small drawing).
        edge = max(2, look.px(2))
        inset = 1 + edge / 2
        rect = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        painter.setPen(QPen(QColor(ADDRESS_EDGE), edge))
        painter.setBrush(QColor("#c9ced4" if self.is_down else "#ffffff"))
        painter.drawRoundedRect(rect, look.px(33), look.px(33))
        font = look.font(self, 22)
        x = rect.left() + look.px(20)
        path = "" if self.path == "/" else self.path  # a home page shows its name alone
        parts = [(self.site, INK, True), (path, MUTED, False)]
        if not self.secure:
            parts.insert(0, (_("Not secure") + "  ", "#b71c1c", True))
        right = rect.right() - look.px(16)
        for value, colour, bold in parts:
            font.setBold(bold)
            painter.setFont(font)
            metrics = painter.fontMetrics()
            shown = metrics.elidedText(value, Qt.TextElideMode.ElideRight, int(right - x))
            painter.setPen(QColor(colour))
            painter.drawText(
                QRectF(x, rect.top(), right - x, rect.height()),
                Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
            x += metrics.horizontalAdvance(shown)
            if x >= right:
                break


class AddressBar(Drawn):
    """Back arrow, site information and address: the top of every browser."""

    def __init__(self, look: Look, parent=None):
        super().__init__(look, parent, sizing=ROW)
        self.back = BackArrow(look)
        self.site_info = SiteInfoButton(look)
        self.address = AddressField(look)
        row = QHBoxLayout(self)
        row.setContentsMargins(look.px(8), look.px(6), look.px(12), look.px(6))
        row.setSpacing(look.px(6))
        row.addWidget(self.back)
        frame = QHBoxLayout()
        frame.setSpacing(0)
        frame.addWidget(self.site_info)
        frame.addWidget(self.address, 1)
        row.addLayout(frame, 1)

    def show_page(self, site: str, path: str, secure: bool) -> None:
        self.site_info.set_secure(secure)
        self.address.set_address(site, path, secure)

    def sizeHint(self) -> QSize:
        return QSize(
            self.look.px(700),
            max(self.look.px(BAR_HEIGHT), self.look.touch_px(66) + self.look.px(12)),
        )

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#e4e7eb"))
        painter.setPen(QPen(QColor("#b8bec6"), 1))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)


class InfoSheet(QWidget):
    """What the browser says about the site when its information or its address is touched:
    the address to read, and what an encrypted connection means (and does not mean)."""

    def __init__(self, look: Look, parent: QWidget):
        super().__init__(parent)
        self.look = look
        self.secure = True
        self.icon = QLabel()
        self.heading = text(look, "", 26, bold=True)
        self.address = text(look, "", 24, bold=True, colour=INK)
        self.address.setWordWrap(True)
        self.detail = text(look, "", 22)
        self.close_button = button(look, "browser.info.close", _("OK"), background=SEA)
        box = QVBoxLayout(self)
        m = look.px(22)
        box.setContentsMargins(m, m, m, m)
        box.setSpacing(look.px(10))
        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addWidget(self.heading, 1)
        box.addLayout(top)
        box.addWidget(text(look, _("Address of the site:"), 21, colour=MUTED))
        box.addWidget(self.address)
        box.addWidget(self.detail)
        box.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.hide()

    def open_for(self, site: str, secure: bool) -> None:
        look = self.look
        self.secure = secure
        size = look.px(44)
        if secure:
            self.icon.setPixmap(icon_pixmap("mdi6.lock", INK, size))
            self.heading.setText(_("Connection is secure"))
            self.detail.setText(
                _(
                    "Your information is encrypted on the way to this site. This does not say "
                    "that the site is honest: read its address."
                )
            )
        else:
            self.icon.setPixmap(icon_pixmap("mdi6.alert", "#b71c1c", size))
            self.heading.setText(_("Connection is not secure"))
            self.detail.setText(_("Type nothing personal here: no password, no bank card number."))
        self.address.setText(site)
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(parent.width() - self.look.px(40), self.look.px(620))
        self.setFixedWidth(width)
        self.adjustSize()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            # Wrapped sentences need more height at this width than ``adjustSize`` gives:
            # without it "OK" is squeezed under a finger's size.
            self.resize(width, max(self.height(), layout.heightForWidth(width)))
        # Under the address bar; higher up (over the bar) when the words are many for the
        # screen, so that "OK" is never under its bottom edge.
        below_bar = self.look.px(36 + BAR_HEIGHT + 4)
        room = parent.height() - self.height() - self.look.px(8)
        self.move((parent.width() - width) // 2, max(0, min(below_bar, room)))

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # No green for an encrypted site: green would say "safe", which encryption is not.
        border = QColor(MUTED if self.secure else "#b71c1c")
        painter.setPen(QPen(border, self.look.px(4)))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 16, 16)


def two_lines(metrics: QFontMetrics, value: str, width: int) -> str:
    """The start of ``value`` on at most two lines of ``width``, the second one ending in
    "…" when the rest does not fit, as a tablet shows the beginning of a message."""
    words = value.split()
    first = ""
    while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not words:
        return first
    rest = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)
    return f"{first}\n{rest}" if first else rest


class NotificationBanner(Pressable):
    """An SMS that arrives at the top of the practice tablet; a touch opens Messages.

    It stays until it is touched (nothing times out for a learner who reads slowly).
    """

    def __init__(self, look: Look, parent: QWidget):
        super().__init__(parent, look=look)
        self.from_name = ""
        self.body = ""
        self.setObjectName("notification.banner")
        self.hide()

    def say(self, sender: str, body: str) -> None:
        self.from_name, self.body = sender, body
        self.place()
        self.show()
        self.raise_()
        self.update()

    def place(self) -> None:
        """At the top of the screen, over the page (again when the tablet is resized)."""
        parent = self.parentWidget()
        if parent is not None:
            width = min(parent.width() - self.look.px(40), self.look.px(640))
            self.setGeometry(
                (parent.width() - width) // 2, self.look.px(44), width, self.look.px(118)
            )

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#9aa0a6"), 1))
        painter.setBrush(QColor("#d9dde3" if self.is_down else "#ffffff"))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 18, 18)
        badge = look.px(56)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(OK_GREEN))
        painter.drawEllipse(QRectF(look.px(16), look.px(16), badge, badge))
        icon = look.px(34)
        pix = icon_pixmap("mdi6.message-text", "#ffffff", icon)
        painter.drawPixmap(
            look.px(16) + (badge - icon) // 2, look.px(16) + (badge - icon) // 2, pix
        )
        x = look.px(16) + badge + look.px(16)
        painter.setPen(QColor(INK))
        painter.setFont(look.font(self, 21, bold=True))
        painter.drawText(
            QRectF(x, look.px(10), self.width() - x - 10, look.px(30)),
            Qt.AlignmentFlag.AlignVCenter,
            _("SMS · {sender}").format(sender=self.from_name),
        )
        font = look.font(self, 21)
        painter.setFont(font)
        width = self.width() - x - look.px(12)
        painter.drawText(
            QRectF(x, look.px(42), width, self.height() - look.px(46)),
            Qt.AlignmentFlag.AlignTop,
            two_lines(QFontMetrics(font), self.body, int(width)),
        )


class PhoneStrip(Drawn):
    """The learner's mobile phone, lying beside the tablet: the SMS the town sends to the
    number typed on its site (a code, a confirmation) shows here, not on the tablet, as in
    life. It takes its place at the bottom of the screen, above the keyboard, so it never
    hides what the learner has to touch, and it stays until the lesson has no more use of
    it (a code is read while it is typed, however slowly)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, parent, sizing=ROW)
        self.from_name = ""
        self.body = ""
        self.setObjectName("phone.strip")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def say(self, sender: str, body: str) -> None:
        self.from_name, self.body = sender, body
        self.show()
        self.updateGeometry()
        self.update()

    def heading(self) -> str:
        return _("On your phone · SMS from {sender}").format(sender=self.from_name)

    def sizeHint(self) -> QSize:
        look = self.look
        lines = (
            QFontMetrics(look.font(self, 20, bold=True)).height()
            + 2 * QFontMetrics(look.font(self, 21)).height()
        )
        return QSize(look.px(600), lines + look.px(34))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#e4e7eb"))
        # The phone: a dark body with its white screen, seen from above.
        body = QRectF(self.rect()).adjusted(look.px(10), look.px(6), -look.px(10), -look.px(6))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#202124"))
        painter.drawRoundedRect(body, look.px(16), look.px(16))
        screen = body.adjusted(look.px(26), look.px(6), -look.px(26), -look.px(6))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(screen, look.px(8), look.px(8))
        badge = look.px(44)
        left = screen.left() + look.px(10)
        top = screen.top() + (screen.height() - badge) / 2
        painter.setBrush(QColor(OK_GREEN))
        painter.drawEllipse(QRectF(left, top, badge, badge))
        icon = look.px(28)
        pix = icon_pixmap("mdi6.cellphone-message", "#ffffff", icon)
        painter.drawPixmap(int(left + (badge - icon) / 2), int(top + (badge - icon) / 2), pix)
        x = left + badge + look.px(12)
        width = screen.right() - x - look.px(8)
        header = look.font(self, 20, bold=True)
        painter.setFont(header)
        header_h = QFontMetrics(header).height()
        painter.setPen(QColor(INK))
        painter.drawText(
            QRectF(x, screen.top() + look.px(4), width, header_h),
            Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(header).elidedText(
                self.heading(), Qt.TextElideMode.ElideRight, int(width)
            ),
        )
        font = look.font(self, 21)
        painter.setFont(font)
        painter.drawText(
            QRectF(x, screen.top() + look.px(4) + header_h, width, screen.height() - header_h),
            Qt.AlignmentFlag.AlignTop,
            two_lines(QFontMetrics(font), self.body, int(width)),
        )

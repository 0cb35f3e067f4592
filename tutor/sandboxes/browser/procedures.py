"""The procedures of the seed article: change of address, water-meter reading, tourist
tax for a guest room, and SMS alerts. Each form says kindly what is missing."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tutor.i18n import _
from tutor.sandboxes.browser.content import (
    METER_NUMBER,
    MOVE_DATES,
    PREVIOUS_READING,
    SMS_TOPICS,
    TAX_RATE_CENTS,
    euros,
    tax_amount_cents,
)
from tutor.sandboxes.browser.parts import (
    INK,
    MUTED,
    SEA,
    CheckRow,
    Field,
    IconButton,
    Message,
    Stepper,
    WebPage,
    button,
)
from tutor.sandboxes.kit.look import Look


class AddressPage(WebPage):
    def __init__(self, look: Look):
        super().__init__(look, "/demarches/changement-adresse")
        self.title(_("Change of address"))
        self.para(_("Tell the town hall where you live now."))
        self.message = self.add(Message(look))
        self.street = self.labelled_field(
            "address.street", _("Your new address"), _("Number and street")
        )
        self.para(_("Moving date"), 22, bold=True)
        self.dates = [
            button(
                look,
                f"address.date.{index}",
                _(label),
                background="#ffffff",
                foreground=SEA,
                font_px=22,
            )
            for index, label in enumerate(MOVE_DATES, start=1)
        ]
        self.row(*self.dates)
        self.next = self.add(
            button(look, "address.next", _("Next"), "mdi6.arrow-right", background=SEA)
        )

    def show_date(self, chosen: int | None) -> None:
        for index, chip in enumerate(self.dates, start=1):
            selected = chosen == index
            chip.background = QColor(SEA if selected else "#e3eef8")
            chip.foreground = QColor("#ffffff" if selected else SEA)
            chip.update()


class AddressSummaryPage(WebPage):
    """Check before sending: what will be sent, a way to change it, then send."""

    def __init__(self, look: Look):
        super().__init__(look, "/demarches/changement-adresse/verifier")
        self.title(_("Check your request"))
        self.para(_("New address:"), 22, colour=MUTED)
        self.street = self.para("", 26, bold=True)
        self.para(_("Moving date:"), 22, colour=MUTED)
        self.date = self.para("", 26, bold=True)
        self.send = self.add(
            button(look, "address.send", _("Send"), "mdi6.send", background="#16592a")
        )
        self.edit = self.add(
            button(
                look,
                "address.edit",
                _("Change"),
                "mdi6.pencil",
                background="#e3eef8",
                foreground=SEA,
            )
        )

    def show_request(self, street: str, date_index: int | None) -> None:
        self.street.setText(street)
        self.date.setText(_(MOVE_DATES[date_index - 1]) if date_index else "")


class MeterDrawing(QWidget):
    """A water meter as on the wall: black digits for cubic metres, red ones for litres."""

    def __init__(self, look: Look, parent=None):
        super().__init__(parent)
        self.look = look
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(420), self.look.px(120))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        digit_w, digit_h, gap = look.px(34), look.px(50), look.px(3)
        dial = QRectF(
            look.px(4), look.px(4), 6 * (digit_w + gap) + look.px(40), self.height() - look.px(8)
        )
        painter.setPen(QPen(QColor("#37474f"), look.px(5)))
        painter.setBrush(QColor("#eceff1"))
        painter.drawRoundedRect(dial, look.px(24), look.px(24))
        left = dial.left() + look.px(14)
        top = dial.center().y() - digit_h / 2
        painter.setFont(look.font(self, 30, bold=True))
        for index, char in enumerate("001525"):
            red = index == 5
            x = left + index * (digit_w + gap) + (look.px(8) if red else 0)
            cell = QRectF(x, top, digit_w, digit_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#c62828" if red else "#111111"))
            painter.drawRect(cell)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, char)
        x = dial.right() + look.px(18)
        painter.setPen(QColor(INK))
        painter.setFont(look.font(self, 21))
        painter.drawText(
            QRectF(x, 0, self.width() - x, self.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
            _("Black digits: cubic metres (m³). Red digit: litres, not needed."),
        )


class WaterPage(WebPage):
    def __init__(self, look: Look):
        super().__init__(look, "/demarches/releve-eau")
        self.title(_("Water-meter reading"))
        self.para(
            _("Meter no. {number} (already filled in)").format(number=METER_NUMBER),
            22,
            colour=MUTED,
        )
        self.add(MeterDrawing(look))
        self.para(_("Last reading: {value} m³").format(value=PREVIOUS_READING), 22, colour=MUTED)
        self.para(_("Your reading in m³ (black digits only)"), 22, bold=True)
        self.reading = Field(look, "water.reading", _("For example: 152"))
        self.clear = IconButton(look, "water.reading.clear", "mdi6.close", colour="#50565c")
        self.row(self.reading, self.clear)
        self.message = self.add(Message(look))
        self.send = self.add(button(look, "water.send", _("Confirm"), "mdi6.check", background=SEA))


class TaxPage(WebPage):
    def __init__(self, look: Look):
        super().__init__(look, "/demarches/taxe-de-sejour")
        self.title(_("Tourist tax"))
        self.para(_("Guest room \u201cLes Mouettes\u201d \u00b7 July 2026"), 22, colour=MUTED)
        self.nights = self.add(Stepper(look, "tax.nights", _("Nights")))
        self.guests = self.add(Stepper(look, "tax.guests", _("Guests")))
        self.amount = self.para("", 24, bold=True, colour=SEA)
        self.message = self.add(Message(look))
        self.send = self.add(button(look, "tax.send", _("Declare"), "mdi6.send", background=SEA))

    def show_state(self, nights: int, guests: int) -> None:
        self.nights.set_value(nights)
        self.guests.set_value(guests)
        self.amount.setText(
            _("{nights} × {guests} × {rate} = {amount} to pay").format(
                nights=nights,
                guests=guests,
                rate=euros(TAX_RATE_CENTS),
                amount=euros(tax_amount_cents(nights, guests)),
            )
        )


class SmsPage(WebPage):
    """Subscribe as on a real town site: tick the subjects, type one's mobile number, then
    type the code the town sends to it by SMS (nothing is filled in for the learner)."""

    def __init__(self, look: Look):
        super().__init__(look, "/demarches/alertes-sms")
        self.title(_("SMS alerts"))
        self.para(_("Choose what you want to hear about. Tick one or more boxes."))
        self.topics: dict[str, CheckRow] = {}
        for key, (label, icon, colour) in SMS_TOPICS.items():
            self.topics[key] = self.add(CheckRow(look, f"sms.topic.{key}", _(label), icon, colour))
        self.phone = self.labelled_field("sms.phone", _("Your mobile number"), _("Mobile number"))
        self.message = self.add(Message(look))
        self.send = self.add(
            button(look, "sms.send", _("Receive a code"), "mdi6.message-text", background=SEA)
        )
        self.code_label = self.para(_("Code received by SMS"), 22, bold=True)
        self.code = self.add(Field(look, "sms.code", _("4 digits")))
        self.confirm = self.add(
            button(look, "sms.confirm", _("Subscribe"), "mdi6.bell-ring", background="#16592a")
        )

    def show_state(self, topics: set[str], code_sent: bool) -> None:
        for key, row in self.topics.items():
            row.set_checked(key in topics)
        for widget in (self.code_label, self.code, self.confirm):
            widget.setVisible(code_sent)

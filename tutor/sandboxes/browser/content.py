"""What the city portal knows and checks, without any Qt.

Belcastel-sur-Mer is a fictional seaside town. Its portal offers the online procedures of
the seed article (change of address, water-meter reading, tourist tax, SMS alerts, library
account). The checks below give the kind sentences a form shows when something is missing
or written in another format; they are plain functions so tests can call them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tutor.core.passwords import MIN_LENGTH, Need, check_password
from tutor.i18n import N_, _

SITE = "belcastel-sur-mer.fr"
# The look-alike: an encrypted connection too (most fraudulent sites have one today), a
# name close to the town's, and a fee for a procedure that the town does for free.
FAKE_SITE = "belcastel-demarches.com"
SEARCH_SITE = "recherche.example"
# Anne's details, written as the learner's language writes them (an English learner
# types English-format examples): the English text is the msgid, French its translation.
EMAIL = N_("anne@example.com")
PASSWORD = N_("Seagull7Rock!")  # the account's password: 12 characters of 4 kinds
PHONE = N_("07700 900123")
SMS_CODE = "5307"  # the code the town sends to check the mobile number
FAKE_FEE_CENTS = 2990
METER_NUMBER = "07-458-221"
PREVIOUS_READING = 139
DRAFT_READING = (152, 5)  # started by Lucas with the litres: "152,5" ("152.5" in English)
LIBRARY_CARD = "0381"
RESET_CODE = "4829"
TAX_RATE_CENTS = 90  # per person and per night

RECEIPTS = {
    "address": "BEL-2026-004217",
    "water": "BEL-2026-004218",
    "tax": "BEL-2026-004219",
    "sms": "BEL-2026-004220",
}
RECEIPT_TITLES = {
    "address": N_("Change of address"),
    "water": N_("Water-meter reading"),
    "tax": N_("Tourist tax"),
    "sms": N_("SMS alerts"),
}
MOVE_DATES = (N_("1 March"), N_("15 March"), N_("1 April"))
SMS_TOPICS = {
    "weather": (N_("Weather warnings"), "mdi6.weather-lightning-rainy", "#1565c0"),
    "children": (N_("Children's activities"), "mdi6.human-male-child", "#8e3a9e"),
    "roadworks": (N_("Roadworks"), "mdi6.traffic-cone", "#c75000"),
}


def password_advice(password: str) -> list[str]:
    """What a password still needs, said kindly (empty when it is strong enough).

    The rule is the one every lesson teaches (``tutor.core.passwords``, CNIL 2022).
    """
    sentences = {
        Need.LENGTH: _("Use at least {count} characters.").format(count=MIN_LENGTH),
        Need.CAPITAL: _("Add a capital letter."),
        Need.SMALL_LETTER: _("Add a small letter."),
        Need.DIGIT: _("Add a digit."),
        Need.SIGN: _("Add a symbol, for example ! or ?"),
    }
    return [sentences[need] for need in check_password(password).needs]


def password_strength(password: str) -> int:
    """0 (nothing yet) to 3 (strong), for the meter: only the lessons' rule fills it."""
    return check_password(password).level


def account_password() -> str:
    """Anne's password on the portal, in the learner's language."""
    return _(PASSWORD)


def phone_digits(phone: str) -> str:
    return "".join(char for char in phone if not char.isspace())


def phone_problem(phone: str) -> str | None:
    """The kind sentence when a mobile number is missing or has another shape."""
    digits = phone_digits(phone)
    if not digits:
        return _("Your mobile number is missing. Type it in the field.")
    if not digits.isdigit() or not digits.startswith("0") or len(digits) not in (10, 11):
        return _("Type the digits of your mobile number, for example {phone}.").format(
            phone=_(PHONE)
        )
    return None


def email_problem(email: str) -> str | None:
    if not email.strip():
        return _("Your e-mail address is missing. Type it in the field.")
    if "@" not in email or "." not in email.split("@")[-1]:
        return _("An e-mail address looks like this: name@example.fr. Check the @ sign.")
    return None


def reading_problem(reading: str) -> str | None:
    """The kind explanation of the format a water-meter reading must have, if needed."""
    text = reading.strip()
    if not text:
        return _("Your reading is missing. Type the black digits of your meter.")
    if "," in text or "." in text:
        return _("Type only the black digits, without a decimal point. For example: 152.")
    if not text.isdigit():
        return _("Type only digits, from 0 to 9. For example: 152.")
    if int(text) < PREVIOUS_READING:
        return _(
            "This number is smaller than your last reading ({last}). Check the black digits."
        ).format(last=PREVIOUS_READING)
    return None


def tax_amount_cents(nights: int, guests: int) -> int:
    return nights * guests * TAX_RATE_CENTS


def decimal(whole: int, fraction: int) -> str:
    """A decimal number as the learner's language writes it: "152.5", in French "152,5"."""
    return _("{whole}.{fraction}").format(whole=whole, fraction=fraction)


def euros(cents: int) -> str:
    """An amount as the learner's language writes it: "€5.40" in English, "5,40 €" in
    French (the French translation of the format)."""
    return _("€{whole}.{cents}").format(whole=cents // 100, cents=f"{cents % 100:02d}")


@dataclass
class PortalState:
    """What a lesson can change on the portal; ``reset`` brings these back."""

    logged_in: bool = False
    has_account: bool = True
    water_draft: str = ""
    move_date: int | None = None
    nights: int = 0
    guests: int = 1
    topics: set[str] = field(default_factory=set)
    library_linked: bool = False
    borrowed: bool = False
    playing: bool = False
    code_sent: bool = False
    sms_code_sent: bool = False  # the SMS alerts: the code to check the number was sent
    receipt: str = "address"  # the receipt shown on the receipt page
    kept: list[str] = field(default_factory=list)  # receipts kept in "My account"

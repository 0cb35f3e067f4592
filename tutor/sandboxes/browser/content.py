"""What the city portal knows and checks, without any Qt.

Belcastel-sur-Mer is a fictional seaside town. Its portal offers the online procedures of
the seed article (change of address, water-meter reading, tourist tax, SMS alerts, library
account). The checks below give the kind sentences a form shows when something is missing
or written in another format; they are plain functions so tests can call them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tutor.i18n import N_, _

SITE = "www.belcastel-sur-mer.fr"
FAKE_SITE = "belcastel-sur-mer-paiement.com"
SEARCH_SITE = "recherche.example"
EMAIL = "anne@exemple.fr"
PASSWORD = "Soleil24"
PHONE = "06 12 34 56 78"
METER_NUMBER = "07-458-221"
PREVIOUS_READING = 139
DRAFT_READING = "152,5"
LIBRARY_CARD = "0381"
RESET_CODE = "4829"
TAX_RATE_CENTS = 90  # per person and per night
MIN_PASSWORD = 8

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
    """What a password still needs, said kindly (empty when it is strong enough)."""
    advice = []
    if len(password) < MIN_PASSWORD:
        advice.append(_("Use at least {count} characters.").format(count=MIN_PASSWORD))
    if not any(char.isupper() for char in password):
        advice.append(_("Add a capital letter."))
    if not any(char.isdigit() for char in password):
        advice.append(_("Add a digit."))
    return advice


def password_strength(password: str) -> int:
    """0 (nothing yet) to 3 (strong): the number of rules met, for the meter."""
    if not password:
        return 0
    return 3 - len(password_advice(password))


def email_problem(email: str) -> str | None:
    if not email.strip():
        return _("Your e-mail address is missing. Write it in the box.")
    if "@" not in email or "." not in email.split("@")[-1]:
        return _("An e-mail address looks like this: name@example.fr. Check the @ sign.")
    return None


def reading_problem(reading: str) -> str | None:
    """The kind explanation of the format a water-meter reading must have, if needed."""
    text = reading.strip()
    if not text:
        return _("Your reading is missing. Write the black digits of your meter.")
    if "," in text or "." in text:
        return _("Write only the black digits, without a comma. For example: 152.")
    if not text.isdigit():
        return _("Write only digits, from 0 to 9. For example: 152.")
    if int(text) < PREVIOUS_READING:
        return _(
            "This number is smaller than your last reading ({last}). Check the black digits."
        ).format(last=PREVIOUS_READING)
    return None


def tax_amount_cents(nights: int, guests: int) -> int:
    return nights * guests * TAX_RATE_CENTS


def euros(cents: int) -> str:
    """French money format: 5,40 €."""
    return f"{cents // 100},{cents % 100:02d}\u00a0€"


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
    receipt: str = "address"  # the receipt shown on the receipt page
    kept: list[str] = field(default_factory=list)  # receipts kept in "My account"

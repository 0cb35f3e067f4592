"""The one password rule that every lesson teaches and every practice meter measures.

Lessons and practice apps must agree: a meter that calls "Soleil24" strong while a lesson
asks for 12 signs teaches nothing. So the rule lives here, without Qt, and both practice
apps' meters (the library account, the town portal) and the lesson checks use it.

Source: CNIL, délibération n° 2022-100 du 21 juillet 2022, "recommandation relative aux mots
de passe et autres secrets partagés" (https://www.cnil.fr/fr/mots-de-passe-une-nouvelle-
recommandation-pour-maitriser-sa-securite). When a password alone protects an account, it is
strong with at least 12 characters mixing capitals, small letters, digits and special signs;
or at least 14 characters of capitals, small letters and digits; or a passphrase of at least
7 words. ANSSI gives the same order of strength ("Recommandations relatives à
l'authentification multifacteur et aux mots de passe", 2021).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

MIN_LENGTH = 12
"""Characters needed when the four kinds are mixed (CNIL 2022, example 1)."""
MIN_LENGTH_WITHOUT_SIGNS = 14
"""Characters needed with capitals, small letters and digits but no sign (CNIL 2022, example 2)."""
MIN_PASSPHRASE_WORDS = 7
"""Words needed in a passphrase (CNIL 2022, example 3)."""


class Need(Enum):
    """One thing a password still lacks, for the kind advice shown under the box."""

    LENGTH = "length"
    CAPITAL = "capital"
    SMALL_LETTER = "small_letter"
    DIGIT = "digit"
    SIGN = "sign"


@dataclass(frozen=True)
class PasswordCheck:
    """What a password has, measured once for the meter, the advice and the lesson checks."""

    length: int
    has_capital: bool
    has_small_letter: bool
    has_digit: bool
    has_sign: bool
    words: int

    @property
    def kinds(self) -> int:
        return sum((self.has_capital, self.has_small_letter, self.has_digit, self.has_sign))

    @property
    def is_passphrase(self) -> bool:
        return self.words >= MIN_PASSPHRASE_WORDS

    @property
    def strong(self) -> bool:
        if self.is_passphrase:
            return True
        if self.length >= MIN_LENGTH and self.kinds == 4:
            return True
        three_kinds = self.has_capital and self.has_small_letter and self.has_digit
        return self.length >= MIN_LENGTH_WITHOUT_SIGNS and three_kinds

    @property
    def needs(self) -> list[Need]:
        """What is missing for the 12-character, four-kind rule (empty once strong)."""
        if self.strong:
            return []
        missing = []
        if self.length < MIN_LENGTH:
            missing.append(Need.LENGTH)
        for present, need in (
            (self.has_capital, Need.CAPITAL),
            (self.has_small_letter, Need.SMALL_LETTER),
            (self.has_digit, Need.DIGIT),
            (self.has_sign, Need.SIGN),
        ):
            if not present:
                missing.append(need)
        return missing

    @property
    def level(self) -> int:
        """0 (nothing typed), 1 weak, 2 on the way, 3 strong: the meter's blocks.

        Only a password that meets the rule fills the meter; half-way means at least 8
        characters and 3 kinds, or a passphrase on its way (4 words or more).
        """
        if self.length == 0:
            return 0
        if self.strong:
            return 3
        if (self.length >= 8 and self.kinds >= 3) or self.words >= 4:
            return 2
        return 1


def check_password(password: str) -> PasswordCheck:
    """Measure a password (a passphrase's words are separated by spaces, hyphens or dots)."""
    separated = password.replace("-", " ").replace(".", " ").replace("_", " ")
    words = [word for word in separated.split() if any(char.isalpha() for char in word)]
    return PasswordCheck(
        length=len(password),
        has_capital=any(char.isupper() for char in password),
        has_small_letter=any(char.islower() for char in password),
        has_digit=any(char.isdigit() for char in password),
        has_sign=any(not char.isalnum() and not char.isspace() for char in password),
        words=len(words),
    )


def is_strong(password: str) -> bool:
    return check_password(password).strong

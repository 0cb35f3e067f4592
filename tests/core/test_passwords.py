"""The password rule taught by the lessons (CNIL 2022) and measured by the practice meters."""

from __future__ import annotations

import pytest

from tutor.core.passwords import Need, check_password, is_strong


@pytest.mark.parametrize(
    "password",
    [
        "Mimosa-Plage-2026!",  # 12+ characters, the four kinds
        "Jardin7Soleil42",  # 14+ characters: capitals, small letters, digits
        "le chat de Lucie dort sur le piano",  # a passphrase of 7 words or more
    ],
)
def test_passwords_that_meet_the_rule_are_strong(password):
    check = check_password(password)
    assert check.strong
    assert check.level == 3
    assert check.needs == []


@pytest.mark.parametrize(
    "password, missing",
    [
        ("Soleil24", {Need.LENGTH, Need.SIGN}),  # the old example: short, no sign
        ("chat bleu jardin", {Need.CAPITAL, Need.DIGIT}),  # three words are not a passphrase
        ("motdepasse123", {Need.CAPITAL, Need.SIGN}),
        ("Jardin7Soleil", {Need.SIGN}),  # 13 characters without a sign: one short of 14
    ],
)
def test_passwords_short_of_the_rule_say_what_they_lack(password, missing):
    check = check_password(password)
    assert not check.strong
    assert check.level < 3
    assert missing <= set(check.needs)


def test_the_meter_grows_step_by_step():
    levels = [check_password(p).level for p in ("", "chat", "Chat2026!", "Chat-Noir-2026!")]
    assert levels == [0, 1, 2, 3]
    assert not is_strong("Chat2026!")

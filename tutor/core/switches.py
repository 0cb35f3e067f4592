"""Switch access: one or two big buttons ("switches", plugged in as keys) in place of touch.

People who cannot aim at a screen use switches: a two-switch user moves a highlight from
control to control with one switch and presses with the other; a one-switch user lets the
highlight move by itself (scanning) and presses when it sits on the right control. Switch
interfaces send keys; Space and Enter are what most send out of the box (and what iPad and
Android switch access suggest first), so they are the switches here.

This module is what the setting *is* (kept in the device's settings by the facilitator: a
switch user cannot reach a settings page before it is on); ``tutor.ui.switch_access`` does it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class SwitchMode(Enum):
    OFF = "off"
    TWO = "two"  # Space moves, Enter presses
    ONE = "one"  # the highlight moves by itself; Space or Enter presses


# How long the highlight rests on each control with one switch: long enough for a slow
# hand (no time pressure: the scan goes round again, so waiting loses nothing).
SCAN_SECONDS = (2, 3, 4)
DEFAULT_SCAN_SECONDS = 3


@dataclass(frozen=True)
class SwitchAccess:
    mode: SwitchMode = SwitchMode.OFF
    scan_seconds: int = DEFAULT_SCAN_SECONDS

    @property
    def on(self) -> bool:
        return self.mode is not SwitchMode.OFF

    @classmethod
    def read(cls, mode: str | None, scan_seconds: str | None) -> SwitchAccess:
        """From the settings table's words; anything unexpected reads as the default (off,
        3 s), never as a crash at start."""
        try:
            chosen = SwitchMode(mode or SwitchMode.OFF.value)
        except ValueError:
            chosen = SwitchMode.OFF
        try:
            seconds = int(scan_seconds or DEFAULT_SCAN_SECONDS)
        except ValueError:
            seconds = DEFAULT_SCAN_SECONDS
        if seconds not in SCAN_SECONDS:
            seconds = DEFAULT_SCAN_SECONDS
        return cls(chosen, seconds)

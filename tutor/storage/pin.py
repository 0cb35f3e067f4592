"""The facilitator's PIN, which keeps learners out of the facilitator space.

Only a scrypt hash with a random salt is stored, never the PIN. Wrong tries are counted in
the database, so that restarting the program does not lift a lockout: after 5 wrong tries in
a row, 30 s to wait, then twice as long after each further wrong try (at most 15 min).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

from sqlite_utils import Database

from tutor.storage.settings import Settings

HASH_KEY = "facilitator_pin"
FAILURES_KEY = "facilitator_pin_failures"
LOCKED_UNTIL_KEY = "facilitator_pin_locked_until"

FREE_TRIES = 5
FIRST_WAIT_S = 30.0
MAX_WAIT_S = 15 * 60.0
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


@dataclass(frozen=True)
class PinCheck:
    ok: bool
    wait_s: float = 0.0  # seconds before another try is accepted


def valid_pin(pin: str) -> bool:
    return 4 <= len(pin) <= 8 and pin.isascii() and pin.isdigit()


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=64 * 2**20)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


class FacilitatorPin:
    def __init__(self, db: Database):
        settings = Settings(db)
        self._get = settings.get
        self._put = settings.put
        self._delete = settings.delete

    def is_set(self) -> bool:
        return self._get(HASH_KEY) is not None

    def set(self, pin: str) -> None:
        if not valid_pin(pin):
            raise ValueError("a PIN is 4 to 8 digits")
        salt = secrets.token_bytes(16)
        digest = _hash(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        stored = f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"
        self._put({HASH_KEY: stored, FAILURES_KEY: "0", LOCKED_UNTIL_KEY: "0"})

    def clear(self) -> None:
        """Forget the PIN and its wrong tries (``tutor pin reset``, for a forgotten PIN): the
        first-start set-up then asks a facilitator for a new one."""
        self._delete([HASH_KEY, FAILURES_KEY, LOCKED_UNTIL_KEY])

    def _matches(self, pin: str) -> bool:
        stored = self._get(HASH_KEY)
        if stored is None:
            return False
        try:
            _scheme, n, r, p, salt, digest = stored.split("$")
            expected = base64.urlsafe_b64decode(digest)
            actual = _hash(pin, base64.urlsafe_b64decode(salt), int(n), int(r), int(p))
        except ValueError:
            return False
        return hmac.compare_digest(actual, expected)

    def check(self, pin: str, now: float | None = None) -> PinCheck:
        """Is ``pin`` right? During a wait, every try is refused without being counted."""
        moment = time.time() if now is None else now
        locked_until = float(self._get(LOCKED_UNTIL_KEY) or 0)
        if moment < locked_until:
            return PinCheck(False, locked_until - moment)
        if self._matches(pin):
            self._put({FAILURES_KEY: "0", LOCKED_UNTIL_KEY: "0"})
            return PinCheck(True, 0.0)
        failures = int(self._get(FAILURES_KEY) or 0) + 1
        wait = 0.0
        if failures >= FREE_TRIES:
            wait = min(FIRST_WAIT_S * 2 ** (failures - FREE_TRIES), MAX_WAIT_S)
        self._put({FAILURES_KEY: str(failures), LOCKED_UNTIL_KEY: repr(moment + wait)})
        return PinCheck(False, wait)

    def change(self, old: str, new: str, now: float | None = None) -> bool:
        """Replace the PIN if ``old`` is right (wrong tries count as for ``check``)."""
        if not valid_pin(new):
            raise ValueError("a PIN is 4 to 8 digits")
        if not self.check(old, now).ok:
            return False
        self.set(new)
        return True

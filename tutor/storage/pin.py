"""The facilitator's PIN, which keeps learners out of the facilitator space.

Only a scrypt hash with a random salt is stored, never the PIN. The cost is OWASP's current
advice for scrypt (N=2^17, r=8, p=1: 128 MiB of memory per try); it is computed with
libsodium (PyNaCl), whose scrypt gives the same bytes as ``hashlib.scrypt`` in about two thirds
of the time, so that a check stays under half a second on a small 2-core machine. A hash made
with an older, cheaper cost is still read, and replaced by one at today's cost on the next
right PIN.

Wrong tries are counted in the database, so that restarting the program does not lift a
lockout: after 5 wrong tries in a row, 30 s to wait, then twice as long after each further
wrong try (at most 15 min).

How the wait is measured, so that changing the clock neither lifts nor shortens it: the
wall clock (``time.time``) is never used. What is stored is the wait still to serve and the
reading of the system's monotonic clock when that was last seen (``time.monotonic``: on
Linux, Windows and macOS it counts from the machine's start, is shared by every program,
and cannot be set by anyone). At each try the time elapsed since that reading is taken off
the wait. Moving the wall clock changes neither number. Restarting the program keeps both.
Restarting the machine starts the monotonic clock again from zero: a reading smaller than
the stored one shows it, and then nothing is taken off (the rest of the wait starts again
from there). Whatever happens, what is taken off is never more than the time that really
passed: after a restart of the machine, the new clock's reading is at most the time since
that restart. So a lockout can only last longer than it should (by at most one wait, after
a restart of the machine), never shorter.

Hashing takes about half a second, so a window must not wait for it: a try is taken in
(``begin_check``: reads the wait and the stored hash), hashed anywhere (``PinTry.verify``,
``new_pin_hash``: pure, no database, safe on a worker thread), then concluded on the
database's thread (``finish_check``, ``save_hash``). ``check``, ``set`` and ``change`` do
the three in a row, for the command line.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
import sqlite3
import time
from dataclasses import dataclass

from sqlite_utils import Database

from tutor.storage.settings import Settings

log = logging.getLogger(__name__)

HASH_KEY = "facilitator_pin"
FAILURES_KEY = "facilitator_pin_failures"
WAIT_LEFT_KEY = "facilitator_pin_wait_left"  # seconds still to wait, when last seen
SEEN_AT_KEY = "facilitator_pin_seen_at"  # the monotonic clock's reading then
LOCKED_UNTIL_KEY = "facilitator_pin_locked_until"  # older versions: a wall-clock time
# The device's PIN and its lockout: a restore keeps these (see storage/backup.py).
DEVICE_PIN_KEYS = (HASH_KEY, FAILURES_KEY, WAIT_LEFT_KEY, SEEN_AT_KEY, LOCKED_UNTIL_KEY)

FREE_TRIES = 5
FIRST_WAIT_S = 30.0
MAX_WAIT_S = 15 * 60.0
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
SCRYPT_MAX_MEMORY = 256 * 2**20  # 128 MiB for N=2^17, r=8, and some room


@dataclass(frozen=True)
class PinCheck:
    ok: bool
    wait_s: float = 0.0  # seconds before another try is accepted


@dataclass(frozen=True)
class PinVerdict:
    right: bool
    upgraded: str | None = None  # the right PIN's hash at today's cost, if the stored was cheaper


@dataclass(frozen=True)
class PinTry:
    """A try taken in: the wait at that moment, and what the slow hashing needs."""

    pin: str
    moment: float  # the monotonic clock's reading when it was typed
    seen: dict[str, str]  # the rows that record this sighting of the wait
    wait_s: float  # > 0: refused without hashing (and without being counted)
    stored: str | None  # the stored hash

    def verify(self) -> PinVerdict:
        """The slow part (scrypt), touching no database: safe on any thread."""
        right, cheaper = _matches(self.stored, self.pin)
        return PinVerdict(right, new_pin_hash(self.pin) if right and cheaper else None)


def valid_pin(pin: str) -> bool:
    return 4 <= len(pin) <= 8 and pin.isascii() and pin.isdigit()


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    try:
        from nacl.bindings import crypto_pwhash_scryptsalsa208sha256_ll as sodium_scrypt
    except ImportError:  # the same function, slower
        return hashlib.scrypt(
            pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=SCRYPT_MAX_MEMORY
        )
    return bytes(sodium_scrypt(pin.encode(), salt, n, r, p, 32, SCRYPT_MAX_MEMORY))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _number(text: str | None) -> float:
    try:
        value = float(text or 0)
    except ValueError:
        return 0.0
    return value if value == value else 0.0  # NaN reads as nothing


def new_pin_hash(pin: str) -> str:
    """A new salted hash of ``pin`` at today's cost (slow; no database: any thread)."""
    if not valid_pin(pin):
        raise ValueError("a PIN is 4 to 8 digits")
    salt = secrets.token_bytes(16)
    digest = _hash(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def _matches(stored: str | None, pin: str) -> tuple[bool, bool]:
    """(right PIN, its stored hash is cheaper than today's cost)."""
    if stored is None:
        return False, False
    try:
        _scheme, n, r, p, salt, digest = stored.split("$")
        params = (int(n), int(r), int(p))
        if params[0] > 2**20 or params[1] > 16 or params[2] > 16:
            return False, False  # not made by this program: never spend minutes on it
        expected = base64.urlsafe_b64decode(digest)
        actual = _hash(pin, base64.urlsafe_b64decode(salt), *params)
    except (ValueError, MemoryError):
        return False, False
    cheaper = params[0] * params[1] * params[2] < SCRYPT_N * SCRYPT_R * SCRYPT_P
    return hmac.compare_digest(actual, expected), cheaper


class FacilitatorPin:
    def __init__(self, db: Database):
        settings = Settings(db)
        self._get = settings.get
        self._put = settings.put
        self._delete = settings.delete

    def _record(self, values: dict[str, str]) -> None:
        """Write what a try changed; a store that cannot be written (read-only folder, full
        disk) still lets the facilitator in with the right PIN."""
        try:
            self._put(values)
        except sqlite3.Error as exc:
            log.warning("the PIN's tries could not be recorded: %s", exc)

    def is_set(self) -> bool:
        return self._get(HASH_KEY) is not None

    def set(self, pin: str) -> None:
        self.save_hash(new_pin_hash(pin))

    def save_hash(self, digest: str) -> None:
        """Keep a hash made by ``new_pin_hash`` as the PIN, with no wrong try counted.
        Raises ``sqlite3.Error`` when it cannot be written (read-only folder, full disk)."""
        self._put({HASH_KEY: digest, FAILURES_KEY: "0", WAIT_LEFT_KEY: "0", SEEN_AT_KEY: "0"})

    def clear(self) -> None:
        """Forget the PIN and its wrong tries (``tutor pin reset``, for a forgotten PIN): the
        first-start set-up then asks a facilitator for a new one."""
        self._delete([HASH_KEY, FAILURES_KEY, WAIT_LEFT_KEY, SEEN_AT_KEY, LOCKED_UNTIL_KEY])

    def wait_left(self, now: float | None = None) -> float:
        """Seconds before a try is accepted (0: now). ``now``: a monotonic clock reading."""
        moment = time.monotonic() if now is None else now
        return self._observe(moment)[0]

    def _observe(self, moment: float) -> tuple[float, dict[str, str]]:
        """The wait still to serve at ``moment``, and the rows that record this sighting."""
        stored_wait = self._get(WAIT_LEFT_KEY)
        if stored_wait is None:  # written by an older version: a wall-clock time
            wait = min(max(_number(self._get(LOCKED_UNTIL_KEY)) - time.time(), 0.0), MAX_WAIT_S)
            seen_at = moment
        else:
            wait = min(max(_number(stored_wait), 0.0), MAX_WAIT_S)
            seen_at = _number(self._get(SEEN_AT_KEY))
        elapsed = moment - seen_at if moment >= seen_at else 0.0  # smaller: the machine restarted
        left = max(wait - elapsed, 0.0)
        return left, {WAIT_LEFT_KEY: repr(left), SEEN_AT_KEY: repr(moment), LOCKED_UNTIL_KEY: "0"}

    def check(self, pin: str, now: float | None = None) -> PinCheck:
        """Is ``pin`` right? During a wait, every try is refused without being counted.

        ``now``: a reading of the monotonic clock (tests give their own)."""
        attempt = self.begin_check(pin, now)
        return self.finish_check(attempt, None if attempt.wait_s > 0 else attempt.verify())

    def begin_check(self, pin: str, now: float | None = None) -> PinTry:
        """Take a try in (quick): the wait at this moment and the stored hash."""
        moment = time.monotonic() if now is None else now
        left, seen = self._observe(moment)
        return PinTry(pin, moment, seen, left, self._get(HASH_KEY) if left <= 0 else None)

    def finish_check(self, attempt: PinTry, verdict: PinVerdict | None) -> PinCheck:
        """Record the try's outcome (``verdict``: from ``attempt.verify()``; None for a try
        refused by the wait) and say it."""
        if attempt.wait_s > 0 or verdict is None:
            self._record(attempt.seen)
            return PinCheck(False, attempt.wait_s)
        if verdict.right:
            fresh = {FAILURES_KEY: "0", WAIT_LEFT_KEY: "0", SEEN_AT_KEY: repr(attempt.moment)}
            if verdict.upgraded is not None:
                fresh[HASH_KEY] = verdict.upgraded
            self._record({**attempt.seen, **fresh})
            return PinCheck(True, 0.0)
        failures = int(_number(self._get(FAILURES_KEY))) + 1
        wait = 0.0
        if failures >= FREE_TRIES:
            wait = min(FIRST_WAIT_S * 2 ** min(failures - FREE_TRIES, 10), MAX_WAIT_S)
        self._record({**attempt.seen, FAILURES_KEY: str(failures), WAIT_LEFT_KEY: repr(wait)})
        return PinCheck(False, wait)

    def change(self, old: str, new: str, now: float | None = None) -> bool:
        """Replace the PIN if ``old`` is right (wrong tries count as for ``check``)."""
        if not valid_pin(new):
            raise ValueError("a PIN is 4 to 8 digits")
        if not self.check(old, now).ok:
            return False
        self.set(new)
        return True

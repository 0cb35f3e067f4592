"""The facilitator PIN: hashed, wrong tries counted in the database, growing waits that no
clock change lifts or shortens."""

from __future__ import annotations

import base64
import hashlib
import time

import pytest

from tutor.storage.database import DATABASE_NAME
from tutor.storage.pin import HASH_KEY, LOCKED_UNTIL_KEY, WAIT_LEFT_KEY
from tutor.storage.store import open_store

PIN = "73915286"


def test_no_pin_at_first_then_right_and_wrong_pins(store):
    assert not store.pin.is_set()
    assert not store.pin.check("1234").ok
    store.pin.set(PIN)
    assert store.pin.is_set()
    assert store.pin.check(PIN).ok
    refused = store.pin.check("73915287")
    assert not refused.ok and refused.wait_s == 0


@pytest.mark.parametrize("bad", ["123", "123456789", "12a4", "", "１２３４"])
def test_a_pin_is_4_to_8_ascii_digits(store, bad):
    with pytest.raises(ValueError):
        store.pin.set(bad)
    assert not store.pin.is_set()


def test_lockout_after_five_wrong_tries_with_a_growing_wait(store):
    store.pin.set(PIN)
    now = 1_000_000.0
    for _ in range(4):
        assert store.pin.check("0000", now=now).wait_s == 0
        now += 1
    fifth = store.pin.check("0000", now=now)
    assert not fifth.ok and fifth.wait_s == 30
    # During the wait even the right PIN is refused, and the try is not counted.
    during = store.pin.check(PIN, now=now + 10)
    assert not during.ok and during.wait_s == pytest.approx(20)
    now += 31
    sixth = store.pin.check("0000", now=now)
    assert not sixth.ok and sixth.wait_s == 60
    now += 61
    seventh = store.pin.check("0000", now=now)
    assert seventh.wait_s == 120
    for _ in range(10):
        now += 10_000
        last = store.pin.check("0000", now=now)
    assert last.wait_s == 15 * 60  # capped


def test_success_resets_the_count(store):
    store.pin.set(PIN)
    now = 5000.0
    for _ in range(4):
        store.pin.check("0000", now=now)
    assert store.pin.check(PIN, now=now).ok
    for _ in range(4):
        assert store.pin.check("0000", now=now).wait_s == 0
    assert store.pin.check("0000", now=now).wait_s == 30


def test_the_pin_is_never_stored_in_clear(tmp_path):
    store = open_store(tmp_path)
    store.pin.set(PIN)
    assert store.pin.check(PIN).ok
    stored = store.opened.db.execute(
        "SELECT value FROM settings WHERE key = 'facilitator_pin'"
    ).fetchone()[0]
    assert stored.startswith("scrypt$131072$8$1$")  # OWASP: N=2^17, r=8, p=1
    store.close()
    for suffix in ("", "-wal", "-shm"):
        path = tmp_path / (DATABASE_NAME + suffix)
        if path.exists():
            data = path.read_bytes()
            assert PIN.encode() not in data
            assert PIN.encode("utf-16-le") not in data


def test_the_lockout_and_the_pin_survive_reopening(tmp_path):
    store = open_store(tmp_path)
    store.pin.set(PIN)
    for _ in range(5):
        store.pin.check("0000", now=100.0)
    store.close()
    again = open_store(tmp_path)
    assert again.pin.is_set()
    refused = again.pin.check(PIN, now=110.0)
    assert not refused.ok and refused.wait_s == pytest.approx(20)
    assert again.pin.check(PIN, now=131.0).ok
    again.close()


def test_change_needs_the_old_pin(store):
    store.pin.set(PIN)
    assert not store.pin.change("0000", "4321")
    assert store.pin.check(PIN).ok
    assert store.pin.change(PIN, "4321")
    assert store.pin.check("4321").ok
    assert not store.pin.check(PIN).ok


def _lock(store, now: float | None) -> None:
    for _ in range(5):
        store.pin.check("0000", now=now)


def test_moving_the_wall_clock_neither_lifts_nor_shortens_a_lockout(store, monkeypatch):
    store.pin.set(PIN)
    _lock(store, now=None)  # the real monotonic clock
    assert store.pin.wait_left() == pytest.approx(30, abs=3)
    real_time = time.time
    for jump in (86_400.0, 3600.0, -86_400.0):  # a day ahead, an hour ahead, a day back
        monkeypatch.setattr(time, "time", lambda jump=jump: real_time() + jump)
        refused = store.pin.check(PIN)
        assert not refused.ok and refused.wait_s == pytest.approx(30, abs=3)
    monkeypatch.undo()
    # The monotonic clock moving on (the real passing of time) does end it.
    assert store.pin.check(PIN, now=time.monotonic() + 31).ok


def test_a_restart_of_the_machine_never_shortens_a_lockout(tmp_path):
    store = open_store(tmp_path)
    store.pin.set(PIN)
    _lock(store, now=50_000.0)  # the machine had been up for 50,000 s
    assert store.pin.wait_left(now=50_010.0) == pytest.approx(20)
    store.close()
    # The machine restarts: its monotonic clock starts again from zero. The wait is
    # taken up from the last try seen (at 50,000 s, with 30 s to wait): never lifted.
    again = open_store(tmp_path)
    refused = again.pin.check(PIN, now=5.0)
    assert not refused.ok and refused.wait_s == pytest.approx(30)
    # From there the rest of the wait runs as usual, whatever the clock's number.
    assert again.pin.wait_left(now=15.0) == pytest.approx(20)
    assert not again.pin.check(PIN, now=30.0).ok
    assert again.pin.check(PIN, now=36.0).ok
    again.close()


def test_a_lockout_stored_by_an_older_version_is_kept(store):
    store.pin.set(PIN)
    store.settings.put({LOCKED_UNTIL_KEY: repr(time.time() + 100)})
    store.opened.db.execute("DELETE FROM settings WHERE key = ?", [WAIT_LEFT_KEY])
    refused = store.pin.check(PIN, now=10.0)
    assert not refused.ok and refused.wait_s == pytest.approx(100, abs=2)
    assert store.pin.wait_left(now=60.0) == pytest.approx(50, abs=2)


def test_an_older_cheaper_hash_is_read_and_upgraded_on_the_next_right_pin(store):
    salt = b"0123456789abcdef"
    old = hashlib.scrypt(PIN.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    encode = base64.urlsafe_b64encode
    stored = f"scrypt$16384$8$1${encode(salt).decode()}${encode(old).decode()}"
    store.settings.put({HASH_KEY: stored})
    assert not store.pin.check("0000").ok
    assert store.settings.get(HASH_KEY) == stored  # a wrong PIN changes nothing
    assert store.pin.check(PIN).ok
    upgraded = store.settings.get(HASH_KEY)
    assert upgraded is not None and upgraded.startswith("scrypt$131072$8$1$")
    assert store.pin.check(PIN).ok and not store.pin.check("0000").ok


def test_a_try_hashed_on_another_thread_counts_as_any_other(store):
    """What a window does: take the try in, hash it on a worker thread (no database there),
    record it back. The lockout's rules are the same as for ``check``."""
    import threading

    from tutor.storage.pin import FAILURES_KEY, FREE_TRIES, new_pin_hash

    store.pin.save_hash(new_pin_hash(PIN))
    now = 2_000_000.0

    def try_in_a_thread(pin: str, moment: float):  # type: ignore[no-untyped-def]
        attempt = store.pin.begin_check(pin, now=moment)
        verdicts = []
        worker = threading.Thread(target=lambda: verdicts.append(attempt.verify()))
        worker.start()
        worker.join()
        return store.pin.finish_check(attempt, verdicts[0])

    for _ in range(FREE_TRIES):
        result = try_in_a_thread("0000", now)
    assert result.wait_s == 30 and store.settings.get(FAILURES_KEY) == str(FREE_TRIES)
    during = store.pin.begin_check(PIN, now=now + 10)
    assert during.wait_s == pytest.approx(20) and during.stored is None  # nothing to hash
    assert store.pin.finish_check(during, None).wait_s == pytest.approx(20)
    assert store.settings.get(FAILURES_KEY) == str(FREE_TRIES)  # not counted
    assert try_in_a_thread(PIN, now + 31).ok
    assert store.settings.get(FAILURES_KEY) == "0"

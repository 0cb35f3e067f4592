"""``tutor pin set|reset`` and ``tutor --stand`` without a PIN, run as the real program.

``pin set`` is typed in a real terminal (a pseudo-terminal), as IT staff would: the PIN is
asked twice at a hidden prompt and never shown.
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

from tutor.storage.quick_read import sign_in_learners
from tutor.storage.store import open_store

TUTOR = [sys.executable, "-m", "tutor"]
PROMPTS = (b"New facilitator PIN (4 to 8 digits): ", b"The same PIN again: ")


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [*TUTOR, *args], input=stdin, capture_output=True, text=True, env=env, timeout=120
    )


def in_terminal(args: list[str], answers: list[str], timeout: float = 60) -> tuple[int, str]:
    """Run ``tutor`` in a pseudo-terminal, answering each hidden prompt in turn."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the program, with the terminal as its own
        os.execvpe(sys.executable, [*TUTOR, *args], {**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    output = b""
    answered = 0
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _w, _x = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # the program ended: the terminal is closed
                    break
                if not chunk:
                    break
                output += chunk
            asked = sum(output.count(prompt) for prompt in PROMPTS)
            if asked > answered and answered < len(answers):
                os.write(fd, answers[answered].encode() + b"\r")
                answered += 1
    finally:
        _pid, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")


def _store_with_learner(folder: Path, pin: str | None = None) -> None:
    store = open_store(folder)
    store.learners.add("Jeanne", "mdi6.flower", "#8e244d")
    if pin:
        store.pin.set(pin)
    store.close()


def _pin_is(folder: Path, pin: str) -> bool:
    store = open_store(folder)
    try:
        return store.pin.is_set() and store.pin.check(pin).ok
    finally:
        store.close()


def test_pin_set_asks_twice_at_a_hidden_prompt(tmp_path):
    _store_with_learner(tmp_path)
    assert sign_in_learners(tmp_path) is None  # no PIN: the set-up would come first
    code, output = in_terminal(
        ["pin", "set", "--lang", "en", "--data-dir", str(tmp_path)], ["8642", "8642"]
    )
    assert code == 0, output
    assert all(prompt.decode() in output for prompt in PROMPTS)
    assert "8642" not in output  # never shown
    assert "The facilitator PIN is set" in output
    assert _pin_is(tmp_path, "8642")
    assert [learner.first_name for learner in sign_in_learners(tmp_path) or []] == ["Jeanne"]


def test_pin_set_asks_again_after_a_slip_and_refuses_a_bad_pin(tmp_path):
    code, output = in_terminal(
        ["pin", "set", "--lang", "en", "--data-dir", str(tmp_path)],
        ["12", "8642", "8643", "8642", "8642"],
    )
    assert code == 0, output
    assert "4 to 8 digits" in output and "not the same" in output
    assert _pin_is(tmp_path, "8642")


def test_pin_set_never_takes_the_pin_on_the_command_line(tmp_path):
    done = run("pin", "set", "1234", "--data-dir", str(tmp_path))
    assert done.returncode != 0
    assert "1234" not in done.stdout


def test_pin_set_does_not_replace_a_pin_already_set(tmp_path):
    _store_with_learner(tmp_path, pin="2468")
    done = run("pin", "set", "--lang", "en", "--data-dir", str(tmp_path))
    assert done.returncode == 1
    assert "tutor pin reset" in done.stderr
    assert _pin_is(tmp_path, "2468")


def test_pin_reset_says_what_it_needs_and_brings_the_set_up_back(tmp_path):
    _store_with_learner(tmp_path, pin="2468")
    assert sign_in_learners(tmp_path) is not None
    kept = run("pin", "reset", "--lang", "en", "--data-dir", str(tmp_path), stdin="no\n")
    assert kept.returncode == 1 and _pin_is(tmp_path, "2468")
    assert "access to this computer account" in kept.stdout
    done = run("pin", "reset", "--lang", "en", "--data-dir", str(tmp_path), stdin="yes\n")
    assert done.returncode == 0, done.stderr
    assert "access to this computer account" in done.stdout
    assert str(tmp_path) in done.stdout
    assert "next start" in done.stdout
    store = open_store(tmp_path)
    assert not store.pin.is_set()
    store.close()
    assert sign_in_learners(tmp_path) is None  # the set-up comes first at the next start


def test_pin_reset_in_french_by_default_with_yes(tmp_path):
    _store_with_learner(tmp_path, pin="2468")
    done = run("pin", "reset", "--yes", "--data-dir", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "accès à ce compte" in done.stdout
    assert not _pin_is(tmp_path, "2468")


def test_a_stand_refuses_to_start_without_a_pin(tmp_path):
    _store_with_learner(tmp_path)
    started = time.monotonic()
    done = run("--stand", "--lang", "en", "--data-dir", str(tmp_path))
    assert done.returncode == 1
    assert "needs a facilitator PIN" in done.stderr and "tutor pin set" in done.stderr
    assert time.monotonic() - started < 30  # no window waited for
    done = run("--stand", "--data-dir", str(tmp_path / "empty"))
    assert done.returncode == 1 and "code PIN" in done.stderr

"""The stand and the first start in a real window, under a real window manager (Openbox).

A visitor at a stand tries every way out a desktop offers: Alt+F4 (taken by the window
manager, which then asks the window to close), the window manager's own close request (what
its close button sends), Escape, Ctrl+Q. Each one must ask for the PIN already set, and the
app must stay. On a new device, and on one with learners but no PIN, the first-start set-up
comes before anything else.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time

import pytest

from tests.e2e.conftest import PIN, device_in_use, xdotool

pytestmark = pytest.mark.e2e

ENTER_PIN = "Tapez votre code PIN"  # "Enter your PIN": only a PIN already set is asked


@pytest.fixture
def window_manager(x_display):
    """Openbox managing the test's X display, as a desktop's window manager would."""
    missing = [tool for tool in ("openbox", "wmctrl") if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {missing} (scripts/system-packages-test.txt)")
        pytest.skip(f"needs {missing}; scripts/install-system.sh --test installs them")
    env = {**os.environ, "DISPLAY": x_display}
    manager = subprocess.Popen(
        ["openbox", "--sm-disable"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        probe = subprocess.run(["wmctrl", "-m"], env=env, capture_output=True, text=True)
        if "Openbox" in probe.stdout:
            break
        assert manager.poll() is None, "openbox stopped at once"
        time.sleep(0.2)
    else:
        manager.terminate()
        pytest.fail("openbox never took charge of the display")
    yield
    manager.terminate()
    try:
        manager.wait(10)
    except subprocess.TimeoutExpired:
        manager.kill()


def _window_id(app) -> str:
    """The app's main window, as the window manager knows it."""
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        listing = subprocess.run(["wmctrl", "-l", "-p"], capture_output=True, text=True)
        for line in listing.stdout.splitlines():
            parts = line.split(None, 4)
            if len(parts) >= 3 and parts[2] == str(app.process.pid):
                return parts[0]
        time.sleep(0.2)
    raise AssertionError(f"no managed window for the app: {listing.stdout!r}")


def _focus(window: str) -> None:
    subprocess.run(["wmctrl", "-i", "-a", window], check=True, timeout=10)
    time.sleep(0.3)


def _asked_for_the_pin(app) -> None:
    app.wait_for("pin.prompt", ENTER_PIN, timeout=10)
    screen = app.screen()
    assert "pin.key.2" in screen  # the keypad, for the PIN already set
    assert not [name for name in screen if name.startswith("setup.")]
    assert app.process.poll() is None


def test_every_way_out_of_a_stand_asks_for_the_pin_and_the_app_stays(
    window_manager, start_app, tmp_path
):
    device_in_use(tmp_path, learners=("Jeanne", "Marcel", "Odette"))
    app = start_app("--stand")
    app.wait_for("stand.attract.title")
    window = _window_id(app)
    ways_out = {
        "Alt+F4 (the window manager's key)": lambda: xdotool("key", "alt+F4"),
        "the window manager's close": lambda: subprocess.run(
            ["wmctrl", "-i", "-c", window], check=True, timeout=10
        ),
        "Escape": lambda: xdotool("key", "Escape"),
        "Ctrl+Q": lambda: xdotool("key", "ctrl+q"),
    }
    for way, do in ways_out.items():
        _focus(window)
        do()
        try:
            _asked_for_the_pin(app)
        except AssertionError as problem:
            raise AssertionError(f"{way}: {problem}") from problem
        app.click("pin.back")  # a visitor cannot go further: back to the stand
        app.wait_for("stand.attract.title", timeout=10)
    # The facilitator, with the PIN, leaves the stand; then the window may close.
    app.click("stand.exit")
    for digit in PIN:
        app.click(f"pin.key.{digit}")
    app.click("pin.ok")
    app.wait_for("facilitator.tile.stand", timeout=10)
    subprocess.run(["wmctrl", "-i", "-c", window], check=True, timeout=10)
    assert app.process.wait(15) == 0


def _choose_pin_in_setup(app, pin: str) -> None:
    for _time in range(2):  # chosen, then typed again
        for digit in pin:
            app.click(f"setup.pin.key.{digit}")
        app.click("setup.pin.ok")


def test_a_new_device_starts_with_the_set_up_then_the_sign_in(start_app, tmp_path):
    app = start_app(first_start=True)
    app.wait_for("setup.language.en")
    assert "signin.facilitator" not in app.screen()
    app.click("setup.language.en")
    app.wait_for("setup.pin.prompt", "Choose the facilitator PIN")
    assert "setup.later" in app.screen()  # nothing about anyone here yet
    _choose_pin_in_setup(app, "1357")
    app.wait_for("signin.facilitator", "Facilitator space")  # in the language chosen
    with sqlite3.connect(tmp_path / "progress.db") as conn:
        settings = dict(conn.execute("SELECT key, value FROM settings").fetchall())
    assert settings["device_language"] == "en"
    assert settings["facilitator_pin"].startswith("scrypt$")


def test_learners_without_a_pin_get_the_set_up_and_no_way_round_it(start_app, tmp_path):
    device_in_use(tmp_path, pin=None, learners=("Jeanne",))
    app = start_app(first_start=True)
    app.click("setup.language.fr")
    app.wait_for("setup.pin.prompt", "Choisissez le code PIN animateur")
    screen = app.screen()
    assert "setup.later" not in screen  # learners are here: the PIN cannot wait
    assert not [name for name in screen if name.startswith("signin.")]
    xdotool("key", "Escape")
    time.sleep(0.5)
    assert "setup.pin.prompt" in app.screen()
    _choose_pin_in_setup(app, PIN)
    app.wait_for("signin.facilitator")
    assert [name for name in app.screen() if name.startswith("signin.learner.")]

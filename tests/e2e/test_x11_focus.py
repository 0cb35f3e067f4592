"""The keyboard focus asked in the same breath as the window's mapping (``tutor.ui.x11_focus``),
in a real X server with no window manager (the server held meanwhile), and nothing held
where a window manager runs."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from tests.e2e.conftest import REPO

pytestmark = pytest.mark.e2e

SCRIPT = textwrap.dedent(
    """
    import subprocess, sys
    from PySide6.QtWidgets import QApplication, QWidget
    from tutor.ui.x11_focus import (
        _libxcb, _xcb_connection, focus_when_mapped, show_with_keyboard, window_manager_runs,
    )

    app = QApplication([])
    hidden = QWidget()
    hidden.winId()  # a real X window, never mapped: the server refuses it the focus
    print("hidden", focus_when_mapped(hidden))
    print("manager", window_manager_runs(_libxcb(), _xcb_connection()))
    shown = QWidget()
    shown.resize(200, 200)
    show_with_keyboard(shown)  # the server held from the map request to the focus request
    print("shown", shown.isVisible())
    # No event is read in between: the focus was given by the server, not by Qt.
    focused = subprocess.run(["xdotool", "getwindowfocus"], capture_output=True, text=True)
    print("focus", int(focused.stdout.strip()) == int(shown.winId()))
    # Qt reads what the server said meanwhile: a refusal not dropped would be printed now.
    from PySide6.QtCore import QElapsedTimer
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < 300:
        app.processEvents()
    """
)


def test_the_window_has_the_keyboard_as_soon_as_it_is_mapped_and_a_refusal_is_silent(x_display):
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "xcb",
            "DISPLAY": x_display,
            "PYTHONPATH": str(REPO),
            "QT_LOGGING_RULES": "qt.qpa.xcb=true",  # Qt prints the server's refusals then
        },
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [
        "hidden", "True", "manager", "False", "shown", "True", "focus", "True",
    ]  # fmt: skip
    # The refusal for the hidden window is dropped (Qt's own harmless queries may show).
    assert "(SetInputFocus)" not in done.stderr


def test_nothing_is_asked_off_x11(qapp):
    from PySide6.QtWidgets import QWidget

    from tutor.ui.x11_focus import focus_when_mapped

    widget = QWidget()
    assert focus_when_mapped(widget) is False  # the tests' offscreen platform


def test_with_a_window_manager_the_server_is_not_held(x_display):
    """Under Openbox the manager maps the window and gives it the keyboard: it is seen as
    running, so the server is never held, and the window still gets the keyboard."""
    import shutil

    if shutil.which("openbox") is None:
        pytest.skip("needs openbox (installed by the test command's system packages)")
    script = textwrap.dedent(
        """
        import subprocess, time
        from PySide6.QtWidgets import QApplication, QWidget
        from tutor.ui.x11_focus import _libxcb, _xcb_connection, show_with_keyboard
        from tutor.ui.x11_focus import window_manager_runs
        app = QApplication([])
        print("manager", window_manager_runs(_libxcb(), _xcb_connection()))
        shown = QWidget()
        shown.resize(200, 200)
        show_with_keyboard(shown)
        shown.activateWindow()
        for _ in range(100):
            app.processEvents()
            time.sleep(0.01)
        focused = subprocess.run(["xdotool", "getwindowfocus"], capture_output=True, text=True)
        print("focus", int(focused.stdout.strip()) == int(shown.winId()))
        """
    )
    display = ":93"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "800x600x24", "-nolisten", "tcp"])
    try:
        env = {**os.environ, "DISPLAY": display}
        manager = subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL)
        try:
            done = _run_until_manager(script, env)
        finally:
            manager.terminate()
            manager.wait(10)
    finally:
        server.terminate()
        server.wait(10)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["manager", "True", "focus", "True"]


def _run_until_manager(script: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """Run ``script`` once Openbox owns the screen (it takes a moment to start)."""
    import time

    deadline = time.monotonic() + 20
    while True:
        done = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=REPO,
            env={**env, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(REPO)},
        )
        if "manager True" in done.stdout or time.monotonic() > deadline:
            return done
        time.sleep(0.3)

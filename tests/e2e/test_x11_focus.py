"""The keyboard focus asked in the same breath as the window's mapping (``tutor.ui.x11_focus``),
in a real X server with no window manager."""

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
    from tutor.ui.x11_focus import focus_when_mapped

    app = QApplication([])
    hidden = QWidget()
    hidden.winId()  # a real X window, never mapped: the server refuses it the focus
    print("hidden", focus_when_mapped(hidden))
    shown = QWidget()
    shown.resize(200, 200)
    shown.show()
    print("shown", focus_when_mapped(shown))
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
    assert done.stdout.split() == ["hidden", "True", "shown", "True", "focus", "True"]
    # The refusal for the hidden window is dropped (Qt's own harmless queries may show).
    assert "(SetInputFocus)" not in done.stderr


def test_nothing_is_asked_off_x11(qapp):
    from PySide6.QtWidgets import QWidget

    from tutor.ui.x11_focus import focus_when_mapped

    widget = QWidget()
    assert focus_when_mapped(widget) is False  # the tests' offscreen platform

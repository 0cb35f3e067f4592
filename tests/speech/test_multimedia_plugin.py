"""Qt's FFmpeg multimedia plugin loads here as on a desktop, so tests run the code path
users run (the plugin takes its time at start-up and plays the narration).

Without one of its system libraries Qt says nothing much and starts without a multimedia
backend: tests then ran a quicker start than users get. ``scripts/system-packages.txt``
lists what it needs on Debian."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

PLUGIN = Path(PySide6.__file__).parent / "Qt" / "plugins" / "multimedia" / "libffmpegmediaplugin.so"

LOADED = """
import sys
from PySide6.QtWidgets import QApplication
from PySide6.QtMultimedia import QMediaPlayer

app = QApplication([])
player = QMediaPlayer()
mapped = open("/proc/self/maps", encoding="utf-8").read()
print("available:", player.isAvailable())
print("mapped:", "libffmpegmediaplugin.so" in mapped)
"""

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="PySide6's Linux plugin"
)


@linux_only
def test_every_library_the_plugin_needs_is_installed():
    if shutil.which("ldd") is None:
        pytest.skip("no ldd")
    assert PLUGIN.exists(), PLUGIN
    listing = subprocess.run(
        ["ldd", str(PLUGIN)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    missing = [line.split()[0] for line in listing.splitlines() if "not found" in line]
    assert missing == [], (
        f"missing for Qt's FFmpeg plugin: {missing}; install their Debian packages "
        "(scripts/system-packages.txt)"
    )


@linux_only
def test_qt_loads_the_ffmpeg_plugin_and_has_a_media_backend():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", LOADED], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "available: True" in result.stdout, result.stderr
    assert "mapped: True" in result.stdout, result.stderr

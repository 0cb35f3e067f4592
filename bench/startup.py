"""Start-up: from launching the program to the first paint of the sign-in screen.

Baseline: a bare PySide6 QMainWindow started the same way (a fresh Python process, first
paint detected by an event filter). Ours: ``python -m tutor`` with ``TUTOR_STARTUP_PROBE``,
which prints the moment of the first paint. Both use CLOCK_MONOTONIC, shared by processes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from bench.report import Section, median_ms

RUNS = 7
BARE = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"first-paint {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Bonjour"))
window.resize(1280, 800)
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def _time(command: list[str], env: dict[str, str]) -> float | None:
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            return (float(line.split()[1]) - started) * 1000
    return None


def measure(program: list[str] | None = None) -> tuple[list[float], list[float]]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "TUTOR_STARTUP_PROBE": "1",
    }
    bare, ours = [], []
    with tempfile.TemporaryDirectory() as folder:
        app = program or [sys.executable, "-m", "tutor"]
        _time([*app, "--data-dir", folder], env)  # warm the disk cache and the database
        for _ in range(RUNS):
            value = _time([sys.executable, "-c", BARE], env)
            if value is not None:
                bare.append(value)
            value = _time([*app, "--data-dir", folder], env)
            if value is not None:
                ours.append(value)
    return bare, ours


def run() -> Section:
    bare, ours = measure()
    section = Section("startup", "Start-up: launch → first paint of the sign-in screen")
    ratio = (
        (sorted(ours)[len(ours) // 2] / sorted(bare)[len(bare) // 2])
        if bare and ours
        else float("nan")
    )
    section.table(
        ["", "median", "ratio"],
        [
            ["bare PySide6 window (baseline)", median_ms(bare), "1.00×"],
            ["Pas à Pas, sign-in screen (from source)", median_ms(ours), f"{ratio:.2f}×"],
        ],
    )
    section.text(
        f"{RUNS} runs each, alternating, offscreen, existing data folder with no "
        "learner. Goal: at most 1.3× the bare window."
    )
    return section

"""Start-up: from launching the program to the first paint of the sign-in screen.

Baseline: a bare PySide6 QMainWindow started the same way (a fresh Python process, first
paint detected by an event filter). Ours: the ``tutor`` command people run (the console
script beside this Python) with ``TUTOR_STARTUP_PROBE``, which prints the moment of the
first paint and the moment everything else is built (ready to be touched). Both use
CLOCK_MONOTONIC, shared by processes.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import Section, median_ms

RUNS = 11
REPO = Path(__file__).resolve().parent.parent
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


def _times(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Milliseconds from launch to each moment the program printed (first-paint, ready)."""
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    found = {}
    for line in result.stdout.splitlines():
        name, _space, moment = line.partition(" ")
        if name in ("first-paint", "ready"):
            found[name] = (float(moment) - started) * 1000
    return found


def _time(command: list[str], env: dict[str, str]) -> float | None:
    return _times(command, env).get("first-paint")


def tutor_command() -> list[str]:
    """How people start it: the ``tutor`` script installed beside this Python."""
    script = Path(sys.executable).with_name("tutor")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tutor"]


LEARNERS = (
    ("Jeanne", "mdi6.flower"),
    ("Marcel", "mdi6.bicycle"),
    ("Odette", "mdi6.cat"),
    ("Paul", "mdi6.tree"),
    ("Simone", "mdi6.coffee"),
    ("Yves", "mdi6.sail-boat"),
)


def _data_folder(folder: str) -> None:
    """A workshop's tablet: six learners on the sign-in screen."""
    from tutor.storage.store import open_store

    store = open_store(Path(folder))
    for name, avatar in LEARNERS:
        store.learners.add(name, avatar, "#0b4a85")
    store.close()


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "TUTOR_STARTUP_PROBE": "1",
    }


def measure(
    program: list[str] | None = None, runs: int = RUNS
) -> tuple[list[float], list[float], list[float]]:
    """Bare window first paints, ours, and our "ready to be touched" moments (ms)."""
    env = _env()
    # Bytecode as an installed program has it (pip compiles at install; a source checkout
    # writes it at the first start, unless PYTHONDONTWRITEBYTECODE says not to).
    compileall.compile_dir(REPO / "tutor", quiet=1)
    bare, ours, ready = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        _data_folder(folder)
        app = program or tutor_command()
        _times([*app, "--data-dir", folder], env)  # warm the disk cache
        for _ in range(runs):
            value = _time([sys.executable, "-c", BARE], env)
            if value is not None:
                bare.append(value)
            moments = _times([*app, "--data-dir", folder], env)
            if "first-paint" in moments:
                ours.append(moments["first-paint"])
            if "ready" in moments:
                ready.append(moments["ready"])
    return bare, ours, ready


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def bundle_program() -> list[str] | None:
    """The built Linux bundle (``packaging/build.sh``), if there is one."""
    program = REPO / "dist" / "pas-a-pas" / "pas-a-pas"
    return [str(program)] if program.exists() else None


def run() -> Section:
    bare, ours, ready = measure()
    section = Section("startup", "Start-up: launch → first paint of the sign-in screen")
    base = _median(bare)
    rows = [
        ["bare PySide6 window (baseline)", median_ms(bare), "1.00×"],
        ["Pas à Pas: sign-in screen painted", median_ms(ours), f"{_median(ours) / base:.2f}×"],
        [
            "Pas à Pas: everything built, ready to touch",
            median_ms(ready),
            f"{_median(ready) / base:.2f}×",
        ],
    ]
    bundle = bundle_program()
    note = "The bundle was not built (`packaging/build.sh`): its row is missing."
    if bundle is not None:
        b_bare, b_ours, b_ready = measure(bundle)
        b_base = _median(b_bare)
        rows += [
            [
                "bundle: sign-in screen painted",
                median_ms(b_ours),
                f"{_median(b_ours) / b_base:.2f}×",
            ],
            ["bundle: ready to touch", median_ms(b_ready), f"{_median(b_ready) / b_base:.2f}×"],
        ]
        note = (
            f"The bundle (`dist/pas-a-pas`, PyInstaller) against the same baseline measured "
            f"in its own alternating runs (baseline median {b_base:.0f} ms); against running "
            f"from source: first paint {_median(b_ours) / _median(ours):.2f}×, ready "
            f"{_median(b_ready) / _median(ready):.2f}×."
        )
    section.table(["", "median", "ratio"], rows)
    section.text(
        f"{RUNS} runs each, alternating, offscreen, started with the `tutor` command on a "
        f"data folder with {len(LEARNERS)} learners. Goal: sign-in painted at most 1.3× the "
        "bare window. The sign-in screen is painted from a quick read of the learners; the "
        "lessons, the store, the voice and the other screens are built right after (a touch "
        "meanwhile waits in Qt's queue). " + note
    )
    return section

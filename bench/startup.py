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

RUNS = 21
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
    store.pin.set("2468")  # a device in use (without a PIN, the first-start set-up shows)
    store.close()


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "TUTOR_STARTUP_PROBE": "1",
    }


class Runs:
    """Alternating runs: the bare window, then ours, again and again. Each pair is measured
    within a second, so its ratio is hardly touched by the slow swings of a shared machine
    (a bare window took from 111 to 165 ms here within minutes)."""

    def __init__(self) -> None:
        self.bare: list[float] = []
        self.ours: list[float] = []
        self.ready: list[float] = []
        self.paint_ratios: list[float] = []
        self.ready_ratios: list[float] = []

    def add(self, bare: float | None, moments: dict[str, float]) -> None:
        if bare is None or "first-paint" not in moments:
            return
        self.bare.append(bare)
        self.ours.append(moments["first-paint"])
        self.paint_ratios.append(moments["first-paint"] / bare)
        if "ready" in moments:
            self.ready.append(moments["ready"])
            self.ready_ratios.append(moments["ready"] / bare)


def measure(program: list[str] | None = None, runs: int = RUNS) -> Runs:
    """Bare window first paints against ours, with our "ready to be touched" moments."""
    env = _env()
    # Bytecode as an installed program has it (pip compiles at install; a source checkout
    # writes it at the first start, unless PYTHONDONTWRITEBYTECODE says not to).
    compileall.compile_dir(REPO / "tutor", quiet=1)
    found = Runs()
    with tempfile.TemporaryDirectory() as folder:
        _data_folder(folder)
        app = program or tutor_command()
        _times([*app, "--data-dir", folder], env)  # warm the disk cache
        _time([sys.executable, "-c", BARE], env)
        for _ in range(runs):
            bare = _time([sys.executable, "-c", BARE], env)
            found.add(bare, _times([*app, "--data-dir", folder], env))
    return found


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def bundle_program() -> list[str] | None:
    """The built Linux bundle (``packaging/build.sh``), if there is one."""
    program = REPO / "dist" / "pas-a-pas" / "pas-a-pas"
    return [str(program)] if program.exists() else None


def _ratio(values: list[float]) -> str:
    return f"{_median(values):.2f}×"


def run() -> Section:
    source = measure()
    section = Section("startup", "Start-up: launch → first paint of the sign-in screen")
    rows = [
        ["bare PySide6 window (baseline)", median_ms(source.bare), "1.00×"],
        ["Pas à Pas: sign-in screen painted", median_ms(source.ours), _ratio(source.paint_ratios)],
        [
            "Pas à Pas: everything built, ready to touch",
            median_ms(source.ready),
            _ratio(source.ready_ratios),
        ],
    ]
    bundle = bundle_program()
    note = "The bundle was not built (`packaging/build.sh`): its row is missing."
    if bundle is not None:
        built = measure(bundle)
        rows += [
            ["bundle: sign-in screen painted", median_ms(built.ours), _ratio(built.paint_ratios)],
            ["bundle: ready to touch", median_ms(built.ready), _ratio(built.ready_ratios)],
        ]
        note = (
            f"The bundle (`dist/pas-a-pas`, PyInstaller) against the same baseline measured "
            f"in its own alternating runs (baseline median {_median(built.bare):.0f} ms); "
            f"against running from source: first paint "
            f"{_median(built.ours) / _median(source.ours):.2f}×, ready "
            f"{_median(built.ready) / _median(source.ready):.2f}×."
        )
    section.table(["", "median", "ratio"], rows)
    spread = sorted(source.paint_ratios)
    section.text(
        f"{RUNS} pairs of runs, alternating (a bare window, then ours), offscreen, started "
        f"with the `tutor` command on a data folder with {len(LEARNERS)} learners. A ratio "
        "is the median of the pairs' ratios (each of our runs against the bare run just "
        "before it), which the machine's slow swings do not tilt; the ratio of the two "
        f"medians was {_median(source.ours) / _median(source.bare):.2f}×, and the pairs' "
        f"ratios for the first paint went from {spread[0]:.2f}× to {spread[-1]:.2f}× "
        f"(middle half {spread[len(spread) // 4]:.2f}×–{spread[(3 * len(spread)) // 4]:.2f}×). "
        "Goal: sign-in painted at most 1.3× the bare window. The sign-in screen is painted "
        "from a quick read of the learners; the lessons, the store, the voice and the other "
        "screens are built right after (a touch or key press meanwhile is kept and delivered "
        "once, when they are). " + note
    )
    return section

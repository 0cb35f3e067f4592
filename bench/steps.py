"""Step transition: from the learner's tap on the right control to the next step painted.

In one process with the real window, store (SQLite file, synchronous FULL) and practice
tablet; a tap is a real mouse event on the target widget. Baseline: in the same window,
changing a label's text and painting it (the least any transition costs).
Also: memory growth over 100 lesson runs (the same lesson played again and again).
"""

from __future__ import annotations

import gc
import resource
import statistics
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from bench.report import Section
from tutor.app import build_services, build_window, create_qt_application
from tutor.core.actions import CONTINUE_TARGET, ActionKind

LESSON = "tablet-open-app"
RUNS = 100


class _PaintWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.perf_counter()
        return False


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def _pump(app: QApplication, until, timeout_s: float = 2.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + timeout_s
    while not until() and time.perf_counter() < deadline:
        app.processEvents()


def _tap(window, sandbox, target: str) -> None:  # type: ignore[no-untyped-def]
    widget = (
        window.player.continue_button
        if target == CONTINUE_TARGET
        else sandbox.target_widget(target)
    )
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def run() -> Section:
    app = create_qt_application([])
    section = Section("steps", "Step transition and memory over 100 lesson runs")
    with tempfile.TemporaryDirectory() as folder:
        services = build_services(Path(folder))
        window, controller = build_window(services)
        window.show()
        app.processEvents()
        learner = services.store.learners.add("Banc", "mdi6.star", "#0b4a85")
        controller.choose_learner(learner.id)
        controller.open_module("tablet")
        lesson = services.catalogue.get(LESSON)
        watch = _PaintWatch()
        window.player.instruction.installEventFilter(watch)
        transitions: list[float] = []
        baseline: list[float] = []
        probe = QLabel("…", window.player)
        probe.installEventFilter(watch)
        probe.show()
        rss: list[float] = []
        for run_number in range(RUNS):
            controller.open_lesson(LESSON)
            app.processEvents()
            sandbox = controller.lesson.sandbox
            for step in lesson.steps:
                action = step.expected_action()
                assert action.kind is ActionKind.TAP
                watch.painted_at = None
                started = time.perf_counter()
                _tap(window, sandbox, action.target)
                _pump(
                    app,
                    lambda: (
                        watch.painted_at is not None or window.current_screen() is window.summary
                    ),
                )
                if watch.painted_at is not None and run_number < 10:
                    transitions.append((watch.painted_at - started) * 1000)
                if run_number < 10:
                    watch.painted_at = None
                    started = time.perf_counter()
                    probe.setText(f"Étape {len(baseline)}")
                    _pump(app, lambda: watch.painted_at is not None)
                    if watch.painted_at is not None:
                        baseline.append((watch.painted_at - started) * 1000)
            controller.show_lessons()
            app.processEvents()
            # What the running event loop does between two lessons: delete what was
            # scheduled for deletion (processEvents alone leaves it).
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            gc.collect()
            rss.append(_rss_mb())
        services.store.close()
    growth = rss[-1] - rss[4]
    section.table(
        ["", "median", "95th percentile"],
        [
            [
                "label text change + paint (baseline)",
                f"{statistics.median(baseline):.1f} ms",
                f"{sorted(baseline)[int(len(baseline) * 0.95)]:.1f} ms",
            ],
            [
                "tap → step recorded (SQLite, synchronous FULL) → next step painted",
                f"{statistics.median(transitions):.1f} ms",
                f"{sorted(transitions)[int(len(transitions) * 0.95)]:.1f} ms",
            ],
        ],
    )
    section.table(
        ["memory (RSS)", "after run 5", f"after run {RUNS}", "growth"],
        [
            [
                f"{RUNS} runs of {LESSON}",
                f"{rss[4]:.1f} MB",
                f"{rss[-1]:.1f} MB",
                f"{growth:+.1f} MB",
            ]
        ],
    )
    section.text(
        f"Transitions: {len(transitions)} steps (10 runs of {LESSON}), offscreen, "
        "silent narrator. Goal: transition ≤ 50 ms; memory growth ≤ 10 MB."
    )
    return section

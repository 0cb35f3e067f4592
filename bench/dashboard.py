"""Facilitator dashboard at 10,000 learners: the progress table and a learner's page, from
the request to the first paint, against the raw SQL aggregate they rest on (same run).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from bench.report import Section
from tutor.app import build_services, build_window, create_qt_application

LEARNERS = int(os.environ.get("BENCH_LEARNERS", "10000"))
RUNS = 5
RAW_MATRIX = """
SELECT l.id, l.first_name, p.lesson_id, p.status
FROM learners AS l LEFT JOIN lesson_progress AS p ON p.learner_id = l.id
WHERE l.archived = 0
"""
RAW_LEARNER = """
SELECT p.lesson_id, p.status, p.started_at, p.completed_at, p.confidence,
       count(e.id), sum(e.correct = 0), sum(e.help_level > 0), sum(e.duration_s)
FROM lesson_progress AS p LEFT JOIN step_events AS e
  ON e.learner_id = p.learner_id AND e.lesson_id = p.lesson_id
WHERE p.learner_id = ? GROUP BY p.lesson_id
"""


class _Paint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def _until_painted(app: QApplication, probe: _Paint, started: float) -> float:
    deadline = started + 30
    while probe.at is None and time.perf_counter() < deadline:
        app.processEvents()
    return ((probe.at or time.perf_counter()) - started) * 1000


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} ms"


def run() -> Section:
    from tutor.storage.demo import make_demo_data

    app = create_qt_application([])
    section = Section("dashboard", f"Facilitator dashboard at {LEARNERS:,} learners")
    with tempfile.TemporaryDirectory() as folder:
        services = build_services(Path(folder))
        made = time.perf_counter()
        make_demo_data(services.store, services.catalogue, learners=LEARNERS, seed=1)
        made = time.perf_counter() - made
        window, controller = build_window(services)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        space = controller.facilitator
        space.unlock()
        db = services.store.opened.db
        learner_ids = [row[0] for row in db.execute("SELECT id FROM learners LIMIT 50")]
        raw_matrix, table_paint, raw_learner, page_paint = [], [], [], []
        for run_number in range(RUNS):
            started = time.perf_counter()
            rows = db.execute(RAW_MATRIX).fetchall()
            raw_matrix.append((time.perf_counter() - started) * 1000)
            assert rows
            space.show_home()
            app.processEvents()
            probe = _Paint()
            table = space.screens.progress.table
            table.viewport().installEventFilter(probe)
            started = time.perf_counter()
            space.pages["progress"].open()
            table_paint.append(_until_painted(app, probe, started))
            table.viewport().removeEventFilter(probe)
            learner_id = learner_ids[run_number * 7]
            started = time.perf_counter()
            db.execute(RAW_LEARNER, [learner_id]).fetchall()
            raw_learner.append((time.perf_counter() - started) * 1000)
            probe = _Paint()
            page = space.screens.learner_page
            page.installEventFilter(probe)
            started = time.perf_counter()
            space.pages["progress"].open_learner_page(learner_id)
            page_paint.append(_until_painted(app, probe, started))
            page.removeEventFilter(probe)
        services.store.close()
    section.table(
        ["", "first", "median", "goal"],
        [
            [
                "raw SQL: every learner's lesson statuses (baseline)",
                f"{raw_matrix[0]:.1f} ms",
                _median(raw_matrix),
                "",
            ],
            [
                "progress table: open → first paint",
                f"{table_paint[0]:.1f} ms",
                _median(table_paint),
                "≤ 100 ms",
            ],
            [
                "raw SQL: one learner's lessons with their events (baseline)",
                f"{raw_learner[0]:.1f} ms",
                _median(raw_learner),
                "",
            ],
            [
                "learner page: open → first paint",
                f"{page_paint[0]:.1f} ms",
                _median(page_paint),
                "≤ 20 ms",
            ],
        ],
    )
    section.text(
        "The progress table keeps its figures until the database changes, so later "
        "openings reuse them; the first opening computes them."
    )
    section.text(
        f"`tutor demo-data`-style data: {LEARNERS:,} learners generated in "
        f"{made:.1f} s; {RUNS} openings each, offscreen, 1280×800 window."
    )
    return section

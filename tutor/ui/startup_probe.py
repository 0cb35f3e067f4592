"""Start-up timing for benchmarks: when ``TUTOR_STARTUP_PROBE`` is set, the app prints
when its window is first painted and when it is ready to be touched (CLOCK_MONOTONIC,
comparable across processes), then quits. Kept apart from the automation module so that
timing the start-up loads next to nothing more than the start-up itself."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

PROBE_ENV_VAR = "TUTOR_STARTUP_PROBE"


class StartupProbe(QObject):
    """Prints when the window is first painted and when the app is ready to be touched
    (CLOCK_MONOTONIC, comparable across processes), then quits: how benchmarks time the
    real start-up, from outside."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._painted = False
        self._ready = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            watched.removeEventFilter(self)
            print(f"first-paint {time.monotonic():.6f}", flush=True)
            self._quit_when_both()
        return False

    def ready(self) -> None:
        if not self._ready:
            self._ready = True
            print(f"ready {time.monotonic():.6f}", flush=True)
            self._quit_when_both()

    def _quit_when_both(self) -> None:
        if self._painted and self._ready:
            QTimer.singleShot(
                0, lambda: QApplication.exit(0)
            )  # not quit(): a stand refuses to close


def install_startup_probe_if_requested(window: QWidget) -> StartupProbe | None:
    if not os.environ.get(PROBE_ENV_VAR):
        return None
    probe = StartupProbe(window)
    window.installEventFilter(probe)
    return probe

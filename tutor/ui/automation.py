"""Where each named control is on screen, for driving the real app from outside.

When ``TUTOR_AUTOMATION_FILE`` is set, the app writes (about twice a second, only when it
changed) the screen rectangle and text of every visible widget that has an object name,
as JSON. End-to-end tests read it to click with real X events (xdotool) like a person; IT
staff can use it for scripted demonstrations. Nothing is written when the variable is unset.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

ENV_VAR = "TUTOR_AUTOMATION_FILE"


def _describe(widget: QWidget) -> dict[str, object]:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    entry: dict[str, object] = {
        "x": top_left.x(),
        "y": top_left.y(),
        "w": widget.width(),
        "h": widget.height(),
    }
    if isinstance(widget, QLabel | QAbstractButton):
        entry["text"] = widget.text()
    return entry


def snapshot(window: QWidget) -> dict[str, dict[str, object]]:
    found: dict[str, dict[str, object]] = {}
    for widget in window.findChildren(QWidget):
        name = widget.objectName()
        if name and not name.startswith("qt_") and widget.isVisible():
            found[name] = _describe(widget)
    return found


class AutomationExport(QObject):
    def __init__(self, window: QWidget, path: Path):
        super().__init__(window)
        self._window = window
        self._path = path
        self._last = ""
        self._timer = QTimer(self, interval=400)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        if QApplication.activePopupWidget() is not None:
            return
        text = json.dumps(snapshot(self._window), ensure_ascii=False)
        if text == self._last:
            return
        self._last = text
        temporary = self._path.with_suffix(".tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(self._path)


def install_if_requested(window: QWidget) -> AutomationExport | None:
    target = os.environ.get(ENV_VAR)
    return AutomationExport(window, Path(target)) if target else None


PROBE_ENV_VAR = "TUTOR_STARTUP_PROBE"


class _StartupProbe(QObject):
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


def install_startup_probe_if_requested(window: QWidget) -> _StartupProbe | None:
    if not os.environ.get(PROBE_ENV_VAR):
        return None
    probe = _StartupProbe(window)
    window.installEventFilter(probe)
    return probe

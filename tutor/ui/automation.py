"""Where each named control is on screen, for driving the real app from outside.

When ``TUTOR_AUTOMATION_FILE`` is set, the app writes (about twice a second, only when it
changed) the screen rectangle (the part that shows) and text of every visible widget that
has an object name,
as JSON. End-to-end tests read it to click with real X events (xdotool) like a person; IT
staff can use it for scripted demonstrations. Nothing is written when the variable is unset.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

ENV_VAR = "TUTOR_AUTOMATION_FILE"


def _describe(widget: QWidget) -> dict[str, object] | None:
    """The part of ``widget`` a person can see and touch: a card half scrolled out of its
    list, or under the "More below" bar, is given by what shows of it (its centre is then
    a place a finger can reach); one scrolled out of sight entirely is left out."""
    shown = widget.visibleRegion().boundingRect()
    if shown.isEmpty():
        return None
    top_left = widget.mapToGlobal(shown.topLeft())
    entry: dict[str, object] = {
        "x": top_left.x(),
        "y": top_left.y(),
        "w": shown.width(),
        "h": shown.height(),
    }
    if isinstance(widget, QLabel | QAbstractButton):
        entry["text"] = widget.text()
    return entry


def snapshot(window: QWidget) -> dict[str, dict[str, object]]:
    found: dict[str, dict[str, object]] = {}
    for widget in window.findChildren(QWidget):
        name = widget.objectName()
        if name and not name.startswith("qt_") and widget.isVisible():
            entry = _describe(widget)
            if entry is not None:
                found[name] = entry
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

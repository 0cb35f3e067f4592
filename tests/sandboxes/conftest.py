"""Each practice app a test builds is closed and deleted when the test ends: an app left
alive keeps its widgets, timers and animations, and every later test gets slower."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _delete_practice_apps(qapp):
    """After the test (and pytest-qt closing what it was given), delete every practice app
    still standing, and let Qt carry out the deletions now."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from tutor.sandboxes.base import SandboxWidget

    before = set(map(id, QApplication.topLevelWidgets()))
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, SandboxWidget) and id(widget) not in before:
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()

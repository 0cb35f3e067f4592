"""What every practice-app test does: open the app at its lesson size, record what it
reports, and touch its controls by their lesson ids."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tutor.core.actions import Action, ActionKind
from tutor.sandboxes.base import SandboxWidget


def tap(target: str) -> Action:
    return Action(ActionKind.TAP, target)


def open_sandbox(qtbot, sandbox: SandboxWidget) -> SandboxWidget:
    """Shown at 820x640 (its place beside the lesson); ``done`` lists the actions it reported
    and ``spoken`` what its people said aloud."""
    qtbot.addWidget(sandbox)
    sandbox.resize(820, 640)
    sandbox.show()
    qtbot.waitExposed(sandbox)
    sandbox.done: list[Action] = []  # type: ignore[attr-defined]
    sandbox.action_performed.connect(sandbox.done.append)  # type: ignore[attr-defined]
    sandbox.spoken: list[str] = []  # type: ignore[attr-defined]
    sandbox.speech_requested.connect(sandbox.spoken.append)  # type: ignore[attr-defined]
    return sandbox


def visible(sandbox: SandboxWidget, name: str) -> QWidget:
    widget = sandbox.target_widget(name)
    where = getattr(sandbox, "current_screen", None) or getattr(sandbox, "current_page", None)
    screen = where() if where else "?"
    assert widget is not None, f"{name} is not on screen ({screen})"
    return widget


def click(qtbot, sandbox: SandboxWidget, name: str) -> None:
    widget = visible(sandbox, name)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())

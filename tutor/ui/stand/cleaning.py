"""Clearing every screen a visitor touched, so the next one finds nothing of theirs."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.ui.controllers.app_controller import AppController


def forget_screens(app: AppController) -> None:
    """The lesson in progress, the practice apps (typed text, photos, calls), the player,
    the summary and the lesson list are emptied; the practice apps are made anew next time."""
    app.narrator.stop()
    lesson = app.lesson
    lesson._demonstrating = False
    if lesson.sandbox is not None:
        with contextlib.suppress(RuntimeError, TypeError):
            lesson.sandbox.speech_requested.disconnect(lesson._on_sandbox_speech_requested)
    lesson.sandbox = None
    lesson.run = None
    lesson._record = None
    lesson.alone = lesson.alone_helped = False  # "Your turn, on your own" left half-way
    app._summary_lesson = ""
    window = app.window
    player = window.player
    if player._sandbox is not None:
        player.sandbox_holder.removeWidget(player._sandbox)
        player._sandbox = None
    for sandbox in app._sandboxes.values():
        sandbox.hide()
        sandbox.setParent(None)
        sandbox.deleteLater()
    app._sandboxes.clear()
    player.show_step("", 0, 1, "", False)
    player.counter.setText("")
    player.show_speech("")
    player.set_busy(False)
    player.set_alone(False)
    window.summary.show_summary("", "")
    window.lessons.show_lessons("", [], "")
    app.learner = None
    app.module_id = None
    display = getattr(app, "display", None)
    if display is not None:  # the visitor's text size or colours do not stay
        facilitator = getattr(app, "facilitator", None)
        if facilitator is not None and facilitator.unlocked:
            display.facilitator_look()  # the facilitator took over: their own look
        else:
            display.session_display()

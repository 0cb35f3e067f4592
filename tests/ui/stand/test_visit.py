"""A visitor at the stand: guest play, the idle question, the reset, no way out."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.driver import click, settle
from tests.ui.facilitator.helpers import PIN
from tests.ui.stand.helpers import (
    KEYBOARD_LESSON,
    begin_visit,
    leave_with_pin,
    open_stand_lesson,
    play_until_typed,
    shorten_timers,
    start_stand,
    texts,
)
from tutor.sandboxes.base import SandboxWidget
from tutor.sandboxes.kit.field import KeyboardField


def _count(services, table: str) -> int:
    return services.store.opened.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_idle_visit_is_reset_and_nothing_of_the_visitor_remains(qtbot, app_parts, monkeypatch):
    shorten_timers(monkeypatch)
    # No idle reset while the test plays, however slow the machine (a 1.5 s idle "minute"
    # still ran out under load); the idle time itself is brought on below.
    monkeypatch.setattr("tutor.ui.stand.controller.MINUTE_MS", 600_000)
    window, controller, services = app_parts
    start_stand(qtbot, controller, services)  # in full screen
    before = set(texts(window).values())
    begin_visit(qtbot, window)
    # The stand's lesson comes first.
    shown = window.stand.home.lesson_ids()
    assert shown[0] == KEYBOARD_LESSON and len(shown) > 10
    open_stand_lesson(qtbot, window, KEYBOARD_LESSON)
    first_instruction = window.player.instruction.text()
    typed = play_until_typed(qtbot, window, controller)
    pages = [page.text() for page in controller.lesson.sandbox.findChildren(KeyboardField)]
    assert typed and any(typed in text for text in pages)  # the visitor's word, on screen
    instruction = window.player.instruction.text()
    visitor_texts = {t for t in texts(window).values() if t and t not in before}
    assert instruction in visitor_texts
    # Nobody touches the screen: the calm question comes, then the reset.
    controller.stand.idle.start(300)  # from now on, 0.3 s without a touch is "idle"
    overlay = window.stand.overlay
    qtbot.waitUntil(overlay.isVisible, timeout=5000)
    assert "3" in overlay.countdown.text() or "2" in overlay.countdown.text()
    qtbot.waitUntil(lambda: window.current_screen() is window.stand.attract, timeout=3000)
    assert not overlay.isVisible()
    for _ in range(3):
        QApplication.sendPostedEvents(None, 0)  # the practice apps' deleteLater
        settle(qtbot)
    after = texts(window).values()
    left = [t for t in after if t and t not in before]
    assert left == [], f"visitor's texts still in the window: {left}"
    assert window.findChildren(SandboxWidget) == []
    assert controller.lesson.run is None and controller.learner is None
    # Nothing personal was stored; the visit was counted anonymously.
    assert services.store.learners.all(include_archived=True) == []
    assert _count(services, "lesson_progress") == 0 and _count(services, "step_events") == 0
    figures = services.store.stand.figures()
    assert figures.visits == 1 and figures.started == 1 and figures.finished == 0
    # The next visitor starts from a fresh practice app.
    begin_visit(qtbot, window)
    open_stand_lesson(qtbot, window, KEYBOARD_LESSON)
    assert controller.lesson.run.index == 0
    assert window.player.instruction_text() == first_instruction
    assert not any(typed in page.text() for page in window.findChildren(KeyboardField))


def test_a_touch_answers_the_question_and_the_visit_goes_on(qtbot, app_parts, monkeypatch):
    shorten_timers(monkeypatch)
    monkeypatch.setattr("tutor.ui.stand.controller.COUNTDOWN_S", 50)
    window, controller, services = app_parts
    start_stand(qtbot, controller, services)
    begin_visit(qtbot, window)
    open_stand_lesson(qtbot, window, KEYBOARD_LESSON)
    overlay = window.stand.overlay
    qtbot.waitUntil(overlay.isVisible, timeout=3000)
    click(qtbot, overlay.yes_button)
    assert not overlay.isVisible()
    assert window.current_screen() is window.player and controller.lesson.run is not None
    qtbot.waitUntil(overlay.isVisible, timeout=3000)  # idle again: asked again
    qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=overlay.rect().topLeft())
    settle(qtbot)
    assert not overlay.isVisible() and window.current_screen() is window.player


def test_no_way_out_without_the_pin(qtbot, app_parts):
    window, controller, services = app_parts
    start_stand(qtbot, controller, services)
    begin_visit(qtbot, window)
    pin = window.facilitator.pin
    # Every way out asks for the PIN already set, and nothing else; "Back" returns to the visit.
    ways_out = (
        lambda: window.close(),  # the window manager's close
        lambda: qtbot.keyClick(window, Qt.Key.Key_Escape),
        lambda: qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        lambda: qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    )
    from tutor.i18n import _

    for way_out in ways_out:
        way_out()
        settle(qtbot)
        assert window.isVisible() and window.current_screen() is pin
        assert pin.keypad_shown() and pin.prompt.text() == _("Enter your PIN")
        click(qtbot, pin.back_button)
        assert window.current_screen() is window.stand.home
    assert services.store.pin.check(PIN).ok  # nobody chose another one on the way
    # The visitor touches the lock by chance, then "Back": their visit goes on.
    click(qtbot, window.stand.home.exit_button)
    assert window.current_screen() is window.facilitator.pin
    click(qtbot, window.facilitator.pin.back_button)
    assert window.current_screen() is window.stand.home
    # The facilitator, with the PIN, may close the program.
    leave_with_pin(qtbot, window, window.stand.home.exit_button)
    assert controller.stand.visit is None  # the visit is over
    assert window.close() is True


def test_locking_the_facilitator_space_returns_to_the_attract_screen(qtbot, app_parts):
    window, controller, services = app_parts
    start_stand(qtbot, controller, services)
    leave_with_pin(qtbot, window, window.stand.attract.exit_button)
    click(qtbot, window.facilitator.home.back_button)  # "Lock"
    assert window.current_screen() is window.stand.attract
    assert window.close() is False


def test_visitor_sheet_is_printed_with_what_was_practised(qtbot, app_parts, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    from dataclasses import replace

    window, controller, services = app_parts
    start_stand(qtbot, controller, services)
    store = services.store
    help_text = "Maison des services, place Gambetta, le mardi"
    store.stand.save(replace(store.stand.settings(), help_text=help_text))
    begin_visit(qtbot, window)
    open_stand_lesson(qtbot, window, KEYBOARD_LESSON)
    play_until_typed(qtbot, window, controller)
    click(qtbot, window.player.quit_button)
    assert window.current_screen() is window.stand.home
    click(qtbot, window.stand.home.finish_button)
    sheet = window.stand.sheet
    assert window.current_screen() is sheet
    title = services.catalogue.get(KEYBOARD_LESSON).text(
        services.catalogue.get(KEYBOARD_LESSON).title, "fr"
    )
    assert title in sheet.preview.toPlainText()
    out = tmp_path / "sheet.pdf"

    def printer_chosen(_parent, printer) -> bool:  # the person picks "Print to file (PDF)"
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    controller.stand.ask_printer = printer_chosen
    click(qtbot, sheet.print_button)
    assert sheet.message.isVisible()
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert title in flat and help_text in flat
    click(qtbot, sheet.done_button)  # "Goodbye!"
    assert window.current_screen() is window.stand.attract
    assert help_text not in " ".join(texts(window).values())

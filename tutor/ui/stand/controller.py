"""Stand mode: full screen, guest visits, the idle reset, and no way out without the PIN.

A visit begins with a touch on the attract screen. The visitor plays as a guest: their
progress lives in memory (``GuestProgress``) and only anonymous figures reach the database.
After the facilitator's idle minutes, "Are you still there?" counts down; then everything the
visitor did is cleared from every screen and the attract screen comes back. A visitor's
text size and colours ("Aa") hold for their visit and are forgotten at that reset too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tutor.core.catalogue import Catalogue
from tutor.core.modules import MODULES
from tutor.i18n import _, current_language
from tutor.speech import Narrator
from tutor.storage.learners import Learner
from tutor.storage.stand import GUEST_ID, GuestProgress
from tutor.storage.store import Store
from tutor.ui.controllers.display_controller import DisplayController
from tutor.ui.controllers.lesson_controller import LessonController
from tutor.ui.display import Display, current
from tutor.ui.facilitator.controller import FacilitatorController, IdleWatch
from tutor.ui.main_window import MainWindow
from tutor.ui.system_dialogs import ask_printer

log = logging.getLogger(__name__)

MINUTE_MS = 60_000  # tests shorten it
COUNTDOWN_S = 30
TICK_MS = 1000  # tests shorten it
SYSTEM_KEYS = {
    Qt.Key.Key_Meta,
    Qt.Key.Key_Super_L,
    Qt.Key.Key_Super_R,
    Qt.Key.Key_Menu,
}


class StandHost(Protocol):
    """What the stand needs of the app (the app controller is one): its window and store,
    who is signed in (a visit's guest), the lesson player, and a way to forget a visitor."""

    window: MainWindow
    store: Store
    catalogue: Catalogue
    narrator: Narrator
    learner: Learner | None
    module_id: str | None
    lesson: LessonController
    facilitator: FacilitatorController

    def open_lesson(self, lesson_id: str) -> None: ...

    def forget_visitor(self) -> None: ...


class StandController(QObject):
    def __init__(self, app: StandHost, display: DisplayController) -> None:
        super().__init__(app.window)  # dies with the window: its timers and filter too
        self.app = app
        self.display = display
        self.window = app.window
        self.screens = app.window.stand
        self.active = False
        self.visit: str | None = None
        self.guest = GuestProgress()
        self._rows: dict[str, tuple[str, bool]] = {}  # lesson id -> (stats row, finished)
        self.ask_printer: Callable[[QWidget, Any], bool] = ask_printer
        self.idle = IdleWatch(self._on_idle, self.window)
        self.overlay = self.screens.overlay
        self._left = 0
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._on_tick_timeout)
        s = self.screens
        s.attract.touched.connect(self._on_attract_touched)
        s.attract.exit_requested.connect(self._on_exit_requested)
        s.home.exit_requested.connect(self._on_exit_requested)
        s.home.lesson_chosen.connect(self._on_home_lesson_chosen)
        s.home.finish_requested.connect(self._on_home_finish_requested)
        s.sheet.back_requested.connect(self.show_home)
        s.sheet.done_requested.connect(self.reset)
        s.sheet.print_requested.connect(self._on_sheet_print_requested)
        self.overlay.answered.connect(self._on_overlay_answered)
        app.lesson.lesson_finished.connect(self._on_lesson_finished)
        app.facilitator.unlocked_changed.connect(self._on_facilitator_unlocked_changed)

    @property
    def store(self) -> Store:
        return self.app.store  # (a restore replaces it)

    # -- switching the mode ---------------------------------------------------------------------
    def start(self) -> bool:
        """Enter stand mode: full screen, the attract screen. Never without a PIN: it is the
        only way out, and a visitor must never be the one to choose it (the set-up and
        ``tutor pin set`` do). Says whether the stand started."""
        if not self.store.pin.is_set():
            log.warning("stand mode not started: no facilitator PIN is set")
            return False
        self.active = True
        self.display.visitor = Display()  # each visitor starts from the usual look
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        if self.window.isVisible():
            self.window.showFullScreen()
        if self.app.facilitator.unlocked:
            self.app.facilitator.lock()  # back to the attract screen, through show_sign_in
        else:
            self.show_attract()
        return True

    def stop(self) -> None:
        """Leave stand mode (from the facilitator space, after the PIN)."""
        self._forget_visit()
        self.active = False
        self.display.visitor = None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.app.lesson.use_progress(self.store.progress)
        if self.window.isFullScreen():
            self.window.showNormal()

    def returned(self) -> None:
        """Where "back to the start" leads in stand mode (instead of the sign-in screen)."""
        if self.visit is not None and not self.app.facilitator.unlocked:
            self.display.session_display()  # the visitor's own look again
            self.show_home()  # the visitor touched the lock by chance, then "Back"
        else:
            self.reset()

    # -- a visit --------------------------------------------------------------------------------
    def show_attract(self) -> None:
        self.idle.stop()
        self.window.show_screen(self.screens.attract)

    def _on_attract_touched(self) -> None:
        try:
            self.visit = self.store.stand.start_visit()
        except Exception:  # figures are a bonus: the visit goes on without them
            log.exception("could not count a stand visit")
            self.visit = ""
        self.guest.forget()
        self._rows = {}
        look = current()  # what the visitor may have chosen on the attract screen
        self.app.learner = Learner(
            GUEST_ID, "", "", "", current_language(), look.text_size, look.theme
        )
        self.app.lesson.use_progress(self.guest)
        self.show_home()

    def show_home(self) -> None:
        self.app.narrator.stop()
        chosen = [i for i in self.store.stand.settings().lessons if i in self.app.catalogue.lessons]
        others = []
        for module in MODULES:
            lessons = sorted(self.app.catalogue.in_module(module.id), key=lambda x: (x.order, x.id))
            others += [lesson.id for lesson in lessons if lesson.id not in chosen]
        items = []
        lang = current_language()
        for lesson_id in chosen + others:
            lesson = self.app.catalogue.get(lesson_id)
            items.append(
                (lesson_id, lesson.text(lesson.title, lang), lesson.text(lesson.goal, lang),
                 lesson_id in chosen)
            )  # fmt: skip
        self.screens.home.show_lessons(items)
        self.window.show_screen(self.screens.home)
        self._watch()

    def _watch(self) -> None:
        minutes = self.store.stand.settings().idle_minutes
        self.idle.start(max(1, minutes) * MINUTE_MS)

    def _on_home_lesson_chosen(self, lesson_id: str) -> None:
        if self.visit is None:
            return
        _row, finished = self._rows.get(lesson_id, ("", True))
        if finished and self.visit:
            try:
                self._rows[lesson_id] = (
                    self.store.stand.lesson_started(self.visit, lesson_id),
                    False,
                )
            except Exception:
                log.exception("could not count a stand lesson")
        self.app.module_id = self.app.catalogue.get(lesson_id).module
        self.app.open_lesson(lesson_id)

    def _on_lesson_finished(self, lesson_id: str) -> None:
        if not self.active or lesson_id not in self._rows:
            return
        row, finished = self._rows[lesson_id]
        if not finished:
            try:
                self.store.stand.lesson_finished(row)
            except Exception:
                log.exception("could not count a finished stand lesson")
            self._rows[lesson_id] = (row, True)

    def _on_home_finish_requested(self) -> None:
        from tutor.exports.stand import visitor_sheet_html

        settings = self.store.stand.settings()
        html = visitor_sheet_html(
            self.app.catalogue,
            list(self.guest.practised.values()),
            settings.lessons,
            settings.help_text,
        )
        self.screens.sheet.show_sheet(html)
        self.window.show_screen(self.screens.sheet)

    def _on_sheet_print_requested(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrinter

        sheet = self.screens.sheet
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not self.ask_printer(sheet, printer):
            return
        document = QTextDocument()
        document.setHtml(sheet.html)  # as written for paper, whatever the text size shown
        document.print_(printer)
        sheet.show_message(_("Your sheet is being printed. Ask the people at the stand for it."))

    # -- idle: "Are you still there?", then the reset -----------------------------------------
    def _on_idle(self) -> None:
        if not self.active or self.app.facilitator.unlocked:
            return
        if self.window.current_screen() is self.screens.attract:
            return
        self._left = COUNTDOWN_S
        self.overlay.show_countdown(self._left)
        self._tick.start(TICK_MS)

    def _on_tick_timeout(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.reset()
        else:
            self.overlay.show_countdown(self._left)

    def _on_overlay_answered(self) -> None:
        self._tick.stop()
        self.overlay.dismiss()
        self._watch()

    def reset(self) -> None:
        """Forget the visitor entirely, and show the attract screen for the next one."""
        self._forget_visit()
        if self.active:
            self.show_attract()

    def _forget_visit(self) -> None:
        self._tick.stop()
        self.overlay.dismiss()
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            modal.reject()  # a print dialog left open
        if self.visit:
            try:
                self.store.stand.end_visit(self.visit)
            except Exception:
                log.exception("could not close a stand visit")
        self.visit = None
        self._rows = {}
        self.guest.forget()
        self.window.display_panel.close_panel()
        if self.active:
            self.display.visitor = Display()  # the next visitor starts from the usual look
        self.app.forget_visitor()
        # The visitor's text size or colours do not stay.
        if self.app.facilitator.unlocked:
            self.display.facilitator_look()  # the facilitator took over: their own look
        else:
            self.display.session_display()
        self.screens.home.clear()
        self.screens.sheet.clear()

    def _on_facilitator_unlocked_changed(self, unlocked: bool) -> None:
        if unlocked and self.active:
            self._forget_visit()  # the facilitator takes over: the visit is over
            self.idle.stop()

    def _on_exit_requested(self) -> None:
        """Every way out of the stand comes here: the PIN already set, and nothing else."""
        if self.window.current_screen() is self.app.facilitator.screens.pin:
            return  # already asked
        self.idle.stop()
        self._tick.stop()  # a visitor answering "Are you still there?" by a key
        self.overlay.dismiss()
        self.window.display_panel.close_panel()
        self.display.facilitator_look()  # the PIN as in the facilitator space
        self.app.facilitator.open()

    # -- no way out without the PIN ------------------------------------------------------------
    def may_close(self) -> bool:
        return not self.active or self.app.facilitator.unlocked

    def eventFilter(self, watched, event):
        """The window manager's close (its button, Alt+F4 when it takes that key) and the
        keys that usually leave a program (Escape, Alt+F4, Ctrl+Q, Ctrl+W) ask for the PIN;
        the system's own keys (Super, Menu, Alt+Tab) are kept from doing anything."""
        kind = event.type()
        if kind == QEvent.Type.Close and watched is self.window and not self.may_close():
            event.ignore()
            QTimer.singleShot(0, self._on_exit_requested)  # after the refusal is answered
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and not self.may_close():
            way_out = _is_way_out(event)
            if way_out or _is_system_key(event):
                event.accept()
                if way_out and kind == QEvent.Type.KeyPress:
                    self._on_exit_requested()
                return True
        return False


def _is_way_out(event: Any) -> bool:
    """Keys that close a program or go back out of it."""
    key = event.key()
    modifiers = event.modifiers()
    if key == Qt.Key.Key_Escape:
        return True
    if modifiers & Qt.KeyboardModifier.AltModifier and key == Qt.Key.Key_F4:
        return True
    return bool(modifiers & Qt.KeyboardModifier.ControlModifier) and key in (
        Qt.Key.Key_Q,
        Qt.Key.Key_W,
    )


def _is_system_key(event: Any) -> bool:
    alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
    return event.key() in SYSTEM_KEYS or bool(alt and event.key() == Qt.Key.Key_Tab)

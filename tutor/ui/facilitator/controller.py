"""The facilitator space: the PIN, the idle lock, and the screens behind them.

Everything a learner must not see (other learners' data) is reached only after the PIN,
and the space locks itself after a few idle minutes, back to the sign-in screen.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from tutor.core.catalogue import Catalogue
from tutor.core.modules import MODULES
from tutor.i18n import _, current_language
from tutor.storage.pin import PinTry, PinVerdict, new_pin_hash, valid_pin
from tutor.storage.store import Store
from tutor.ui.facilitator import registry
from tutor.ui.facilitator.documents import DocumentsController
from tutor.ui.facilitator.space import PageController
from tutor.ui.facilitator.thumbnails import StepThumbnails
from tutor.ui.facilitator.workshops import long_date
from tutor.ui.pin_hashing import PinHasher

log = logging.getLogger(__name__)

IDLE_LOCK_MS = 5 * 60 * 1000  # the space locks itself after 5 minutes without input
INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
}


class IdleWatch(QObject):
    """Calls ``on_idle`` after ``ms`` without any press, key or touch in the application."""

    def __init__(self, on_idle: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)  # dies with the window (Qt then drops the filter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(on_idle)
        self._watching = False

    def start(self, ms: int) -> None:
        self._timer.setInterval(ms)
        self._timer.start()
        if not self._watching:
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)
            self._watching = True

    def stop(self) -> None:
        self._timer.stop()
        if self._watching:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._watching = False

    def eventFilter(self, watched, event):
        if event.type() in INPUT_EVENTS:
            self._timer.start()
        return False


class FacilitatorController(QObject):
    store_replaced = Signal(object)  # the new Store, after a restore
    unlocked_changed = Signal(bool)

    def __init__(
        self, window, store: Store, catalogue: Catalogue, leave: Callable[[], None]
    ) -> None:
        super().__init__()
        self.window = window
        self.screens = window.facilitator
        self.store = store
        self.catalogue = catalogue
        self._leave = leave
        self.unlocked = False
        self.idle = IdleWatch(self.lock, window)
        self.thumbnails = StepThumbnails(catalogue, window)
        self.documents = DocumentsController(self)  # the two document pages'
        # enter | none (no PIN set) | old, choose, confirm (changing the PIN)
        self._pin_mode = "enter"
        self._changing = False
        self._old_pin = ""
        self._new_pin = ""
        self._wait_until = 0.0
        self._wait_timer = QTimer(window)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._on_wait_timer_timeout)
        self.hasher = PinHasher(self)  # the half-second hashing, off the window's thread
        self._confirm_action: Callable[[], None] | None = None
        self._confirm_back: Callable[[], None] = self.show_home
        # Each page's controller (``registry.PAGES``); the stand's pages are claimed later.
        self.pages: dict[str, PageController] = {
            page.key: page.opener(self) for page in registry.pages() if page.opener
        }
        s = self.screens
        s.pin.pin_entered.connect(self._on_pin_pin_entered)
        s.pin.back_requested.connect(self._on_pin_back_requested)
        s.home.back_requested.connect(self.lock)
        s.home.tile_chosen.connect(self._on_home_tile_chosen)
        s.confirm.confirmed.connect(self._on_confirm_confirmed)
        s.confirm.back_requested.connect(lambda: self._confirm_back())

    # -- what the pages are offered (``space.Space``) -------------------------------------------
    def show(self, screen: QWidget) -> None:
        self.window.show_screen(screen)

    def screens_of(self, key: str) -> Sequence[QWidget]:
        return self.screens.of(key)

    def claim(self, key: str, open_page: Callable[[], None]) -> None:
        """A page whose screens belong elsewhere (the stand's): ``open_page`` opens it."""
        self.pages[key] = _Claimed(open_page)

    def workshop_choices(self) -> list[tuple[str, str]]:
        """(workshop id, its day and place) for the pages' workshop filters."""
        return [
            (w.id, " — ".join(part for part in (long_date(w.day), w.place) if part))
            for w in self.store.workshops.all()
        ]

    def lesson_modules(self) -> dict[str, str]:
        return {lesson.id: lesson.module for lesson in self.catalogue.lessons.values()}

    def lesson_title(self, lesson_id: str) -> str:
        lesson = self.catalogue.lessons.get(lesson_id)
        return lesson.text(lesson.title, current_language()) if lesson else lesson_id

    def modules_with_lessons(self) -> list[tuple[str, str, list[tuple[str, str]]]]:
        """(module id, title, [(lesson id, title)]) in the catalogue's order."""
        result = []
        for module in MODULES:
            lessons = sorted(self.catalogue.in_module(module.id), key=lambda x: (x.order, x.id))
            if lessons:
                result.append(
                    (
                        module.id,
                        module.display_title(),
                        [(lesson.id, self.lesson_title(lesson.id)) for lesson in lessons],
                    )
                )
        return result

    def not_saved(self, what: str, error: BaseException | None = None) -> str:
        """``what`` (“The note was not saved”) and why, in a facilitator's words, for the
        screen's banner: a write to a read-only or full store is never silent."""
        if error is not None:
            log.warning("%s: %s", what, error)
        problem = self.store.why_not_saved(error)
        return _("{what}: {reason}. What was saved before is kept.").format(
            what=what, reason=problem.reason()
        )

    def confirm(
        self,
        title: str,
        text: str,
        details: str,
        yes: str,
        no: str,
        action: Callable[[], None],
        back: Callable[[], None],
        danger: bool = False,
    ) -> None:
        self._confirm_action = action
        self._confirm_back = back
        self.screens.confirm.ask(title, text, details, yes, no, danger)
        self.show(self.screens.confirm)

    def _on_confirm_confirmed(self) -> None:
        action, self._confirm_action = self._confirm_action, None
        if action is not None:
            action()

    # -- entering and leaving -----------------------------------------------------------------
    def open(self) -> None:
        """From the sign-in screen or the stand: ask for the PIN. Only a PIN already set is
        ever asked here: the first one is chosen in the first-start set-up (or with
        ``tutor pin set``), never on the way in, where anyone passing could choose it."""
        self._changing = False
        pin = self.screens.pin
        pin.show_message("")
        if self.store.pin.is_set():
            self._ask("enter")
        else:
            self._pin_mode = "none"
            pin.show_no_pin(
                _("No facilitator PIN yet"),
                _(
                    "The PIN is chosen when the program starts, in its first set-up: close "
                    "the program and open it again. IT staff can also set it with the "
                    "command “tutor pin set”."
                ),
            )
        self.show(pin)
        self._show_wait()

    def _ask(self, mode: str) -> None:
        self._pin_mode = mode
        prompts = {
            "enter": (_("Enter your PIN"), ""),
            "choose": (
                _("Choose your new PIN"),
                _("4 to 8 digits. Only facilitators should know it."),
            ),
            "confirm": (_("Type the same PIN again"), _("To be sure there is no typing slip.")),
            "old": (_("Enter your current PIN"), ""),
        }
        prompt, hint = prompts[mode]
        self.screens.pin.ask(prompt, hint)

    def _on_pin_pin_entered(self, digits: str) -> None:
        pin = self.screens.pin
        mode = self._pin_mode
        if self.hasher.busy():
            return  # (the screen ignores keys meanwhile; one check at a time all the same)
        if mode in ("enter", "old"):
            if not digits:
                return
            attempt = self.store.pin.begin_check(digits)
            if attempt.wait_s > 0:  # refused by the wait: nothing to hash
                self._on_pin_checked(mode, attempt, None)
                return
            self._hash(attempt.verify, lambda verdict: self._on_pin_checked(mode, attempt, verdict))
        elif mode == "choose" and self._changing:
            if not valid_pin(digits):
                pin.show_message(_("A PIN has 4 to 8 digits. Please choose again."))
                return
            self._new_pin = digits
            pin.show_message("")
            self._ask("confirm")
        elif mode == "confirm" and self._changing:
            if digits != self._new_pin:
                pin.show_message(_("The two PINs are not the same. Please choose again."))
                self._ask("choose")
                return
            attempt = self.store.pin.begin_check(self._old_pin)
            if attempt.wait_s > 0:
                self._on_new_pin_hashed(attempt, (None, None))
                return

            def work() -> tuple[PinVerdict, str | None]:
                verdict = attempt.verify()
                return verdict, new_pin_hash(digits) if verdict.right else None

            self._hash(work, lambda done: self._on_new_pin_hashed(attempt, done))

    def _hash(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """``work`` on a worker thread while the keypad says so; ``then`` back here."""
        pin = self.screens.pin
        pin.set_checking(True, _("One moment: the PIN is being checked."))

        def done(result: Any) -> None:
            pin.set_checking(False)
            then(result)

        def failed() -> None:
            pin.set_checking(False)
            pin.show_message(_("The PIN could not be checked just now. Please try again."))

        self.hasher.start(work, done, failed)

    def _on_pin_checked(self, mode: str, attempt: PinTry, verdict: PinVerdict | None) -> None:
        pin = self.screens.pin
        result = self.store.pin.finish_check(attempt, verdict)  # counted even if left meanwhile
        if self.window.current_screen() is not pin or self._pin_mode != mode:
            return
        if result.ok:
            pin.show_message("")
            if mode == "old":
                self._old_pin = attempt.pin
                self._ask("choose")
            else:
                self.unlock()
        elif result.wait_s > 0:
            self._wait_until = time.monotonic() + result.wait_s
            self._show_wait()
        else:
            pin.show_message(_("This is not the PIN. Please try again."))

    def _on_new_pin_hashed(
        self, attempt: PinTry, done: tuple[PinVerdict | None, str | None]
    ) -> None:
        verdict, digest = done
        pin = self.screens.pin
        result = self.store.pin.finish_check(attempt, verdict)
        if not result.ok or digest is None:
            pin.show_message(_("The PIN could not be changed. Please start again."))
            self._ask("old")
            return
        try:
            self.store.pin.save_hash(digest)
        except sqlite3.Error as error:  # the old PIN stays: said plainly, never "saved"
            self.show_home(
                self.not_saved(_("The new PIN was not saved, the PIN stays as it was"), error)
            )
            return
        self.show_home(_("Your new PIN is saved."))

    def _show_wait(self) -> None:
        remaining = self._wait_until - time.monotonic()
        if remaining <= 0:
            if self._wait_timer.isActive():
                self._wait_timer.stop()
                self.screens.pin.show_message(_("You can try again now."))
            return
        minutes, seconds = divmod(int(remaining + 0.999), 60)
        wait = f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"
        self.screens.pin.show_message(
            _(
                "Too many tries in a row. For safety, please wait {wait} before trying again."
            ).format(wait=wait)
        )
        if not self._wait_timer.isActive():
            self._wait_timer.start()

    def _on_wait_timer_timeout(self) -> None:
        self._show_wait()

    def _on_pin_back_requested(self) -> None:
        self._wait_timer.stop()
        if self._changing and self.unlocked:
            self._changing = False
            self.show_home()
        else:
            self._leave()

    def unlock(self) -> None:
        self.unlocked = True
        self.idle.start(IDLE_LOCK_MS)
        self.unlocked_changed.emit(True)
        self.show_home()

    def lock(self) -> None:
        """Leave the space (the "Lock" button or idle): back to the sign-in screen."""
        self.unlocked = False
        self._changing = False
        self.idle.stop()
        self._wait_timer.stop()
        self.screens.learner_page.show_learner("", "", "")
        self.screens.learner_page.set_notes([])
        self.unlocked_changed.emit(False)
        self._leave()

    def show_home(self, banner: str = "") -> None:
        self.screens.home.banner.show_text(banner)
        self.show(self.screens.home)

    def _on_home_tile_chosen(self, key: str) -> None:
        self.pages[key].open()

    def begin_pin_change(self) -> None:
        """The "Change PIN" tile: the current PIN first, then the new one twice."""
        self._changing = True
        self.screens.pin.show_message("")
        self._ask("old")
        self.show(self.screens.pin)

    def replace_store(self, store: Store) -> None:
        """After a restore: everyone works on the reopened store."""
        self.store = store
        self.store_replaced.emit(store)


class _Claimed:
    """A page opened by the part that owns it (``FacilitatorController.claim``)."""

    def __init__(self, open_page: Callable[[], None]) -> None:
        self.open = open_page

    def picture(self, name: str) -> None:
        self.open()

"""The first-start set-up: language, then the facilitator PIN, before anything else.

A device without a facilitator PIN shows this set-up at every start, before the sign-in
screen (``app.build_window(first_setup=True)``). It is the one place where a first PIN is
chosen: the facilitator space and the stand only ever ask for a PIN already set, so no
visitor passing by can choose it. "Later" is offered only while the device holds no learner
data and no stand is switched on; once it holds any, the PIN must be chosen to go on.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject

from tutor.i18n import _, current_language, set_language
from tutor.storage.device import Device
from tutor.storage.pin import new_pin_hash, valid_pin
from tutor.storage.store import Store
from tutor.ui.main_window import MainWindow
from tutor.ui.pin_hashing import PinHasher
from tutor.ui.retranslate import retranslate

log = logging.getLogger(__name__)


class StoreHolder(Protocol):
    """Who holds the store (a restore replaces it): the app controller."""

    store: Store


class SetupController(QObject):
    def __init__(self, window: MainWindow, holder: StoreHolder, then: Callable[[], None]) -> None:
        """``then``: where the set-up leads when nothing else was asked (the sign-in)."""
        super().__init__()
        self.holder = holder
        self.window = window
        self.screen = window.setup
        self.pending = False  # the set-up is on screen: nothing else may start meanwhile
        self._then: Callable[[], None] = then
        self._first = ""  # the PIN typed once, waiting for its confirmation
        self.hasher = PinHasher(self)  # the half-second hashing, off the window's thread
        s = self.screen
        s.language_chosen.connect(self._on_language_chosen)
        s.pin_entered.connect(self._on_pin_entered)
        s.back_requested.connect(self._on_back_requested)
        s.later_requested.connect(self._on_later_requested)

    @property
    def device(self) -> Device:
        return Device(self.holder.store.opened.db)

    def needed(self) -> bool:
        return not self.holder.store.pin.is_set()

    def may_postpone(self) -> bool:
        """ "Later" only while nothing about a real person is stored, and no stand is on;
        or when the PIN cannot be kept at all (a read-only folder, a full disk)."""
        store = self.holder.store
        if store.read_only:
            return True
        return not self.device.holds_learner_data() and not store.stand.settings().enabled

    # -- the flow -------------------------------------------------------------------------------
    def start(self, then: Callable[[], None]) -> None:
        """Show the set-up from its first page; ``then`` runs once it is done (or put off)."""
        self.pending = True
        self._then = then
        self._first = ""
        self.screen.show_message("")
        self.screen.show_language()
        self.window.show_screen(self.screen)

    def ask_pin(self, then: Callable[[], None]) -> None:
        """Only the PIN page (the stand's tile, when the PIN was removed meanwhile)."""
        self.start(then)
        self._ask_first()

    def _ask_first(self) -> None:
        self._first = ""
        self.screen.show_pin(
            _("Choose the facilitator PIN"),
            _("4 to 8 digits. Only facilitators should know it."),
            self.may_postpone(),
        )

    def _on_language_chosen(self, language: str) -> None:
        old = current_language()
        set_language(language)
        try:
            self.device.save_language(language)
        except sqlite3.Error as error:  # used now all the same; the PIN page says why later
            log.warning("the language could not be kept: %s", error)
        window = self.window
        retranslate([window.stack, window.display_panel], old, language)
        self.screen.show_message("")
        self._ask_first()

    def _on_pin_entered(self, digits: str) -> None:
        screen = self.screen
        if self.hasher.busy():
            return  # (the keypad ignores keys meanwhile; one at a time all the same)
        if not self._first:
            if not valid_pin(digits):
                screen.show_message(_("A PIN has 4 to 8 digits. Please choose again."))
                return
            self._first = digits
            screen.show_message("")
            screen.show_pin(
                _("Type the same PIN again"),
                _("To be sure there is no typing slip."),
                self.may_postpone(),
            )
            return
        if digits != self._first:
            self._ask_first()
            screen.show_message(_("The two PINs are not the same. Please choose again."))
            return
        self.screen.set_checking(True, _("One moment: the PIN is being saved."))
        self.hasher.start(lambda: new_pin_hash(digits), self._on_pin_hashed, self._on_hash_failed)

    def _on_pin_hashed(self, digest: str) -> None:
        self.screen.set_checking(False)
        if not self.pending:
            return
        try:
            self.holder.store.pin.save_hash(digest)
        except sqlite3.Error as error:  # said on the page; "Later" lets everyone in
            self._ask_first()
            self.screen.show_message(self._not_kept(error))
            return
        self._finish()

    def _on_hash_failed(self) -> None:
        self.screen.set_checking(False)
        self._ask_first()
        self.screen.show_message(_("The PIN could not be saved just now. Please try again."))

    def _not_kept(self, error: sqlite3.Error) -> str:
        return _("{what}: {reason}. What was saved before is kept.").format(
            what=_("The PIN was not saved"), reason=self.holder.store.why_not_saved(error).reason()
        )

    def _on_back_requested(self) -> None:
        if self.hasher.busy():
            return
        self._first = ""
        self.screen.show_message("")
        self.screen.show_language()

    def _on_later_requested(self) -> None:
        if self.hasher.busy():
            return
        if self.may_postpone():  # (the button is only shown then; checked again all the same)
            self._finish()

    def leave(self) -> None:
        """Leave the set-up as it is, for what was to follow (renderings and the audit)."""
        self._finish()

    def _finish(self) -> None:
        self.pending = False
        self._first = ""
        self._then()

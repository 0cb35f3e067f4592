"""Text size, colours and language: chosen by the learner at any time, applied live, kept.

The "Aa" button of every learner screen opens the display panel; each choice is applied to
the whole app at once (style sheet, fonts, the practice app's text) and stored for the
learner signed in. Without a learner (sign-in, new person) the choice holds for this
session and is given to the next new person. At a stand, a visitor's choice holds for their
visit only (``visitor``, never stored) and is forgotten when the stand resets for the next
visitor. In the facilitator space, the facilitator's own choice is kept on the device
(``facilitator``; the device's settings, not a learner's).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from tutor.i18n import _
from tutor.sandboxes.base import SandboxWidget
from tutor.storage.learners import Learner
from tutor.storage.store import Store
from tutor.ui.display import Display, apply_display, current, qt_palette
from tutor.ui.facilitator.common import Page
from tutor.ui.main_window import MainWindow
from tutor.ui.theme import STANDARD, Sizes, style_sheet


class Signed(Protocol):
    """Who is signed in, on which store: the display reads them and keeps a learner's look.
    (The app controller is one; the display needs nothing else of it.)"""

    store: Store
    learner: Learner | None


class DisplayController(QObject):
    # The signed-in learner chose another language (the app retranslates its screens).
    language_changed = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        signed: Signed,
        sandboxes: Iterable[SandboxWidget],
        not_saved: Callable[[str, BaseException | None], str],
    ):
        """``sandboxes``: the practice apps made so far (refitted when the look changes);
        ``not_saved``: the facilitator's words for a choice that could not be kept."""
        super().__init__()
        self.signed = signed
        self.window = window
        self._sandboxes = sandboxes
        self._not_saved = not_saved
        self._facilitator_pages = [
            window.facilitator.pin,
            *window.facilitator.behind_pin(),
            window.stand.settings,
            window.stand.figures,
            window.stand.packs,
        ]
        screens = [*window.learner_screens(), *window.stand.visitor_screens()]
        for screen in screens + self._facilitator_pages:
            screen.display_button.clicked.connect(  # type: ignore[attr-defined]
                self._on_display_button_clicked
            )
        for setup_button in window.setup.display_buttons():  # the first start's look
            setup_button.clicked.connect(self._on_display_button_clicked)
        window.display_panel.size_chosen.connect(self._on_display_panel_size_chosen)
        window.display_panel.theme_chosen.connect(self._on_display_panel_theme_chosen)
        window.display_panel.closed.connect(self._on_display_panel_closed)
        window.settings.language_chosen.connect(self._on_settings_language_chosen)
        window.sign_in.facilitator_requested.connect(self._on_sign_in_facilitator_requested)
        self._session = Display()  # the look chosen before anyone signed in
        # At a stand (stand mode on): the current visitor's look, None otherwise.
        self.visitor: Display | None = None
        # The facilitator's own look in their space: the last one chosen, kept on the device.
        chosen = signed.store.settings.facilitator_look()
        self.facilitator = Display(*chosen) if chosen else Display()

    def use_session(self, display: Display) -> None:
        """The look of the sign-in screen and of a person not yet signed in (pictures and
        audits set it; the "Aa" panel sets it when nobody is signed in)."""
        self._session = display

    # -- applying -------------------------------------------------------------------------------
    def show(self, display: Display) -> None:
        apply_display(display)
        for sandbox in self._sandboxes:
            self.fit_sandbox(sandbox)
        self.window.display_panel.show_display(display)

    def fit_sandbox(self, sandbox: SandboxWidget) -> None:
        """The practice app keeps the look it was drawn for (a real tablet's), whatever
        the tutor's theme; its text follows the learner's text size (moderately)."""
        if not sandbox.property("own_look"):
            sandbox.setProperty("own_look", True)
            sandbox.setPalette(qt_palette(STANDARD))
            sandbox.setStyleSheet(style_sheet(STANDARD, Sizes(1.0)))
        look = getattr(sandbox, "look", None)
        if look is not None:
            look.set_reader_factor(current().practice_text_factor)

    def apply_learner(self, learner: Learner) -> None:
        self.show(Display(learner.text_size, learner.theme))

    def adopt_for_new(self, learner: Learner) -> Learner:
        """A new person keeps the look they chose while creating their profile."""
        chosen = current()
        return self.signed.store.learners.update(
            learner.id, text_size=chosen.text_size, theme=chosen.theme
        )

    def choose(self, display: Display) -> None:
        """What the "Aa" panel does: apply ``display`` and keep it where it belongs."""
        self._choose(display.text_size, display.theme)

    def _choose(self, text_size: int, theme: str) -> None:
        display = Display(text_size, theme)
        learner = self.signed.learner
        if self.window.current_screen() in self._facilitator_pages:
            self.facilitator = display
            self._keep_facilitator_look(text_size, theme)
        elif self.visitor is not None:  # a stand's visitor: for this visit only, in memory
            self.visitor = display
            if learner is not None:
                self.signed.learner = learner._replace(text_size=text_size, theme=theme)
        elif learner is None:
            self._session = display
        else:
            self.signed.learner = self.signed.store.learners.update(
                learner.id, text_size=text_size, theme=theme
            )
        self.show(display)

    def _keep_facilitator_look(self, text_size: int, theme: str) -> None:
        """Kept on the device; when it cannot be, the look is used now and the page says so."""
        try:
            self.signed.store.settings.save_facilitator_look(text_size, theme)
        except sqlite3.Error as error:
            text = self._not_saved(
                _("This look is used now, but it was not kept for next time"), error
            )
            screen = self.window.current_screen()
            if isinstance(screen, Page):
                screen.banner.show_text(text)
            else:  # the PIN page: its message line
                self.window.facilitator.pin.show_message(text)

    # -- reactions ------------------------------------------------------------------------------
    def _on_display_button_clicked(self) -> None:
        self.window.display_panel.open_panel(current())

    def _on_display_panel_size_chosen(self, text_size: int) -> None:
        self._choose(text_size, current().theme)

    def _on_display_panel_theme_chosen(self, theme: str) -> None:
        self._choose(current().text_size, theme)

    def _on_display_panel_closed(self) -> None:
        screen = self.window.current_screen()
        button = getattr(screen, "display_button", None)
        if button is not None:
            button.setFocus()

    def _on_sign_in_facilitator_requested(self) -> None:
        self.facilitator_look()

    def session_display(self) -> None:
        """Back on the sign-in screen: the look chosen there (not the last learner's); at a
        stand, the visitor's."""
        self.show(self.visitor or self._session)

    def facilitator_look(self) -> None:
        """The facilitator's own look in their space (its PIN screen included)."""
        self.show(self.facilitator)

    def _on_settings_language_chosen(self, language: str) -> None:
        signed = self.signed
        if signed.learner is None:
            return
        signed.learner = signed.store.learners.update(signed.learner.id, language=language)
        self.language_changed.emit(language)  # the app puts its screens in that language

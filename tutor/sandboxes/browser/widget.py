"""The practice web browser, showing the fictional portal of Belcastel-sur-Mer.

The learner practises what they will do on their town's real website: create an account,
log in, do a procedure and keep its receipt, subscribe to SMS alerts, use the library, and
tell the real site from a look-alike by its address (both are encrypted, as most
fraudulent sites are today). Pages are Qt widgets built
here: nothing is fetched and nothing is sent. Every touch on a lesson target becomes an
:class:`Action` judged by the lesson's gate (see ``base.py``); ``perform`` applies the same
changes directly, for replay and "show me".
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from tutor.core.actions import Action, ActionKind
from tutor.core.sandbox_spec import SandboxSpec
from tutor.i18n import _
from tutor.sandboxes.browser import forms
from tutor.sandboxes.browser.chrome import (
    AddressBar,
    InfoSheet,
    NotificationBanner,
    PhoneStrip,
)
from tutor.sandboxes.browser.content import (
    DRAFT_READING,
    EMAIL,
    FAKE_SITE,
    SEARCH_SITE,
    SITE,
    PortalState,
    decimal,
)
from tutor.sandboxes.browser.library import (
    BookPage,
    ConcertPage,
    LibraryPage,
    ReaderPage,
    ShelfPage,
    book_tile,
)
from tutor.sandboxes.browser.messages import TOWN, MessagesApp
from tutor.sandboxes.browser.pages import (
    AccountPage,
    DonePage,
    FakePage,
    ForgotPage,
    HomePage,
    LoginPage,
    ReceiptPage,
    SearchPage,
    SignupPage,
)
from tutor.sandboxes.browser.parts import Field, Tile, WebPage
from tutor.sandboxes.browser.procedures import (
    AddressPage,
    AddressSummaryPage,
    SmsPage,
    TaxPage,
    WaterPage,
)
from tutor.sandboxes.browser.spec import MESSAGES
from tutor.sandboxes.kit.app import TabletApp
from tutor.sandboxes.kit.banner import Toast
from tutor.sandboxes.kit.keyboard import OnScreenKeyboard
from tutor.sandboxes.kit.scrolling import MARGIN_PX

SMS_DELAY_MS = 1200
TOAST_MS = 6000  # a short note after an action stays this long
# Sites whose connection is encrypted: all of them, the look-alike too, as most fraudulent
# sites are today (the learner tells them apart by the address, not by a padlock).
ENCRYPTED = frozenset({"portal", "search", "fake"})
# Fields that take numbers: the keyboard opens on its digits, as a real tablet does.
NUMERIC = {"water.reading", "library.card", "forgot.code", "sms.phone", "sms.code"}
# The controls of the tablet's Messages (see messages.py), apart from the SMS banner.
MESSAGES_TARGETS = {target.id for target in MESSAGES}


class BrowserKeyboard(OnScreenKeyboard):
    """The kit's keyboard, able to open on its digits layer for a number field."""

    def show_digits(self, digits: bool) -> None:
        self.shift = False
        self.symbols = digits
        self._relabel()


class BrowserSandbox(TabletApp):
    """A browser (address bar, padlock, back) in the practice tablet, offline."""

    keyboard: BrowserKeyboard

    def __init__(self, spec: SandboxSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self.state = PortalState()
        self.address_bar = AddressBar(self.look)
        self.use_keyboard(BrowserKeyboard(self.look))
        self.messages = MessagesApp(self.look)
        self.messages.hide()
        self.phone = PhoneStrip(self.look)
        self.pages: dict[str, WebPage] = {}
        look = self.look
        self.search = self._add("search", SearchPage(look))
        self.fake = self._add("fake", FakePage(look))
        self.home = self._add("home", HomePage(look))
        self.login = self._add("login", LoginPage(look))
        self.signup = self._add("signup", SignupPage(look))
        self.forgot = self._add("forgot", ForgotPage(look))
        self.done_page = self._add("done", DonePage(look))
        self.account = self._add("account", AccountPage(look))
        self.address = self._add("address", AddressPage(look))
        self.summary = self._add("summary", AddressSummaryPage(look))
        self.water = self._add("water", WaterPage(look))
        self.tax = self._add("tax", TaxPage(look))
        self.sms = self._add("sms", SmsPage(look))
        self.receipt = self._add("receipt", ReceiptPage(look))
        self.library = self._add("library", LibraryPage(look))
        self.ebooks = self._add("ebooks", ShelfPage(look, "/mediatheque/livres", _("E-books")))
        self.ebooks.add(book_tile(look))
        self.concerts = self._add(
            "concerts", ShelfPage(look, "/mediatheque/concerts", _("Concerts"))
        )
        self.concerts.add(
            Tile(
                look, "concert.choir", _("The seaside choir · 45 minutes"), "mdi6.music", "#16592a"
            )
        )
        self.magazines = self._add(
            "magazines", ShelfPage(look, "/mediatheque/magazines", _("Magazines"))
        )
        self.magazines.para(_("The magazines of the month arrive soon."))
        self.book = self._add("book", BookPage(look))
        self.reader = self._add("reader", ReaderPage(look))
        self.concert = self._add("concert", ConcertPage(look))
        self.lay_out(
            self.status_bar,
            self.address_bar,
            (self.stack, 1),
            (self.messages, 1),
            self.phone,
            self.keyboard,
        )
        self.fields: dict[str, Field] = {
            field.objectName(): field for field in self.stack.findChildren(Field)
        }
        self.info = InfoSheet(look, self.screen_area)
        self.banner = NotificationBanner(look, self.screen_area)
        self.toast = Toast(look, self.screen_area, TOAST_MS)
        self.add_notification(self.banner)
        self.add_notification(self.toast)
        self.history: list[str] = []
        self.focus: str | None = None
        self.after_login: str | None = None
        self._sms_timer = QTimer(self, singleShot=True, interval=SMS_DELAY_MS)
        self._sms_timer.timeout.connect(self._on_sms_timer_timeout)
        self.wire()
        self.reset()

    def _add(self, page_id: str, page):
        self.pages[page_id] = self.add_screen(page_id, page)
        return page

    # -- learner input ------------------------------------------------------------------------
    def typing_field(self) -> tuple[str, str] | None:
        if self.focus is None:
            return None
        return self.focus, self.fields[self.focus].text()

    # -- lesson controller --------------------------------------------------------------------
    def reset(self, scene: str | None = None) -> None:
        if scene is not None and scene not in self.spec.scenes:
            raise ValueError(f"the browser has no scene {scene!r}")
        self.state = state = PortalState()
        self._sms_timer.stop()
        self.banner.hide()
        self.phone.hide()
        self.close_messages()
        self.messages.reset()
        self.toast.hide()
        self.info.hide()
        for field in self.fields.values():
            field.set_text("")
        for page in self.pages.values():
            message = getattr(page, "message", None)
            if message is not None:
                message.say("")
        self.concert.wave.progress = 0.0
        self.history = []
        self.after_login = None
        self.focus = None
        self.set_focus(None)
        start = "home"
        if scene in ("logged_in", "water_draft", "receipt", "library"):
            state.logged_in = True
        if scene == "water_draft":
            state.water_draft = decimal(*DRAFT_READING)
        if scene == "login":
            # The browser remembers the e-mail of an account that exists; before the account
            # is made (the create-account lesson), the log-in page starts empty.
            self.login.email.set_text(_(EMAIL))
            self.history = ["home"]
            start = "login"
        elif scene == "search_results":
            start = "search"
        elif scene == "receipt":
            self.address.street.set_text(_("8 Harbour Street"))
            state.move_date = 1
            self.history = ["home", "address", "summary"]
            state.receipt = "address"
            start = "receipt"
        elif scene == "library":
            state.library_linked = True
            self.history = ["home"]
            start = "library"
        self._refresh()
        self._show(start)
        self._refresh_highlight()

    def cue(self, name: str) -> None:
        if name == "sms_arrives":
            self._sms_timer.stop()
            self._on_sms_timer_timeout()
        elif name == "code_arrives":
            self.sms_arrives(forms.code_sms())
        else:
            super().cue(name)

    def perform(self, action: Action) -> None:
        if self.spec.target(action.target) is None:
            raise ValueError(f"the browser has no target {action.target!r}")
        self._apply(action)
        self._refresh_highlight()

    # -- state changes (the effects) ----------------------------------------------------------
    def current_page(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is current)

    def page(self) -> WebPage:
        return self.pages[self.current_page()]

    def _apply(self, action: Action) -> None:
        """Change the browser as ``action`` does, whatever page is shown now."""
        target = action.target
        if target == "notification.banner" or target in MESSAGES_TARGETS:
            self._apply_messages(target)
            return
        self.close_messages()  # a browser control: the browser is in front again
        if target == "browser.back":
            self._back()
        elif target in ("browser.site_info", "browser.address"):
            self.set_focus(None)
            site = self.page().site
            name = {"portal": SITE, "search": SEARCH_SITE, "fake": FAKE_SITE}[site]
            self.info.open_for(name, site in ENCRYPTED)
        elif target == "browser.info.close":
            self.info.hide()
        elif target == "page.view":
            if action.kind is ActionKind.SWIPE and action.value in ("up", "down"):
                self.page().view.scroll_screen(action.value)
        elif target == "keyboard.hide":
            self.set_focus(None)
        elif target in self.fields:
            self._apply_field(action)
        else:
            forms.apply(self, target)
            self._refresh()

    def _apply_messages(self, target: str) -> None:
        """The SMS opens the tablet's Messages; its back key comes back to the browser."""
        if target == "notification.banner":
            self.banner.hide()
            self.open_messages()
        elif target == "nav.back":
            if not self.messages.back():
                self.close_messages()
        elif target == "chat.back":
            self.open_messages()
        else:
            self.open_messages()
            self.messages.open_chat(target.removeprefix("list."))

    def open_messages(self) -> None:
        """Messages in front of the browser (the page stays as it was, behind)."""
        self.set_focus(None)
        self.info.hide()
        self.address_bar.hide()
        self.stack.hide()
        self.messages.show()
        self.messages.open_list()

    def close_messages(self) -> None:
        self.messages.hide()
        self.address_bar.show()
        self.stack.show()

    def messages_shown(self) -> bool:
        return self.messages.isVisibleTo(self)

    def messages_screen(self) -> str | None:
        """The Messages screen in front ("list" or "chat"), or None when the browser is."""
        return self.messages.current_screen() if self.messages_shown() else None

    def _apply_field(self, action: Action) -> None:
        field = self.fields[action.target]
        self.set_focus(action.target)
        if action.kind is ActionKind.TYPE:
            field.set_text(action.value or "")
            if action.target == "signup.password":
                self.signup.show_password(field.text())

    def go(self, page_id: str) -> None:
        """Open a page, the one shown before it kept for the back arrow."""
        current = self.current_page()
        if current != page_id:
            self.history.append(current)
        self._show(page_id)

    def _back(self) -> None:
        if self.history:
            self._show(self.history.pop())
        else:
            self.set_focus(None)

    def _show(self, page_id: str) -> None:
        self.info.hide()
        self.set_focus(None)
        if page_id != "concert" and self.state.playing:
            self.state.playing = False
            self.concert.show_state(False)
        page = self.pages[page_id]
        self.stack.setCurrentWidget(page)
        site = {"portal": SITE, "search": SEARCH_SITE, "fake": FAKE_SITE}[page.site]
        self.address_bar.show_page(site, page.path, page.site in ENCRYPTED)
        page.view.to_top()

    def set_focus(self, field_id: str | None) -> None:
        self.focus = field_id
        for name, field in self.fields.items():
            field.set_focused(name == field_id)
        self.keyboard.show_digits(field_id in NUMERIC)
        self.keyboard.setVisible(field_id is not None)
        self._make_room_for_typing()
        if field_id is not None:
            self._reveal(self.fields[field_id])
            QTimer.singleShot(0, partial(self._reveal, self.fields[field_id]))

    def _make_room_for_typing(self) -> None:
        """On a small tablet with the keyboard up, the address bar makes way for the page
        (as a real browser's bar slides away while one types), so that the field being
        typed in shows whole between the top of the screen and the keyboard."""
        layout = self.screen_area.layout()
        if self.messages_shown() or layout is None:
            return
        self.address_bar.show()
        layout.activate()
        if self.focus is None:
            return
        room = self.page().view.area.viewport().height()
        if room < self.fields[self.focus].height() + 2 * MARGIN_PX:
            self.address_bar.hide()
            layout.activate()

    def _reveal(self, widget: QWidget) -> None:
        page = self.page()
        if page.isAncestorOf(widget) and widget.isVisibleTo(page):
            page.view.reveal(widget)

    def reveal_message(self, page: WebPage) -> None:
        message = getattr(page, "message", None)
        if message is not None and message.isVisibleTo(page):
            page.view.column.activate()
            QTimer.singleShot(0, partial(page.view.reveal, message, 10))
            page.view.reveal(message, 10)

    def send_sms_later(self) -> None:
        self._sms_timer.start()

    def _on_sms_timer_timeout(self) -> None:
        self.sms_to_phone(forms.alerts_sms(self.state.topics))

    def sms_to_phone(self, body: str) -> None:
        """An SMS from the town to the learner's mobile (the number typed on the site)."""
        self.phone.say(TOWN.name, body)
        self._make_room_for_typing()

    def sms_arrives(self, body: str) -> None:
        """An SMS from the town: it shows at the top and waits in Messages."""
        self.messages.receive(body)
        self.banner.say(TOWN.name, body)

    def _refresh(self) -> None:
        state = self.state
        self.home.show_state(state.logged_in)
        self.forgot.show_state(state.code_sent)
        self.account.show_state(state.kept)
        self.address.show_date(state.move_date)
        self.summary.show_request(self.address.street.text(), state.move_date)
        self.tax.show_state(state.nights, state.guests)
        self.sms.show_state(state.topics, state.sms_code_sent)
        self.library.show_state(state.library_linked, state.borrowed)
        self.book.show_state(state.borrowed)
        self.concert.show_state(state.playing)
        self.receipt.show_receipt(
            state.receipt, forms.receipt_detail(self), state.receipt in state.kept
        )
        if not self.water.reading.text() and state.water_draft:
            self.water.reading.set_text(state.water_draft)
            state.water_draft = ""

    # -- drawing ------------------------------------------------------------------------------
    def place_tablet(self) -> None:
        super().place_tablet()
        self._make_room_for_typing()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        for overlay in (self.info, self.banner):
            # isHidden, not isVisible: on resume the sheet opens before the app is shown.
            if not overlay.isHidden():
                overlay.place()

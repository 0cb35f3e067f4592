"""What the portal's buttons do: open pages, check forms and send them (nowhere).

Kept apart from ``widget.py`` so the browser itself stays small; every function here works
on the sandbox's state and pages, and is called only once the lesson gate has agreed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.i18n import _
from tutor.sandboxes.browser.content import (
    LIBRARY_CARD,
    MOVE_DATES,
    PHONE,
    RECEIPTS,
    RESET_CODE,
    SMS_CODE,
    SMS_TOPICS,
    account_password,
    email_problem,
    euros,
    password_advice,
    phone_problem,
    reading_problem,
    tax_amount_cents,
)

if TYPE_CHECKING:
    from tutor.sandboxes.browser.widget import BrowserSandbox

PROCEDURE_PAGES = {"address", "water", "tax", "sms", "library"}
MAX_NIGHTS = 31
MAX_GUESTS = 15


def code_sms(code: str = RESET_CODE) -> str:
    return _("Your code is {code}. Never give it to anyone.").format(code=code)


def alerts_sms(topics: set[str]) -> str:
    """The town's confirmation SMS: the chosen subjects, the receipt number, how to stop."""
    names = ", ".join(_(SMS_TOPICS[key][0]) for key in SMS_TOPICS if key in topics)
    subscribed = _("You are subscribed to the alerts: {topics}. Reply STOP to stop.")
    number = _("Receipt no. {number}").format(number=RECEIPTS["sms"])
    return f"{subscribed.format(topics=names or '-')}\n{number}."


def receipt_detail(sandbox: BrowserSandbox) -> str:
    state = sandbox.state
    kind = state.receipt
    if kind == "address":
        date = _(MOVE_DATES[state.move_date - 1]) if state.move_date else ""
        return _("New address: {street}, from {date}.").format(
            street=sandbox.address.street.text(), date=date
        )
    if kind == "water":
        return _("Reading: {value} m³.").format(value=sandbox.water.reading.text())
    if kind == "tax":
        return _("{nights} nights, {guests} guests: {amount}.").format(
            nights=state.nights,
            guests=state.guests,
            amount=euros(tax_amount_cents(state.nights, state.guests)),
        )
    return _("SMS alerts sent to {phone}.").format(phone=sandbox.sms.phone.text() or _(PHONE))


def _finish(sandbox: BrowserSandbox, kind: str) -> None:
    sandbox.state.receipt = kind
    sandbox.go("receipt")


def _say(sandbox: BrowserSandbox, page, message: str, good: bool = False) -> None:
    page.message.say(message, good)
    sandbox.reveal_message(page)


def _form_accepted(sandbox: BrowserSandbox, page, title: str, text: str) -> None:
    """A new password or account is accepted: the learner is logged in and sees the page
    saying so."""
    page.message.say("")
    sandbox.state.logged_in = True
    sandbox.done_page.say(title, text)
    sandbox.go("done")


def apply(sandbox: BrowserSandbox, target: str) -> None:
    """Carry out a touch on a page's button or link (fields and the browser excepted)."""
    state = sandbox.state
    sandbox.set_focus(None)  # touching a button puts the keyboard away, as in a browser
    if target in ("search.real", "portal.home", "done.home", "receipt.home"):
        sandbox.go("home")
    elif target == "search.fake":
        sandbox.go("fake")
    elif target == "fake.pay":
        sandbox.toast.say(_("This is only practice. On a look-alike site, never pay."))
    elif target.startswith("home.menu."):
        _open_menu(sandbox, target.rsplit(".", 1)[1])
    elif target.startswith(("login.", "signup.", "forgot.", "account.")):
        _apply_account(sandbox, target)
    elif target.startswith("address."):
        _apply_address(sandbox, target)
    elif target == "water.reading.clear":
        sandbox.water.reading.set_text("")
        sandbox.water.message.say("")
        sandbox.set_focus("water.reading")
    elif target == "water.send":
        problem = reading_problem(sandbox.water.reading.text())
        if problem:
            _say(sandbox, sandbox.water, problem)
        else:
            sandbox.water.message.say("")
            _finish(sandbox, "water")
    elif target.startswith("tax."):
        _apply_tax(sandbox, target)
    elif target.startswith("sms."):
        _apply_sms(sandbox, target)
    elif target == "receipt.keep":
        if state.receipt not in state.kept:
            state.kept.append(state.receipt)
        # A tablet keeps a receipt as a PDF document (it opens anywhere and prints).
        sandbox.toast.say(_("Receipt kept as a PDF. Find it in \u201cMy account\u201d."))
    else:
        _apply_library(sandbox, target)


def _open_menu(sandbox: BrowserSandbox, key: str) -> None:
    page = "account" if key == "account" else key
    if not sandbox.state.logged_in:
        sandbox.after_login = None if key == "account" else page
        if key != "account":
            sandbox.login.message.say(_("Please log in first to do this procedure."))
        sandbox.go("login")
        return
    sandbox.go(page)


def _apply_account(sandbox: BrowserSandbox, target: str) -> None:
    state = sandbox.state
    if target == "login.submit":
        password = sandbox.login.password.text()
        if not password:
            _say(sandbox, sandbox.login, _("Your password is missing. Type it in the field."))
        elif password != account_password():
            _say(
                sandbox,
                sandbox.login,
                _(
                    "This password does not match. Check the capital letter, or tap "
                    "\u201cForgotten password?\u201d."
                ),
            )
        else:
            _logged_in(sandbox)
    elif target == "login.forgot":
        sandbox.go("forgot")
    elif target == "login.create":
        sandbox.go("signup")
    elif target == "signup.submit":
        page = sandbox.signup
        problem = email_problem(page.email.text())
        advice = password_advice(page.password.text())
        if problem:
            _say(sandbox, page, problem)
        elif not page.password.text():
            _say(sandbox, page, _("Your password is missing. Type it in the field."))
        elif advice:
            _say(sandbox, page, _("Your password needs a little more:") + " " + " ".join(advice))
        else:
            state.has_account = True
            _form_accepted(
                sandbox,
                page,
                _("Your account is created"),
                _("You are logged in. You can now do your procedures."),
            )
    elif target == "forgot.send":
        state.code_sent = True
        sandbox.forgot.show_state(True)
        _say(
            sandbox,
            sandbox.forgot,
            _("A code was sent by SMS to {phone}.").format(phone=_(PHONE)),
            good=True,
        )
        sandbox.sms_arrives(code_sms())
    elif target == "forgot.save":
        page = sandbox.forgot
        advice = password_advice(page.password.text())
        if page.code.text() != RESET_CODE:
            _say(sandbox, page, _("Type the 4 digits of the code received by SMS."))
        elif advice:
            _say(sandbox, page, _("Your password needs a little more:") + " " + " ".join(advice))
        else:
            _form_accepted(sandbox, page, _("Your new password is saved"), _("You are logged in."))
    elif target == "account.receipt":
        if state.kept:
            state.receipt = state.kept[-1]
        sandbox.go("receipt")
    elif target == "account.logout":
        state.logged_in = False
        sandbox.login.password.set_text("")
        sandbox.history.clear()
        sandbox.go("home")
        sandbox.history.clear()
        sandbox.toast.say(_("You are logged out. Nobody can use your account here."))


def _logged_in(sandbox: BrowserSandbox) -> None:
    sandbox.state.logged_in = True
    sandbox.login.message.say("")
    sandbox.go(sandbox.after_login or "home")
    sandbox.after_login = None
    sandbox.toast.say(_("You are logged in."))


def _apply_address(sandbox: BrowserSandbox, target: str) -> None:
    state = sandbox.state
    page = sandbox.address
    if target.startswith("address.date."):
        state.move_date = int(target.rsplit(".", 1)[1])
        sandbox.set_focus(None)
    elif target == "address.next":
        if not page.street.text().strip():
            _say(sandbox, page, _("Your new address is missing. Type it in the field."))
        elif state.move_date is None:
            _say(sandbox, page, _("The moving date is missing. Tap a date."))
        else:
            page.message.say("")
            sandbox.go("summary")
    elif target == "address.edit":
        sandbox.go("address")
    elif target == "address.send":
        _finish(sandbox, "address")


def _apply_tax(sandbox: BrowserSandbox, target: str) -> None:
    state = sandbox.state
    if target == "tax.nights.more":
        state.nights = min(MAX_NIGHTS, state.nights + 1)
    elif target == "tax.nights.less":
        state.nights = max(0, state.nights - 1)
    elif target == "tax.guests.more":
        state.guests = min(MAX_GUESTS, state.guests + 1)
    elif target == "tax.guests.less":
        state.guests = max(1, state.guests - 1)
    elif target == "tax.send":
        if state.nights == 0:
            _say(
                sandbox,
                sandbox.tax,
                _("The number of nights is missing. Tap the plus button next to Nights."),
            )
            return
        _finish(sandbox, "tax")
    sandbox.tax.message.say("")


def _apply_sms(sandbox: BrowserSandbox, target: str) -> None:
    """Subjects, then the number typed by the learner, then the code the town sends to it:
    the subscription is made only once the code proves the number is theirs."""
    state = sandbox.state
    page = sandbox.sms
    topics = state.topics
    if target.startswith("sms.topic."):
        key = target.rsplit(".", 1)[1]
        topics.symmetric_difference_update({key})
        page.message.say("")
    elif target == "sms.send":
        problem = phone_problem(page.phone.text())
        if not topics:
            _say(sandbox, page, _("Choose at least one subject. Tap a checkbox."))
        elif problem:
            _say(sandbox, page, problem)
        else:
            state.sms_code_sent = True
            page.show_state(topics, True)
            _say(
                sandbox,
                page,
                _("A code was sent by SMS to {phone}.").format(phone=page.phone.text()),
                good=True,
            )
            sandbox.sms_to_phone(code_sms(SMS_CODE))
    elif target == "sms.confirm":
        if page.code.text().strip() != SMS_CODE:
            _say(sandbox, page, _("Type the 4 digits of the code received by SMS."))
            return
        page.message.say("")
        sandbox.phone.hide()  # the code is used: the phone is put down
        _finish(sandbox, "sms")
        sandbox.send_sms_later()


def _apply_library(sandbox: BrowserSandbox, target: str) -> None:
    state = sandbox.state
    if target == "library.link":
        number = sandbox.library.card.text().strip()
        if not number:
            _say(
                sandbox,
                sandbox.library,
                _("Your card number is missing. It is written on your library card."),
            )
        elif not (number.isdigit() and len(number) == len(LIBRARY_CARD)):
            _say(
                sandbox,
                sandbox.library,
                _("The number has 4 digits, as on your card. For example: 0381."),
            )
        else:
            state.library_linked = True
            sandbox.set_focus(None)
            _say(sandbox, sandbox.library, _("Your card is linked. Welcome!"), good=True)
    elif target == "library.ebooks":
        sandbox.go("ebooks")
    elif target == "library.concerts":
        sandbox.go("concerts")
    elif target == "library.magazines":
        sandbox.go("magazines")
    elif target == "ebook.verne":
        sandbox.go("book")
    elif target == "ebook.borrow":
        state.borrowed = True
    elif target == "ebook.read":
        sandbox.go("reader")
    elif target == "concert.choir":
        sandbox.go("concert")
    elif target == "concert.play":
        state.playing = not state.playing
    else:
        raise ValueError(f"the browser does not handle {target!r}")

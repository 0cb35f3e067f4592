"""An SMS that reaches the tablet (the forgotten-password code) arrives in the practice
tablet's Messages, opened over the browser by touching it, and the tablet's back key comes
back to the site. The SMS alerts' code and confirmation go to the learner's phone instead."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from tests.sandboxes.helpers import click, open_sandbox, tap, visible
from tutor.core.actions import Action, ActionKind
from tutor.i18n import _
from tutor.sandboxes.browser.chrome import two_lines
from tutor.sandboxes.browser.content import RECEIPTS, RESET_CODE, SMS_CODE
from tutor.sandboxes.browser.messages import TOWN_ID
from tutor.sandboxes.browser.spec import MESSAGES, SPEC
from tutor.sandboxes.browser.widget import BrowserSandbox

SUBSCRIBE = [
    tap("home.menu.sms"),
    tap("sms.topic.weather"),
    tap("sms.topic.roadworks"),
    Action(ActionKind.TYPE, "sms.phone", "0612345678"),
    tap("sms.send"),
    Action(ActionKind.TYPE, "sms.code", SMS_CODE),
    tap("sms.confirm"),
]
CODE_SENT = [tap("login.forgot"), tap("forgot.send")]
TOWN_CHAT = [tap("notification.banner"), tap("list.belcastel")]
# target -> (what to do after the SMS arrived, so that it is on screen; the Messages screen
# after touching it, None when the browser is in front again; the conversation open then)
ROUTES: dict[str, tuple[list[Action], str | None, str | None]] = {
    "list.belcastel": ([tap("notification.banner")], "chat", TOWN_ID),
    "list.sophie": ([tap("notification.banner")], "chat", "sophie"),
    "list.lea": ([tap("notification.banner")], "chat", "lea"),
    "chat.back": (TOWN_CHAT, "list", None),
    "nav.back": (TOWN_CHAT, "list", None),
}


@pytest.fixture
def browser(qtbot):
    return open_sandbox(qtbot, BrowserSandbox(SPEC))


def subscribed(browser: BrowserSandbox, then: list[Action]) -> None:
    """A code asked for a forgotten password, its SMS arrived; then ``then`` is done."""
    browser.reset("login")
    for action in CODE_SENT:
        browser.perform(action)
    for action in then:
        browser.perform(action)


def town_sms(browser: BrowserSandbox) -> str:
    messages = browser.messages.conversations[TOWN_ID].messages
    assert len(messages) == 1
    return messages[0].text


def test_every_messages_target_is_routed():
    assert set(ROUTES) == {target.id for target in MESSAGES}


@pytest.mark.parametrize("target", sorted(ROUTES))
def test_every_messages_target_is_on_its_screen_named_big_and_does_its_job(browser, qtbot, target):
    before, screen, person = ROUTES[target]
    subscribed(browser, before)
    qtbot.wait(20)
    widget = visible(browser, target)
    assert widget.accessibleName()
    assert widget.width() >= 64 and widget.height() >= 64, (target, widget.size())
    click(qtbot, browser, target)
    assert browser.done[-1] == tap(target)
    assert browser.messages_screen() == screen
    if person is not None:
        assert browser.messages.current == person
        assert browser.messages.chat.bubbles.conversation is browser.messages.conversations[person]
    # perform() reaches the same screen from the same start
    subscribed(browser, before)
    browser.perform(tap(target))
    assert browser.messages_screen() == screen


def test_the_alerts_sms_go_to_the_phone_not_to_the_tablet(browser, qtbot):
    browser.reset("logged_in")
    for action in SUBSCRIBE[:5]:  # up to "Receive a code"
        browser.perform(action)
    assert browser.phone.isVisible() and SMS_CODE in browser.phone.body
    assert not browser.banner.isVisible()
    for action in SUBSCRIBE[5:]:
        browser.perform(action)
    assert browser.current_page() == "receipt"
    qtbot.waitUntil(lambda: RECEIPTS["sms"] in browser.phone.body, timeout=3000)
    sms = browser.phone.body
    assert _("Weather warnings") in sms and _("Roadworks") in sms
    assert _("Children's activities") not in sms and "STOP" in sms
    browser.cue("sms_arrives")  # the step's cue, or a resumed lesson replaying it
    assert browser.phone.body == sms
    # nothing came to the tablet itself
    assert browser.messages.conversations[TOWN_ID].messages == []
    assert not browser.banner.isVisible()


def test_the_code_sms_arrives_in_messages_and_back_returns_to_the_site(browser, qtbot):
    browser.reset("login")
    for name in ("login.forgot", "forgot.send"):
        click(qtbot, browser, name)
    assert browser.banner.isVisible()
    town = browser.messages.conversations[TOWN_ID]
    assert town.unread == 1
    sms = town_sms(browser)
    assert RESET_CODE in sms and browser.banner.body == sms
    # touching the SMS opens Messages, the town's new conversation at the top
    click(qtbot, browser, "notification.banner")
    assert browser.messages_screen() == "list" and not browser.banner.isVisible()
    assert not browser.address_bar.isVisible() and not browser.stack.isVisible()
    town_row = visible(browser, "list.belcastel")
    for other in ("list.sophie", "list.lea"):
        assert town_row.y() < visible(browser, other).y()
    assert all(c.unread == 0 for key, c in browser.messages.conversations.items() if key != TOWN_ID)
    # the conversation shows the SMS; here the learner only reads (no bar to write)
    click(qtbot, browser, "list.belcastel")
    assert browser.messages_screen() == "chat" and town.unread == 0
    assert browser.messages.chat.bubbles.conversation is town
    assert browser.target_widget("chat.text") is None
    # the tablet's back key: to the list, then back to the site, on the same page
    click(qtbot, browser, "nav.back")
    assert browser.messages_screen() == "list"
    click(qtbot, browser, "nav.back")
    assert browser.messages_screen() is None
    assert browser.current_page() == "forgot" and browser.address_bar.isVisible()
    assert visible(browser, "forgot.code")


def test_the_chat_arrow_goes_back_to_the_list(browser, qtbot):
    subscribed(browser, TOWN_CHAT)
    click(qtbot, browser, "chat.back")
    assert browser.messages_screen() == "list"
    assert browser.messages.conversations[TOWN_ID].unread == 0


def test_a_browser_control_brings_the_browser_back_in_front(browser):
    subscribed(browser, TOWN_CHAT)
    browser.perform(tap("browser.back"))  # "show me" or a replay, from Messages
    assert browser.messages_screen() is None and browser.current_page() == "login"


def test_a_refusing_gate_keeps_the_sms_where_it_is(browser, qtbot):
    subscribed(browser, [])
    browser.gate = lambda action: False
    click(qtbot, browser, "notification.banner")
    assert browser.banner.isVisible() and browser.messages_screen() is None
    browser.gate = lambda action: True
    browser.perform(tap("notification.banner"))
    browser.gate = lambda action: False
    click(qtbot, browser, "list.belcastel")
    click(qtbot, browser, "nav.back")
    assert browser.messages_screen() == "list" and browser.done == []


def test_each_lesson_starts_clean(browser, qtbot):
    subscribed(browser, TOWN_CHAT)
    browser.reset("logged_in")
    assert browser.messages_screen() is None and not browser.banner.isVisible()
    assert not browser.phone.isVisible()
    assert browser.messages.conversations[TOWN_ID].messages == []
    browser.perform(tap("notification.banner"))
    assert browser.target_widget("list.belcastel") is None  # no conversation from the town yet
    assert visible(browser, "list.sophie")


def test_the_code_sms_lands_in_messages_too(browser, qtbot):
    browser.reset("login")
    browser.perform(tap("login.forgot"))
    click(qtbot, browser, "forgot.send")
    assert RESET_CODE in town_sms(browser)
    click(qtbot, browser, "notification.banner")
    click(qtbot, browser, "list.belcastel")
    assert browser.messages_screen() == "chat"
    click(qtbot, browser, "nav.back")
    click(qtbot, browser, "nav.back")
    assert browser.current_page() == "forgot" and browser.forgot.code.isVisible()


def test_the_banner_shows_the_start_of_a_long_sms_on_two_lines(qtbot):
    font = QFont()
    font.setPixelSize(20)
    metrics = QFontMetrics(font)
    long_sms = "You are subscribed to the alerts: weather, roadworks. " * 4
    shown = two_lines(metrics, long_sms, 300)
    first, second = shown.split("\n")
    assert metrics.horizontalAdvance(first) <= 300 and metrics.horizontalAdvance(second) <= 300
    assert second.endswith("…") and long_sms.startswith(first)
    assert two_lines(metrics, "Short one.", 300) == "Short one."

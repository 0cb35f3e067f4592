"""The step's target shows: the practice apps bring it into view themselves, in one place.

When a step starts (``begin_step``), after each accepted action and after a resize, the
control the step asks for is scrolled into view whole, above the on-screen keyboard; a
note lying over it goes away; notes otherwise go away by themselves; and a resumed lesson
does not show again the notes of steps done long ago.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from tests.conftest import LESSONS
from tests.sandboxes.helpers import open_sandbox, tap
from tutor.core.actions import ActionKind
from tutor.core.loader import load_lessons
from tutor.sandboxes import sandbox_specs
from tutor.sandboxes.browser.spec import SPEC as BROWSER
from tutor.sandboxes.browser.widget import BrowserSandbox
from tutor.sandboxes.kit.scrolling import SETTLE_MS
from tutor.sandboxes.social.sheets import NOTE_MS
from tutor.sandboxes.social.spec import SPEC as SOCIAL
from tutor.sandboxes.social.widget import SocialSandbox


def _lesson(lesson_id: str):
    lessons = load_lessons([LESSONS / "procedures", LESSONS / "social"], sandbox_specs())
    return next(lesson for lesson in lessons.lessons if lesson.id == lesson_id)


def _in(widget: QWidget, holder: QWidget) -> QRect:
    return QRect(widget.mapTo(holder, QPoint(0, 0)), widget.size())


def _whole_on_page(browser: BrowserSandbox, widget: QWidget) -> bool:
    viewport = browser.page().view.area.viewport()
    return viewport.rect().contains(_in(widget, viewport))


@pytest.fixture
def browser(qtbot):
    return open_sandbox(qtbot, BrowserSandbox(BROWSER))


@pytest.fixture
def social(qtbot):
    return open_sandbox(qtbot, SocialSandbox(SOCIAL))


def test_a_target_below_the_page_glides_into_view_whole(browser, qtbot):
    browser.reset("login")
    create = browser.target_widget("login.create")
    assert create is not None and not _whole_on_page(browser, create)
    browser.begin_step("login.create")
    view = browser.page().view
    assert view.bar.value() != view.destination()  # a calm glide, not a jump
    qtbot.waitUntil(lambda: _whole_on_page(browser, create), timeout=2000)
    top = _in(create, view.area.viewport()).top()
    assert top > 0  # no further than needed: it rests near the bottom of the page
    assert view.bar.value() < view.bar.maximum() or top > view.area.viewport().height() // 2


def test_with_reduced_motion_the_target_comes_into_view_at_once(browser, qtbot):
    from tutor.sandboxes.kit import motion

    browser.reset("login")
    create = browser.target_widget("login.create")
    motion.set_reduced(True)
    try:
        browser.begin_step("login.create")
        view = browser.page().view
        assert view.bar.value() == view.destination()  # a jump, no glide
        assert _whole_on_page(browser, create)
    finally:
        motion.set_reduced(False)


def test_a_resumed_lesson_shows_the_button_after_the_swipe_whole(qtbot):
    """procedures-water-meter step 5, "Touchez « Valider »", resumed: the swipe of step 4
    was replayed before the app had its size beside the lesson."""
    lesson = _lesson("procedures-water-meter")
    browser = BrowserSandbox(BROWSER)
    browser.reset(lesson.scene)
    browser.replay(lesson.steps[:4])  # ends with "Faites glisser la page vers le haut"
    browser.begin_step("water.send")
    open_sandbox(qtbot, browser)  # shown beside the lesson, at its size
    send = browser.target_widget("water.send")
    qtbot.waitUntil(lambda: _whole_on_page(browser, send), timeout=2000)


def test_a_button_under_the_keyboard_comes_up_above_it(browser, qtbot):
    """procedures-log-in step 4, "Touchez « Se connecter »", with the keyboard still up,
    at 200 % (the tablet drawn smaller beside the bigger words)."""
    browser.resize(700, 520)
    browser.look.set_reader_factor(1.3)
    browser.reset("login")
    browser.perform(tap("login.password"))  # the keyboard comes up under the page
    submit = browser.target_widget("login.submit")
    assert browser.keyboard_shown() and not _whole_on_page(browser, submit)
    browser.begin_step("login.submit")
    browser.come_to_rest()
    assert _whole_on_page(browser, submit)
    assert _in(submit, browser).bottom() < _in(browser.keyboard, browser).top()


def test_the_target_stays_in_view_when_the_tablet_is_resized(browser, qtbot):
    browser.reset("login")
    browser.begin_step("login.create")
    browser.come_to_rest()
    create = browser.target_widget("login.create")
    browser.resize(700, 520)
    qtbot.waitUntil(lambda: _whole_on_page(browser, create), timeout=2000)


def test_a_step_asking_only_to_read_moves_nothing(browser, qtbot):
    browser.reset("login")
    view = browser.page().view
    browser.begin_step("continue")
    browser.begin_step(None)
    qtbot.wait(50)
    assert view.bar.value() == 0


def _covers(note: QWidget, widget: QWidget, sandbox: QWidget) -> bool:
    return _in(note, sandbox).intersects(_in(widget, sandbox))


def test_a_note_over_the_step_s_target_goes_away(social, qtbot):
    """social-report-block: "Nouveau message" lay over Thomas's message to touch."""
    social.cue("message_arrives")
    social.perform(tap("tab.messages"))
    thomas = social.target_widget("messages.thomas")
    assert social.note.isVisible() and _covers(social.note, thomas, social)
    social.begin_step("messages.thomas")
    assert social.note.isHidden()


def test_a_note_elsewhere_stays_then_goes_away_by_itself(social, qtbot):
    social.cue("message_arrives")
    messages = social.target_widget("tab.messages")
    assert not _covers(social.note, messages, social)
    social.begin_step("tab.messages")
    qtbot.wait(50)
    assert social.note.isVisible()  # the learner can read it
    qtbot.waitUntil(social.note.isHidden, timeout=NOTE_MS + 1000)  # as on a real tablet


def test_a_resumed_lesson_does_not_show_old_notes_again(social, qtbot):
    lesson = _lesson("social-report-block")
    social.reset(lesson.scene)
    social.replay(lesson.steps[:4])  # resumed at step 5: the note came at step 1
    assert social.note.isHidden()
    social.reset(lesson.scene)
    social.replay(lesson.steps[:1])  # resumed at step 2: the message has just arrived
    assert social.note.isVisible()


def test_a_resumed_lesson_keeps_the_code_on_the_phone_while_it_is_typed(browser, qtbot):
    """The SMS-alerts code stays on the learner's phone (under the page) for as long as
    the lesson asks to type it, a resumed lesson included: it is not a passing note."""
    from tutor.sandboxes.browser.content import SMS_CODE

    lesson = _lesson("procedures-sms-alerts")
    index = next(
        i
        for i, step in enumerate(lesson.steps)
        if step.expected_action().target == "sms.code"
        and step.expected_action().kind is ActionKind.TYPE
    )
    browser.reset(lesson.scene)
    browser.replay(lesson.steps[:index])
    browser.begin_step("sms.code")
    qtbot.wait(SETTLE_MS + 100)  # once a page has glided, notes over the target go
    assert browser.phone.isVisible() and SMS_CODE in browser.phone.body
    assert not browser.banner.isVisible()

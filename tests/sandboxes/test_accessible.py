"""What the practice apps tell screen readers (``tutor.sandboxes.kit.accessible``): each lesson
target is a control with a role, its translated name, what it does, and actions that do what
a finger does, reported to the lesson as a finger's would be."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests.sandboxes.helpers import click, open_sandbox, tap, visible
from tutor.core.actions import Action, ActionKind
from tutor.i18n import _, set_language
from tutor.sandboxes import create_sandbox, sandbox_specs
from tutor.sandboxes.kit import accessible
from tutor.sandboxes.kit.app import TabletApp
from tutor.sandboxes.kit.gestures import GestureArea

PRESS = QAccessibleActionInterface.pressAction()
SET_FOCUS = QAccessibleActionInterface.setFocusAction()
CONTROLS = {
    QAccessible.Role.Button,
    QAccessible.Role.EditableText,
    QAccessible.Role.Switch,
    QAccessible.Role.Canvas,
}


def told(widget: QWidget) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


def do(qtbot, widget: QWidget, action: str) -> None:
    """A screen reader's user does ``action`` on ``widget``; the app has it a moment later."""
    told(widget).doAction(action)
    qtbot.wait(20)


@pytest.fixture
def tablet(qtbot) -> TabletApp:
    return open_sandbox(qtbot, create_sandbox(sandbox_specs()["tablet"]))  # type: ignore[return-value]


@pytest.mark.parametrize("app_id", sorted(sandbox_specs()))
def test_every_target_shown_is_a_named_control_with_its_actions(qtbot, app_id):
    app = open_sandbox(qtbot, create_sandbox(sandbox_specs()[app_id]))
    shown = [widget for widget in app.findChildren(GestureArea) if widget.lesson_target]
    assert shown, f"{app_id} shows no lesson target"
    for widget in shown:
        target = widget.lesson_target
        interface = told(widget)
        assert interface.role() in CONTROLS, f"{target.id}: {interface.role()}"
        assert interface.text(QAccessible.Text.Name) == _(target.name)
        assert interface.text(QAccessible.Text.Description) == _(target.does)
        names = interface.actionNames()
        assert (PRESS in names) == bool(target.actions & {ActionKind.TAP, ActionKind.TYPE})
        assert (accessible.LONG_PRESS in names) == (ActionKind.LONG_PRESS in target.actions)
        assert (accessible.SWIPES["up"] in names) == (ActionKind.SWIPE in target.actions)
        if ActionKind.TYPE in target.actions:
            assert interface.role() == QAccessible.Role.EditableText
            assert interface.state().editable


def test_press_is_reported_as_the_finger_s_tap(qtbot, tablet):
    click(qtbot, tablet, "home.app.notes")
    by_finger = list(tablet.done)
    assert tablet.current_screen() == "notes"
    tablet.reset()
    tablet.done.clear()
    do(qtbot, visible(tablet, "home.app.notes"), PRESS)
    assert tablet.done == by_finger == [tap("home.app.notes")]
    assert tablet.current_screen() == "notes"


def test_long_press_and_swipes_are_actions_of_their_own(qtbot, tablet):
    do(qtbot, visible(tablet, "home.app.notes"), accessible.LONG_PRESS)
    assert tablet.done == [Action(ActionKind.LONG_PRESS, "home.app.notes")]
    pages = visible(tablet, "home.pages")
    assert told(pages).role() == QAccessible.Role.Canvas
    assert PRESS not in told(pages).actionNames()
    do(qtbot, pages, accessible.SWIPES["left"])
    assert tablet.done[-1] == Action(ActionKind.SWIPE, "home.pages", "left")


def test_the_switch_says_on_or_off(qtbot, tablet):
    for name in ("home.app.settings", "settings.wifi"):
        do(qtbot, visible(tablet, name), PRESS)
    switch = visible(tablet, "settings.wifi.switch")
    interface = told(switch)
    assert interface.role() == QAccessible.Role.Switch
    before = interface.state().checked
    assert interface.state().checkable and before == switch.is_checked()
    do(qtbot, switch, PRESS)
    assert interface.state().checked == switch.is_checked() != before


def test_a_field_says_what_it_holds_and_takes_the_focus(qtbot, tablet):
    for name in ("home.app.notes", "notes.new"):
        do(qtbot, visible(tablet, name), PRESS)
    field = visible(tablet, "notes.text")
    do(qtbot, field, PRESS)
    assert field.hasFocus() and tablet.keyboard_shown()
    QTest.keyClicks(field, "Ah")  # the computer's keys write where the focus is
    assert told(field).text(QAccessible.Text.Value) == "Ah" == field.text()
    assert tablet.done[-1] == Action(ActionKind.TYPE, "notes.text", "Ah")
    field.clearFocus()
    told(field).doAction(SET_FOCUS)
    assert field.hasFocus()


def test_a_disabled_control_does_nothing(qtbot, tablet):
    icon = visible(tablet, "home.app.notes")
    icon.setEnabled(False)
    do(qtbot, icon, PRESS)
    assert tablet.done == []


def test_what_is_no_target_stays_plain(qtbot, tablet):
    plain = GestureArea(tablet)
    interface = told(plain)
    assert interface.role() == QAccessible.Role.Client
    assert set(interface.actionNames()) <= {SET_FOCUS}


@pytest.mark.parametrize(
    ("language", "press", "long_press", "swipe_up"),
    [
        ("fr", "Appuyer", "Appui long", "Glisser en haut"),
        ("en", "Press", "Long press", "Swipe up"),
    ],
)
def test_actions_are_said_in_the_learner_s_language(qtbot, language, press, long_press, swipe_up):
    set_language(language)
    try:
        app = open_sandbox(qtbot, create_sandbox(sandbox_specs()["tablet"]))
        interface = told(visible(app, "home.app.notes"))
        said = [interface.localizedActionName(name) for name in interface.actionNames()[:2]]
        assert said == [press, long_press]
        assert (
            told(visible(app, "home.pages")).localizedActionName(accessible.SWIPES["up"])
            == swipe_up
        )
    finally:
        set_language("fr")


def test_the_practice_keyboard_s_keys_are_buttons_that_type(qtbot, tablet):
    for name in ("home.app.notes", "notes.new", "notes.text"):
        do(qtbot, visible(tablet, name), PRESS)
    assert tablet.keyboard_shown()
    keys = {key.objectName(): key for key in tablet.keyboard.findChildren(GestureArea)}
    for name in ("key.shift", "key.o", "key.k"):
        interface = told(keys[name])
        assert interface.role() == QAccessible.Role.Button
        assert interface.actionNames()[0] == PRESS
        do(qtbot, keys[name], PRESS)
    assert told(keys["key.shift"]).text(QAccessible.Text.Name) == "Majuscule"
    assert tablet.done[-1] == Action(ActionKind.TYPE, "notes.text", "Ok")

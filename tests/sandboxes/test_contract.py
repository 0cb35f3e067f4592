"""What every registered practice app does the same way, checked on each of them: a tap on a
target and a long press reach the lesson's gate, the keyboard types into the app's field
and the field stays above it, the step's target is brought into view, a banner goes away
when it would hide the target, and ``current_screen`` names what is shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget

from tests.sandboxes.helpers import open_sandbox, tap, visible
from tutor.core.actions import Action, ActionKind
from tutor.sandboxes import create_sandbox, sandbox_specs
from tutor.sandboxes.kit.app import TabletApp
from tutor.sandboxes.kit.banner import Toast
from tutor.sandboxes.kit.field import KeyboardField
from tutor.sandboxes.kit.gestures import LONG_PRESS_MS
from tutor.sandboxes.kit.keyboard import OnScreenKeyboard

APPS = sorted(sandbox_specs())

# For each app with a keyboard: the scene, the taps that lead to a field, and the field.
TO_A_FIELD: dict[str, tuple[str | None, list[str], str]] = {
    "tablet": (None, ["home.app.notes", "notes.new"], "notes.text"),
    "messaging": (None, ["list.sophie"], "chat.text"),
    "scams": ("password", [], "password.field"),
    "social": (None, ["post.{post}.comment"], "comment.field"),
    "browser": ("login", [], "login.password"),
}


@pytest.fixture(params=APPS)
def app(qtbot, request) -> TabletApp:
    sandbox = create_sandbox(sandbox_specs()[request.param])
    assert isinstance(sandbox, TabletApp), f"{request.param} is not built on the kit's TabletApp"
    return open_sandbox(qtbot, sandbox)  # type: ignore[return-value]


def _area(app: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(app, QPoint(0, 0)), widget.size())


def _tap_targets(app: TabletApp) -> list[str]:
    """The targets on screen now that a plain tap answers."""
    return [
        target.id
        for target in app.spec.targets.values()
        if target.actions == frozenset({ActionKind.TAP})
        and target.id != "keyboard.hide"
        and app.target_widget(target.id) is not None
    ]


def _field_path(name: str) -> tuple[str | None, list[str], str]:
    scene, taps, field = TO_A_FIELD[name]
    if name == "social":
        from tutor.sandboxes.social.content import POST_IDS

        taps = [step.format(post=POST_IDS[0]) for step in taps]
    return scene, taps, field


def test_every_app_starts_on_a_named_screen_and_follows_its_screens(app):
    start = app.current_screen()
    assert start in app.screens
    assert app.stack.currentWidget() is app.screens[start]
    for name, screen in app.screens.items():
        app.stack.setCurrentWidget(screen)
        assert app.current_screen() == name


def test_a_tap_on_a_target_reaches_the_gate_and_a_refused_one_changes_nothing(qtbot, app):
    target_id = _tap_targets(app)[0]
    screen = app.current_screen()
    judged: list[Action] = []
    app.gate = lambda action: judged.append(action) or False
    widget = visible(app, target_id)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
    assert judged == [tap(target_id)]
    assert app.done == [] and app.current_screen() == screen
    app.gate = lambda action: True
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
    assert app.done == [tap(target_id)]


def test_a_long_press_on_a_button_acts_as_a_tap(qtbot, app):
    target_id = _tap_targets(app)[0]
    widget = visible(app, target_id)
    centre = widget.rect().center()
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    qtbot.wait(LONG_PRESS_MS + 200)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert app.done == [tap(target_id)]


def test_the_keyboard_types_into_the_field_which_stays_above_it(qtbot, app):
    name = app.spec.id
    if name not in TO_A_FIELD:
        assert not app.findChildren(OnScreenKeyboard), f"{name}: say how to reach its field"
        pytest.skip(f"{name} has no keyboard")
    scene, taps, field_id = _field_path(name)
    app.reset(scene)
    for target_id in taps:
        app.perform(tap(target_id))
    field = visible(app, field_id)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    assert app.keyboard_shown()
    app.done.clear()
    key = app.keyboard.key("a")
    assert key is not None
    app.gate = lambda action: action.kind is not ActionKind.TYPE
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton, pos=key.rect().center())
    assert app.done == []  # a refused key types nothing
    if isinstance(field, KeyboardField):
        assert field.text() == ""
    app.gate = lambda action: True
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton, pos=key.rect().center())
    assert app.done == [Action(ActionKind.TYPE, field_id, "a")]
    if isinstance(field, KeyboardField):
        assert field.text() == "a"
    app.begin_step(field_id)
    app.come_to_rest()
    field = visible(app, field_id)
    assert _area(app, field).bottom() <= _area(app, app.keyboard).top()


def test_the_steps_target_is_brought_into_view(qtbot, app):
    for target_id in _tap_targets(app):
        app.begin_step(target_id)
        app.come_to_rest()
        widget = visible(app, target_id)
        assert _area(app, app.screen_area).contains(_area(app, widget)), target_id


def test_a_banner_over_the_steps_target_goes_away(qtbot, app):
    target_id = _tap_targets(app)[0]
    widget = visible(app, target_id)
    banner = QLabel("Note", app)
    banner.setGeometry(_area(app, widget))
    banner.show()
    app.add_notification(banner)
    app.begin_step(target_id)
    qtbot.waitUntil(lambda: banner.isHidden(), timeout=3000)
    app.begin_step(None)


def test_a_note_goes_away_by_itself_and_leaves_the_controls_usable(qtbot, app):
    note = Toast(app.look, app.screen_area, lasts_ms=300)
    app.add_notification(note)
    note.say("Message envoyé")
    assert not note.isHidden()
    assert note.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    assert app.screen_area.rect().contains(note.geometry())
    qtbot.waitUntil(lambda: note.isHidden(), timeout=2000)
    note.say("Encore")  # each note gets its whole time again
    assert not note.isHidden()

"""Every bundled lesson played to its end as a screen reader's user does it: each control the
lesson asks for is found by what Qt tells screen readers (its accessible interface: the
very one Qt's AT-SPI bridge hands to Orca), checked for a role, a name and the action the
step needs, and done by that action alone. Typing is the one thing done with keys: the
reader puts the focus on the field, the learner types (AT-SPI's editable text is not
offered, see ``tutor.sandboxes.kit.accessible``).

``tests/e2e/test_screen_reader.py`` does one lesson through AT-SPI itself, in a real window."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests.conftest import LESSONS
from tests.ui.driver import no_stray_windows, settle, shown_text
from tests.ui.test_play_lessons import open_lesson, sign_in_new
from tutor.core.actions import CONTINUE_TARGET, Action, ActionKind
from tutor.core.loader import load_lessons
from tutor.sandboxes import sandbox_specs
from tutor.sandboxes.kit import accessible

LOADED = load_lessons([LESSONS], sandbox_specs()).lessons
ALL_LESSONS = [lesson.id for lesson in LOADED]
PRESS = QAccessibleActionInterface.pressAction()
ANIMATED_CLICK_MS = 200  # Qt's buttons click 100 ms after their Press action (animateClick)
SET_FOCUS = QAccessibleActionInterface.setFocusAction()
# What each kind of step asks of the control, as a screen reader names the action.
ACTION = {ActionKind.TAP: PRESS, ActionKind.LONG_PRESS: accessible.LONG_PRESS}
ROLES = {
    # A field is tapped to bring the keyboard up.
    ActionKind.TAP: {
        QAccessible.Role.Button,
        QAccessible.Role.Switch,
        QAccessible.Role.EditableText,
    },
    ActionKind.LONG_PRESS: {QAccessible.Role.Button},
    ActionKind.SWIPE: {QAccessible.Role.Canvas, QAccessible.Role.Button},
    ActionKind.TYPE: {QAccessible.Role.EditableText},
}


def told(widget: QWidget) -> QAccessibleInterface:
    """What a screen reader is told about ``widget``: a named control, without markup."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    name = interface.text(QAccessible.Text.Name)
    assert name.strip() and "<" not in name, f"{widget.objectName()} is named {name!r}"
    return interface


def do_by_screen_reader(qtbot, window, sandbox, action: Action) -> None:
    if action.target == CONTINUE_TARGET:
        interface = told(window.player.continue_button)
        assert interface.role() == QAccessible.Role.Button or PRESS in interface.actionNames()
        interface.doAction(PRESS)
        qtbot.wait(ANIMATED_CLICK_MS)
        return
    qtbot.waitUntil(lambda: sandbox.target_widget(action.target) is not None, timeout=5000)
    widget = sandbox.target_widget(action.target)
    interface = told(widget)
    assert interface.text(QAccessible.Text.Description).strip(), "what it does, for the reader"
    role = interface.role()
    assert role in ROLES[action.kind], f"{action.target} is told as {role}"
    names = interface.actionNames()
    if action.kind is ActionKind.TYPE:
        value = action.value or ""
        already = interface.text(QAccessible.Text.Value)
        assert already == shown_text(widget)
        assert SET_FOCUS in names and PRESS in names
        interface.doAction(SET_FOCUS)
        QTest.keyClicks(widget, value[len(already) :] if value.startswith(already) else value)
        return
    wanted = accessible.SWIPES[action.value or ""] if action.kind is ActionKind.SWIPE else None
    wanted = wanted or ACTION[action.kind]
    assert wanted in names, f"{action.target} ({role}) offers {names}, not {wanted!r}"
    interface.doAction(wanted)


@pytest.mark.parametrize("lesson_id", ALL_LESSONS)
def test_lesson_plays_to_its_end_by_a_screen_reader_s_actions(qtbot, app_parts, lesson_id):
    window, controller, services = app_parts
    lesson = services.catalogue.get(lesson_id)
    sign_in_new(qtbot, window)
    with no_stray_windows(window):
        open_lesson(qtbot, window, lesson)
        for index, step in enumerate(lesson.steps):
            assert controller.lesson.run.index == index, f"step {index + 1} not done"
            for action in step.expected_actions():
                do_by_screen_reader(qtbot, window, controller.lesson.sandbox, action)
                settle(qtbot)
    assert window.current_screen() is window.summary
    learner = services.store.learners.all()[0]
    assert services.store.progress.get(learner.id, lesson_id).done
    wrong = [e for e in services.store.progress.events(learner.id, lesson_id) if not e["correct"]]
    assert wrong == []

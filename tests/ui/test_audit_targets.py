"""The audit's "step's target not fully visible and uncovered" check, on a small practice app.

Each test plants one defect (the target scrolled out of sight, half under the on-screen
keyboard, under a banner, cut by the edge of the practice screen, not there at all) in a
real widget tree and sees the check name the target and what hides it; with the defect
taken away, the same screen gives no report.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from tutor.core.actions import CONTINUE_TARGET, Action
from tutor.core.sandbox_spec import SandboxSpec, TargetSpec
from tutor.sandboxes.base import SandboxWidget
from tutor.sandboxes.kit.keyboard import OnScreenKeyboard
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.touch import TouchButton
from tutor.ui.audit.targets import CHECK, check_step_target

SPEC = SandboxSpec.of(
    "tiny",
    "Tiny practice app",
    "tests.ui.test_audit_targets:TinyApp",
    [TargetSpec(f"row.{n}", f"Row {n}", "A row.") for n in range(12)]
    + [TargetSpec("corner", "Corner", "A button in a corner.")],
)


class Banner(QWidget):
    """A notification banner painted over the page (it lets no touch through)."""

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor("#4a2163"))


class TinyApp(SandboxWidget):
    """A practice screen with a scrolling column of rows, a keyboard drawn over the page
    (hidden at first), a banner (hidden at first) and a button near the right edge."""

    def __init__(self, spec: SandboxSpec = SPEC, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self.look = Look(self)
        self.screen_area = QWidget(self)
        self.screen_area.setObjectName("screen")
        self.screen_area.setGeometry(20, 20, 600, 440)
        self.area = QScrollArea(self.screen_area)
        self.area.setObjectName("page")
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidgetResizable(True)
        self.area.setGeometry(0, 0, 440, 440)
        content = QWidget()
        column = QVBoxLayout(content)
        self.rows = []
        for n in range(12):
            row = TouchButton(self.look, f"Row {n}")
            row.setObjectName(f"row.{n}")
            column.addWidget(row)
            self.rows.append(row)
        self.area.setWidget(content)
        self.corner = TouchButton(self.look, "Corner", parent=self.screen_area)
        self.corner.setObjectName("corner")
        self.corner.setGeometry(480, 10, 100, 80)
        self.keyboard = OnScreenKeyboard(self.look, self.screen_area)
        self.keyboard.setGeometry(0, 240, 600, 200)
        self.keyboard.hide()
        self.banner = Banner(self.screen_area)
        self.banner.setObjectName("banner")
        self.banner.setGeometry(40, 30, 520, 90)
        self.banner.hide()
        self.add_notification(self.banner)

    def reset(self, scene: str | None = None) -> None:
        self.area.verticalScrollBar().setValue(0)

    def perform(self, action: Action) -> None:
        pass


@pytest.fixture
def app(qtbot):
    tiny = TinyApp()
    qtbot.addWidget(tiny)
    tiny.resize(640, 480)
    tiny.show()
    qtbot.waitExposed(tiny)
    tiny.area.verticalScrollBar().setValue(0)
    return tiny


def _problems(app: TinyApp, target: str) -> list[str]:
    found = check_step_target("tiny step 1 [100 % standard, 640x480]", app, app, target)
    assert all(v.check == CHECK and v.where == "practice-app" for v in found)
    assert all(v.control == target for v in found)
    return [v.detail for v in found]


def test_a_target_shown_whole_and_uncovered_gives_no_report(app):
    assert _problems(app, "row.1") == []
    assert _problems(app, "corner") == []


def test_a_step_with_nothing_to_touch_has_no_target_to_check(app):
    assert _problems(app, CONTINUE_TARGET) == []


def test_a_target_scrolled_out_of_sight_is_reported(app):
    last = app.rows[-1]
    assert last.mapTo(app.area.viewport(), last.rect().topLeft()).y() > 440  # below the page
    details = _problems(app, "row.11")
    assert details == ["cut by the edge of the scrolling area page (all of it hidden)"]


def test_a_target_half_under_the_keyboard_is_reported(app, qtbot):
    row = app.rows[4]
    app.keyboard.show()
    app.keyboard.raise_()
    top = row.mapTo(app.screen_area, row.rect().topLeft()).y()
    cut = top + row.height() * 2 // 3  # its lower third under the keys
    app.keyboard.setGeometry(0, cut, 600, 440 - cut)
    qtbot.wait(10)
    details = _problems(app, "row.4")
    assert details == ["under OnScreenKeyboard (3 of its 9 sample points)"], details
    app.keyboard.hide()
    assert _problems(app, "row.4") == []


def test_a_target_under_a_banner_is_reported(app, qtbot):
    app.banner.show()
    app.banner.raise_()
    qtbot.wait(10)
    details = _problems(app, "corner")
    assert details and all(d.startswith("under banner") for d in details), details
    app.banner.hide()
    assert _problems(app, "corner") == []


def test_a_target_cut_by_the_practice_screen_s_edge_is_reported(app):
    app.corner.setGeometry(540, 10, 100, 80)  # 40 px past the screen's right edge
    details = _problems(app, "corner")
    assert details == ["cut by the edge of screen (40 px at the right hidden)"], details


def test_a_target_outside_the_window_is_reported(app):
    app.screen_area.setGeometry(100, 20, 600, 440)  # the screen runs 60 px past the window
    app.corner.setGeometry(480, 10, 100, 80)
    details = _problems(app, "corner")
    assert details == ["outside the window (40 px at the right hidden)"], details


def test_a_target_not_on_the_practice_screen_is_reported(app):
    app.corner.hide()
    assert _problems(app, "corner") == ["not on the practice screen"]


def test_a_target_hidden_by_another_control_is_reported(app, qtbot):
    other = TouchButton(app.look, "Other", parent=app.screen_area)
    other.setObjectName("other")
    other.setGeometry(QRect(app.corner.geometry().center(), app.corner.size()))
    other.show()
    qtbot.wait(10)
    details = _problems(app, "corner")
    assert details == ["under other (4 of its 9 sample points)"], details


def test_a_target_tab_cannot_reach_is_reported(qtbot):
    """On a real practice app at a lesson's step: reached by Tab, no report; taken out of the
    keyboard's order, the step's target is named."""
    from tutor.sandboxes import sandbox_specs
    from tutor.sandboxes.tablet.widget import TabletSandbox
    from tutor.ui.audit.targets import KEYS_CHECK, check_target_by_keys

    tablet = TabletSandbox(sandbox_specs()["tablet"])
    qtbot.addWidget(tablet)
    tablet.resize(1000, 700)
    tablet.reset()
    tablet.show()
    qtbot.waitExposed(tablet)
    target = "home.app.notes"
    assert tablet.target_widget(target) is not None
    assert check_target_by_keys("tablet step 1", tablet, target) == []
    tablet.target_widget(target).setFocusPolicy(Qt.FocusPolicy.NoFocus)
    found = check_target_by_keys("tablet step 1", tablet, target)
    assert [(v.control, v.check, v.detail) for v in found] == [
        (target, KEYS_CHECK, "Tab does not reach it")
    ]

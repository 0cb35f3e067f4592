"""The facilitator space follows the same rules as the learners' screens (issue #8): every
control at least 64 x 64 px, every text at least 22 px, even a chosen picture or colour."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from tests.ui.driver import click, settle
from tests.ui.facilitator.helpers import enter_space, open_tile
from tutor.ui.theme import MIN_BODY_PX, MIN_TARGET_PX

TILES = ("learners", "workshops", "progress", "difficult", "charts", "exports", "backup")


def too_small(screen: QWidget) -> list[str]:
    found = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen) or widget.width() == 0:
            continue
        control = isinstance(widget, QAbstractButton | QLineEdit | QComboBox)
        if control and min(widget.width(), widget.height()) < MIN_TARGET_PX:
            found.append(f"{widget.objectName()}: {widget.width()}x{widget.height()}")
        if isinstance(widget, QLabel | QAbstractButton) and widget.text().strip():
            pixels = QFontInfo(widget.font()).pixelSize()
            if pixels < MIN_BODY_PX:
                found.append(f"{widget.objectName() or widget.text()[:20]}: {pixels} px")
    return found


def test_every_facilitator_control_is_finger_sized_and_every_text_readable(qtbot, app_parts):
    window, _controller, services = app_parts
    store = services.store
    marcel = store.learners.add("Marcel", "mdi6.bicycle", "#0b4a85")
    workshop = store.workshops.add("2026-10-06", "Médiathèque", "Claire")
    store.workshops.set_attendance(workshop.id, [marcel.id])
    screens = window.facilitator
    enter_space(qtbot, window, services)
    assert too_small(screens.home) == []
    for key in TILES:
        open_tile(qtbot, window, key)
        screen = window.current_screen()
        assert screen is not screens.home
        assert too_small(screen) == [], key
        click(qtbot, screen.back_button)

    open_tile(qtbot, window, "learners")
    click(qtbot, screens.learners.findChild(QWidget, f"fac_learners.learner.{marcel.id}"))
    edit = screens.learner
    # A chosen picture or colour keeps its size (its thicker border is drawn inside).
    click(qtbot, edit.findChild(QWidget, "fac_learner.avatar.4"))
    click(qtbot, edit.findChild(QWidget, "fac_learner.colour.5"))
    settle(qtbot)
    assert edit.findChild(QWidget, "fac_learner.avatar.4").isChecked()
    assert too_small(edit) == []
    click(qtbot, edit.back_button)
    click(qtbot, screens.learners.back_button)
    open_tile(qtbot, window, "workshops")
    click(qtbot, screens.workshops.findChild(QWidget, f"fac_workshops.workshop.{workshop.id}"))
    assert window.current_screen() is screens.workshop
    assert too_small(screens.workshop) == []

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


def test_the_facilitator_chooses_their_own_text_size_and_colours(qtbot, app_parts):
    """The "Aa" button is on every page of the space; the choice is the facilitator's for
    this session: it comes back with them, and leaves the learners' look alone."""
    from tutor.ui.display import Display, apply_display, current

    window, _controller, services = app_parts
    screens = window.facilitator
    try:
        enter_space(qtbot, window, services)
        for screen in [screens.pin, *screens.behind_pin()]:
            assert screen.display_button.accessibleName()  # type: ignore[attr-defined]
        home = screens.home
        before = QFontInfo(home.title.font()).pixelSize()
        click(qtbot, home.display_button)
        panel = window.display_panel
        click(qtbot, panel.findChild(QWidget, "display.size.200"))
        click(qtbot, panel.findChild(QWidget, "display.theme.high_contrast"))
        click(qtbot, panel.close_button)
        assert current() == Display(200, "high_contrast")
        assert QFontInfo(home.title.font()).pixelSize() > before
        assert home.grab().toImage().pixelColor(5, 5).name() == "#000000"
        open_tile(qtbot, window, "learners")
        assert current() == Display(200, "high_contrast")  # on every page of the space
        click(qtbot, window.current_screen().back_button)
        click(qtbot, home.back_button)  # "Lock": back to the sign-in screen
        assert window.current_screen() is window.sign_in
        assert current() == Display()  # the learners' look, untouched
        enter_space(qtbot, window, services)
        assert current() == Display(200, "high_contrast")
    finally:
        apply_display(Display())


def test_the_facilitators_look_is_there_again_at_the_next_start(qtbot, app_parts):
    from tutor.app import build_window
    from tutor.ui.display import Display, apply_display, current

    window, _controller, services = app_parts
    try:
        enter_space(qtbot, window, services)
        click(qtbot, window.facilitator.home.display_button)
        click(qtbot, window.display_panel.findChild(QWidget, "display.size.150"))
        click(qtbot, window.display_panel.findChild(QWidget, "display.theme.high_contrast"))
        click(qtbot, window.display_panel.close_button)
        assert services.store.settings.facilitator_look() == (150, "high_contrast")
        # The next start of the program, on the same device: the PIN screen already has it.
        again, controller = build_window(services)
        qtbot.addWidget(again)
        again.show()
        qtbot.waitExposed(again)
        assert controller.display.facilitator == Display(150, "high_contrast")
        assert current() == Display()  # its sign-in screen has the learners' look
        click(qtbot, again.sign_in.facilitator_button)
        assert again.current_screen() is again.facilitator.pin
        assert current() == Display(150, "high_contrast")
    finally:
        apply_display(Display())

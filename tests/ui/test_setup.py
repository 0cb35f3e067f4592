"""The first-start set-up, and that nothing else ever offers to choose a first PIN.

The set-up (language, then the facilitator PIN typed twice) comes before the sign-in screen
while the device has no PIN; "Later" only while it holds no learner data. From the sign-in
screen or the stand, no path leads to choosing a PIN.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.conftest import LESSONS
from tests.ui.driver import click, settle
from tests.ui.facilitator.helpers import PIN
from tutor.i18n import current_language
from tutor.storage.device import Device
from tutor.ui.main_window import TABLET_SIZE


@pytest.fixture
def start(qtbot, tmp_path):
    """Start as the real app does (``first_setup``), on a data folder prepared first."""
    from tutor.app import build_services, build_window, create_qt_application

    create_qt_application([])
    opened = []
    controllers = []

    def started(prepare=None):  # type: ignore[no-untyped-def]
        from tutor.storage.store import open_store

        if prepare is not None:
            store = open_store(tmp_path)
            prepare(store)
            store.close()
        services = build_services(tmp_path, [LESSONS])
        opened.append(services)
        window, controller = build_window(services, first_setup=True)
        controllers.append(controller)
        qtbot.addWidget(window)
        window.resize(*TABLET_SIZE)
        window.show()
        qtbot.waitExposed(window)
        return window, controller, services

    yield started
    from tests.ui.conftest import _quiet

    for controller in controllers:
        _quiet(controller)
    for services in opened:
        services.store.close()


def _type(qtbot, window, digits: str) -> None:
    pin = window.setup.pin
    for digit in digits:
        click(qtbot, pin.findChild(QWidget, f"setup.pin.key.{digit}"))
    click(qtbot, pin.ok_button)
    qtbot.waitUntil(lambda: not pin.checking(), timeout=10_000)  # kept on a worker thread


def _add_learner(store) -> None:  # type: ignore[no-untyped-def]
    store.learners.add("Jeanne", "mdi6.flower", "#8e244d")


def test_a_new_device_starts_with_the_set_up_language_then_pin(qtbot, start):
    window, _controller, services = start()
    setup = window.setup
    assert window.current_screen() is setup
    assert setup.pages.currentWidget() is setup.language_page
    click(qtbot, setup.language_buttons["en"])
    assert current_language() == "en"
    assert Device(services.store.opened.db).language() == "en"
    assert window.sign_in.facilitator_button.text() == "Facilitator space"  # all retranslated
    assert setup.pages.currentWidget() is setup.pin
    assert setup.later_button.isVisible()  # nothing about anyone yet: it may wait
    _type(qtbot, window, "12")  # too short
    assert setup.pin.message.isVisible()
    _type(qtbot, window, PIN)
    _type(qtbot, window, "1357")  # a slip: choose again
    assert setup.pin.message.isVisible() and not services.store.pin.is_set()
    _type(qtbot, window, PIN)
    _type(qtbot, window, PIN)
    assert window.current_screen() is window.sign_in
    assert services.store.pin.check(PIN).ok


def test_later_is_for_an_empty_device_only(qtbot, start):
    window, _controller, services = start()
    click(qtbot, window.setup.language_buttons["fr"])
    click(qtbot, window.setup.later_button)
    assert window.current_screen() is window.sign_in and not services.store.pin.is_set()


def test_learners_without_a_pin_get_the_set_up_again_and_must_choose(qtbot, start):
    window, controller, services = start(_add_learner)
    setup = window.setup
    assert window.current_screen() is setup
    click(qtbot, setup.language_buttons["fr"])
    assert setup.pages.currentWidget() is setup.pin
    assert not setup.later_button.isVisible()
    controller.setup._on_later_requested()  # even asked directly: the PIN cannot wait
    assert window.current_screen() is setup
    # A touch held from the sign-in screen cannot go round the set-up.
    window.sign_in.learner_chosen.emit(services.store.learners.all()[0].id)
    assert window.current_screen() is setup
    click(qtbot, setup.pin.back_button)  # back to the language, still in the set-up
    assert window.current_screen() is setup
    click(qtbot, setup.language_buttons["fr"])
    _type(qtbot, window, PIN)
    _type(qtbot, window, PIN)
    assert window.current_screen() is window.sign_in


def test_a_switched_on_stand_without_a_pin_cannot_put_it_off(qtbot, start):
    def stand_on(store):  # type: ignore[no-untyped-def]
        store.stand.save(replace(store.stand.settings(), enabled=True))

    window, controller, _services = start(stand_on)
    assert window.current_screen() is window.setup and not controller.stand.active
    click(qtbot, window.setup.language_buttons["fr"])
    assert not window.setup.later_button.isVisible()
    _type(qtbot, window, PIN)
    _type(qtbot, window, PIN)
    assert controller.stand.active and window.current_screen() is window.stand.attract
    window.showNormal()


def test_a_device_with_its_pin_starts_on_the_sign_in_screen(qtbot, start):
    window, _controller, _services = start(lambda store: store.pin.set(PIN))
    assert window.current_screen() is window.sign_in


def _offers_to_choose_a_pin(window) -> bool:  # type: ignore[no-untyped-def]
    current = window.current_screen()
    if current is window.setup:
        return True
    return current is window.facilitator.pin and window.facilitator.pin.keypad_shown()


def _touchable(screen: QWidget) -> list[str]:
    return [
        button.objectName()
        for button in screen.findChildren(QAbstractButton)
        if button.objectName() and button.isVisible() and button.isEnabled()
    ]


def test_no_path_from_the_sign_in_screen_leads_to_choosing_a_pin(qtbot, app_parts):
    """Every control of the sign-in screen, then every control of where it leads, and the
    keys that usually leave a program: none offers a PIN to choose on a device with
    learners and no PIN."""
    window, controller, services = app_parts
    _add_learner(services.store)
    controller.show_sign_in()
    paths = 0
    for first in _touchable(window.sign_in):
        controller.show_sign_in()
        settle(qtbot)
        click(qtbot, window.sign_in.findChild(QAbstractButton, first))
        assert not _offers_to_choose_a_pin(window), first
        reached = window.current_screen()
        for second in _touchable(reached):
            controller.show_sign_in()
            settle(qtbot)
            click(qtbot, window.sign_in.findChild(QAbstractButton, first))
            if window.current_screen() is not reached:
                continue
            target = reached.findChild(QAbstractButton, second)
            if target is None or not target.isVisible():
                continue
            click(qtbot, target)
            paths += 1
            assert not _offers_to_choose_a_pin(window), f"{first} → {second}"
            window.display_panel.close_panel()
    assert paths >= 5
    controller.show_sign_in()
    for key, modifier in (
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.keyClick(window.current_screen(), key, modifier)
        assert not _offers_to_choose_a_pin(window)
    assert not services.store.pin.is_set()


def test_a_stand_never_starts_without_a_pin(qtbot, app_parts):
    window, controller, services = app_parts
    _add_learner(services.store)
    assert controller.stand.start() is False
    assert not controller.stand.active and window.current_screen() is window.sign_in
    assert not _offers_to_choose_a_pin(window)


def test_a_pin_removed_while_the_stand_runs_is_never_chosen_at_its_exit(qtbot, app_parts):
    window, controller, services = app_parts
    _add_learner(services.store)
    services.store.pin.set(PIN)
    assert controller.stand.start()
    window.showNormal()
    services.store.pin.clear()  # "tutor pin reset" from another terminal meanwhile
    click(qtbot, window.stand.attract.exit_button)
    assert window.current_screen() is window.facilitator.pin
    assert not _offers_to_choose_a_pin(window)
    assert window.close() is False  # and the stand still holds
    assert not services.store.pin.is_set()


def test_the_stand_tile_sets_a_removed_pin_first(qtbot, app_parts):
    from tests.ui.facilitator.helpers import enter_space, open_tile

    window, _controller, services = app_parts
    enter_space(qtbot, window, services)
    services.store.pin.clear()  # removed from the command line while the space was open
    open_tile(qtbot, window, "stand")
    assert window.current_screen() is window.setup
    assert window.setup.pages.currentWidget() is window.setup.pin
    _type(qtbot, window, "1357")
    _type(qtbot, window, "1357")
    assert window.current_screen() is window.stand.settings
    assert services.store.pin.check("1357").ok


def test_the_stand_settings_suggest_a_separate_folder_when_learners_are_here(qtbot, app_parts):
    from tests.ui.facilitator.helpers import enter_space, open_tile

    window, _controller, services = app_parts
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "stand")
    advice = window.stand.settings.folder_advice
    assert not advice.isVisible()  # nobody here: nothing to keep apart
    click(qtbot, window.stand.settings.back_button)
    _add_learner(services.store)
    open_tile(qtbot, window, "stand")
    assert advice.isVisible()
    assert "--stand --data-dir" in advice.text() and "tutor pin set --data-dir" in advice.text()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_set_up_fits_a_tablet_and_passes_the_audit_at_200_percent(qtbot, app_parts, language):
    from tutor.ui.audit.checks import Rules, check_screen
    from tutor.ui.display import Display

    window, controller, _services = app_parts
    window.resize(*TABLET_SIZE)
    display = Display(200, "high_contrast")
    controller.display.use_session(display)
    controller.show_sign_in()
    controller.setup.start(controller.show_sign_in)
    setup = window.setup
    click(qtbot, setup.language_buttons[language])  # the screens now in that language
    setup.later_button.show()  # as on a device with nobody yet
    problems = []
    for page in ("pin", "language"):
        if page == "language":
            click(qtbot, setup.pin.back_button)
        settle(qtbot)
        assert setup.minimumSizeHint().height() <= TABLET_SIZE[1]
        problems += check_screen(page, window, setup, Rules(display), None, frozenset())
    assert setup.pages.currentWidget() is setup.language_page
    assert problems == []


def test_the_pin_page_fits_a_small_screen_at_the_biggest_text(qtbot, start):
    """1024x768 at 200 % in strong contrast: "Back" and "Later" whole (they go on two
    lines), the words move with a finger rather than being cut, and each digit typed is
    seen even when the words had to scroll."""
    from tutor.ui.audit.checks import Rules, check_screen
    from tutor.ui.display import Display

    window, controller, _services = start()
    controller.display.choose(Display(200, "high_contrast"))
    window.resize(1024, 768)
    click(qtbot, window.setup.findChild(QAbstractButton, "setup.language.fr"))
    pin = window.setup.pin
    settle(qtbot)
    assert window.current_screen() is window.setup and pin.isVisible()
    for control in (pin.back_button, window.setup.later_button, pin.prompt, pin.context):
        assert control.isVisible()
    found = check_screen("set-up pin", window, pin, Rules(Display(200, "high_contrast")))
    assert [(v.control, v.check, v.detail) for v in found] == []  # nothing cut or squeezed
    click(qtbot, pin.findChild(QWidget, "setup.pin.key.4"))
    settle(qtbot)
    shown = pin.dots.visibleRegion().boundingRect()
    assert shown.height() == pin.dots.height()  # the dots, whole

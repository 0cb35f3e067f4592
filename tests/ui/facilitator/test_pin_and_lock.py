"""Getting into the facilitator space: the PIN, the wait after wrong tries, the idle lock."""

from __future__ import annotations

from tests.ui.driver import click
from tests.ui.facilitator.helpers import PIN, enter_space, type_pin
from tutor.storage.pin import FREE_TRIES


def test_without_a_pin_the_space_offers_no_pin_to_choose(qtbot, app_parts):
    window, _controller, services = app_parts
    services.store.learners.add("Jeanne", "mdi6.flower", "#8e244d")
    pin = window.facilitator.pin
    assert services.store.pin.is_set() is False
    click(qtbot, window.sign_in.facilitator_button)
    assert window.current_screen() is pin
    assert not pin.keypad_shown()  # nothing to type: the words say where it is chosen
    assert "tutor pin set" in pin.hint.text()
    for digit in "2468":  # typed on a keyboard all the same
        qtbot.keyClick(pin, digit)
    qtbot.keyClick(pin, "\r")
    assert window.current_screen() is pin and not services.store.pin.is_set()
    click(qtbot, pin.back_button)
    assert window.current_screen() is window.sign_in


def test_once_set_the_pin_is_asked_then_it_can_be_changed(qtbot, app_parts):
    window, _controller, services = app_parts
    services.store.pin.set(PIN)
    pin = window.facilitator.pin
    click(qtbot, window.sign_in.facilitator_button)
    assert pin.keypad_shown()
    type_pin(qtbot, window, PIN)
    assert window.current_screen() is window.facilitator.home
    click(qtbot, window.facilitator.home.findChild(object, "facilitator.tile.change_pin"))
    type_pin(qtbot, window, PIN)  # the current one first
    type_pin(qtbot, window, "1357")
    type_pin(qtbot, window, "1357")
    assert window.current_screen() is window.facilitator.home
    assert services.store.pin.check("1357").ok
    click(qtbot, window.facilitator.home.back_button)  # "Lock"
    assert window.current_screen() is window.sign_in


def test_digits_show_as_dots_and_can_be_erased(qtbot, app_parts):
    window, _controller, services = app_parts
    services.store.pin.set(PIN)
    pin = window.facilitator.pin
    click(qtbot, window.sign_in.facilitator_button)
    for digit in "123":
        click(qtbot, pin.findChild(object, f"pin.key.{digit}"))
    assert pin.dots.text() == "●●●" and "1" not in pin.dots.text()
    click(qtbot, pin.erase_button)
    assert pin.dots.text() == "●●" and pin.digits() == "12"


def test_a_wrong_pin_is_told_calmly_and_many_make_one_wait(qtbot, app_parts):
    window, _controller, services = app_parts
    services.store.pin.set(PIN)
    pin = window.facilitator.pin
    click(qtbot, window.sign_in.facilitator_button)
    type_pin(qtbot, window, "0000")
    assert window.current_screen() is pin
    assert pin.message.isVisible()
    calm = pin.message.text()
    for _try in range(FREE_TRIES - 1):
        type_pin(qtbot, window, "0000")
    assert pin.message.text() != calm
    assert "30 s" in pin.message.text()  # the remaining wait is said
    type_pin(qtbot, window, PIN)  # even the right PIN waits
    assert window.current_screen() is pin
    assert " s" in pin.message.text()


def test_the_space_locks_itself_when_left_idle(qtbot, app_parts, monkeypatch):
    from tutor.ui.facilitator import controller as facilitator

    monkeypatch.setattr(facilitator, "IDLE_LOCK_MS", 400)
    window, controller, services = app_parts
    enter_space(qtbot, window, services)
    qtbot.wait(200)
    click(qtbot, window.facilitator.home.findChild(object, "facilitator.tile.learners"))
    qtbot.wait(250)  # input restarted the wait: still open
    assert window.current_screen() is window.facilitator.learners
    qtbot.waitUntil(lambda: window.current_screen() is window.sign_in, timeout=3000)
    assert controller.facilitator.unlocked is False
    click(qtbot, window.sign_in.facilitator_button)
    assert window.current_screen() is window.facilitator.pin  # the PIN is asked again


def test_every_facilitator_screen_fits_a_tablet(qtbot, app_parts):
    from tutor.storage.demo import make_demo_data
    from tutor.ui.main_window import TABLET_SIZE

    window, controller, services = app_parts
    make_demo_data(services.store, services.catalogue, learners=10, seed=5)
    enter_space(qtbot, window, services)
    views = controller.facilitator.views
    learner = services.store.learners.all()[0]
    views._on_learners_learner_chosen(learner.id)
    views.open_workshop(services.store.workshops.all()[0].id)
    views.open_learner_page(learner.id)
    views.show_progress()
    for page in window.facilitator.all():
        hint = page.minimumSizeHint()
        assert hint.width() <= TABLET_SIZE[0] and hint.height() <= TABLET_SIZE[1], page

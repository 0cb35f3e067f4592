"""Getting into the facilitator space: the PIN, the wait after wrong tries, the idle lock."""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import QTimer

from tests.ui.driver import click
from tests.ui.facilitator.helpers import PIN, enter_space, type_pin
from tutor.storage.pin import FAILURES_KEY, FREE_TRIES


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
    pages = controller.facilitator.pages
    learner = services.store.learners.all()[0]
    pages["learners"].picture("learner")
    pages["workshops"].open_workshop(services.store.workshops.all()[0].id)
    pages["progress"].open_learner_page(learner.id)
    pages["progress"].open()
    for page in window.facilitator.all():
        hint = page.minimumSizeHint()
        assert hint.width() <= TABLET_SIZE[0] and hint.height() <= TABLET_SIZE[1], page


class TickWatch:
    """A timer on the window's thread, ticking every 10 ms: the longest time between two
    ticks is how long the window could not draw or answer a touch."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.monotonic()))
        self.timer.start()

    def longest_gap(self, start: float, end: float) -> float:
        moments = [start, *(t for t in self.ticks if start <= t <= end), end]
        return max(later - earlier for earlier, later in itertools.pairwise(moments))


def _press_keys_during_the_check(qtbot, pin) -> None:  # type: ignore[no-untyped-def]
    """A person pressing again meanwhile: digits, OK, Back, Enter on a keyboard."""
    for digit in "1357":
        click(qtbot, pin.findChild(object, f"pin.key.{digit}"))
    click(qtbot, pin.ok_button)
    click(qtbot, pin.back_button)
    qtbot.keyClick(pin, "9")


def test_a_pin_check_never_freezes_the_window_and_ignores_presses_meanwhile(qtbot, app_parts):
    window, controller, services = app_parts
    services.store.pin.set(PIN)
    pin = window.facilitator.pin
    click(qtbot, window.sign_in.facilitator_button)
    ended: list[float] = []  # when each result came back (before the screen changes)
    controller.facilitator.hasher.busy_changed.connect(
        lambda busy: None if busy else ended.append(time.monotonic())
    )
    watch = TickWatch()
    qtbot.wait(50)
    for digit in "0000":  # a wrong PIN first: the whole hash is computed all the same
        click(qtbot, pin.findChild(object, f"pin.key.{digit}"))
    start = time.monotonic()
    click(qtbot, pin.ok_button)
    assert pin.checking() and controller.facilitator.hasher.busy()
    assert (
        pin.message.isVisible()
        and pin.message.text() == "Un instant\u00a0: nous vérifions le code."
    )
    _press_keys_during_the_check(qtbot, pin)
    assert pin.digits() == "" and window.current_screen() is pin  # all ignored
    assert not controller.facilitator.hasher.start(lambda: None, print, print)  # one at a time
    qtbot.waitUntil(lambda: not pin.checking(), timeout=10_000)
    wrong_done = ended[-1]
    assert pin.message.text() == "Ce n’est pas le code PIN. Essayez encore."
    assert services.store.settings.get(FAILURES_KEY) == "1"  # one try counted, not two
    for digit in PIN:  # then the right one
        click(qtbot, pin.findChild(object, f"pin.key.{digit}"))
    right_start = time.monotonic()
    click(qtbot, pin.ok_button)
    assert window.current_screen() is pin  # not in yet: being checked
    qtbot.waitUntil(lambda: window.current_screen() is window.facilitator.home, timeout=10_000)
    end = ended[-1]
    watch.timer.stop()
    assert len(ended) == 2  # two checks, no more
    assert end - right_start > 0.15 and wrong_done - start > 0.15  # real scrypt, both times
    gaps = (watch.longest_gap(start, wrong_done), watch.longest_gap(right_start, end))
    print(f"longest gaps between ticks while checking: {gaps[0] * 1000:.0f} ms, "
          f"{gaps[1] * 1000:.0f} ms (checks of {(wrong_done - start) * 1000:.0f} ms, "
          f"{(end - right_start) * 1000:.0f} ms)")  # fmt: skip
    assert max(gaps) < 0.1
    assert services.store.settings.get(FAILURES_KEY) == "0"


def test_changing_the_pin_hashes_off_the_window_thread(qtbot, app_parts):
    window, controller, services = app_parts
    enter_space(qtbot, window, services)
    pin = window.facilitator.pin
    ended: list[float] = []
    controller.facilitator.hasher.busy_changed.connect(
        lambda busy: None if busy else ended.append(time.monotonic())
    )
    click(qtbot, window.facilitator.home.findChild(object, "facilitator.tile.change_pin"))
    type_pin(qtbot, window, PIN)
    type_pin(qtbot, window, "1357")
    for digit in "1357":
        click(qtbot, pin.findChild(object, f"pin.key.{digit}"))
    watch = TickWatch()
    start = time.monotonic()
    click(qtbot, pin.ok_button)  # the old PIN checked and the new one hashed: about 1 s
    assert pin.checking()
    _press_keys_during_the_check(qtbot, pin)
    qtbot.waitUntil(lambda: window.current_screen() is window.facilitator.home, timeout=10_000)
    end = ended[-1]  # the result back, before the home screen is drawn
    watch.timer.stop()
    assert end - start > 0.3
    assert watch.longest_gap(start, end) < 0.1
    assert window.facilitator.home.banner.text() == "Votre nouveau code PIN est enregistré."
    assert services.store.pin.check("1357").ok and not services.store.pin.check(PIN).ok


def test_the_wait_after_wrong_tries_is_kept_by_the_background_check(qtbot, app_parts):
    """The lockout's rules are the store's, whatever thread hashes: a try during the wait
    is refused at once (nothing hashed, nothing counted)."""
    window, _controller, services = app_parts
    services.store.pin.set(PIN)
    pin = window.facilitator.pin
    click(qtbot, window.sign_in.facilitator_button)
    for _try in range(FREE_TRIES):
        type_pin(qtbot, window, "0000")
    assert services.store.settings.get(FAILURES_KEY) == str(FREE_TRIES)
    click(qtbot, pin.findChild(object, "pin.key.2"))
    click(qtbot, pin.ok_button)
    assert not pin.checking()  # refused by the wait: nothing to hash
    assert "30 s" in pin.message.text() or "29 s" in pin.message.text()
    assert services.store.settings.get(FAILURES_KEY) == str(FREE_TRIES)
    assert services.store.pin.wait_left() > 25

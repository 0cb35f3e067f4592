"""'More below': a screen taller than its room says so, and one touch shows the rest.

Scroll bars are hidden (fingers scroll). At 200 % on a 1280x800 tablet the sign-in screen
shows two pictures of six; without a cue the others seem not to exist.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from tutor.ui.automation import snapshot
from tutor.ui.display import Display

NAMES = ("Jeanne", "Marcel", "Odette", "Paul", "Simone", "Yves")


def _sign_in_at(app_parts, qtbot, display: Display):
    window, controller, services = app_parts
    for name in NAMES:
        services.store.learners.add(name, "mdi6.flower", "#8e244d")
    services.store.pin.set("2468")
    window.resize(1280, 800)
    controller.display.use_session(display)
    controller.show_sign_in()
    qtbot.wait(50)
    more = window.sign_in.findChild(QPushButton, "scroll_cue.more")
    return window, more


def test_more_below_shows_while_pictures_are_out_of_sight_and_a_touch_brings_them(app_parts, qtbot):
    window, more = _sign_in_at(app_parts, qtbot, Display(200, "high_contrast"))
    assert more is not None and more.isVisible()
    assert more.height() >= 64 and more.text() == "Plus bas"
    area = more.parentWidget().parentWidget()
    scroll = area.verticalScrollBar()
    assert scroll.value() == 0 < scroll.maximum()
    # The bar covers nothing: the pictures' room ends above it.
    bar_top = more.parentWidget().mapTo(window, QPoint(0, 0)).y()
    viewport = area.viewport()
    assert viewport.mapTo(window, QPoint(0, viewport.height())).y() <= bar_top
    for _touch in range(10):
        if not more.isVisible():
            break
        qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
        qtbot.wait(20)
    assert scroll.value() == scroll.maximum()  # the last pictures came into view
    assert not more.isVisible()  # and at the end the bar goes


def test_no_cue_when_everything_fits(app_parts, qtbot):
    _window, more = _sign_in_at(app_parts, qtbot, Display(100, "standard"))
    assert more is None or not more.isVisible()


def test_the_automation_map_gives_the_part_of_a_picture_that_shows(app_parts, qtbot):
    """Outside tools (and the end-to-end tests) touch the middle of what shows of a
    picture, never a point under the 'More below' bar or off the screen."""
    window, more = _sign_in_at(app_parts, qtbot, Display(200, "high_contrast"))
    screen = snapshot(window)
    bar_top = more.parentWidget().mapToGlobal(QPoint(0, 0)).y()
    pictures = {name: entry for name, entry in screen.items() if name.startswith("signin.learner.")}
    assert 0 < len(pictures) < len(NAMES)  # those scrolled out of sight are left out
    for entry in pictures.values():
        assert entry["y"] + entry["h"] <= bar_top


def test_lesson_cards_keep_to_the_page_on_a_small_screen_at_200(app_parts, qtbot):
    """A card never runs off the right edge: fingers scroll the list up and down only."""
    from tutor.ui.audit.checks import Rules, check_screen

    window, controller, services = app_parts
    learner = services.store.learners.add("Jeanne", "mdi6.flower", "#8e244d")
    services.store.pin.set("2468")
    services.store.learners.update(learner.id, text_size=200, theme="high_contrast")
    window.resize(1024, 768)
    controller.choose_learner(learner.id)
    controller.open_module("tablet")
    qtbot.wait(50)
    screen = window.current_screen()
    found = check_screen("lessons", window, screen, Rules(Display(200, "high_contrast")))
    assert [(v.control, v.detail) for v in found if v.check == "clipped"] == []
    grid = screen.grid
    assert all(card.width() <= grid.viewport().width() for card in grid.tiles())

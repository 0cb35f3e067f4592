"""The sign-in screen by keyboard and by sight: reading order, Enter, the tiles' frames."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from tests.ui.driver import settle
from tutor.ui.display import current


def _tile_border(tile) -> QColor:
    """The colour drawn at the middle of the tile's left edge, where its border is."""
    picture = tile.grab().toImage()
    return QColor(picture.pixelColor(4, picture.height() // 2))


def test_tab_reads_the_screen_in_order_and_enter_signs_in(qtbot, app_parts):
    window, controller, services = app_parts
    jeanne = services.store.learners.add("Jeanne", "mdi6.flower", "#8e244d")
    marcel = services.store.learners.add("Marcel", "mdi6.bicycle", "#0b4a85")
    controller.show_sign_in()
    settle(qtbot)
    sign_in = window.sign_in
    sign_in.display_button.setFocus()
    order = [sign_in.display_button.objectName()]
    for _ in range(4):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        order.append(window.focusWidget().objectName())
    assert order == [
        "signin.display",
        f"signin.learner.{jeanne.id}",
        f"signin.learner.{marcel.id}",
        "signin.new",
        "signin.facilitator",
    ]
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget().objectName() == f"signin.learner.{marcel.id}"
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    settle(qtbot)
    assert window.current_screen() is window.catalogue
    assert controller.learner is not None and controller.learner.id == marcel.id


def test_a_tile_is_framed_by_the_style_sheet_and_the_keyboard_ring_shows_the_focus(
    qtbot, app_parts
):
    """The tile's own frame stays the same with the focus (a touched tile must not look
    like help); the keyboard's ring, drawn over the window, shows where the focus is."""
    window, controller, _services = app_parts
    controller.show_sign_in()
    settle(qtbot)
    tile = window.sign_in.findChild(object, "signin.new")
    colours = current().palette
    tile.setFocus()
    settle(qtbot)
    assert _tile_border(tile) == QColor(colours.border)
    assert window.focus_ring.target_rect() is None  # no key pressed yet
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Tab)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Backtab)
    settle(qtbot)
    assert window.focusWidget() is tile and window.focus_ring.target_rect() is not None
    assert _tile_border(tile) == QColor(colours.border)
    assert tile.text() == tile.accessibleName() != ""


def test_the_pictures_keep_their_size_whatever_the_look(qtbot, app_parts):
    # A button's own minimum size is reset by the style sheet when it is polished again:
    # the tiles once shrank to their content after start-up and after a change of look.
    from tutor.ui.display import Display, apply_display

    window, controller, services = app_parts
    services.store.learners.add("Jeanne", "mdi6.flower", "#8e244d")
    controller.show_sign_in()
    grid = window.sign_in.grid
    try:
        for look in (Display(150, "high_contrast"), Display(200), Display()):
            apply_display(look)
            settle(qtbot)
            least_width, least_height = grid.laid_tile_size()
            wanted_width, wanted_height = grid.tile_size()
            assert least_width == wanted_width  # the room allows it in width
            assert 0 < least_height <= wanted_height  # in height, within the list's room
            for tile in grid._tiles:
                assert tile.width() >= least_width and tile.height() >= least_height, look
    finally:
        apply_display(Display())


def test_the_pictures_are_let_go_while_another_screen_is_shown(qtbot, app_parts):
    # With thousands of learners they were thousands of idle widgets slowing every screen.
    window, controller, services = app_parts
    jeanne = services.store.learners.add("Jeanne", "mdi6.flower", "#8e244d")
    controller.show_sign_in()
    assert len(window.sign_in.grid.tiles()) == 2  # Jeanne and "New person"
    window.sign_in.learner_chosen.emit(jeanne.id)
    settle(qtbot)
    assert window.current_screen() is window.catalogue
    assert window.sign_in.grid.tiles() == []
    controller.show_sign_in()
    settle(qtbot)
    names = [tile.text() for tile in window.sign_in.grid.tiles()]
    assert names[0] == "Jeanne" and len(names) == 2

"""A facilitator page is one module plus one entry in the registry: its tile appears on the
home screen, the tile opens it, and ``tutor screenshot`` and the audit visit it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from tests.conftest import LESSONS
from tests.ui.driver import click
from tests.ui.facilitator.helpers import enter_space, open_tile
from tutor.i18n import N_
from tutor.ui.facilitator import registry
from tutor.ui.facilitator.common import Page
from tutor.ui.facilitator.space import FacilitatorPage, Space, of_type


class GuestBookScreen(Page):
    def __init__(self) -> None:
        super().__init__("fac_guest_book", "Guest book")
        self.shown = 0


class GuestBookPage:
    def __init__(self, space: Space) -> None:
        self.space = space
        self.screen = of_type(space.screens_of("guest_book"), GuestBookScreen)
        self.screen.back_requested.connect(space.show_home)

    def open(self) -> None:
        self.screen.shown += 1
        self.space.show(self.screen)

    def picture(self, name: str) -> None:
        self.open()


GUEST_BOOK = FacilitatorPage(
    "guest_book",
    N_("Learners"),  # (a title already translated: the test adds no text to the catalogue)
    "mdi6.book-open-variant",
    "#1b5e20",
    lambda: (GuestBookScreen(),),
    GuestBookPage,
    ("guest-book",),
)


@pytest.fixture
def guest_book():
    registry.register(GUEST_BOOK)
    yield GUEST_BOOK
    registry.unregister(GUEST_BOOK.key)


def test_a_registered_page_has_its_tile_and_opens(qtbot, guest_book, app_parts):
    window, _controller, services = app_parts  # (made after the page is registered)
    enter_space(qtbot, window, services)
    home = window.facilitator.home
    tile = home.findChild(QWidget, "facilitator.tile.guest_book")
    assert tile is not None and tile.isVisibleTo(home)
    assert list(home.tiles)[-1] == "guest_book"  # after the others
    open_tile(qtbot, window, "guest_book")
    screen = window.current_screen()
    assert isinstance(screen, GuestBookScreen) and screen.shown == 1
    assert screen in window.facilitator.behind_pin()  # locked away, "Aa" wired
    click(qtbot, screen.back_button)
    assert window.current_screen() is home


def test_a_registered_page_is_in_the_screenshot_list_and_is_shown(qtbot, tmp_path, guest_book):
    from tutor.app import create_qt_application
    from tutor.ui.display import Display
    from tutor.walks.tour import Tour, screen_names

    assert "facilitator-guest-book" in screen_names()
    create_qt_application([])
    tour = Tour(tmp_path, [LESSONS])
    try:
        tour.window.show()
        tour.open("facilitator-guest-book", Display())
        assert isinstance(tour.window.current_screen(), GuestBookScreen)
    finally:
        tour.close()


def in_order(known: list[str], found: list[str] | tuple[str, ...]) -> bool:
    """Whether ``known`` stand in ``found`` in this order (a new page may come between)."""
    rest = iter(found)
    return all(name in rest for name in known)


def test_the_known_pages_keep_their_tiles_and_pictures():
    keys = [page.key for page in registry.pages()]
    assert in_order([
        "learners", "workshops", "progress", "difficult", "charts", "exports", "backup",
        "switches", "stand", "packs", "change_pin",
    ], keys)  # fmt: skip
    assert len(set(keys)) == len(keys)
    assert in_order([
        "learners", "learner", "confirm", "workshops", "workshop", "progress", "learner-page",
        "difficult", "charts", "exports", "backup", "switches",
    ], registry.pictures())  # fmt: skip
    assert not in_order(["charts", "learners"], keys)
    with pytest.raises(ValueError):
        registry.register(registry.pages()[0])

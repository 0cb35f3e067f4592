"""Every facilitator page, in the order of the home screen's tiles.

Adding a page: write its module (its screen, its controller, its ``PAGE`` entry: see
``space.FacilitatorPage``), then add one line below, ``page("<module>")``. The home tiles,
the space's openers, ``tutor screenshot``'s list of screens and the audit's walk all read
this list.
"""

from __future__ import annotations

from importlib import import_module

from tutor.i18n import N_
from tutor.ui.facilitator.space import FacilitatorPage, Space


class PinChange:
    """The "Change PIN" tile: the space's own PIN screen (pictured as ``facilitator-pin``)."""

    def __init__(self, space: Space) -> None:
        self.space = space

    def open(self) -> None:
        self.space.begin_pin_change()

    def picture(self, name: str) -> None:
        self.open()


def page(module: str, entry: str = "PAGE") -> FacilitatorPage:
    """The entry ``entry`` of the page module ``module`` of this package: one line a page in
    :data:`PAGES`, its module named once."""
    found = getattr(import_module(f"{__package__}.{module}"), entry)
    if not isinstance(found, FacilitatorPage):
        raise TypeError(f"{module}.{entry} is not a FacilitatorPage")
    return found


PAGES: list[FacilitatorPage] = [
    page("learners_page"),
    page("workshops_page"),
    page("progress_page"),
    page("difficult_page"),
    page("charts_page"),
    page("documents", "EXPORTS"),
    page("documents", "BACKUP"),
    page("switches_page"),
    # The stand's pages are the stand's (``StandAdminController`` claims them); they are
    # pictured as ``stand-settings``, ``stand-stats`` and ``stand-packs``.
    FacilitatorPage("stand", N_("Stand mode"), "mdi6.storefront-outline", "#b33c00", None, None),
    FacilitatorPage(
        "packs", N_("Tablets and packs"), "mdi6.tablet-cellphone", "#0b4a85", None, None
    ),
    FacilitatorPage(
        "change_pin", N_("Change PIN"), "mdi6.form-textbox-password", "#8e244d", None, PinChange
    ),
]


def pages() -> tuple[FacilitatorPage, ...]:
    return tuple(PAGES)


def register(page: FacilitatorPage) -> None:
    """One more page (after the others): before the window is made."""
    if any(known.key == page.key for known in PAGES):
        raise ValueError(f"a facilitator page is already called {page.key!r}")
    PAGES.append(page)


def unregister(key: str) -> None:
    PAGES[:] = [page for page in PAGES if page.key != key]


def pictures() -> tuple[str, ...]:
    """Every view of the pages that ``tutor screenshot --screen facilitator-<name>`` shows."""
    return tuple(name for page in PAGES for name in page.pictures)


def page_pictured(name: str) -> str:
    """The key of the page that shows the view ``name``."""
    for page in PAGES:
        if name in page.pictures:
            return page.key
    raise LookupError(name)

"""What a facilitator page is, and what the facilitator space offers it.

A page is one module and one :class:`FacilitatorPage` entry in ``registry.PAGES``: its tile
on the home screen (key, title, icon, colour), its screens (made once with the window), and
its controller (made once the space exists; ``open`` is what its tile does). The home tiles,
the space's openers, ``tutor screenshot``'s list of screens and the audit all read the entry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from tutor.core.catalogue import Catalogue
from tutor.storage.store import Store


class PageController(Protocol):
    """One page's controller: it alone keeps the page's state."""

    def open(self) -> None:
        """What the page's tile does."""

    def picture(self, name: str) -> None:
        """Show the view ``name`` (one of the entry's ``pictures``) on the demo data, for
        ``tutor screenshot`` and the audit."""


class Thumbnails(Protocol):
    """Pictures of lesson steps drawn in idle time (``StepThumbnails``)."""

    @property
    def ready(self) -> SignalInstance: ...  # (lesson id, step index, picture)

    def cached(self, lesson_id: str, step_index: int) -> QPixmap | None: ...

    def request(self, lesson_id: str, step_index: int) -> None: ...

    def pending(self) -> int: ...


class Documents(Protocol):
    """The document pages' shared controller (``DocumentsController``)."""

    def show_exports(self) -> None: ...

    def show_backup(self, banner: str = "") -> None: ...


class Space(Protocol):
    """What the facilitator space offers its pages (``FacilitatorController`` is one)."""

    @property
    def store(self) -> Store: ...  # (a restore replaces it)

    catalogue: Catalogue

    @property
    def thumbnails(self) -> Thumbnails: ...

    @property
    def documents(self) -> Documents: ...

    def show(self, screen: QWidget) -> None: ...

    def show_home(self, banner: str = "") -> None: ...

    def screens_of(self, key: str) -> Sequence[QWidget]: ...

    def not_saved(self, what: str, error: BaseException | None = None) -> str: ...

    def confirm(
        self,
        title: str,
        text: str,
        details: str,
        yes: str,
        no: str,
        action: Callable[[], None],
        back: Callable[[], None],
        danger: bool = False,
    ) -> None: ...

    def lesson_modules(self) -> dict[str, str]: ...

    def modules_with_lessons(self) -> list[tuple[str, str, list[tuple[str, str]]]]: ...

    def workshop_choices(self) -> list[tuple[str, str]]: ...

    def begin_pin_change(self) -> None: ...

    def replace_store(self, store: Store) -> None: ...


@dataclass(frozen=True)
class FacilitatorPage:
    key: str  # the tile's name (``facilitator.tile.<key>``) and the page's in the registry
    title: str  # the tile's words: an English msgid marked with N_()
    icon: str  # a qtawesome icon name
    colour: str  # the tile's colour (lightened in strong contrast)
    # The page's screens, made once with the window; None: its screens belong elsewhere
    # (the stand's pages are the stand's).
    screens: Callable[[], Sequence[QWidget]] | None
    # Its controller, made once the space exists; None: claimed later by the part that owns
    # the page (``FacilitatorController.claim``).
    opener: Callable[[Space], PageController] | None
    # The views ``tutor screenshot --screen facilitator-<name>`` and the audit show; their
    # pictures under other names (the stand's) are listed there.
    pictures: tuple[str, ...] = ()


T = TypeVar("T")


def of_type(screens: Sequence[QWidget], kind: type[T]) -> T:
    """The page's screen of class ``kind``."""
    for screen in screens:
        if isinstance(screen, kind):
            return screen
    raise LookupError(kind.__name__)

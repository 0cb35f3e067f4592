"""What changes while the stand is on, in one place.

At a stand the app answers differently in four places, and only there:
- the start is the attract screen, not the sign-in screen;
- after a lesson (finished, left, or done on one's own) the visitor goes back to the
  stand's list of lessons, not to a module's;
- a visitor's feelings at the end of a lesson are not recorded;
- the stand starts with the app when asked on the command line or left on in its settings.
The app controller asks this policy; nothing else of it checks whether the stand is on.
"""

from __future__ import annotations

from collections.abc import Callable

from tutor.storage.store import Store
from tutor.ui.stand.controller import StandController


class StandPolicy:
    def __init__(self, stand: StandController) -> None:
        self._stand = stand

    @property
    def on(self) -> bool:
        return self._stand.active

    def starts_with_app(self, asked: bool, store: Store) -> bool:
        """``asked``: ``--stand`` on the command line."""
        return asked or store.stand.settings().enabled

    def go_to_start(self, otherwise: Callable[[], None]) -> None:
        """ "Back to the start": the stand's (attract screen, or the visit's lessons),
        ``otherwise`` the sign-in screen."""
        if self.on:
            self._stand.returned()
        else:
            otherwise()

    def after_lesson(self, otherwise: Callable[[], None]) -> None:
        """After a lesson: the stand's list of lessons, ``otherwise`` the module's."""
        if self.on:
            self._stand.show_home()
        else:
            otherwise()

    def keeps_feelings(self) -> bool:
        """A visitor's feelings are theirs: never recorded."""
        return not self.on

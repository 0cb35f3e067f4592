"""Hashing a PIN off the window's thread.

Checking a PIN, or keeping a new one, costs about half a second of scrypt (see
``storage/pin.py``): on the window's thread that would freeze the window, its timers and
its drawing. ``PinHasher`` runs only that pure computation (no database, no widget) on Qt's
thread pool and brings its result back to the window's thread by a signal; the caller then
records it there. One at a time: a request made while one runs is refused, so two checks
never race over the count of wrong tries.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries the result from the worker thread (it has no parent: the work keeps it)."""

    finished = Signal(bool, object)  # succeeded, what the work returned (or the exception)


class _Work(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # (MemoryError included) said plainly by the caller
            log.exception("hashing a PIN failed")
            self._relay.finished.emit(False, error)
        else:
            self._relay.finished.emit(True, result)


class PinHasher(QObject):
    """``start(work, then, otherwise)``: ``work()`` on a worker thread, then ``then(result)``
    (or ``otherwise()`` if it raised) on the window's thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay: _Relay | None = None
        self._then: Callable[[Any], None] | None = None
        self._otherwise: Callable[[], None] | None = None

    def busy(self) -> bool:
        return self._relay is not None

    def start(
        self,
        work: Callable[[], Any],
        then: Callable[[Any], None],
        otherwise: Callable[[], None],
    ) -> bool:
        """Start ``work``; False (and nothing started) while an earlier one still runs."""
        if self._relay is not None:
            return False
        relay = _Relay()
        relay.finished.connect(self._on_finished)  # queued: it is emitted on the worker
        self._relay, self._then, self._otherwise = relay, then, otherwise
        self.busy_changed.emit(True)
        QThreadPool.globalInstance().start(_Work(work, relay))
        return True

    def _on_finished(self, succeeded: bool, result: object) -> None:
        then, otherwise = self._then, self._otherwise
        self._relay = self._then = self._otherwise = None
        self.busy_changed.emit(False)
        if succeeded and then is not None:
            then(result)
        elif not succeeded and otherwise is not None:
            otherwise()

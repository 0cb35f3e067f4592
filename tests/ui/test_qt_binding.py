"""The Qt binding itself must not lose references: PySide6 6.12.0 decremented True's
reference count on every signal emit, and the app aborted after a few hundred signals."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(int)


def test_emitting_signals_keeps_reference_counts_intact(qapp):
    emitter = _Emitter()
    received: list[int] = []
    emitter.happened.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(False))
    for value in range(500):
        emitter.happened.emit(value)
    after = (sys.getrefcount(True), sys.getrefcount(False))
    assert len(received) == 500
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5, (before, after)

"""The learner's choice of movement on screen, for every practice app at once.

Some people are upset or tired by moving pictures (vestibular troubles, migraine, some
after-effects of a stroke). With "reduced" motion, nothing in a practice app travels: the
"Show me" hand appears on the control instead of moving to it, pages jump instead of gliding,
banners appear in place, and the video-call pictures stay still. Set by the app when a
learner signs in (``Learner.motion``), read by the parts that move.
"""

from __future__ import annotations

_reduced = False


def reduced() -> bool:
    """True when the learner asked for no moving pictures."""
    return _reduced


def set_reduced(flag: bool) -> None:
    global _reduced
    _reduced = flag

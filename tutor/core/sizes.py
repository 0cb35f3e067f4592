"""Sizes every layer agrees on, in pixels at 100 % text size. No Qt here: the screens, the
practice apps' kit and the audit read the same numbers from this one place."""

from __future__ import annotations

# The smallest control a finger touches, on every screen and in every practice app (older
# fingers are less precise: well above WCAG's 44 px). The audit checks it.
MIN_TARGET_PX = 64

# The window the app opens at (a 10-inch tablet's or a laptop's screen), and the size a
# practice app is drawn at for the facilitator's thumbnails.
TABLET_SIZE = (1280, 800)

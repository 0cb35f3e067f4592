"""Give the window the keyboard in the same breath as it appears, on X11 with no window
manager (a kiosk, a bare X session).

Qt asks for the keyboard focus only once it has read the server's "mapped" notice, a few
milliseconds to a few hundred (under load) after the window is on screen. A key pressed in
between went to the root window and was lost. Here the focus request follows Qt's map
request on the same connection, so the server handles it right after mapping the window:
from the moment the window can be seen, keys reach it.

Where a window manager runs, the window is not yet viewable when the request arrives
(the manager maps it later and gives it the focus itself); the server then refuses the
request, and the refusal is dropped unseen. Any other platform, or libxcb missing: nothing
is done, and Qt's own activation stays.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from functools import cache

from PySide6.QtGui import QGuiApplication, QNativeInterface
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# From xproto.h: when the focus window goes away, the focus goes to its parent.
_REVERT_TO_PARENT = 2
_CURRENT_TIME = 0


class _VoidCookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


@cache
def _libxcb() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("xcb") or "libxcb.so.1"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.xcb_set_input_focus_checked.restype = _VoidCookie
    lib.xcb_set_input_focus_checked.argtypes = [
        ctypes.c_void_p,
        ctypes.c_uint8,
        ctypes.c_uint32,
        ctypes.c_uint32,
    ]
    lib.xcb_discard_reply.restype = None
    lib.xcb_discard_reply.argtypes = [ctypes.c_void_p, ctypes.c_uint]
    lib.xcb_flush.restype = ctypes.c_int
    lib.xcb_flush.argtypes = [ctypes.c_void_p]
    return lib


def _xcb_connection() -> int | None:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication) or app.platformName() != "xcb":
        return None
    native = app.nativeInterface()
    if not isinstance(native, QNativeInterface.QX11Application):
        return None
    connection = native.connection()
    return int(connection) if connection else None


def focus_when_mapped(window: QWidget) -> bool:
    """Call right after ``window.show()``. True when the request was sent."""
    connection = _xcb_connection()
    lib = _libxcb() if connection is not None else None
    if connection is None or lib is None:
        return False
    cookie = lib.xcb_set_input_focus_checked(
        connection, _REVERT_TO_PARENT, int(window.winId()), _CURRENT_TIME
    )
    # A refusal (a window manager maps the window later) is dropped, not reported to Qt.
    lib.xcb_discard_reply(connection, cookie.sequence)
    lib.xcb_flush(connection)
    log.debug("keyboard focus asked with the window's mapping")
    return True

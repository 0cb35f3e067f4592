"""Give the window the keyboard in the same breath as it appears, on X11 with no window
manager (a kiosk, a bare X session).

Qt asks for the keyboard focus only once it has read the server's "mapped" notice, a few
milliseconds to a few hundred (under load) after the window is on screen. A key pressed in
between went to the root window and was lost. Here the focus request follows Qt's map
request on the same connection, so the server handles it right after mapping the window.

Right after is not soon enough: Qt sends the map request in the middle of ``show()``, and
the rest of ``show()`` (showing every child) runs before the focus request goes out; a
program that saw the window mapped and pressed a key at once got in between (1 start in 50
lost its first key). So where no window manager runs, :func:`show_with_keyboard` holds the
server (``GrabServer``: other programs' requests wait) from before the map request until
the focus request is sent: nobody can see the window before it has the keyboard. Nothing
in ``show()`` waits for another program, so the hold lasts as long as ``show()`` itself.

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
from typing import Any

from PySide6.QtGui import QGuiApplication, QNativeInterface
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# From xproto.h: when the focus window goes away, the focus goes to its parent.
_REVERT_TO_PARENT = 2
_CURRENT_TIME = 0


class _VoidCookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _AtomReply(ctypes.Structure):  # xcb_intern_atom_reply_t
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("atom", ctypes.c_uint32),
    ]


class _OwnerReply(ctypes.Structure):  # xcb_get_selection_owner_reply_t
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("owner", ctypes.c_uint32),
    ]


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
    for name in ("xcb_grab_server", "xcb_ungrab_server"):
        getattr(lib, name).restype = _VoidCookie
        getattr(lib, name).argtypes = [ctypes.c_void_p]
    lib.xcb_intern_atom.restype = _Cookie
    lib.xcb_intern_atom.argtypes = [
        ctypes.c_void_p,
        ctypes.c_uint8,
        ctypes.c_uint16,
        ctypes.c_char_p,
    ]
    lib.xcb_intern_atom_reply.restype = ctypes.POINTER(_AtomReply)
    lib.xcb_intern_atom_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.c_void_p]
    lib.xcb_get_selection_owner.restype = _Cookie
    lib.xcb_get_selection_owner.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    lib.xcb_get_selection_owner_reply.restype = ctypes.POINTER(_OwnerReply)
    lib.xcb_get_selection_owner_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.c_void_p]
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


def _free(pointer: Any) -> None:
    """A reply's memory (xcb hands it to the caller, allocated with malloc)."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    libc.free.argtypes = [ctypes.c_void_p]
    libc.free(ctypes.cast(pointer, ctypes.c_void_p))


def window_manager_runs(lib: ctypes.CDLL, connection: int) -> bool:
    """A window manager owns the ``WM_S0`` selection (ICCCM 4.3); unsure means yes."""
    name = b"WM_S0"
    atom_reply = lib.xcb_intern_atom_reply(
        connection, lib.xcb_intern_atom(connection, 0, len(name), name), None
    )
    if not atom_reply:
        return True
    atom = atom_reply.contents.atom
    _free(atom_reply)
    owner_reply = lib.xcb_get_selection_owner_reply(
        connection, lib.xcb_get_selection_owner(connection, atom), None
    )
    if not owner_reply:
        return True
    owner = owner_reply.contents.owner
    _free(owner_reply)
    return owner != 0


def show_with_keyboard(window: QWidget) -> None:
    """``window.show()``, the window having the keyboard from the moment it can be seen
    (see the module's words); elsewhere a plain ``show()`` and Qt's own activation."""
    connection = _xcb_connection()
    lib = _libxcb() if connection is not None else None
    if connection is None or lib is None or window_manager_runs(lib, connection):
        window.show()
        focus_when_mapped(window)
        return
    lib.xcb_grab_server(connection)
    try:
        window.show()
        focus_when_mapped(window)
    finally:
        lib.xcb_ungrab_server(connection)
        lib.xcb_flush(connection)

"""PyInstaller runtime hook (Linux): use the espeak-ng library and data inside the bundle.

espeak-ng reads ``$ESPEAK_DATA_PATH/espeak-ng-data`` before its compiled-in system path, so
the bundled, trimmed data (French and English) is used even where espeak-ng is installed.
pyttsx3's espeak driver loads the library with ``cdll.LoadLibrary("libespeak-ng.so.1")``;
PyInstaller's ctypes shim maps that bare name to the copy at the bundle's top level. It is
loaded here by full path as well (in the speech worker only: the window never needs it), so
the later load by name finds it already in the process (dlopen matches the SONAME) and never
falls back to a system copy.
"""

import os
import sys

_root = getattr(sys, "_MEIPASS", None)
if _root and os.path.isdir(os.path.join(_root, "espeak-ng-data")):
    os.environ["ESPEAK_DATA_PATH"] = _root
    _library = os.path.join(_root, "libespeak-ng.so.1")
    if sys.argv[1:2] == ["speech-worker"] and os.path.exists(_library):
        # Imported here only: the window's start does without ctypes (~1.5 ms).
        import contextlib
        import ctypes

        # A failure is reported later by the speech worker ("no speech engine").
        with contextlib.suppress(OSError):
            ctypes.CDLL(_library, mode=ctypes.RTLD_GLOBAL)

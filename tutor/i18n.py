"""Translation of everything a learner or facilitator reads.

Python's standard ``gettext`` is used (not Qt's) so that ``core`` and ``storage`` can produce
readable messages without importing Qt. Message ids are English; French is the default
language and lives in ``tutor/locale/fr/LC_MESSAGES/tutor.po`` (compiled to ``tutor.mo``).
"""

from __future__ import annotations

import gettext
import io
import struct
from bisect import bisect_left
from functools import cache
from pathlib import Path
from typing import Any

from tutor.typography import keep_together

DEFAULT_LANGUAGE = "fr"
# Every language of the app, by code, named in its own words (so a learner finds their own
# whatever is shown now): the language pickers, ``--lang`` and lesson files read it.
LANGUAGES = {"fr": "Français", "en": "English"}
SUPPORTED_LANGUAGES = tuple(LANGUAGES)
LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "tutor"

_current = DEFAULT_LANGUAGE


class MoIndex:
    """A compiled catalogue (``.mo``) looked up where it lies, instead of decoded whole.

    Only the original messages' bytes are listed and sorted (not every compiler sorts them
    the same way, e.g. around messages with a context), so one is found by bisection and
    only it is decoded; decoding all of them first (what ``gettext`` does) takes
    milliseconds on the way to the first screen. Behaves as the mapping
    ``gettext.GNUTranslations`` keeps: a message, or ``(singular, form)`` for a plural."""

    def __init__(self, data: bytes, charset: str = "utf-8"):
        self._data = data
        self.charset = charset
        magic = struct.unpack("<I", data[:4])[0]
        order = "<" if magic == gettext.GNUTranslations.LE_MAGIC else ">"
        if order == ">" and magic != gettext.GNUTranslations.BE_MAGIC:
            raise OSError(0, "Bad magic number")
        _version, count, originals, self._translations = struct.unpack(order + "4I", data[4:20])
        self._pair = struct.Struct(order + "II")
        if max(originals, self._translations) + 8 * count > len(data):
            raise OSError(0, "File is corrupt")
        table = data[originals : originals + 8 * count]
        self._keys = sorted(
            (data[offset : offset + length], index)
            for index, (length, offset) in enumerate(self._pair.iter_unpack(table))
        )

    def __len__(self) -> int:
        return len(self._keys)

    def translation(self, index: int) -> bytes:
        length, offset = self._pair.unpack_from(self._data, self._translations + 8 * index)
        if offset + length >= len(self._data):
            raise OSError(0, "File is corrupt")
        return self._data[offset : offset + length]

    def _find(self, wanted: bytes, prefix: bool = False) -> int | None:
        """The message whose original is ``wanted`` (or starts with it), if there is one."""
        position = bisect_left(self._keys, (wanted,))
        if position < len(self._keys):
            original, index = self._keys[position]
            if original == wanted or (prefix and original.startswith(wanted)):
                return index
        return None

    def get(self, key: Any, default: Any = None) -> Any:
        if isinstance(key, tuple):  # (singular, plural form)
            singular, form = key
            index = self._find(singular.encode(self.charset) + b"\0", prefix=True)
            if index is not None:
                forms = self.translation(index).split(b"\0")
                if 0 <= form < len(forms):
                    return forms[form].decode(self.charset)
            return default
        index = self._find(key.encode(self.charset))
        return default if index is None else self.translation(index).decode(self.charset)

    def __getitem__(self, key: Any) -> Any:
        missing = object()
        found = self.get(key, missing)
        if found is missing:
            raise KeyError(key)
        return found

    def header_only(self) -> bytes:
        """A catalogue holding just this one's header (its empty message's translation)."""
        header = b""
        index = self._find(b"")
        if index is not None:
            header = self.translation(index)
        tables = struct.pack("<7I", gettext.GNUTranslations.LE_MAGIC, 0, 1, 28, 36, 0, 44)
        pairs = struct.pack("<4I", 0, 44, len(header), 45)
        return tables + pairs + b"\0" + header + b"\0"


class _LookedUpCatalogue(gettext.GNUTranslations):
    """``gettext``'s own translations (header, plural rule, fallbacks), whose messages are
    looked up in the file rather than decoded at once (see :class:`MoIndex`)."""

    def _parse(self, fp: Any) -> None:
        index = MoIndex(fp.read())
        super()._parse(io.BytesIO(index.header_only()))
        index.charset = getattr(self, "_charset", None) or "ascii"
        self._catalog = index


@cache
def _catalog(language: str) -> gettext.NullTranslations:
    # The tutor's own languages are known: no need for gettext.find's search through the
    # system's language settings (it imports the locale module, ~1.5 ms at start-up).
    path = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if not path.is_file():
        return gettext.NullTranslations()
    with open(path, "rb") as file:
        return _LookedUpCatalogue(file)


def set_language(language: str) -> None:
    """Switch the language of every later ``_()`` call (per learner, at any time)."""
    global _current
    _current = language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def _(message: str) -> str:
    """Translate ``message`` into the current language (its French spaces kept with the
    sign they go with, see :mod:`tutor.typography`)."""
    return keep_together(_catalog(_current).gettext(message))


def gettext_in(language: str, message: str) -> str:
    """Translate ``message`` into ``language``, whatever the current language: for what
    belongs to a lesson's language rather than the learner's screens (the words on the
    practice keyboard's keys)."""
    return _catalog(language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE).gettext(
        message
    )


def pgettext(context: str, message: str) -> str:
    """Translate ``message`` used in ``context``, when one English word has two meanings
    (e.g. the "Read" button, and a message's status "Read")."""
    return keep_together(_catalog(_current).pgettext(context, message))


def ngettext(singular: str, plural: str, count: int) -> str:
    return keep_together(_catalog(_current).ngettext(singular, plural, count))


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet (translated when shown)."""
    return message

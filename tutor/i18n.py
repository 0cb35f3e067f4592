"""Translation of everything a learner or facilitator reads.

Python's standard ``gettext`` is used (not Qt's) so that ``core`` and ``storage`` can produce
readable messages without importing Qt. Message ids are English; French is the default
language and lives in ``tutor/locale/fr/LC_MESSAGES/tutor.po`` (compiled to ``tutor.mo``).
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

DEFAULT_LANGUAGE = "fr"
SUPPORTED_LANGUAGES = ("fr", "en")
LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "tutor"

_current = DEFAULT_LANGUAGE


@cache
def _catalog(language: str) -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)


def set_language(language: str) -> None:
    """Switch the language of every later ``_()`` call (per learner, at any time)."""
    global _current
    _current = language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def _(message: str) -> str:
    """Translate ``message`` into the current language."""
    return _catalog(_current).gettext(message)


def pgettext(context: str, message: str) -> str:
    """Translate ``message`` used in ``context``, when one English word has two meanings
    (e.g. the "Read" button, and a message's status "Read")."""
    return _catalog(_current).pgettext(context, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _catalog(_current).ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet (translated when shown)."""
    return message

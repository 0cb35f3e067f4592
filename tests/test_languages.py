"""A language is one entry of ``i18n.LANGUAGES``; the typed lists of languages that cannot be
computed from it (the lesson format, a pack's rows) must say the same."""

from __future__ import annotations

import typing

from tutor.core.lesson import Language
from tutor.i18n import DEFAULT_LANGUAGE, LANGUAGES, SUPPORTED_LANGUAGES
from tutor.storage.pack_rows import LearnerRow


def test_every_list_of_languages_is_the_registered_one():
    assert tuple(LANGUAGES) == SUPPORTED_LANGUAGES
    assert DEFAULT_LANGUAGE in LANGUAGES
    assert typing.get_args(Language) == SUPPORTED_LANGUAGES
    pack_language = LearnerRow.model_fields["language"].annotation
    assert typing.get_args(pack_language) == SUPPORTED_LANGUAGES

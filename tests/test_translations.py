"""The French catalogue is complete, compiled, and keeps the rules of the project.

* every message id marked in ``tutor/`` (``_``, ``N_``, ``ngettext``) has a French text;
* the compiled ``tutor.mo`` says exactly what ``tutor.po`` says (run
  ``bash scripts/update-translations.sh`` after editing either the code or the ``.po``);
* every ``{placeholder}`` of a message id is in its translation, and nothing else;
* no translation contains "erreur", "faux" or "échec" (learners read them; facilitators'
  messages follow the same rule, which keeps the check simple and strict).

Each rule is a small function that lists what breaks it; the last tests feed those
functions a broken catalogue, to be sure they would notice.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "tutor"
LOCALE = SOURCE / "locale"
FR_PO = LOCALE / "fr" / "LC_MESSAGES" / "tutor.po"
FR_MO = LOCALE / "fr" / "LC_MESSAGES" / "tutor.mo"
# The same keywords as scripts/update-translations.sh.
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
FORBIDDEN = ("erreur", "faux", "échec")
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")

MessageId = str | tuple[str, ...]


# -- reading -----------------------------------------------------------------------------------
def extracted_ids() -> set[tuple[MessageId, str | None]]:
    """Every message id marked in the code (with its pgettext context), as pybabel sees it."""
    ids: set[tuple[MessageId, str | None]] = set()
    for _filename, _lineno, message, _comments, context in extract_from_dir(
        str(SOURCE), method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        ids.add((key(message), context))
    return ids


def read_catalog(path: Path = FR_PO) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale="fr")


def forms(value: MessageId | list[str] | None) -> tuple[str, ...]:
    if value is None:
        return ("",)
    return tuple(value) if isinstance(value, tuple | list) else (value,)


def key(value: MessageId | list[str]) -> MessageId:
    return tuple(value) if isinstance(value, tuple | list) else value


def with_context(context: str | bytes | None, message: MessageId) -> MessageId:
    """A message used in a context (pgettext) is another message than the same words alone."""
    if isinstance(context, bytes):
        context = context.decode()
    return (f"{context}\x04", *forms(message)) if context else message


def translated(catalog: Catalog) -> dict[MessageId, tuple[str, ...]]:
    """Message id -> its French forms, without the header."""
    return {with_context(m.context, key(m.id)): forms(m.string) for m in catalog if m.id}


def compiled(path: Path = FR_MO) -> dict[MessageId, tuple[str, ...]]:
    with path.open("rb") as handle:
        catalog = read_mo(handle)
    return {with_context(m.context, key(m.id)): forms(m.string) for m in catalog if m.id}


# -- the rules -----------------------------------------------------------------------------------
def untranslated(ids: set[tuple[MessageId, str | None]], catalog: Catalog) -> list[str]:
    problems = []
    for message_id, context in sorted(ids, key=str):
        message = catalog.get(message_id, context=context)
        shown = message_id[0] if isinstance(message_id, tuple) else message_id
        if message is None:
            problems.append(f"missing from tutor.po: {message_id!r}")
        elif message.fuzzy:
            problems.append(f"fuzzy (not compiled): {shown!r}")
        elif message.pluralizable != isinstance(message_id, tuple) or not all(
            text.strip() for text in forms(message.string)
        ):
            problems.append(f"no French text: {shown!r}")
        elif message.pluralizable and len(forms(message.string)) < catalog.num_plurals:
            problems.append(f"missing plural form: {shown!r}")
    return problems


def stale_compilation(po: dict, mo: dict) -> list[str]:
    problems = [f"not compiled: {k!r}" for k in po if po[k] != mo.get(k)]
    problems += [f"compiled but no longer in tutor.po: {k!r}" for k in mo if k not in po]
    return problems


def placeholder_mismatches(catalog: Catalog) -> list[str]:
    problems = []
    for message in catalog:
        if not message.id:
            continue
        wanted = {name for text in forms(message.id) for name in PLACEHOLDER.findall(text)}
        for text in forms(message.string):
            found = set(PLACEHOLDER.findall(text))
            if text and found != wanted:
                problems.append(
                    f"{forms(message.id)[0]!r}: missing {sorted(wanted - found)}, "
                    f"unknown {sorted(found - wanted)} in {text!r}"
                )
    return problems


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def forbidden_words(catalog: Catalog) -> list[str]:
    plain_words = [_plain(word) for word in FORBIDDEN]
    problems = []
    for message in catalog:
        if not message.id:
            continue
        for text in forms(message.string):
            for word, plain in zip(FORBIDDEN, plain_words, strict=True):
                if word in text.casefold() or plain in _plain(text):
                    problems.append(f"{word!r} in {text!r}")
    return problems


# -- the tests on the real catalogue ------------------------------------------------------------
def test_every_message_of_the_code_has_a_french_translation():
    ids = extracted_ids()
    assert len(ids) > 50, "the extraction found almost nothing: check KEYWORDS"
    assert untranslated(ids, read_catalog()) == []


def test_compiled_catalogue_matches_the_po_file():
    assert FR_MO.exists(), "run bash scripts/update-translations.sh"
    assert stale_compilation(translated(read_catalog()), compiled()) == []


def test_placeholders_are_kept_in_every_translation():
    assert placeholder_mismatches(read_catalog()) == []


def test_no_translation_contains_a_forbidden_word():
    assert forbidden_words(read_catalog()) == []


def test_the_app_speaks_french_from_the_catalogue():
    from tutor.i18n import _, set_language

    set_language("fr")
    assert _("Continue") == "Continuer"
    assert _("Step {number} of {total}").format(number=1, total=3) == "Étape 1 sur 3"


# -- the rules notice a broken catalogue ----------------------------------------------------------
def _broken_catalog() -> Catalog:
    catalog = Catalog(locale="fr")
    catalog.add("Continue", "Continuer")
    catalog.add("Help", "")
    catalog.add("Quit", "Quitter", flags=["fuzzy"])
    catalog.add(("{count} lesson", "{count} lessons"), ("{count} leçon", ""))
    catalog.add("Step {number} of {total}", "Étape {number} sur {totl}")
    catalog.add("Well done!", "Pas d’erreur !")
    catalog.add("Perfect!", "Aucun ÉCHEC")
    catalog.add("Bravo!", "Rien de faux")
    return catalog


def test_untranslated_messages_are_noticed():
    ids = {"Continue", "Help", "Quit", ("{count} lesson", "{count} lessons"), "Absent"}
    problems = untranslated({(message, None) for message in ids}, _broken_catalog())
    assert len(problems) == 4
    assert any("Absent" in p for p in problems)
    assert any("Help" in p for p in problems)
    assert any("fuzzy" in p and "Quit" in p for p in problems)
    assert any("{count} lesson" in p for p in problems)


def test_a_stale_compiled_catalogue_is_noticed(tmp_path):
    from babel.messages.mofile import write_mo

    catalog = read_catalog()
    mo = tmp_path / "tutor.mo"
    with mo.open("wb") as handle:
        write_mo(handle, catalog)
    assert stale_compilation(translated(catalog), compiled(mo)) == []
    catalog["Continue"].string = "Poursuivre"
    assert stale_compilation(translated(catalog), compiled(mo)) != []


def test_a_lost_placeholder_is_noticed():
    problems = placeholder_mismatches(_broken_catalog())
    assert len(problems) == 1 and "totl" in problems[0]


@pytest.mark.parametrize("word", FORBIDDEN)
def test_forbidden_words_are_noticed(word):
    assert any(repr(word) in p for p in forbidden_words(_broken_catalog()))


def test_the_catalogue_looked_up_in_place_says_what_gettext_says():
    """Every message, plural form and context of the compiled catalogue, and its plural
    rule and header, are the same as ``gettext`` decoding the whole file gives."""
    import gettext

    from tutor import i18n

    path = gettext.find(i18n.DOMAIN, i18n.LOCALE_DIR, languages=["fr"])
    assert path is not None
    with open(path, "rb") as file:
        whole = gettext.GNUTranslations(file)
    looked_up = i18n._catalog("fr")
    assert whole._catalog, "the catalogue is empty"
    for key, value in whole._catalog.items():
        assert looked_up._catalog.get(key) == value, key
    assert looked_up._catalog.get("A message nobody wrote") is None
    assert looked_up._info == whole._info
    assert [looked_up.plural(n) for n in range(4)] == [whole.plural(n) for n in range(4)]

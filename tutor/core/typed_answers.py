"""The words a translation asks the learner to type must be in its language.

A French lesson asks to type "Bonjour" on a French keyboard. Its English translation must
ask for English words ("Hello"), typed on the English keyboard: a step that keeps the French
words (no ``type:`` in the translation, or a ``type:`` with French words or accents) makes an
English learner type French. ``tutor lessons check`` reports each such step with the file
and line of the translation, so the translator knows where to write the English words.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tutor.core.problems import Problem
from tutor.core.translations import translation_files
from tutor.core.yaml_lines import Path_, line_for, load_with_lines, read_text
from tutor.i18n import _

FRENCH_ACCENTS = re.compile(r"[àâäçéèêëîïôöùûüÿœæ]", re.IGNORECASE)
"""Letters an English keyboard does not have (and an English answer does not need)."""

FRENCH_WORDS = frozenset(
    [
        "bonjour",
        "bonsoir",
        "salut",
        "merci",
        "oui",
        "non",
        "madame",
        "monsieur",
        "rue",
        "avenue",
        "boulevard",
        "chemin",
        "impasse",
        "allée",
        "quai",
        "exemple",
        "chat",
        "chien",
        "bleu",
        "rouge",
        "vert",
        "jardin",
        "maison",
        "fleurs",
        "fleur",
        "soleil",
        "mes",
        "mon",
        "les",
        "le",
        "la",
        "des",
        "du",
        "de",
        "et",
        "avec",
        "sur",
        "dans",
        "bisous",
        "bises",
        "bravo",
        "coucou",
        "mamie",
        "papi",
        "mamy",
        "papy",
        "bientôt",
        "demain",
        "soir",
        "joyeux",
        "anniversaire",
    ]
)
"""Common words of typed answers that are French (an English answer says them in English).
"bravo" is here: English learners write "Well done"."""

_LETTERS = re.compile(r"[^\W\d_]+")


def french_words(text: str) -> list[str]:
    """The French words (or words with French accents) in a typed answer."""
    return [
        word
        for word in _LETTERS.findall(text)
        if word.casefold() in FRENCH_WORDS or FRENCH_ACCENTS.search(word)
    ]


def _typed(value: Any, language: str) -> str | None:
    if isinstance(value, dict):
        found = value.get(language)
        return found if isinstance(found, str) else None
    return value if isinstance(value, str) else None


def check_typed_answers(lesson_path: Path) -> list[Problem]:
    """Steps of the lesson's translations (other than French) whose words to type are
    still French. A lesson in another language than French, or a file that cannot be read
    (the usual check says why), gives nothing."""
    try:
        lesson, _lines = load_with_lines(read_text(lesson_path))
    except Exception:
        return []
    if not isinstance(lesson, dict):
        return []
    own = str(lesson.get("language", "fr"))
    steps = lesson.get("steps")
    if own != "fr" or not isinstance(steps, list):
        return []
    problems: list[Problem] = []
    for language, path in translation_files(lesson_path).items():
        if language == own:
            continue
        try:
            data, lines = load_with_lines(read_text(path))
        except Exception:
            continue
        translated = data.get("steps") if isinstance(data, dict) else None
        if not isinstance(translated, list):
            continue
        problems += _check_steps(steps, translated, language, path, lines)
    return sorted(problems)


def _check_steps(
    steps: list[Any], translated: list[Any], language: str, path: Path, lines: dict[Path_, int]
) -> list[Problem]:
    problems: list[Problem] = []
    for index, (step, texts) in enumerate(zip(steps, translated, strict=False)):
        expect = step.get("expect") if isinstance(step, dict) else None
        if not isinstance(expect, dict) or "type" not in expect:
            continue
        french = _typed(expect["type"], "fr")
        given = texts.get("type") if isinstance(texts, dict) else None
        if not isinstance(given, str):  # else the lesson may give it: type: {fr: ..., en: ...}
            given = expect["type"].get(language) if isinstance(expect["type"], dict) else None
        if given is None:
            if french and _LETTERS.search(french):
                problems.append(
                    Problem(
                        path,
                        line_for(lines, ("steps", index)),
                        _(
                            "step {number} asks to type the French words “{french}”; write "
                            "the words to type in this language under 'type:'"
                        ).format(number=index + 1, french=french),
                    )
                )
            continue
        found = french_words(given)
        if found:
            problems.append(
                Problem(
                    path,
                    line_for(lines, ("steps", index, "type")),
                    _(
                        "step {number}: the words to type “{given}” are French ({words}); "
                        "write them in this language, on its keyboard (no accents)"
                    ).format(number=index + 1, given=given, words=", ".join(found)),
                )
            )
    return problems

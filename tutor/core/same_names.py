"""One spelling per person, place and account, across the lessons of a language.

The lessons tell one story: Léa is the granddaughter, the learner moves to "8 rue du Port"
("8 Harbour Street" in English), the town site's account is "anne@exemple.fr". A lesson
that writes one of them another way ("8 harbour street", "Lea") makes a learner wonder if
it is someone or somewhere else, and a typed answer may no longer match the next lesson's.
The spellings are listed in ``same_names.yaml``; ``tutor lessons check`` reports a text
that writes one of them nearly, but not exactly, the same way (letter case, accents,
hyphens, a letter or two), or that keeps another language's spelling.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from tutor.core.problems import Problem
from tutor.core.translations import translation_files
from tutor.core.yaml_lines import Path_, line_for, load_with_lines, read_text
from tutor.i18n import SUPPORTED_LANGUAGES, _

DATA = Path(__file__).with_name("same_names.yaml")
NEAR = 0.8  # how alike two spellings of 8 characters or more must be to be the same name
_TOKEN = re.compile(r"[^\s\-–]+")  # words; a hyphen parts them ("Belcastel-sur-Mer")
_EDGES = ".,;:!?«»“”\"'’()…\u00a0\u202f"  # punctuation around a name, not part of it
# Fields that hold names of things in the practice app, not words for the learner.
_NOT_TEXT = frozenset({"id", "module", "sandbox", "language", "tap", "target", "cue", "scene"})


@cache
def names() -> tuple[dict[str, str], ...]:
    """Each name's spelling per language."""
    entries = yaml.safe_load(DATA.read_text(encoding="utf-8")) or []
    result = []
    for entry in entries:
        if isinstance(entry, str):
            result.append(dict.fromkeys(SUPPORTED_LANGUAGES, entry))
        elif isinstance(entry, dict):
            result.append({str(key): str(value) for key, value in entry.items()})
    return tuple(result)


def _normal(text: str) -> str:
    """Letters without accents or case, words parted by one space."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    return " ".join(_TOKEN.findall(text.replace("’", "'")))


def _core(text: str) -> str:
    return text.strip(_EDGES + " ")


def _in_address(written: str, spelling: str) -> bool:
    """Words of a web or e-mail address ("belcastel-sur-mer.fr"), where a name is written
    in small letters: not the name itself, unless it is an address too."""
    glue = re.compile(r"[./@]\w")
    return bool(glue.search(written)) and not glue.search(spelling)


def _crosses(written: str, spelling: str) -> bool:
    """Words across a sentence or a clause ("Harbour Street. You"): not one name."""
    cut = re.compile(r"[.,;:!?»)]\s")
    return bool(cut.search(written)) and not cut.search(spelling)


def _alike(normal: str, target: str) -> bool:
    """Nearly the same name: word for word, each the same or a letter or two apart ("Thomas"
    alone, or "Belcastel sur internet", is not "Thomas B." or "Belcastel-sur-Mer")."""
    words, wanted = normal.split(), target.split()
    return len(words) == len(wanted) and all(
        word == other or SequenceMatcher(None, word, other).ratio() >= NEAR
        for word, other in zip(words, wanted, strict=True)
    )


def near_misses(text: str, language: str) -> list[tuple[str, str, bool]]:
    """``(as written, the listed spelling, written as in another language)`` for each
    name of the list that ``text`` spells differently."""
    places = [(match.start(), match.end()) for match in _TOKEN.finditer(text)]
    found: list[tuple[str, str, bool]] = []
    for entry in names():
        own = entry.get(language)
        if own is None:
            continue
        spellings = [(own, False)] + [
            (other, True) for key, other in entry.items() if key != language and other != own
        ]
        for spelling, foreign in spellings:
            count = len(_TOKEN.findall(spelling))
            wanted, target = _core(spelling), _normal(_core(spelling))
            for index in range(len(places) - count + 1):
                written = _core(text[places[index][0] : places[index + count - 1][1]])
                if not written or _in_address(written, spelling) or _crosses(written, spelling):
                    continue
                if foreign:
                    if written == wanted:
                        found.append((written, own, True))
                    continue
                if written == wanted:
                    continue
                normal = _normal(written)
                alike = normal == target or (len(target) >= 8 and _alike(normal, target))
                if alike:
                    found.append((written, own, False))
    return found


def _texts(value: Any, path: Path_, language: str) -> list[tuple[Path_, str, str]]:
    """Every text of a lesson file's data with where it is and its language."""
    if isinstance(value, str):
        return [(path, value, language)]
    if isinstance(value, list):
        return [
            text
            for index, item in enumerate(value)
            for text in _texts(item, (*path, index), language)
        ]
    if isinstance(value, dict):
        texts = []
        for key, item in value.items():
            if key in _NOT_TEXT:
                continue
            own = str(key) if key in SUPPORTED_LANGUAGES else language  # title: {fr:, en:}
            texts += _texts(item, (*path, key), own)
        return texts
    return []


def _problems(path: Path, data: Any, lines: dict[Path_, int], language: str) -> list[Problem]:
    problems = []
    for where, text, own in _texts(data, (), language):
        for written, name, foreign in near_misses(text, own):
            message = (
                _("“{written}” is how another language writes it; this one writes “{name}”")
                if foreign
                else _("“{written}” is written “{name}” in the other lessons")
            )
            problems.append(
                Problem(path, line_for(lines, where), message.format(written=written, name=name))
            )
    return problems


def check_same_names(lesson_path: Path) -> list[Problem]:
    """The names of the list that the lesson or its translations spell differently. A file
    that cannot be read gives nothing (the usual check says why)."""
    try:
        data, lines = load_with_lines(read_text(lesson_path))
    except Exception:
        return []
    if not isinstance(data, dict):
        return []
    problems = _problems(lesson_path, data, lines, str(data.get("language", "fr")))
    for language, path in translation_files(lesson_path).items():
        try:
            texts, text_lines = load_with_lines(read_text(path))
        except Exception:
            continue
        problems += _problems(path, texts, text_lines, language)
    return sorted(set(problems))

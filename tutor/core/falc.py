"""FALC check of lesson texts ("facile à lire et à comprendre": easy-to-read French).

The learners read slowly, see poorly or lack confidence, so the lesson texts follow the FALC
rules. This module finds what a facilitator should change, text by text, with the line of
the sentence in the file: long sentences, abbreviations, acronyms and words in capitals,
negations, and a readability score (Kandel-Moles, the French Flesch). English translations
get the rules that carry over (length, abbreviations, capitals); see docs/LESSONS.md § 11.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tutor.core.translations import LESSON_TEXTS, STEP_TEXTS, is_translation_file
from tutor.core.yaml_lines import Path_, load_with_lines, read_text
from tutor.i18n import _

MAX_WORDS = 15
"""Longest sentence allowed (FALC guides say 12 to 15 words)."""
MIN_LESSON_SCORE = 70.0
"""Kandel-Moles score below which a lesson is too hard ("assez facile" starts at 70)."""
MIN_STEP_SCORE = 50.0
"""A step below this ("assez difficile") gets an advice naming it."""
MIN_STEP_WORDS = 20
"""Steps with fewer words are not scored alone: a few words make the score meaningless."""

STRICT_LANGUAGES = frozenset({"fr"})
"""Languages whose findings are errors. Translations follow the French lesson sentence by
sentence, so their findings are advice for the translator (see docs/LESSONS.md § 11)."""

KNOWN_ACRONYMS = {
    "fr": frozenset({"SMS", "OK", "PIN", "PDF", "TV", "USB", "GPS", "QR", "WC", "SOS"}),
    "en": frozenset({"SMS", "OK", "PIN", "PDF", "TV", "USB", "GPS", "QR", "ID", "SOS"}),
}
"""Acronyms people know as words; any other one must be explained or quoted from the screen."""

# (pattern, the words to write instead; "" means "write the list in full")
_ABBREVIATIONS: dict[str, list[tuple[re.Pattern[str], str]]] = {
    "fr": [
        (re.compile(r"\betc\b\.?(?:\.\.)?|\bet\s?c(?:\.|…)", re.I), ""),
        (re.compile(r"\bp\.\s?ex\.|\bex\.", re.I), "par exemple"),
        (re.compile(r"\bcf\.", re.I), "voir"),
        (re.compile(r"\bc\.?-à-d\.?", re.I), "c'est-à-dire"),
        (re.compile(r"\bM\.(?=\s+[A-ZÀ-Ý])"), "Monsieur"),
        (re.compile(r"\bMmes?\b|\bMlles?\b"), "Madame"),
        (re.compile(r"\bs\.?v\.?p\b\.?|\bstp\b", re.I), "s'il vous plaît"),
        (re.compile(r"\bt[ée]l\.", re.I), "téléphone"),
        (re.compile(r"\brdv\b", re.I), "rendez-vous"),
        (re.compile(r"\b[nN]°(?!\s?\d)"), "numéro"),
        (re.compile(r"\benv\.", re.I), "environ"),
        (re.compile(r"\bqqn\b", re.I), "quelqu'un"),
        (re.compile(r"\bqqch\b", re.I), "quelque chose"),
        (re.compile(r"\bapplis?\b", re.I), "application"),
        (re.compile(r"\bmin\.", re.I), "minutes"),
        (re.compile(r"\bvs\.?(?=\s)", re.I), "ou"),
        (re.compile(r"&"), "et"),
    ],
    "en": [
        (re.compile(r"\betc\b\.?", re.I), ""),
        (re.compile(r"\be\.\s?g\.|\beg\.", re.I), "for example"),
        (re.compile(r"\bi\.\s?e\.", re.I), "that is"),
        (re.compile(r"\bapprox\.", re.I), "about"),
        (re.compile(r"\btel\.", re.I), "phone"),
        (re.compile(r"\bpl[sz]\b", re.I), "please"),
        (re.compile(r"\basap\b", re.I), "as soon as possible"),
        (re.compile(r"\bvs\.?(?=\s)", re.I), "or"),
        (re.compile(r"&"), "and"),
    ],
}
# "n°" stays allowed before a number ("reçu n° 4217"): receipts and files show it that way,
# and the learner compares the text with the screen. Anywhere else, write "numéro".
_N_NUMBER = "n°"

_SENTENCE_END = re.compile(r"(?<!\bM\.)(?<=[.!?…;])[»”\"')\]]*\s+")
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”")
_TOKEN_EDGE = ".,;:!?…«»“”\"'()[]"
_NE = re.compile(r"\b(?:ne\b|n['’](?!importe))", re.I)
_PARTICLE = re.compile(r"\b(pas|plus|jamais|rien|personne|aucun|aucune|guère|nulle\s+part)\b", re.I)
_PERSON_NOUN = re.compile(
    r"\b(?:une|la|cette|chaque|les|des|de|d['’]|votre|vos|ma|sa|bonne|autre)\s*$", re.I
)
_NEVER_IMPERATIVE = re.compile(
    r"\b(?:ne\s+|n['’])(?:(?:le|la|les|lui|leur|y|en|vous|me|l['’])\s*)*\w+ez\b", re.I
)


@dataclass(frozen=True, order=True)
class Finding:
    """One thing to change (``error``) or to consider (advice), at a line of a file."""

    path: Path
    line: int
    message: str
    error: bool = True

    def __str__(self) -> str:
        if self.error:
            return f"{self.path}:{self.line}: {self.message}"
        return f"{self.path}:{self.line}: " + _("advice: {message}").format(message=self.message)


@dataclass
class Text:
    """One text of a lesson in one language, with where it is written."""

    where: str
    step: int | None
    value: str
    line: int
    last_line: int


@dataclass
class Report:
    """The FALC check of one lesson file (or one of its translations)."""

    path: Path
    language: str
    findings: list[Finding] = field(default_factory=list)
    score: float | None = None
    step_scores: dict[int, float] = field(default_factory=dict)
    supported: bool = True

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.error)

    @property
    def advice(self) -> int:
        return sum(1 for f in self.findings if not f.error)


# --- words, sentences, syllables -------------------------------------------------------------


def sentences(text: str) -> list[str]:
    """Split on . ! ? … ; followed by a space: addresses and numbers stay whole."""
    return [s.strip() for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]


def words(sentence: str) -> list[str]:
    """Space-separated tokens holding a letter or digit (an address counts as one word)."""
    return [t.strip(_TOKEN_EDGE) for t in sentence.split() if any(c.isalnum() for c in t)]


_VOWELS = "aeiouyàâäéèêëîïôöùûüÿœæ"
_GROUP = re.compile(rf"[{_VOWELS}]+")
_SOUNDED_ENT = frozenset(
    [
        "argent",
        "souvent",
        "parent",
        "client",
        "comment",
        "urgent",
        "absent",
        "présent",
        "content",
        "accident",
        "agent",
        "talent",
        "différent",
        "évident",
        "récent",
        "prudent",
        "patient",
        "serpent",
        "adolescent",
        "intelligent",
        "excellent",
        "innocent",
        "incident",
        "précédent",
        "président",
        "résident",
        "équivalent",
        "fréquent",
        "violent",
        "impatient",
        "apparent",
        "permanent",
        "transparent",
    ]
)


def syllables(word: str) -> int:
    """Spoken syllables of a French word, from its vowel groups (at least 1).

    Rules: "qu" and "gu" (before e, i) are consonants; "é" next to a vowel makes two
    syllables (cré-er, po-é-sie); "y" between vowels is a consonant (pa-yer); a final "e",
    "es" or verb "ent" is silent (table, tables, parlent) unless it is the only vowel (le,
    les); acronyms in capitals are spelled (SMS: 3); numbers count one per digit.
    """
    letters = "".join(c for c in word if c.isalpha())
    if not letters:
        return max(1, sum(c.isdigit() for c in word))
    if len(letters) >= 2 and letters.isupper():
        return len(letters)
    w = letters.lower()
    w = re.sub(r"qu", "q", w)
    w = re.sub(r"gu(?=[eéèêiy])", "g", w)
    w = re.sub(rf"(?<=[{_VOWELS}])y(?=[{_VOWELS}])", "j", w)
    w = re.sub(rf"é(?=[{_VOWELS}])", "é-", w)
    w = re.sub(rf"(?<=[{_VOWELS}])é", "-é", w)
    groups = _GROUP.findall(w)
    count = len(groups)
    if count > 1:
        silent = re.search(rf"[^{_VOWELS}](e|es)$", w) or (
            re.search(rf"[^{_VOWELS}]ent$", w)
            and not w.endswith("ment")
            and letters.lower() not in _SOUNDED_ENT
        )
        if silent:
            count -= 1
    return max(1, count)


def kandel_moles(texts: list[str]) -> float | None:
    """207 − 1.015 × words per sentence − 73.6 × syllables per word (higher is easier)."""
    all_sentences = [s for text in texts for s in sentences(text)]
    all_words = [w for s in all_sentences for w in words(s)]
    if not all_words:
        return None
    per_sentence = len(all_words) / len(all_sentences)
    per_word = sum(syllables(w) for w in all_words) / len(all_words)
    return 207 - 1.015 * per_sentence - 73.6 * per_word


def score_label(score: float) -> str:
    """Kandel-Moles bands, as for Flesch."""
    for floor, label in (
        (90, _("very easy")),
        (80, _("easy")),
        (70, _("fairly easy")),
        (60, _("standard")),
        (50, _("fairly hard")),
        (30, _("hard")),
    ):
        if score >= floor:
            return label
    return _("very hard")


# --- rules -----------------------------------------------------------------------------------


def _start(sentence: str, count: int = 6) -> str:
    tokens = sentence.split()
    return " ".join(tokens[:count]) + ("…" if len(tokens) > count else "")


def _unquoted(text: str) -> str:
    """The text with « quoted » screen names blanked: they must match the screen exactly."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def negations(sentence: str, never_rules: bool = False) -> tuple[int, bool, bool]:
    """(number of "ne … pas/plus/jamais…" in the sentence, whether one is a double negation
    ("ne … jamais rien"), whether the sentence is only the key advice "Ne … jamais": an
    imperative ("Ne donnez jamais ce code"), or with ``never_rules`` any such rule ("Votre
    banque ne demande jamais ce code", for the safety module))."""
    marks = list(_NE.finditer(sentence))
    count = 0
    double = False
    particles: set[str] = set()
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(sentence)
        found = {
            m.group(1).lower()
            for m in _PARTICLE.finditer(sentence, mark.end(), end)
            if not (m.group(1).lower() == "personne" and _PERSON_NOUN.search(sentence[: m.start()]))
        }
        if found:
            count += 1
            double = double or len(found) > 1
            particles |= found
    never = (
        count == 1
        and particles == {"jamais"}
        and (never_rules or bool(_NEVER_IMPERATIVE.search(sentence)))
    )
    return count, double, never


def check_sentence(sentence: str, language: str) -> Iterator[tuple[bool, str]]:
    """(is an error, message) for each rule the sentence breaks."""
    count = len(words(sentence))
    if count > MAX_WORDS:
        yield (
            True,
            _("sentence of {count} words (at most {limit}): cut it in two — “{start}”").format(
                count=count, limit=MAX_WORDS, start=_start(sentence)
            ),
        )
    plain = _unquoted(sentence)
    for pattern, full in _ABBREVIATIONS.get(language, []):
        for match in pattern.finditer(plain):
            abbreviation = match.group().strip()
            if full:
                message = _("“{abbreviation}” is an abbreviation: write “{full}”").format(
                    abbreviation=abbreviation, full=full
                )
            else:
                message = _("“{abbreviation}”: write the whole list instead").format(
                    abbreviation=abbreviation
                )
            yield True, message
    known = KNOWN_ACRONYMS.get(language, frozenset())
    for token in plain.split():
        token = token.strip(_TOKEN_EDGE)
        if any(c.isdigit() for c in token):
            continue  # a code or a receipt number, written as the screen shows it
        for part in re.split(r"[-'’/]", token):
            if len(part) < 2 or not part.isalpha() or not part.isupper() or part in known:
                continue
            if len(part) >= 5:
                message = _(
                    "“{word}” is in capitals: write it in small letters (capitals are harder "
                    "to read and sound like shouting)"
                ).format(word=part)
            else:
                message = _(
                    "“{word}” is an acronym: write what it means, or quote the screen "
                    "« {word} » if it shows it"
                ).format(word=part)
            yield True, message
    if language == "fr":
        found, double, _never = negations(sentence)
        if found > 1:
            yield (
                True,
                _(
                    "{count} negations in one sentence: keep one idea per sentence, in the "
                    "positive form — “{start}”"
                ).format(count=found, start=_start(sentence)),
            )
        elif double:
            yield (
                True,
                _("double negation: say it in the positive form — “{start}”").format(
                    start=_start(sentence)
                ),
            )


def check_text(
    text: Text, language: str, never_rules: bool = False
) -> Iterator[tuple[str, bool, str]]:
    """(sentence, is an error, message) for each finding in one text. One negative sentence
    is an advice; two in the same text are an error (the text says mostly what not to do)."""
    negative: list[str] = []
    for sentence in sentences(text.value):
        for error, message in check_sentence(sentence, language):
            yield sentence, error, message
        if language == "fr":
            count, double, never = negations(sentence, never_rules)
            if count == 1 and not double and not never:
                negative.append(sentence)
    if len(negative) > 1:
        yield (
            negative[1],
            True,
            _(
                "{count} sentences in the negative form in one text: keep one at most, and "
                "say what to do instead — “{start}”"
            ).format(count=len(negative), start=_start(negative[1])),
        )
    elif negative:
        yield (
            negative[0],
            False,
            _("negative form: say what to do instead, if you can — “{start}”").format(
                start=_start(negative[0])
            ),
        )


# --- files -----------------------------------------------------------------------------------


def _texts(data: Any, lines: dict[Path_, int], language: str, own: str) -> list[Text]:
    """Every text of ``language`` in a lesson (or translation) file's data."""
    ends = sorted(set(lines.values()))

    def last_line(line: int) -> int:
        later = [value for value in ends if value > line]
        return later[0] - 1 if later else line + 200

    def take(value: Any, where: Path_, label: str, step: int | None) -> Text | None:
        if isinstance(value, dict):
            where = (*where, language)
            value = value.get(language)
        elif own != language:
            return None
        if not isinstance(value, str) or not value.strip():
            return None
        line = lines.get(where, 1)
        return Text(label, step, value, line, last_line(line))

    found: list[Text] = []
    for key in LESSON_TEXTS:
        if key in data:
            found.append(take(data[key], (key,), key, None))  # type: ignore[arg-type]
    steps = data.get("steps")
    for index, step in enumerate(steps if isinstance(steps, list) else []):
        if not isinstance(step, dict):
            continue
        for key in STEP_TEXTS:
            if key in step:
                found.append(take(step[key], ("steps", index, key), key, index))  # type: ignore[arg-type]
        for kind in ("wrong", "praise_each"):
            answers = step.get(kind)
            for target, value in answers.items() if isinstance(answers, dict) else []:
                found.append(
                    take(value, ("steps", index, kind, target), f"{kind} {target}", index)  # type: ignore[arg-type]
                )
    return [text for text in found if text is not None]


def _line_of(sentence: str, text: Text, source: list[str]) -> int:
    """The line where ``sentence`` starts, inside the lines of its field."""
    tokens = sentence.split()
    for size in (4, 2, 1):
        needle = " ".join(tokens[:size])
        for number in range(text.line, min(text.last_line, len(source)) + 1):
            if needle in " ".join(source[number - 1].split()):
                return number
    return text.line


def check_file(path: Path) -> list[Report]:
    """The FALC reports of a lesson file in its own language, and of its translation files;
    or of a translation file given alone. Unreadable files give no report (the usual
    ``tutor lessons check`` says why)."""
    from tutor.core.translations import translation_files

    try:
        source = read_text(path)
        data, lines = load_with_lines(source)
    except Exception:
        return []
    if not isinstance(data, dict):
        return []
    if is_translation_file(path):
        language = Path(path.stem).suffix.lstrip(".")
        return [_report(path, source, data, lines, language, language)]
    own = str(data.get("language", "fr"))
    reports = [_report(path, source, data, lines, own, own)]
    for language, translation in translation_files(path).items():
        if language != own:
            reports += check_file(translation)
    return reports


def _report(
    path: Path, source: str, data: Any, lines: dict[Path_, int], language: str, own: str
) -> Report:
    report = Report(path, language)
    never_rules = data.get("module") == "safety"
    texts = _texts(data, lines, language, own)
    source_lines = source.splitlines()
    if language not in _ABBREVIATIONS:
        report.supported = False
    for text in texts:
        for sentence, error, message in check_text(text, language, never_rules):
            line = _line_of(sentence, text, source_lines)
            strict = error and language in STRICT_LANGUAGES
            report.findings.append(Finding(path, line, f"{text.where}: {message}", strict))
    if language == "fr":
        report.score = kandel_moles([t.value for t in texts])
        if report.score is not None and report.score < MIN_LESSON_SCORE:
            report.findings.append(
                Finding(
                    path,
                    1,
                    _(
                        "readability {score:.0f} (Kandel-Moles), below {limit:.0f}: use shorter "
                        "sentences and shorter, everyday words"
                    ).format(score=report.score, limit=MIN_LESSON_SCORE),
                )
            )
        _score_steps(report, texts)
    report.findings.sort()
    return report


def _score_steps(report: Report, texts: list[Text]) -> None:
    """Score each step with enough words; advise on the hard ones."""
    by_step: dict[int, list[Text]] = {}
    for text in texts:
        if text.step is not None:
            by_step.setdefault(text.step, []).append(text)
    for step, step_texts in sorted(by_step.items()):
        values = [t.value for t in step_texts]
        if sum(len(words(s)) for v in values for s in sentences(v)) < MIN_STEP_WORDS:
            continue
        score = kandel_moles(values)
        if score is None:
            continue
        report.step_scores[step] = score
        if score < MIN_STEP_SCORE:
            report.findings.append(
                Finding(
                    report.path,
                    min(t.line for t in step_texts),
                    _(
                        "step {number}: readability {score:.0f} (Kandel-Moles), below "
                        "{limit:.0f}: use shorter words and sentences"
                    ).format(number=step + 1, score=score, limit=MIN_STEP_SCORE),
                    error=False,
                )
            )

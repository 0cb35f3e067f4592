"""Hard words: the shared list of words a beginner does not know, and how a lesson's declared
words are found in its texts.

FALC asks that a hard word be explained where it is used. A lesson declares the hard words it
uses under ``words:`` (the word and what it means); the player marks them in the instruction
and shows their meaning when touched, and ``tutor lessons check --falc`` reports a word of
:data:`HARD_WORDS` that a lesson uses without declaring it. Both find words the same way, here:
case-insensitive, through elision (``l'expéditeur``) and the simple plural (``expéditeurs``).

The list holds only words a beginner does not know, or knows in another sense: "lien",
"onglet", "jauge"... Everyday words ("mot de passe", "application", "arnaque", "bloquer",
"réglages") are not in it: explaining every word would drown the ones that need it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Letters that make a word go on: a match must not start or end inside a word.
_BEFORE = r"(?<![\w-])"
_AFTER = r"(?![\w])"


@dataclass(frozen=True)
class HardWord:
    """One entry of the list: the word as a facilitator would declare it, and the forms it
    takes in a text (plural, feminine, verb forms, other spellings), as a regular expression."""

    word: str
    forms: str

    @property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(_BEFORE + "(?:" + self.forms + ")" + _AFTER, re.IGNORECASE)


def _verb(stem: str) -> str:
    """The forms of a French verb in -er a lesson may use: infinitive, "vous" form, past
    participle (all genders and numbers), present, and the noun in -ement."""
    return stem + r"(?:er|ez|é|ée|és|ées|e|es|ent|ons|ement|ements)"


HARD_WORDS: dict[str, tuple[HardWord, ...]] = {
    "fr": (
        HardWord("formulaire", r"formulaires?"),
        HardWord("onglet", r"onglets?"),
        HardWord("expéditeur", r"exp[ée]diteurs?|exp[ée]ditrices?"),
        HardWord("jauge", r"jauges?"),
        HardWord("contrôle parental", r"contr[ôo]les?\s+parental|contr[ôo]les?\s+parentaux"),
        HardWord("identifiant", r"identifiants?"),
        HardWord("navigateur", r"navigateurs?"),
        HardWord("lien", r"liens?"),
        HardWord("notification", r"notifications?"),
        HardWord("QR code", r"QR[\s-]?codes?|codes?\s+QR"),
        HardWord("Wi-Fi", r"wi[\s-]?fi"),
        HardWord("hameçonnage", r"hame[çc]onnages?|phishing"),
        HardWord("pièce jointe", r"pi[èe]ces?\s+jointes?"),
        HardWord("signaler", _verb("signal") + r"|signalements?"),
        HardWord("captcha", r"captchas?"),
        HardWord("cookie", r"cookies?"),
        HardWord("mise à jour", r"mises?\s+[àa]\s+jour"),
        HardWord("télécharger", _verb("t[ée]l[ée]charg")),
        HardWord("icône", r"ic[ôo]nes?"),
        HardWord("paramètres", r"param[èe]tres?"),
        HardWord("pseudo", r"pseudos?|pseudonymes?"),
        HardWord("fil d'actualité", r"fils?\s+d['’]actualités?"),
        HardWord("capture d'écran", r"captures?\s+d['’][ée]cran"),
    ),
    "en": (
        HardWord("form", r"forms?"),
        HardWord("tab", r"tabs?"),
        HardWord("sender", r"senders?"),
        HardWord("gauge", r"gauges?"),
        HardWord("parental controls", r"parental\s+controls?"),
        HardWord("username", r"user\s?names?|user\s+ids?"),
        HardWord("browser", r"browsers?"),
        HardWord("link", r"links?"),
        HardWord("notification", r"notifications?"),
        HardWord("QR code", r"QR[\s-]?codes?"),
        HardWord("Wi-Fi", r"wi[\s-]?fi"),
        HardWord("phishing", r"phishing"),
        HardWord("attachment", r"attachments?"),
        HardWord("report", r"report(?:s|ed|ing)?"),
        HardWord("captcha", r"captchas?"),
        HardWord("cookie", r"cookies?"),
        HardWord("update", r"updat(?:e|es|ed|ing)"),
        HardWord("download", r"download(?:s|ed|ing)?"),
        HardWord("icon", r"icons?"),
        HardWord("settings", r"settings?"),
        HardWord("history", r"history|histories"),
        HardWord("feed", r"(?:news\s+)?feeds?"),
        HardWord("screenshot", r"screenshots?|screen\s+shots?"),
    ),
}
"""The shared list, per language: a lesson in that language using one of these words must
explain it under ``words:``. French ones are errors of ``--falc``; English ones are advice."""


def hard_words(language: str) -> tuple[HardWord, ...]:
    return HARD_WORDS.get(language, ())


def word_pattern(word: str) -> re.Pattern[str]:
    """The forms of a declared word in a text: any case, after an elision (``l'``, ``d'``),
    with the simple plural or feminine ending (``-s``, ``-x``, ``-e``, ``-es``) on each part
    (a part declared in the plural is found in the singular too),
    a hyphen or space between parts ("Wi-Fi", "wifi"), either apostrophe."""
    parts = [part for part in re.split(r"[\s\-]+", word.strip()) if part]
    if not parts:
        return re.compile(r"(?!x)x")  # matches nothing
    pieces = []
    for part in parts:
        # A word declared in the plural ("icônes") is found in the singular too.
        if len(part) >= 5 and part[-1:] in ("s", "x") and part[-2:-1].isalpha():
            part = part[:-1]
        # Either apostrophe (one class: replacing one after the other nested them).
        escaped = "".join("['’]" if char in "'’" else re.escape(char) for char in part)
        if part[-1:].isalpha():
            escaped += r"(?:s|x|e|es)?"
        pieces.append(escaped)
    return re.compile(_BEFORE + r"[\s\-]?".join(pieces) + _AFTER, re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    """Where a declared word (its index in the lesson's list) is in a text."""

    start: int
    end: int
    index: int


def find_words(text: str, words: Sequence[str]) -> list[Found]:
    """The places of the declared ``words`` in ``text``, in order, never overlapping: the
    longest match wins ("contrôle parental" before "contrôle")."""
    candidates = [
        Found(match.start(), match.end(), index)
        for index, word in enumerate(words)
        for match in word_pattern(word).finditer(text)
    ]
    candidates.sort(key=lambda found: (found.start, -(found.end - found.start)))
    chosen: list[Found] = []
    for found in candidates:
        if chosen and found.start < chosen[-1].end:
            continue
        chosen.append(found)
    return chosen


def unexplained(text: str, language: str, declared: Iterable[str]) -> list[tuple[HardWord, str]]:
    """The words of the shared list that ``text`` uses and that ``declared`` does not
    explain, each once with its first form in the text. A declared word explains an entry
    when the entry's forms hold it ("expéditeur" explains "expéditeurs") or when it covers
    the place where the entry was found ("contrôle parental" covers "contrôle parental")."""
    declared = [word for word in declared if word.strip()]
    places = find_words(text, declared)
    missing: list[tuple[HardWord, str]] = []
    for entry in hard_words(language):
        pattern = entry.pattern
        if any(pattern.search(word) for word in declared):
            continue
        for match in pattern.finditer(text):
            covered = any(p.start <= match.start() and match.end() <= p.end for p in places)
            if not covered:
                missing.append((entry, match.group()))
                break
    return missing


# --- masculine-only wording ---------------------------------------------------------------

_BE = (
    r"(?:vous\s+(?:êtes|serez|étiez|seriez|restez|resterez|semblez|devenez|voilà)"
    r"|êtes-vous|soyez|restez)"
)
_ADVERB = (
    r"(?:\s+(?:bien|maintenant|déjà|toujours|très|trop|plus|moins|peut-être|aussi|alors"
    r"|tout|enfin|presque))*"
)
_MASCULINE = (
    r"\w*é"  # a past participle or adjective in -é (not -ée, -és: the lookahead)
    r"|prêt|sûr|seul|inscrit|perdu|prudent|content|certain|satisfait|attentif|vigilant|"
    r"curieux|heureux|fier|venu|parti|sorti|assis|abonné|tenu|pris|surpris|rendu|"
    r"déçu|convaincu|ravi|fini|averti|muni"
)
_MASCULINE_ONLY = re.compile(
    _BEFORE + _BE + _ADVERB + r"\s+(" + _MASCULINE + r")(?![\w(·]|\.e\b)", re.IGNORECASE
)


def masculine_only(text: str) -> list[str]:
    """The phrases that speak to the reader in the masculine only ("vous êtes protégé",
    "soyez prudent"): each one suits half the readers. "vous êtes protégé(e)" is not
    reported here (FALC prefers a rewording, but it is not masculine-only)."""
    return [match.group() for match in _MASCULINE_ONLY.finditer(text)]

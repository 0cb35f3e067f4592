"""Choosing a voice for a language, whatever the platform calls its voices.

An unknown voice name makes pyttsx3 silently keep the previous voice, which could make a
French learner hear English. So the voice is always chosen from the voices the engine
reports, by language, and the choice is verified; no voice of the right language means
silence and a notice, never the wrong language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# espeak-ng words per minute for each speed; "normal" is within 150-170 wpm.
RATES_WPM = {"slow": 125, "normal": 160, "fast": 195}

# Preferred voices by language, best first (ids or names, lower case).
PREFERRED = {
    "fr": ("roa/fr", "french (france)", "fr-fr", "fr"),
    "en": ("gmw/en", "english (great britain)", "en-gb", "gmw/en-us", "en-us", "en"),
}


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    name: str
    languages: tuple[str, ...] = ()

    def language_tags(self) -> list[str]:
        """Lower-case tags like ``fr-fr``, from the languages list or guessed from id/name."""
        tags = [tag.lower().replace("_", "-") for tag in self.languages if tag]
        text = f"{self.id} {self.name}".lower()
        for language, words in (("fr", ("french", "français")), ("en", ("english",))):
            if any(word in text for word in words):
                tags.append(language)
        return tags

    def speaks(self, language: str) -> bool:
        return any(
            tag == language or tag.startswith(f"{language}-") for tag in self.language_tags()
        )


def choose_voice(voices: Iterable[VoiceInfo], language: str) -> VoiceInfo | None:
    """The best voice for ``language`` (``fr``, ``en``), or None if none speaks it."""
    candidates = [voice for voice in voices if voice.speaks(language)]
    if not candidates:
        return None

    def rank(voice: VoiceInfo) -> int:
        keys = {voice.id.lower(), voice.name.lower(), *voice.language_tags()}
        for position, preferred in enumerate(PREFERRED.get(language, ())):
            if preferred in keys:
                return position
        return len(PREFERRED.get(language, ())) + 1

    return min(candidates, key=rank)

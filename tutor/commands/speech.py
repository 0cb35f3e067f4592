"""``tutor voices`` and ``tutor narrate``: hear and check what lessons will say. No Qt."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from tutor.core.loader import load_lessons
from tutor.i18n import SUPPORTED_LANGUAGES, _
from tutor.sandboxes import sandbox_specs
from tutor.speech.synthesizer import Synthesizer
from tutor.speech.voices import RATES_WPM, choose_voice
from tutor.speech.wav import duration_s


def _started(cache: Path) -> Synthesizer | None:
    synthesizer = Synthesizer(cache)
    synthesizer.start()
    if not synthesizer.wait_ready(30):
        print(_("No speech engine: {reason}").format(reason=synthesizer.error), file=sys.stderr)
        synthesizer.close()
        return None
    return synthesizer


def voices() -> int:
    with tempfile.TemporaryDirectory(prefix="tutor-voices-") as folder:
        synthesizer = _started(Path(folder))
        if synthesizer is None:
            return 1
        missing = 0
        for language in SUPPORTED_LANGUAGES:
            found = [voice for voice in synthesizer.voices if voice.speaks(language)]
            chosen = choose_voice(synthesizer.voices, language)
            print(
                f"{language}: "
                + (
                    _("will use {name} ({id})").format(name=chosen.name, id=chosen.id)
                    if chosen
                    else _("no voice: silent")
                )
            )
            for voice in found:
                mark = "*" if chosen and voice.id == chosen.id else " "
                print(f"  {mark} {voice.id:<28} {voice.name}  {', '.join(voice.languages)}")
            missing += chosen is None
        synthesizer.close()
    return 1 if missing else 0


def narrate(lesson_id: str, out: Path, lesson_dirs: list[Path], language: str, speed: str) -> int:
    result = load_lessons(lesson_dirs, sandbox_specs())
    lesson = next((item for item in result.lessons if item.id == lesson_id), None)
    if lesson is None:
        print(
            _("unknown lesson '{id}'; expected one of: {known}").format(
                id=lesson_id, known=", ".join(item.id for item in result.lessons)
            ),
            file=sys.stderr,
        )
        return 1
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tutor-narrate-") as folder:
        synthesizer = _started(Path(folder))
        if synthesizer is None:
            return 1
        failed = 0
        for number, step in enumerate(lesson.steps, start=1):
            text = lesson.text(step.say or step.show, language)
            path = synthesizer.synthesize_now(text, language, RATES_WPM[speed])
            target = out / f"{lesson.id}-step{number:02d}.wav"
            if path is None:
                failed += 1
                print(f"{target}: " + _("could not be synthesised"), file=sys.stderr)
                continue
            shutil.copyfile(path, target)
            print(f"{target}  {duration_s(target):5.1f} s  {text}")
        synthesizer.close()
    return 1 if failed else 0

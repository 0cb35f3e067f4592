"""``tutor voices`` and ``tutor narrate``: hear and check what lessons will say. No Qt."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.commands import options
from tutor.i18n import SUPPORTED_LANGUAGES, _

# The lessons and the voice are imported by the commands themselves: building the
# command-line parser (every command's) stays quick.
if TYPE_CHECKING:
    from tutor.speech.synthesizer import Synthesizer


def _started(cache: Path) -> Synthesizer | None:
    from tutor.speech.synthesizer import Synthesizer

    synthesizer = Synthesizer(cache)
    synthesizer.start()
    if not synthesizer.wait_ready(30):
        print(_("No speech engine: {reason}").format(reason=synthesizer.error), file=sys.stderr)
        synthesizer.close()
        return None
    return synthesizer


def voices() -> int:
    from tutor.speech.voices import choose_voice

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
    from tutor.core.loader import load_lessons
    from tutor.sandboxes import sandbox_specs
    from tutor.speech.voices import RATES_WPM
    from tutor.speech.wav import duration_s

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


def register(commands: options.Commands, common: argparse.ArgumentParser) -> None:
    listing = commands.add_parser(
        "voices", help="list the voices found per language, and the one used"
    )
    listing.set_defaults(run=lambda args: voices())
    parser = commands.add_parser(
        "narrate", parents=[common], help="write one WAV per step of a lesson, as it will be said"
    )
    parser.add_argument("--lesson", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--speed", choices=("slow", "normal", "fast"), default="normal")
    parser.set_defaults(run=_narrate)


def _narrate(args: argparse.Namespace) -> int:
    from tutor.commands.lessons import default_paths

    folders = options.lesson_dirs(args) or default_paths([])
    return narrate(args.lesson, args.out, folders, options.language(args), args.speed)

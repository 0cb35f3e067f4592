"""Argument parsing: the app by default, plus sub-commands for facilitators and IT staff."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from tutor import __version__
from tutor.i18n import SUPPORTED_LANGUAGES, set_language

# The two looks a screen is audited in (the "Aa" panel's colours).
AUDIT_THEMES = ("standard", "high_contrast")


def _add_common_options(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="folder for the progress database (default: the user's data "
        "folder; also TUTOR_DATA_DIR)",
    )
    common.add_argument(
        "--lang",
        choices=SUPPORTED_LANGUAGES,
        default=argparse.SUPPRESS,
        help="language of messages (default: fr)",
    )
    common.add_argument(
        "--lessons",
        action="append",
        type=Path,
        default=argparse.SUPPRESS,
        help="lesson folder to use instead of the bundled one (repeatable)",
    )
    return common


def _add_stand_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--stand",
        action="store_true",
        help="stand (kiosk) mode for this run: full screen, guest play, PIN to leave",
    )


def _window_size(text: str) -> tuple[int, int]:
    from tutor.ui.offscreen import parse_size

    try:
        return parse_size(text)
    except ValueError as problem:
        raise argparse.ArgumentTypeError(str(problem)) from None


def _add_review_parser(commands) -> None:  # type: ignore[no-untyped-def]
    review = commands.add_parser(
        "review",
        help="render every screen and every lesson step to pictures, with contact sheets "
        "(HTML) to look through",
    )
    review.add_argument("--out", type=Path, required=True, help="folder for the pictures")
    review.add_argument(
        "--size", type=int, nargs="+", choices=(100, 150, 200), default=[100], help="text sizes"
    )
    review.add_argument(
        "--theme",
        nargs="+",
        choices=("standard", "high_contrast"),
        default=["standard"],
        help="colours",
    )
    review.add_argument(
        "--lessons",
        action="append",
        type=Path,
        default=argparse.SUPPRESS,
        help="lesson folder to use instead of the bundled one (repeatable)",
    )
    review.add_argument(
        "--lang",
        dest="lang_list",
        nargs="+",
        choices=SUPPORTED_LANGUAGES,
        default=["fr"],
        help="languages (French by default)",
    )
    review.add_argument(
        "--window",
        type=_window_size,
        nargs="+",
        default=[(1280, 800)],
        metavar="WxH",
        help="window sizes (default: 1280x800)",
    )
    review.add_argument(
        "--only",
        nargs="+",
        metavar="NAME",
        help="only these lessons (ids) and screens (names, as for screenshot --screen)",
    )


def _parser() -> argparse.ArgumentParser:
    from tutor.ui.tour import screen_names

    common = _add_common_options(argparse.ArgumentParser(add_help=False))
    parser = argparse.ArgumentParser(
        prog="tutor", parents=[common], description="Pas à Pas — step-by-step digital tutor."
    )
    parser.add_argument("--version", action="version", version=__version__)
    _add_stand_option(parser)
    commands = parser.add_subparsers(dest="command")

    lessons = commands.add_parser("lessons", help="check and list lesson files")
    lesson_commands = lessons.add_subparsers(dest="lessons_command", required=True)
    check = lesson_commands.add_parser(
        "check", parents=[common], help="check lesson files; FILE:LINE: message per problem"
    )
    check.add_argument("paths", nargs="*")
    check.add_argument(
        "--falc",
        action="store_true",
        help="also check that the texts are easy to read (FALC): sentence length, "
        "abbreviations, capitals, negations, readability score",
    )
    listing = lesson_commands.add_parser("list", parents=[common], help="list the lessons")
    listing.add_argument("paths", nargs="*")
    listing.add_argument("--json", action="store_true")
    controls = lesson_commands.add_parser(
        "controls", parents=[common], help="list every practice app's controls (Markdown)"
    )
    controls.add_argument("--out", type=Path)
    schema = lesson_commands.add_parser("schema", help="write the JSON Schema of lessons")
    schema.add_argument("--out", type=Path)

    shot = commands.add_parser(
        "screenshot", parents=[common], help="render a screen offscreen to a PNG"
    )
    shot.add_argument("--lesson", help="lesson id (the player at --step)")
    shot.add_argument("--step", type=int, default=1, help="step number, from 1")
    shot.add_argument(
        "--screen",
        choices=screen_names(),
        help="another screen instead",
    )
    shot.add_argument("--out", type=Path, required=True)
    shot.add_argument(
        "--size", type=int, choices=(100, 150, 200), default=100, help="text size (%%)"
    )
    shot.add_argument(
        "--theme", choices=("standard", "high_contrast"), default="standard", help="colours"
    )

    shot.add_argument(
        "--window",
        type=_window_size,
        default=(1280, 800),
        metavar="WxH",
        help="window size in the app's pixels, as the screen gives it; under "
        "QT_SCALE_FACTOR=1.5, 1200x800 is an 1800x1200 picture (default: 1280x800)",
    )
    _add_review_parser(commands)

    audit = commands.add_parser(
        "audit",
        parents=[common],
        help="check every screen at every text size and theme (targets, text, contrast)",
    )
    audit.add_argument("--json", action="store_true", help="print the report as JSON")
    audit.add_argument(
        "--quick",
        action="store_true",
        help="every step only at 100 %% standard; elsewhere the first, a middle and the last "
        "step of every lesson (faster; by default every step at every size and theme)",
    )
    audit.add_argument(
        "--theme",
        choices=AUDIT_THEMES,
        nargs="+",
        default=list(AUDIT_THEMES),
        help="colours audited (default: both; two audits, one per theme, can run side by side)",
    )

    audit.add_argument(
        "--size",
        type=int,
        choices=(100, 150, 200),
        nargs="+",
        default=[100, 150, 200],
        help="text sizes audited (%%; default: all three)",
    )
    audit.add_argument(
        "--window",
        type=_window_size,
        nargs="+",
        default=[(1280, 800), (1200, 800), (1366, 768), (1024, 768)],
        metavar="WxH",
        help="window sizes audited, in the app's pixels: under QT_SCALE_FACTOR=1.5, "
        "1200x800 is an 1800x1200 screen (default: 1280x800 1200x800 1366x768 1024x768)",
    )

    commands.add_parser("voices", help="list the voices found per language, and the one used")
    narrate = commands.add_parser(
        "narrate", parents=[common], help="write one WAV per step of a lesson, as it will be said"
    )
    narrate.add_argument("--lesson", required=True)
    narrate.add_argument("--out", type=Path, required=True)
    narrate.add_argument("--speed", choices=("slow", "normal", "fast"), default="normal")

    demo = commands.add_parser(
        "demo-data", parents=[common], help="add fictional learners, progress and workshops"
    )
    demo.add_argument("--learners", type=int, default=30)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--force", action="store_true", help="even if there are learners already")
    export = commands.add_parser(
        "export", parents=[common], help="export progress (CSV) or a report (PDF)"
    )
    who = export.add_mutually_exclusive_group(required=True)
    who.add_argument("--all", action="store_true", help="every learner still coming")
    who.add_argument("--learner", metavar="UUID")
    who.add_argument("--workshop", metavar="ID", help="the learners who attended it")
    export.add_argument("--format", choices=("csv", "pdf"), required=True)
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--separator", choices=(";", ","), default=";")
    export.add_argument(
        "--attestation", action="store_true", help="the learner's attestation (PDF)"
    )
    export.add_argument("--place", default="")
    export.add_argument("--facilitator", default="")
    save = commands.add_parser(
        "backup", parents=[common], help="copy the progress database to a file"
    )
    save.add_argument(
        "--out",
        type=Path,
        required=True,
        help="the backup file, or a folder (the backup then gets a new name of its own)",
    )
    save.add_argument(
        "--force",
        action="store_true",
        help="replace FILE if it exists (only once the new backup is complete)",
    )
    back = commands.add_parser(
        "restore", parents=[common], help="replace the progress database by a backup"
    )
    back.add_argument("file", type=Path)

    pack = commands.add_parser(
        "pack", help="carry progress between tablets (USB stick, shared folder)"
    )
    pack_commands = pack.add_subparsers(dest="pack_command", required=True)
    pack_out = pack_commands.add_parser(
        "export", parents=[common], help="write this device's learners and progress to a file"
    )
    pack_out.add_argument(
        "--out", type=Path, required=True, help="the pack file, or a folder to write it in"
    )
    pack_in = pack_commands.add_parser(
        "import", parents=[common], help="merge packs (files or folders of .pack files)"
    )
    pack_in.add_argument("files", nargs="+", type=Path)

    pin = commands.add_parser(
        "pin", help="the facilitator PIN: set the first one, reset a forgotten one"
    )
    pin_commands = pin.add_subparsers(dest="pin_command", required=True)
    pin_commands.add_parser(
        "set", parents=[common], help="choose the first facilitator PIN (asked twice, hidden)"
    )
    pin_reset = pin_commands.add_parser(
        "reset",
        parents=[common],
        help="remove a forgotten PIN (needs access to this account); the set-up asks for a "
        "new one at the next start",
    )
    pin_reset.add_argument("--yes", action="store_true", help="do not ask to confirm")

    commands.add_parser(
        "self-check",
        parents=[common],
        help="check lessons, database and window; exit 0 if all is well",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the app or a command. A command that finds the progress unusable (another program
    holds it, a full disk, a read-only folder) says why on stderr and exits 1."""
    try:
        return _run(argv)
    except Exception as problem:
        from tutor.storage.problems import StoreUnavailable  # (not on the way to the app)

        if not isinstance(problem, StoreUnavailable):
            raise
        print(problem, file=sys.stderr)
        return 1


def _run(argv: list[str] | None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == ["speech-worker"]:  # the narrator's child process (not for people)
        from tutor.speech.worker import serve

        return serve()
    args = _app_arguments(arguments) or _parser().parse_args(arguments)
    set_language(getattr(args, "lang", "fr"))
    data_override = getattr(args, "data_dir", None)
    lesson_dirs = getattr(args, "lessons", None)
    if args.command == "lessons":
        from tutor.commands import lessons

        if args.lessons_command == "check":
            return lessons.check(lessons.default_paths(args.paths), args.falc)
        if args.lessons_command == "list":
            return lessons.list_lessons(
                lessons.default_paths(args.paths), args.json, getattr(args, "lang", "fr")
            )
        if args.lessons_command == "controls":
            return lessons.controls(args.out)
        return lessons.schema(args.out)
    if args.command == "screenshot":
        from tutor.commands.screenshot import screenshot

        return screenshot(
            args.lesson,
            args.step,
            args.screen,
            args.out,
            lesson_dirs,
            args.size,
            args.theme,
            args.window,
        )
    if args.command == "review":
        from tutor.commands.review import review

        return review(
            args.out,
            lesson_dirs,
            sizes=args.size,
            themes=args.theme,
            languages=args.lang_list,
            windows=args.window,
            only=args.only,
        )
    if args.command == "audit":
        from tutor.commands.audit import audit

        return audit(lesson_dirs, args.json, not args.quick, args.window, args.theme, args.size)
    if args.command == "voices":
        from tutor.commands.speech import voices

        return voices()
    if args.command == "narrate":
        from tutor.commands import lessons
        from tutor.commands.speech import narrate

        return narrate(
            args.lesson,
            args.out,
            lesson_dirs or lessons.default_paths([]),
            getattr(args, "lang", "fr"),
            args.speed,
        )
    if args.command in ("demo-data", "export", "backup", "restore"):
        return _facilitator_command(args, data_override, lesson_dirs)
    if args.command == "pack":
        from tutor.commands import packs

        if args.pack_command == "export":
            return packs.export(data_override, args.out)
        return packs.import_(data_override, args.files)
    if args.command == "pin":
        from tutor.commands import pin

        if args.pin_command == "set":
            return pin.set_pin(data_override)
        return pin.reset_pin(data_override, args.yes)
    if args.command == "self-check":
        from tutor.commands.self_check import self_check

        return self_check(data_override, lesson_dirs)
    stand = getattr(args, "stand", False)
    if stand:
        from tutor.commands.pin import stand_may_start

        if not stand_may_start(data_override):
            return 1
    if not hasattr(args, "lang"):
        _use_device_language(data_override)
    # Starting the app builds objects that live as long as it does: the collector's passes
    # meanwhile find nothing to free (they cost ~8 ms before the first paint). run_gui
    # turns collection back on once everything is built.
    gc.disable()
    from tutor.app import run_gui

    return run_gui(data_override, lesson_dirs, stand=stand)


def _use_device_language(data_override: str | None) -> None:
    """The language chosen at the first-start set-up, unless ``--lang`` says otherwise."""
    from tutor.paths import data_dir
    from tutor.storage.quick_read import device_language

    language = device_language(data_dir(data_override))
    if language in SUPPORTED_LANGUAGES:
        set_language(language)


def _app_arguments(arguments: list[str]) -> argparse.Namespace | None:
    """The arguments of a plain start of the app, or ``None`` for anything else (a
    command, help, a mistake, an abbreviation): then the full parser answers, with its
    messages. Read by hand: building even a small argparse parser costs ~3.5 ms (it looks
    for its own translations), a twentieth of a bare window's start."""
    args = argparse.Namespace(command=None, stand=False)
    remaining = list(arguments)
    while remaining:
        option, has_value, value = remaining.pop(0).partition("=")
        if option == "--stand" and not has_value:
            args.stand = True
            continue
        if option not in ("--data-dir", "--lang", "--lessons"):
            return None
        if not has_value:
            if not remaining or remaining[0].startswith("-"):
                return None
            value = remaining.pop(0)
        if option == "--data-dir":
            args.data_dir = value
        elif option == "--lang":
            if value not in SUPPORTED_LANGUAGES:
                return None
            args.lang = value
        else:
            args.lessons = [*getattr(args, "lessons", []), Path(value)]
    return args


def _facilitator_command(
    args: argparse.Namespace, data_override: str | None, lesson_dirs: list[Path] | None
) -> int:
    from tutor.commands import facilitator

    if args.command == "demo-data":
        return facilitator.demo_data(
            data_override, lesson_dirs, args.learners, args.seed, args.force
        )
    if args.command == "export":
        kind, ident = (
            ("learner", args.learner)
            if args.learner
            else ("workshop", args.workshop)
            if args.workshop
            else ("all", None)
        )
        return facilitator.export(
            data_override,
            lesson_dirs,
            kind,
            ident,
            args.format,
            args.out,
            args.separator,
            args.attestation,
            args.place,
            args.facilitator,
        )
    if args.command == "backup":
        return facilitator.backup(data_override, args.out, args.force)
    return facilitator.restore(data_override, args.file)


if __name__ == "__main__":
    sys.exit(main())

"""Argument parsing: the app by default, plus sub-commands for facilitators and IT staff."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from tutor import __version__
from tutor.i18n import SUPPORTED_LANGUAGES, set_language


def _add_stand_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--stand",
        action="store_true",
        help="stand (kiosk) mode for this run: full screen, guest play, PIN to leave",
    )


def _parser() -> argparse.ArgumentParser:
    """The app's options, and every command's parser (``tutor.commands.COMMANDS``)."""
    from tutor.commands import register_all
    from tutor.commands.options import add_common_options

    common = add_common_options(argparse.ArgumentParser(add_help=False))
    parser = argparse.ArgumentParser(
        prog="tutor", parents=[common], description="Pas à Pas — step-by-step digital tutor."
    )
    parser.add_argument("--version", action="version", version=__version__)
    _add_stand_option(parser)
    register_all(parser.add_subparsers(dest="command"), common)
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
    if args.command is not None:
        return int(args.run(args))  # set by the command's module (see tutor.commands)
    data_override = getattr(args, "data_dir", None)
    lesson_dirs = getattr(args, "lessons", None)
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


if __name__ == "__main__":
    sys.exit(main())

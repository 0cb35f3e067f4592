"""What every command's parser shares: the common options and reading them back.

A command module (see ``tutor.commands.COMMANDS``) has ``register(commands, common)``: it
adds its parser to ``commands`` (argparse's sub-parsers), with ``common`` as a parent when it
takes ``--data-dir``, ``--lang`` and ``--lessons``, and sets ``run`` to the function that runs
it: ``run(args) -> exit code``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tutor.i18n import SUPPORTED_LANGUAGES

# argparse's sub-parsers, as ``add_subparsers`` returns them (its class is private).
Commands = Any

# The two looks a screen is rendered or audited in (the "Aa" panel's colours).
THEMES = ("standard", "high_contrast")
TEXT_SIZES = (100, 150, 200)


def add_common_options(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``--data-dir``, ``--lang`` and ``--lessons``, for the app and most commands. Left
    out of the arguments when not given, so that a command's own default can apply."""
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
    add_lessons_option(common)
    return common


def add_lessons_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lessons",
        action="append",
        type=Path,
        default=argparse.SUPPRESS,
        help="lesson folder to use instead of the bundled one (repeatable)",
    )


def command_group(commands: Commands, name: str, help: str, dest: str) -> Commands:
    """A command made of sub-commands (``tutor pack export|import``): their sub-parsers,
    one of which must be given; ``dest`` holds the one given."""
    group = commands.add_parser(name, help=help)
    return group.add_subparsers(dest=dest, required=True)


def window_size(text: str) -> tuple[int, int]:
    """``--window WxH``, read as the offscreen screens read it."""
    from tutor.ui.offscreen import parse_size

    try:
        return parse_size(text)
    except ValueError as problem:
        raise argparse.ArgumentTypeError(str(problem)) from None


def data_override(args: argparse.Namespace) -> str | None:
    """``--data-dir``, or None for the usual data folder."""
    return getattr(args, "data_dir", None)


def lesson_dirs(args: argparse.Namespace) -> list[Path] | None:
    """``--lessons`` folders, or None for the bundled lessons."""
    return getattr(args, "lessons", None)


def language(args: argparse.Namespace) -> str:
    return getattr(args, "lang", "fr")

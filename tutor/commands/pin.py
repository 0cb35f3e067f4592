"""``tutor pin set|reset`` and the check before ``tutor --stand``: the facilitator PIN for IT
staff.

The PIN is typed at a hidden prompt (``getpass``), never given on the command line, where it
would stay in the shell's history and be seen by other users in the process list. Resetting
a forgotten PIN needs no PIN: whoever can run a command on this account's data folder could
replace the database anyway, so that access is the proof, and the command says so.
"""

from __future__ import annotations

import argparse
import getpass
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from tutor.commands import options
from tutor.i18n import _

PROMPT_TRIES = 3
YES_WORDS = ("yes", "y", "oui", "o")


def _open(data_override: str | None):  # type: ignore[no-untyped-def]
    from tutor.paths import data_dir
    from tutor.storage.store import open_store

    return open_store(data_dir(data_override))


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def set_pin(data_override: str | None, ask: Callable[[str], str] = getpass.getpass) -> int:
    """Choose the first PIN (typed twice at a hidden prompt)."""
    from tutor.storage.pin import valid_pin

    try:
        store = _open(data_override)
    except (OSError, sqlite3.Error) as problem:
        return _fail(_("The data folder cannot be opened: {reason}").format(reason=problem))
    try:
        if store.pin.is_set():
            return _fail(
                _(
                    "A facilitator PIN is already set on this device. To change it, use "
                    "“Change PIN” in the facilitator space. If it is forgotten, run "
                    "“tutor pin reset” first."
                )
            )
        for _try in range(PROMPT_TRIES):
            pin = ask(_("New facilitator PIN (4 to 8 digits): "))
            if not valid_pin(pin):
                print(_("A PIN has 4 to 8 digits. Please choose again."), file=sys.stderr)
                continue
            if ask(_("The same PIN again: ")) != pin:
                print(_("The two PINs are not the same. Please choose again."), file=sys.stderr)
                continue
            store.pin.set(pin)
            print(_("The facilitator PIN is set ({path}).").format(path=store.path))
            return 0
        return _fail(_("No PIN was set."))
    except (EOFError, KeyboardInterrupt):
        return _fail(_("No PIN was set."))
    finally:
        store.close()


def reset_pin(data_override: str | None, yes: bool, confirm: Callable[[str], str] = input) -> int:
    """Remove a forgotten PIN: the set-up asks a facilitator for a new one at the next start."""
    try:
        store = _open(data_override)
    except (OSError, sqlite3.Error) as problem:
        return _fail(_("The data folder cannot be opened: {reason}").format(reason=problem))
    try:
        print(
            _(
                "Resetting the facilitator PIN needs no PIN, only access to this computer "
                "account: whoever can run this command on the data folder {folder} can do it. "
                "Keep this account for the staff."
            ).format(folder=Path(store.path).parent)
        )
        if not store.pin.is_set():
            print(_("No facilitator PIN is set here: the set-up asks for one at the next start."))
            return 0
        if not yes:
            try:
                answer = confirm(_("Remove the PIN now? Type “yes” to confirm: "))
            except (EOFError, KeyboardInterrupt):
                answer = ""
            if answer.strip().lower() not in YES_WORDS:
                return _fail(_("Nothing was changed."))
        store.pin.clear()
        print(
            _(
                "The facilitator PIN is removed. At the next start, the program asks for a "
                "new one before anything else (or use “tutor pin set” now)."
            )
        )
        return 0
    finally:
        store.close()


def stand_may_start(data_override: str | None) -> bool:
    """``tutor --stand`` needs a PIN: without one, nobody could leave the stand, and the
    first visitor to try would be asked to choose it. Says why on stderr when it cannot.
    Read without opening the store, so nothing in the folder changes before the app opens
    it (a damaged file is then set aside and reported as usual)."""
    from tutor.paths import data_dir
    from tutor.storage.quick_read import pin_is_set

    try:
        folder = data_dir(data_override)
    except OSError as problem:
        _fail(_("The data folder cannot be opened: {reason}").format(reason=problem))
        return False
    if pin_is_set(folder):
        return True
    _fail(
        _(
            "The stand mode needs a facilitator PIN first: it is the only way to leave the "
            "stand. Start the program once without --stand (its set-up asks for the PIN), "
            "or run “tutor pin set”, then start the stand again."
        )
    )
    return False


def register(commands: options.Commands, common: argparse.ArgumentParser) -> None:
    pin_commands = options.command_group(
        commands,
        "pin",
        "the facilitator PIN: set the first one, reset a forgotten one",
        "pin_command",
    )
    choose = pin_commands.add_parser(
        "set", parents=[common], help="choose the first facilitator PIN (asked twice, hidden)"
    )
    choose.set_defaults(run=lambda args: set_pin(options.data_override(args)))
    pin_reset = pin_commands.add_parser(
        "reset",
        parents=[common],
        help="remove a forgotten PIN (needs access to this account); the set-up asks for a "
        "new one at the next start",
    )
    pin_reset.add_argument("--yes", action="store_true", help="do not ask to confirm")
    pin_reset.set_defaults(run=lambda args: reset_pin(options.data_override(args), args.yes))

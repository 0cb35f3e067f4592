"""Command-line sub-commands (lessons check, screenshot, self-check...).

Each command is one module of this package with a ``register(commands, common)`` function
that adds its parser and the function that runs it (see ``options``). Adding a command is
one module and one line in :data:`COMMANDS`; its place there is its place in ``--help``.
"""

from __future__ import annotations

import argparse
from importlib import import_module

from tutor.commands.options import Commands

COMMANDS = (
    "lessons",  # lessons check|list|controls|schema
    "screenshot",
    "review",
    "audit",
    "speech",  # voices, narrate
    "facilitator",  # demo-data, export, backup, restore
    "packs",  # pack export|import
    "pin",  # pin set|reset
    "self_check",
)


def register_all(commands: Commands, common: argparse.ArgumentParser) -> None:
    """Every command's parser, in the order of :data:`COMMANDS`."""
    for name in COMMANDS:
        import_module(f"{__name__}.{name}").register(commands, common)

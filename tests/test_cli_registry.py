"""Every command module registers itself once, and every command it adds can run."""

from __future__ import annotations

import argparse
import pkgutil

import tutor.commands
from tutor.cli import _parser
from tutor.commands import COMMANDS

HELPERS = {"options"}  # modules of tutor/commands that are not commands
KNOWN = {
    "lessons check", "lessons list", "lessons controls", "lessons schema", "screenshot",
    "review", "audit", "self-check", "voices", "narrate", "demo-data", "export", "backup",
    "restore", "pack export", "pack import", "pin set", "pin reset",
}  # fmt: skip


def leaf_parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(the words typed, the parser) of every command that runs something."""
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not groups:
        yield path, parser
    for group in groups:
        for name, sub in group.choices.items():
            yield from leaf_parsers(sub, (*path, name))


def test_every_command_module_is_registered_once():
    modules = {info.name for info in pkgutil.iter_modules(tutor.commands.__path__)}
    assert sorted(COMMANDS) == sorted(modules - HELPERS)
    assert len(set(COMMANDS)) == len(COMMANDS)


def test_every_command_has_a_function_to_run_it():
    commands = [(path, sub) for path, sub in leaf_parsers(_parser()) if path]
    paths = {" ".join(path) for path, _sub in commands}
    assert paths >= KNOWN  # (a new command adds to them)
    for path, sub in commands:
        assert callable(sub.get_default("run")), path


def test_the_plain_start_runs_no_command():
    assert _parser().parse_args([]).command is None
    assert not hasattr(_parser().parse_args(["--lang", "en"]), "run")

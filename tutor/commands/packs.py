"""``tutor pack export|import``: carry a tablet's progress to the facilitator's computer.

Every expected problem (a file cut short, not a pack, a row that breaks the rules, a pack
made to fill the disk, a folder that cannot be written) is a clear message on stderr and
exit code 1; never a traceback. A refused pack changes nothing; the others are still
imported.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tutor.commands import options
from tutor.i18n import _


def _open(data_override: str | None):  # type: ignore[no-untyped-def]
    from tutor.paths import data_dir
    from tutor.storage.store import open_store

    return open_store(data_dir(data_override))


def export(data_override: str | None, out: Path) -> int:
    from tutor.storage.packs import export_pack, pack_name

    store = _open(data_override)
    try:
        target = Path(out)
        if target.is_dir():
            target = target / pack_name(store.opened.db)
        try:
            counts = export_pack(store.opened.db, target)
        except OSError as error:
            from tutor.storage.safe_files import write_problem

            print(
                _("The pack could not be written to {path} ({reason}).").format(
                    path=target, reason=write_problem(error)
                ),
                file=sys.stderr,
            )
            return 1
        print(
            _("{learners} learners and {events} recorded steps written to {path}.").format(
                learners=counts["learners"], events=counts["events"], path=target
            )
        )
        return 0
    finally:
        store.close()


def import_(data_override: str | None, files: list[Path]) -> int:
    from tutor.storage.packs import Merger, PackError, conflicts_text, import_packs

    paths: list[Path] = []
    for item in files:
        item = Path(item)
        paths.extend(sorted(item.glob("*.pack")) if item.is_dir() else [item])
    store = _open(data_override)
    failed = 0
    try:
        db = store.opened.db
        for path in paths:
            try:
                summary = import_packs(db, [path])
            except PackError as error:
                print(str(error), file=sys.stderr)
                failed += 1
                continue
            print(
                _(
                    "{name}: {added} new learners, {updated} updated, {events} new recorded "
                    "steps ({known} already here)."
                ).format(
                    name=path.name,
                    added=summary.learners_added,
                    updated=summary.learners_updated,
                    events=summary.events_added,
                    known=summary.events_known,
                )
            )
            if summary.conflicts:
                print(conflicts_text(summary.conflicts))
        duplicates = Merger(db).possible_duplicates()
        if duplicates:
            print(
                _(
                    "{count} first names appear on several tablets with different records "
                    "(for example “{name}”). Check in the facilitator space, “Tablets and "
                    "packs”, whether they are the same person."
                ).format(count=len(duplicates), name=duplicates[0].first_name)
            )
        return 1 if failed else 0
    finally:
        store.close()


def register(commands: options.Commands, common: argparse.ArgumentParser) -> None:
    pack_commands = options.command_group(
        commands,
        "pack",
        "carry progress between tablets (USB stick, shared folder)",
        "pack_command",
    )
    pack_out = pack_commands.add_parser(
        "export", parents=[common], help="write this device's learners and progress to a file"
    )
    pack_out.add_argument(
        "--out", type=Path, required=True, help="the pack file, or a folder to write it in"
    )
    pack_out.set_defaults(run=lambda args: export(options.data_override(args), args.out))
    pack_in = pack_commands.add_parser(
        "import", parents=[common], help="merge packs (files or folders of .pack files)"
    )
    pack_in.add_argument("files", nargs="+", type=Path)
    pack_in.set_defaults(run=lambda args: import_(options.data_override(args), args.files))

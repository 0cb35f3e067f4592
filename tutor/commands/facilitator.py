"""``tutor demo-data|export|backup|restore``: the facilitator's data from the command line.

Every expected problem (unknown learner, missing file, not a backup) is a clear message on
stderr and exit code 1; never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.commands import options
from tutor.i18n import _

if TYPE_CHECKING:  # (the lesson format: imported by the commands that read lessons)
    from tutor.core.catalogue import Catalogue


def _catalogue(lesson_dirs: list[Path] | None) -> Catalogue:
    from tutor.core.catalogue import load_catalogue
    from tutor.paths import bundled_lessons_dir
    from tutor.sandboxes import sandbox_specs

    return load_catalogue(lesson_dirs or [bundled_lessons_dir()], sandbox_specs())


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _open(data_override: str | None):  # type: ignore[no-untyped-def]
    from tutor.paths import data_dir
    from tutor.storage.store import open_store

    return open_store(data_dir(data_override))


def demo_data(
    data_override: str | None, lesson_dirs: list[Path] | None, learners: int, seed: int, force: bool
) -> int:
    from tutor.storage.demo import make_demo_data

    if learners < 1:
        return _fail(_("Give a number of learners of at least 1."))
    store = _open(data_override)
    try:
        if store.learners.all(include_archived=True) and not force:
            return _fail(
                _(
                    "This data folder already has learners: fictional people would be mixed "
                    "with them. Use another --data-dir, or add --force."
                )
            )
        started = time.perf_counter()
        summary = make_demo_data(store, _catalogue(lesson_dirs), learners, seed)
        print(
            _(
                "{learners} fictional learners, {lessons} lessons started, {events} steps, "
                "{workshops} workshops in {seconds:.1f} s ({path})."
            ).format(
                learners=summary.learners,
                lessons=summary.lessons_started,
                events=summary.events,
                workshops=summary.workshops,
                seconds=time.perf_counter() - started,
                path=store.path,
            )
        )
        return 0
    finally:
        store.close()


def export(
    data_override: str | None,
    lesson_dirs: list[Path] | None,
    scope_kind: str,
    scope_id: str | None,
    fmt: str,
    out: Path,
    separator: str,
    attestation: bool = False,
    place: str = "",
    facilitator: str = "",
    technical: bool = False,
) -> int:
    """``technical``: the CSV for IT staff (identifiers, codes), not the facilitator's."""
    from tutor.exports.csv_export import Scope, ScopeNotFound, write_csv

    if not out.parent.is_dir():
        return _fail(_("The folder {folder} does not exist.").format(folder=out.parent))
    scope = Scope(scope_kind, scope_id)
    if attestation and (fmt != "pdf" or scope_kind != "learner"):
        return _fail(_("An attestation is a PDF for one learner: use --learner and --format pdf."))
    store = _open(data_override)
    try:
        catalogue = _catalogue(lesson_dirs)
        if fmt == "csv":
            rows = write_csv(store, out, scope, separator, catalogue=catalogue, technical=technical)
            print(_("{rows} rows written to {path}.").format(rows=rows, path=out))
            return 0
        from tutor.exports.csv_export import scope_learners
        from tutor.exports.pdf import write_attestation_pdf, write_report_pdf

        scope_learners(store, scope)  # an unknown learner or workshop is said before Qt starts
        if attestation:
            write_attestation_pdf(store, catalogue, scope_id or "", out, place, facilitator)
        else:
            write_report_pdf(store, catalogue, out, scope)
        print(_("Document written to {path}.").format(path=out))
        return 0
    except ScopeNotFound as problem:
        return _fail(str(problem))
    except OSError as problem:
        from tutor.storage.safe_files import write_problem

        return _fail(
            _("Could not write {path}: {reason}. Nothing was written.").format(
                path=out, reason=write_problem(problem)
            )
        )
    finally:
        store.close()


def backup(data_override: str | None, out: Path, force: bool = False) -> int:
    """``out``: the backup file, or a folder, where the backup gets a name of its own
    (``pas-a-pas-backup-<time>.db``, then ``-2``…: never over an earlier backup). An
    existing file is kept as it was unless ``force`` (``--force``); even then it is replaced
    only by a complete backup."""
    from tutor.storage.backup import BACKUP_PREFIX, check_backup
    from tutor.storage.backup import backup as write_backup
    from tutor.storage.copies import reserve_unique_path
    from tutor.storage.safe_files import write_problem

    if not out.parent.is_dir():
        return _fail(_("The folder {folder} does not exist.").format(folder=out.parent))
    if out.exists() and not out.is_dir() and not force:
        return _refuse_existing(out)
    store = _open(data_override)
    reserved = None
    try:
        if out.is_dir():
            out = reserved = reserve_unique_path(out, BACKUP_PREFIX)
        write_backup(store, out, replace=force or reserved is not None)
    except FileExistsError:  # it appeared while the backup was written
        return _refuse_existing(out)
    except OSError as problem:
        if reserved is not None:
            reserved.unlink(missing_ok=True)
        return _fail(
            _("Could not write {path}: {reason}. Nothing was written.").format(
                path=out, reason=write_problem(problem)
            )
        )
    except Exception:
        if reserved is not None:
            reserved.unlink(missing_ok=True)
        raise
    finally:
        store.close()
    info = check_backup(out)
    if not info.ok:
        return _fail(info.error or "")
    print(
        _("Backup written to {path}: {learners} learners, {events} steps.").format(
            path=out, learners=info.learners, events=info.events
        )
    )
    return 0


def _refuse_existing(out: Path) -> int:
    return _fail(
        _(
            "{path} already exists: it was left as it was, and no backup was written. Choose "
            "another name or a folder, or add --force to replace it."
        ).format(path=out)
    )


def restore(data_override: str | None, source: Path) -> int:
    from tutor.paths import data_dir
    from tutor.storage.backup import BackupRefused, check_backup
    from tutor.storage.backup import restore as restore_backup

    try:
        kept = restore_backup(data_dir(data_override), source)
    except BackupRefused as problem:
        return _fail(str(problem))
    info = check_backup(source)
    print(
        _("Restored {learners} learners and {events} steps from {path}.").format(
            learners=info.learners, events=info.events, path=source
        )
    )
    if kept is not None:
        print(_("The previous data is kept in {path}.").format(path=kept))
    return 0


def register(commands: options.Commands, common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser(
        "demo-data", parents=[common], help="add fictional learners, progress and workshops"
    )
    demo.add_argument("--learners", type=int, default=30)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--force", action="store_true", help="even if there are learners already")
    demo.set_defaults(
        run=lambda args: demo_data(
            options.data_override(args),
            options.lesson_dirs(args),
            args.learners,
            args.seed,
            args.force,
        )
    )
    exporting = commands.add_parser(
        "export", parents=[common], help="export progress (CSV) or a report (PDF)"
    )
    who = exporting.add_mutually_exclusive_group(required=True)
    who.add_argument("--all", action="store_true", help="every learner still coming")
    who.add_argument("--learner", metavar="UUID")
    who.add_argument("--workshop", metavar="ID", help="the learners who attended it")
    exporting.add_argument("--format", choices=("csv", "pdf"), required=True)
    exporting.add_argument("--out", type=Path, required=True)
    exporting.add_argument("--separator", choices=(";", ","), default=";")
    exporting.add_argument(
        "--attestation", action="store_true", help="the learner's attestation (PDF)"
    )
    exporting.add_argument(
        "--technical",
        action="store_true",
        help="CSV for IT staff: identifiers, codes and English column names",
    )
    exporting.add_argument("--place", default="")
    exporting.add_argument("--facilitator", default="")
    exporting.set_defaults(run=_export)
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
    save.set_defaults(run=lambda args: backup(options.data_override(args), args.out, args.force))
    back = commands.add_parser(
        "restore", parents=[common], help="replace the progress database by a backup"
    )
    back.add_argument("file", type=Path)
    back.set_defaults(run=lambda args: restore(options.data_override(args), args.file))


def _export(args: argparse.Namespace) -> int:
    kind, ident = (
        ("learner", args.learner)
        if args.learner
        else ("workshop", args.workshop)
        if args.workshop
        else ("all", None)
    )
    return export(
        options.data_override(args),
        options.lesson_dirs(args),
        kind,
        ident,
        args.format,
        args.out,
        args.separator,
        args.attestation,
        args.place,
        args.facilitator,
        args.technical,
    )

"""Importing pack files, each in its own transaction, and what the facilitator is told of it.

Separate because it is where reading and merging meet: it opens each file, hands it to the
merger, and turns a refused pack into a reason in the summary instead of a stop.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from tutor.i18n import _, ngettext
from tutor.storage.packs.format import PackError, Report
from tutor.storage.packs.merging import ImportSummary, Merger
from tutor.storage.packs.reading import PackFile


def import_packs(
    db: Database,
    paths: Iterable[Path],
    report: Report | None = None,
    keep_going: bool = False,
) -> ImportSummary:
    """Merge every pack, each in its own transaction. A pack that is refused changes
    nothing and raises :class:`PackError` saying why (the packs before it stay merged);
    with ``keep_going``, the reason is added to ``summary.refused`` and the next pack is
    imported."""
    paths = list(paths)
    summary = ImportSummary()
    merger = Merger(db)
    for index, path in enumerate(paths):

        def step(done: int, total: int, index: int = index) -> None:
            if report:
                report(index * 100 + int(100 * done / max(total, 1)), 100 * len(paths))

        try:
            with PackFile(path) as pack:
                merger.import_pack(pack, summary, step)
        except PackError as error:
            if not keep_going:
                raise
            summary.refused.append(str(error))
        except (MemoryError, RecursionError):
            too_big = PackError(
                _("“{name}” was not imported: {why}").format(
                    name=Path(path).name, why=_("it is too large or too deeply nested to read")
                )
            )
            if not keep_going:
                raise too_big from None
            summary.refused.append(str(too_big))
    return summary


def conflicts_text(count: int) -> str:
    """What the facilitator is told of rows that came with a known UUID but other contents."""
    return ngettext(
        "{count} recorded step or note was already here with other contents; the same "
        "version is kept on every computer, whatever the order of import.",
        "{count} recorded steps or notes were already here with other contents; the same "
        "version is kept on every computer, whatever the order of import.",
        count,
    ).format(count=count)


def describe(summary: ImportSummary) -> dict[str, Any]:
    return summary.__dict__

"""Progress as a CSV file that spreadsheets open directly (UTF-8 with BOM). No Qt.

With ";" (the French spreadsheet default) decimals use a comma; with "," a point.
Dates are local times, "YYYY-MM-DD HH:MM".

CSV injection: a spreadsheet runs a cell that begins with ``=``, ``+``, ``-`` or ``@`` (or
a tab or a carriage return before one) as a formula. Names, notes and titles come from
people and from packs, so every text cell that begins so is neutralised as OWASP
recommends: a single quote is put before it, which the spreadsheet shows as text. A real
number (``-2``, ``1,5``) is left as it is, so numeric columns stay numbers. Cells holding the
separator, quotes or line breaks are quoted by the csv module.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tutor.core.catalogue import Catalogue
from tutor.i18n import _, current_language
from tutor.storage.safe_files import replaced_atomically
from tutor.storage.store import Store

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")

COLUMNS = (
    "learner_id",
    "first_name",
    "module",
    "lesson_id",
    "lesson_title",
    "status",
    "runs",
    "started_at",
    "completed_at",
    "time_spent_min",
    "wrong_taps",
    "help_used",
    "shown_by_app",
    "confidence",
    "done_alone",  # "alone" | "alone_with_help" | "": "Your turn, on your own", best result
    "done_alone_at",  # when that result was last reached
)


def safe_cell(value: object) -> object:
    """``value`` as a spreadsheet may read it without running it (OWASP's advice on CSV
    injection): text that begins with a formula character gets a single quote before it,
    unless it is a plain number. Numbers and empty cells are kept as they are."""
    if not isinstance(value, str) or not value:
        return value
    if value.lstrip(" ").startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def safe_row(row: Iterable[object]) -> list[object]:
    return [safe_cell(value) for value in row]


class ScopeNotFound(LookupError):
    """The learner or workshop asked for does not exist; the message says so."""


@dataclass(frozen=True)
class Scope:
    kind: str  # "all" | "learner" | "workshop"
    id: str | None = None

    @classmethod
    def all(cls) -> Scope:
        return cls("all")

    @classmethod
    def learner(cls, learner_id: str) -> Scope:
        return cls("learner", learner_id)

    @classmethod
    def workshop(cls, workshop_id: str) -> Scope:
        return cls("workshop", workshop_id)


def scope_learners(store: Store, scope: Scope) -> list[tuple[str, str]]:
    """(id, first name) of the learners in the scope, by first name."""
    if scope.kind == "learner":
        try:
            learner = store.learners.get(scope.id or "")
        except KeyError:
            raise ScopeNotFound(
                _("No learner has the identifier {id}.").format(id=scope.id)
            ) from None
        return [(learner.id, learner.first_name)]
    if scope.kind == "workshop":
        try:
            store.workshops.get(scope.id or "")
        except KeyError:
            raise ScopeNotFound(
                _("No workshop has the identifier {id}.").format(id=scope.id)
            ) from None
        attendees = set(store.workshops.attendance(scope.id or ""))
        return [(x.id, x.first_name) for x in store.learners.all() if x.id in attendees]
    return [(x.id, x.first_name) for x in store.learners.all()]


def local_time(stamp: str | None) -> str:
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def lesson_labels(catalogue: Catalogue | None, lesson_id: str) -> tuple[str, str]:
    """(module id, title in the current language) of a lesson; unknown lessons keep their id."""
    lesson = catalogue.lessons.get(lesson_id) if catalogue else None
    if lesson is None:
        return "", lesson_id
    return lesson.module, lesson.text(lesson.title, current_language())


def write_csv(
    store: Store,
    path: Path,
    scope: Scope,
    separator: str = ";",
    progress: Callable[[int, int], None] | None = None,
    catalogue: Catalogue | None = None,
) -> int:
    """Write one row per learner x lesson started or done; return the number of rows."""
    if separator not in (";", ","):
        raise ValueError("the separator is ';' or ','")
    learners = scope_learners(store, scope)
    decimal = "," if separator == ";" else "."
    rows = 0
    with (
        replaced_atomically(Path(path)) as temporary,
        open(temporary, "w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle, delimiter=separator, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        for done, (learner_id, first_name) in enumerate(learners, start=1):
            for line in store.reports.learner_lessons(learner_id):
                module, title = lesson_labels(catalogue, line.lesson_id)
                minutes = f"{line.time_spent_s / 60:.1f}".replace(".", decimal)
                writer.writerow(
                    safe_row(
                        (
                            learner_id,
                            first_name,
                            module,
                            line.lesson_id,
                            title,
                            line.status,
                            line.runs,
                            local_time(line.started_at),
                            local_time(line.completed_at),
                            minutes,
                            line.wrong_taps,
                            line.help_used,
                            line.shown,
                            "" if line.confidence is None else line.confidence,
                            line.done_alone,
                            local_time(line.alone_at or line.alone_helped_at),
                        )
                    )
                )
                rows += 1
            if progress is not None:
                progress(done, len(learners))
    return rows

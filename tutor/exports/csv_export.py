"""Progress as a CSV file that spreadsheets open directly (UTF-8 with BOM). No Qt.

Two exports:

- the facilitator's (``write_csv``): headers, module and lesson names, status and feeling
  in words, in the facilitator's language; days as that language writes them, so that a
  spreadsheet with those settings reads them as dates (French ``03/12/2026``; English ISO
  ``2026-12-03``, which no English setting reads the wrong way round), counts as numbers.
  No identifiers: the columns fit the width of a landscape page.
- the technical one (``write_csv(..., technical=True)``, ``tutor export --technical``) for
  IT staff: the stable English snake_case columns of ``TECHNICAL_COLUMNS``, with the
  learner's and the lesson's identifiers, codes and ISO-like local times.

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
from tutor.core.modules import module_by_id
from tutor.i18n import N_, _, current_language
from tutor.storage.progress import DONE_ALONE, DONE_ALONE_WITH_HELP
from tutor.storage.reports import DONE, LessonLine
from tutor.storage.safe_files import replaced_atomically
from tutor.storage.store import Store

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")

# The technical export's columns (``tutor export --technical``): stable, for IT staff and tools.
TECHNICAL_COLUMNS = (
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

# The facilitator's export: headers in words, translated when written. The columns a
# facilitator follows a group with; in LibreOffice with French settings they fit the width
# of a landscape A4 page (tests/exports/test_csv_libreoffice.py). Times played, minutes,
# wrong taps, steps shown by the app and the identifiers are in the technical export.
HEADERS = (
    N_("First name"),
    N_("Module"),
    N_("Lesson"),
    N_("Status"),
    N_("Finished on"),
    N_("Help given"),  # steps done with help
    N_("Feeling"),
    N_("Your turn"),  # "Your turn, on your own": without help, with help, or not yet
)
STATUS_WORDS = {DONE: N_("Finished")}  # anything else is in progress
# The learner's own words on the summary screen ("How do you feel?").
FEELING_WORDS = {1: N_("Not yet at ease"), 2: N_("It's going well"), 3: N_("At ease")}
# "Your turn, on your own": the lesson done again with no instructions (``LessonLine.done_alone``).
ALONE_WORDS = {DONE_ALONE: N_("Done alone"), DONE_ALONE_WITH_HELP: N_("Done with help")}
# The same, short, under the "Your turn" header of the facilitator's export.
YOUR_TURN_WORDS = {DONE_ALONE: N_("Without help"), DONE_ALONE_WITH_HELP: N_("With help")}


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
    """``YYYY-MM-DD HH:MM`` in local time: the technical export's form."""
    moment = _local(stamp)
    if moment is None:
        return stamp or ""
    return moment.strftime("%Y-%m-%d %H:%M")


def _local(stamp: str | None) -> datetime | None:
    if not stamp:
        return None
    try:
        return datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return None


_MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def format_day(moment: datetime | None, short: bool = False) -> str:
    """A day as the facilitator's language writes it on paper: ``03/12/2026`` (``03/12/26``
    when ``short``) in French, ``3 Dec 2026`` (``3 Dec 26``) in English, where a day first
    or a month first would each mislead half the readers."""
    if moment is None:
        return ""
    if current_language() == "fr":
        return moment.strftime("%d/%m/%y" if short else "%d/%m/%Y")
    year = f"{moment.year % 100:02d}" if short else str(moment.year)
    return f"{moment.day} {_MONTHS_EN[moment.month - 1]} {year}"


def day_text(stamp: str | None, short: bool = False) -> str:
    """The local day of a stored time, as :func:`format_day` writes it."""
    return format_day(_local(stamp), short)


def spreadsheet_day(stamp: str | None) -> str:
    """The local day of a stored time as a spreadsheet set to the facilitator's language
    reads as a date: ``03/12/2026`` in French, ISO ``2026-12-03`` in English (read as a date
    whatever the English setting, US or British)."""
    moment = _local(stamp)
    if moment is None:
        return ""
    return moment.strftime("%d/%m/%Y" if current_language() == "fr" else "%Y-%m-%d")


def module_title(module_id: str) -> str:
    """The module's name in the current language; an unknown module keeps its id."""
    module = module_by_id(module_id)
    return module.display_title() if module else module_id


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
    technical: bool = False,
) -> int:
    """Write one row per learner x lesson started or done; return the number of rows.

    The facilitator's export unless ``technical`` (see the module's docstring)."""
    if separator not in (";", ","):
        raise ValueError("the separator is ';' or ','")
    learners = scope_learners(store, scope)
    decimal = "," if separator == ";" else "."  # the technical export's minutes
    rows = 0
    with (
        replaced_atomically(Path(path)) as temporary,
        open(temporary, "w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle, delimiter=separator, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(TECHNICAL_COLUMNS if technical else [_(h) for h in HEADERS])
        for done, (learner_id, first_name) in enumerate(learners, start=1):
            for line in store.reports.learner_lessons(learner_id):
                module, title = lesson_labels(catalogue, line.lesson_id)
                rows += 1
                if not technical:
                    writer.writerow(safe_row(_facilitator_row(first_name, module, title, line)))
                    continue
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
            if progress is not None:
                progress(done, len(learners))
    return rows


def _facilitator_row(first_name: str, module: str, title: str, line: LessonLine) -> list[object]:
    """One row of the facilitator's export: words and local dates, no identifier."""
    feeling = FEELING_WORDS.get(line.confidence or 0)
    your_turn = YOUR_TURN_WORDS.get(line.done_alone)
    return [
        first_name,
        module_title(module) if module else "",
        title,
        _(STATUS_WORDS.get(line.status, N_("In progress"))),
        spreadsheet_day(line.completed_at),
        line.help_used,
        _(feeling) if feeling else "",
        _(your_turn) if your_turn else "",
    ]

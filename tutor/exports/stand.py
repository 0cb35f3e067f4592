"""The stand's documents: the organisers' figures (CSV, PDF) and the visitor's sheet.

The figures are anonymous by construction (``storage/stand.py``). The visitor's sheet is
built from the visit in memory and printed at once; it is never stored.
"""

from __future__ import annotations

import csv
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from tutor.core.catalogue import Catalogue
from tutor.exports.csv_export import safe_row
from tutor.exports.markup import page_style, tag
from tutor.i18n import _, current_language
from tutor.storage.safe_files import replaced_atomically
from tutor.storage.stand import Practised, StandFigures


def lesson_title(catalogue: Catalogue, lesson_id: str) -> str:
    lesson = catalogue.lessons.get(lesson_id)
    return lesson.text(lesson.title, current_language()) if lesson else lesson_id


def write_figures_csv(
    figures: StandFigures, catalogue: Catalogue, path: Path, separator: str = ";"
) -> None:
    """Three small tables one after the other: per lesson, per hour, per day. Written whole
    or not at all; text cells neutralised against CSV injection (``safe_cell``)."""
    with (
        replaced_atomically(Path(path)) as temporary,
        open(temporary, "w", encoding="utf-8-sig", newline="") as handle,
    ):
        out = _SafeWriter(csv.writer(handle, delimiter=separator))
        out.writerow([_("Visits"), _("Lessons started"), _("Lessons finished")])
        out.writerow([figures.visits, figures.started, figures.finished])
        out.writerow([])
        out.writerow(["lesson_id", _("Lesson"), _("Started"), _("Finished")])
        for line in figures.lessons:
            title = lesson_title(catalogue, line.lesson_id)
            out.writerow([line.lesson_id, title, line.started, line.finished])
        out.writerow([])
        out.writerow([_("Hour"), _("Visits"), _("Lessons started"), _("Lessons finished")])
        for hour, (visits, started, finished) in figures.by_hour.items():
            out.writerow([f"{hour:02d}:00", visits, started, finished])
        out.writerow([])
        out.writerow([_("Day"), _("Visits"), _("Lessons started"), _("Lessons finished")])
        for day, (visits, started, finished) in figures.by_day.items():
            out.writerow([day, visits, started, finished])


class _SafeWriter:
    """A csv writer whose every row goes through ``safe_row``."""

    def __init__(self, writer: Any) -> None:
        self._writer = writer

    def writerow(self, row: list[object]) -> None:
        self._writer.writerow(safe_row(row))


def _table(head: list[str], rows: list[list[object]]) -> str:
    cells = "".join(f"<th>{escape(text)}</th>" for text in head)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(value))}</td>" for value in row) + "</tr>"
        for row in rows
    )
    return f"<table width='100%'><tr>{cells}</tr>{body}</table>"


def figures_html(figures: StandFigures, catalogue: Catalogue, place: str = "") -> str:
    counts = [_("Visits"), _("Lessons started"), _("Lessons finished")]
    return "".join(
        [
            page_style(11),
            tag("h1", _("Stand figures")),
            f"<p>{escape(place)}</p>" if place else "",
            tag("p", _("Printed on {day}").format(day=date.today().isoformat())),
            tag("p", _("No name is recorded: these figures are anonymous.")),
            _table(counts, [[figures.visits, figures.started, figures.finished]]),
            tag("h2", _("Lessons tried")),
            _table(
                [_("Lesson"), _("Started"), _("Finished")],
                [
                    [lesson_title(catalogue, x.lesson_id), x.started, x.finished]
                    for x in figures.lessons
                ],
            ),
            tag("h2", _("By hour")),
            _table(
                [_("Hour"), *counts],
                [[f"{h:02d}:00", *values] for h, values in figures.by_hour.items()],
            ),
            tag("h2", _("By day")),
            _table([_("Day"), *counts], [[d, *v] for d, v in figures.by_day.items()]),
        ]
    )


def write_figures_pdf(figures: StandFigures, catalogue: Catalogue, path: Path) -> None:
    from tutor.exports.pdf import write_pdf  # (Qt: only when a PDF is asked for)

    write_pdf(figures_html(figures, catalogue), Path(path), 11)


def next_lessons(
    catalogue: Catalogue, practised: list[Practised], stand_lessons: tuple[str, ...], limit: int = 3
) -> list[str]:
    """What to try next: the next lessons of the modules practised, then the stand's own."""
    seen = {item.lesson_id for item in practised}
    result: list[str] = []
    for item in practised:
        lesson = catalogue.lessons.get(item.lesson_id)
        if lesson is None:
            continue
        for other in sorted(catalogue.in_module(lesson.module), key=lambda x: (x.order, x.id)):
            if other.id not in seen and other.id not in result and other.order >= lesson.order:
                result.append(other.id)
                break
    for lesson_id in stand_lessons:
        if lesson_id not in seen and lesson_id not in result and lesson_id in catalogue.lessons:
            result.append(lesson_id)
    return result[:limit]


def visitor_sheet_html(
    catalogue: Catalogue,
    practised: list[Practised],
    stand_lessons: tuple[str, ...],
    help_text: str,
) -> str:
    """“What I practised today”: large type, plain words, nothing about the person."""
    done = []
    for item in practised:
        title = escape(lesson_title(catalogue, item.lesson_id))
        if item.finished:
            state = _("finished")
        else:
            state = _("{done} steps of {total}").format(done=item.steps_done, total=item.step_count)
        done.append(f"<li><b>{title}</b> — {escape(state)}</li>")
    upcoming = [
        f"<li>{escape(lesson_title(catalogue, lesson_id))}</li>"
        for lesson_id in next_lessons(catalogue, practised, stand_lessons)
    ]
    help_lines = "<br/>".join(escape(line) for line in help_text.strip().splitlines())
    parts = [
        page_style(18),
        tag("h1", _("What I practised today")),
        f"<p>{escape(date.today().strftime('%d/%m/%Y'))} — Pas à Pas</p>",
        f"<ul>{''.join(done)}</ul>" if done else tag("p", _("A first look at the tablet.")),
    ]
    if upcoming:
        parts += [tag("h2", _("To try next")), f"<ul>{''.join(upcoming)}</ul>"]
    parts.append(tag("h2", _("Where to get help near you")))
    parts.append(
        f"<p>{help_lines}</p>"
        if help_lines
        else tag("p", _("Ask the people at the stand: they will tell you."))
    )
    parts.append(tag("p", _("Well done, and see you soon!")))
    return "".join(parts)


def write_visitor_sheet_pdf(html: str, path: Path) -> None:
    from tutor.exports.pdf import write_pdf  # (Qt: only when a PDF is asked for)

    write_pdf(html, Path(path), 18)

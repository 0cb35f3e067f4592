"""Printable documents: the progress report and the learner's attestation (A4 PDF).

Built as HTML and laid out by QTextDocument, written by QPdfWriter: Qt GUI classes only, no
widget, so it works offscreen (command line, worker thread). The UI prints the same HTML
(``report_html`` / ``attestation_html``) through QPrintDialog.
"""

from __future__ import annotations

import errno
import os
import shutil
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from tutor.core.catalogue import Catalogue
from tutor.exports.csv_export import (
    ALONE_WORDS,
    FEELING_WORDS,
    Scope,
    day_text,
    format_day,
    lesson_labels,
    module_title,
    scope_learners,
)
from tutor.exports.markup import page_style, tag
from tutor.fonts import font_family  # the app's legible font, when shipped
from tutor.i18n import _
from tutor.storage.reports import DONE, LessonLine
from tutor.storage.safe_files import IncompleteWrite, replaced_atomically
from tutor.storage.store import Store


def _ensure_gui() -> None:
    """QTextDocument needs a QGuiApplication for fonts; the command line has none."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_gui.app = QGuiApplication([])  # type: ignore[attr-defined]


def _minutes(seconds: float) -> str:
    return _("{minutes} min").format(minutes=max(1, round(seconds / 60)) if seconds else 0)


def _feeling(confidence: int | None) -> str:
    """The learner's own words for how they felt ("At ease"), not a code."""
    words = FEELING_WORDS.get(confidence or 0)
    return _(words) if words else ""


def _lesson_rows(catalogue: Catalogue, lines: list[LessonLine]) -> str:
    """Lessons grouped under their module's name (a row), so the table keeps six columns
    that fit a portrait A4 page without breaking words."""
    by_module: dict[str, list[str]] = {}
    for line in lines:
        module, title = lesson_labels(catalogue, line.lesson_id)
        status = escape(_("done") if line.status == DONE else _("in progress"))
        alone = ALONE_WORDS.get(line.done_alone)
        if alone is not None:  # "Your turn, on your own": its own mark, under the status
            status += "<br/><b>" + escape(_(alone)) + "</b>"
        # Short days (13/11/26) fit the narrow column without breaking.
        dates = day_text(line.started_at, short=True)
        if line.completed_at:
            dates += f" → {day_text(line.completed_at, short=True)}"
        by_module.setdefault(module, []).append(
            "<tr>"
            + tag("td", title)
            + f"<td>{status}</td>"
            + tag("td", dates)
            + tag("td", _minutes(line.time_spent_s))
            + tag("td", str(line.help_used))
            + tag("td", _feeling(line.confidence))
            + "</tr>"
        )
    titles = (
        (_("Lesson"), 29),
        (_("Status"), 15),
        (_("Dates"), 22),
        (_("Time"), 11),
        (_("Help"), 9),
        (_("Feeling"), 14),
    )
    head = "".join(tag("th", h, f"width='{width}%'") for h, width in titles)
    body = []
    for module, rows in by_module.items():
        body.append(
            "<tr><td colspan='6' style='background: #f0f0f0;'>"
            f"<b>{escape(module_title(module))}</b></td></tr>"
        )
        body.extend(rows)
    return f"<table width='100%'><tr>{head}</tr>{''.join(body)}</table>"


def report_html(store: Store, catalogue: Catalogue, scope: Scope) -> str:
    """Progress report: a summary table, then each learner's lessons."""
    learners = scope_learners(store, scope)
    lines = {learner_id: store.reports.learner_lessons(learner_id) for learner_id, _n in learners}
    summary = []
    for learner_id, name in learners:
        own = lines[learner_id]
        done = sum(1 for line in own if line.status == DONE)
        spent = sum(line.time_spent_s for line in own)
        summary.append(
            f"<tr><td>{escape(name)}</td><td>{done}</td><td>{len(own) - done}</td>"
            f"<td>{_minutes(spent)}</td></tr>"
        )
    head = "".join(
        f"<th>{escape(h)}</th>"
        for h in (_("Learner"), _("Lessons done"), _("Lessons in progress"), _("Time"))
    )
    parts = [
        page_style(10),
        tag("h1", _("Progress report")),
        tag("p", _("Printed on {day}").format(day=format_day(datetime.now()))),
        f"<table width='100%'><tr>{head}</tr>{''.join(summary)}</table>",
    ]
    for learner_id, name in learners:
        parts.append(f"<h2>{escape(name)}</h2>")
        if lines[learner_id]:
            parts.append(_lesson_rows(catalogue, lines[learner_id]))
        else:
            parts.append(tag("p", _("No lesson started yet.")))
    return "".join(parts)


def attestation_html(
    store: Store, catalogue: Catalogue, learner_id: str, place: str, facilitator: str
) -> str:
    """A certificate of the lessons a learner practised, in large type, with a signature line."""
    [(_id, name)] = scope_learners(store, Scope.learner(learner_id))
    items = []
    for line in store.reports.learner_lessons(learner_id):
        _module, title = lesson_labels(catalogue, line.lesson_id)
        when = day_text(line.completed_at or line.started_at)
        alone = ALONE_WORDS.get(line.done_alone)
        done_alone = f" — {escape(_(alone))}" if alone is not None else ""
        items.append(f"<li>{escape(title)} — {when}{done_alone}</li>")
    today = format_day(datetime.now())
    return "".join(
        [
            page_style(16),
            tag("h1", _("Certificate of practice"), "align='center'"),
            "<p>"
            + escape(_("{name} has practised the following lessons:").format(name=name))
            + "</p>",
            f"<ul>{''.join(items)}</ul>",
            tag("p", _("Place: {place}").format(place=place)),
            tag("p", _("Facilitator: {name}").format(name=facilitator)),
            tag("p", _("Date: {day}").format(day=today)),
            "<p><br/><br/>" + escape(_("Signature:")) + " ______________________________</p>",
        ]
    )


def write_pdf(html: str, path: Path, body_pt: int) -> None:
    """Lay out ``html`` and write it as a PDF at ``path``, whole or not at all.

    Qt's PDF writer reports no failure: on a full disk it leaves an empty or cut file. So it
    writes a temporary file beside ``path``, which must then end as a PDF ends (``%%EOF``)
    before it is renamed; otherwise ``OSError`` is raised and no file is left."""
    _ensure_gui()
    with replaced_atomically(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        writer.setTitle("Pas à Pas")
        document = QTextDocument()
        font = QFont(font_family())
        font.setPointSize(body_pt)
        document.setDefaultFont(font)
        document.setHtml(html)
        document.print_(writer)
        del writer  # closes the file
        _check_complete_pdf(temporary)


def _check_complete_pdf(path: Path) -> None:
    with open(path, "rb") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - 1024))
        tail = handle.read()
        handle.seek(0)
        head = handle.read(5)
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise IncompleteWrite(
            errno.ENOSPC if _free_bytes(path.parent) < 1024 * 1024 else errno.EIO,
            "the PDF was written incompletely",
            str(path),
        )


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 1 << 62


def write_report_pdf(store: Store, catalogue: Catalogue, path: Path, scope: Scope) -> None:
    write_pdf(report_html(store, catalogue, scope), Path(path), 10)


def write_attestation_pdf(
    store: Store,
    catalogue: Catalogue,
    learner_id: str,
    path: Path,
    place: str,
    facilitator: str,
) -> None:
    write_pdf(attestation_html(store, catalogue, learner_id, place, facilitator), Path(path), 16)

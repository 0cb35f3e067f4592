"""The facilitator's CSV opened by a real spreadsheet: LibreOffice Calc, headless, with the
French settings (``;`` separator, UTF-8, French locale), as a facilitator in France opens it.

The CSV is converted to OpenDocument (.ods) by ``soffice --convert-to``, and the cells are read
back from its ``content.xml`` with the standard library: their type (text, number, date), their
text, and the widths LibreOffice gives the columns (it fits each column to its content when it
imports a CSV). The test command installs LibreOffice (``libreoffice-calc-nogui`` in
scripts/system-packages-test.txt); elsewhere the test skips when it is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tutor.exports.csv_export import Scope, write_csv

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"),
    reason="LibreOffice (soffice) is not installed: scripts/install-system.sh --test installs it",
)

# CSV import options: separator ";" (59), text in double quotes (34), UTF-8 (76), from line 1,
# no column forced to a type, French (France) locale (1036) for dates and numbers.
FRENCH_CSV = "CSV:59,34,76,1,,1036"
# LibreOffice Calc's default page is A4 with 2 cm margins on the left and right: in landscape,
# 29.7 - 4 = 25.7 cm of columns fit on the width of one page.
LANDSCAPE_WIDTH_CM = 29.7 - 2 * 2.0
NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def _open_in_calc(csv_path: Path, tmp_path: Path) -> ElementTree.Element:
    """``csv_path`` converted by LibreOffice with French settings; its content.xml root."""
    assert SOFFICE is not None, "LibreOffice must run under CI (install-system.sh --test)"
    profile = tmp_path / "lo-profile"  # its own profile: never the user's, never shared
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            f"--infilter={FRENCH_CSV}",
            "--convert-to",
            "ods",
            "--outdir",
            str(tmp_path),
            str(csv_path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        # LibreOffice in French, as in France: cells are shown in the French formats.
        env={**os.environ, "LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8", "LANGUAGE": "fr"},
    )
    ods = tmp_path / (csv_path.stem + ".ods")
    assert done.returncode == 0 and ods.exists(), done.stdout + done.stderr
    with zipfile.ZipFile(ods) as archive:
        return ElementTree.fromstring(archive.read("content.xml"))


def _cells(root: ElementTree.Element) -> list[list[tuple[str, str, str]]]:
    """Rows of (type, text, value) of the first sheet; value is the date or number stored."""
    table = root.find(".//table:table", NS)
    assert table is not None
    rows = []
    for row in table.iter(_q("table:table-row")):
        cells = []
        for cell in row.findall("table:table-cell", NS):
            repeat = int(cell.get(_q("table:number-columns-repeated"), "1"))
            kind = cell.get(_q("office:value-type"), "")
            text = "\n".join("".join(p.itertext()) for p in cell.findall("text:p", NS))
            value = cell.get(_q("office:date-value")) or cell.get(_q("office:value")) or ""
            cells.extend([(kind, text, value)] * min(repeat, 64))
        while cells and cells[-1] == ("", "", ""):
            cells.pop()
        if cells:
            rows.append(cells)
    return rows


def _column_widths_cm(root: ElementTree.Element, count: int) -> list[float]:
    """The widths LibreOffice chose for the first ``count`` columns, in centimetres."""
    widths = {}
    for style in root.iter(_q("style:style")):
        properties = style.find("style:table-column-properties", NS)
        if properties is not None:
            widths[style.get(_q("style:name"))] = _cm(
                properties.get(_q("style:column-width"), "0cm")
            )
    columns = []
    for column in root.iter(_q("table:table-column")):
        repeat = int(column.get(_q("table:number-columns-repeated"), "1"))
        columns.extend([widths[column.get(_q("table:style-name"))]] * min(repeat, count))
    return columns[:count]


def _cm(length: str) -> float:
    for unit, factor in (("in", 2.54), ("cm", 1.0), ("mm", 0.1), ("pt", 2.54 / 72)):
        if length.endswith(unit):
            return float(length[: -len(unit)]) * factor
    raise AssertionError(f"unknown length {length}")


@pytest.fixture
def demo_store(store, catalogue):
    """Many learners with every kind of line, the longest lesson titles among them."""
    from tutor.storage.demo import make_demo_data

    make_demo_data(store, catalogue, learners=12, seed=4)
    return store


def test_libreoffice_in_french_reads_words_numbers_and_dates(tmp_path, store, catalogue, filled):
    helene, jerome, _, first, second = filled
    store.progress.record_alone(jerome.id, first.id, helped=True)
    path = tmp_path / "progression.csv"
    write_csv(store, path, Scope.all(), ";", catalogue=catalogue)
    rows = _cells(_open_in_calc(path, tmp_path))
    header = [text for _kind, text, _value in rows[0]]
    assert header == ["Prénom", "Module", "Leçon", "État", "Terminée le", "Aides", "Aisance",
                      "À vous"]  # fmt: skip
    assert len(rows) == 4 and all(len(row) <= len(header) for row in rows)
    by_key = {(row[0][1], row[2][1]): row for row in rows[1:]}
    done = by_key[("Hélène-Françoise", first.text(first.title, "fr"))]  # accents kept
    assert [kind for kind, _text, _value in done] == [
        "string", "string", "string", "string", "date", "float", "string",
    ]  # fmt: skip
    assert done[3][1] == "Terminée" and done[6][1] == "À l’aise"
    completed = store.reports.learner_lessons(helene.id)[0].completed_at
    day = datetime.fromisoformat(completed or "").astimezone().date()
    assert done[4][2][:10] == day.isoformat()  # the day read as a date, the right way round
    assert done[4][1] == day.strftime("%d/%m/%y")  # as a French Calc shows a day
    assert (done[5][1], float(done[5][2])) == ("1", 1.0)  # a number a sum can add up
    running = by_key[("Hélène-Françoise", second.text(second.title, "fr"))]
    assert running[3][1] == "En cours" and running[4][0] == ""
    helped = by_key[("Jérôme", first.text(first.title, "fr"))]
    assert helped[7] == ("string", "Avec aide", "")


def test_the_columns_fit_the_width_of_a_landscape_page(tmp_path, demo_store, catalogue):
    path = tmp_path / "progression.csv"
    count = write_csv(demo_store, path, Scope.all(), ";", catalogue=catalogue)
    root = _open_in_calc(path, tmp_path)
    rows = _cells(root)
    assert len(rows) == count + 1
    longest = max(len(lesson.text(lesson.title, "fr")) for lesson in catalogue.lessons.values())
    assert max(len(row[2][1]) for row in rows[1:]) >= longest - 10  # long titles are there
    widths = _column_widths_cm(root, len(rows[0]))
    assert len(widths) == 8 and min(widths) > 0.5
    assert sum(widths) <= LANDSCAPE_WIDTH_CM, [round(width, 1) for width in widths]

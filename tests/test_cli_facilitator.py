"""The facilitator's commands, run as the real ``tutor`` program."""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

TUTOR = [sys.executable, "-m", "tutor"]


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [*TUTOR, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    done = run("demo-data", "--learners", "40", "--seed", "3", "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    assert "40" in done.stdout
    return folder


def _learner_id(folder: Path) -> str:
    with sqlite3.connect(folder / "progress.db") as conn:
        return conn.execute(
            "SELECT learner_id FROM lesson_progress JOIN learners ON id = learner_id "
            "WHERE archived = 0 LIMIT 1"
        ).fetchone()[0]


def test_demo_data_refuses_to_mix_with_existing_learners(demo):
    again = run("demo-data", "--learners", "5", "--data-dir", str(demo))
    assert again.returncode == 1
    assert "--force" in again.stderr and "Traceback" not in again.stderr


def test_export_csv_of_everyone_and_of_one_learner(demo, tmp_path):
    out = tmp_path / "all.csv"
    done = run("export", "--all", "--format", "csv", "--out", str(out), "--separator", ",",
               "--data-dir", str(demo))  # fmt: skip
    assert done.returncode == 0, done.stderr
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len({r["Prénom"] for r in rows}) > 10  # the facilitator's words, no identifier
    assert {r["État"] for r in rows} <= {"Terminée", "En cours"}
    learner = _learner_id(demo)
    one = tmp_path / "one.csv"
    done = run("export", "--learner", learner, "--format", "csv", "--out", str(one),
               "--technical", "--data-dir", str(demo))  # fmt: skip
    assert done.returncode == 0, done.stderr
    with open(one, encoding="utf-8-sig", newline="") as handle:
        assert {r["learner_id"] for r in csv.DictReader(handle, delimiter=";")} == {learner}


@pytest.mark.skipif(
    shutil.which("pdftotext") is None and not os.environ.get("CI"), reason="no pdftotext"
)
def test_export_pdf_report_and_attestation(demo, tmp_path):
    learner = _learner_id(demo)
    with sqlite3.connect(demo / "progress.db") as conn:
        name = conn.execute("SELECT first_name FROM learners WHERE id = ?", [learner]).fetchone()[0]
    report = tmp_path / "report.pdf"
    done = run("export", "--learner", learner, "--format", "pdf", "--out", str(report),
               "--data-dir", str(demo))  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True).stdout
    assert name in text
    attestation = tmp_path / "attestation.pdf"
    done = run("export", "--learner", learner, "--format", "pdf", "--attestation",
               "--place", "Mairie", "--facilitator", "Nadia", "--out", str(attestation),
               "--data-dir", str(demo))  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(attestation), "-"], capture_output=True, text=True)
    assert name in text.stdout and "Nadia" in text.stdout


def test_export_says_clearly_what_is_wrong(demo, tmp_path):
    unknown = run("export", "--learner", "00000000-0000-4000-8000-000000000000", "--format",
                  "csv", "--out", str(tmp_path / "x.csv"), "--data-dir", str(demo))  # fmt: skip
    assert unknown.returncode == 1
    assert "00000000-0000-4000-8000-000000000000" in unknown.stderr
    assert "Traceback" not in unknown.stderr and not (tmp_path / "x.csv").exists()
    no_folder = run("export", "--all", "--format", "csv", "--out",
                    str(tmp_path / "missing" / "x.csv"), "--data-dir", str(demo))  # fmt: skip
    assert no_folder.returncode == 1 and "missing" in no_folder.stderr
    workshop = run("export", "--workshop", "nope", "--format", "pdf", "--out",
                   str(tmp_path / "w.pdf"), "--data-dir", str(demo))  # fmt: skip
    assert workshop.returncode == 1 and "nope" in workshop.stderr
    no_scope = run("export", "--format", "csv", "--out", str(tmp_path / "x.csv"))
    assert no_scope.returncode == 2


def test_backup_then_restore(tmp_path):
    data = tmp_path / "data"
    assert run("demo-data", "--learners", "12", "--data-dir", str(data)).returncode == 0
    saved = tmp_path / "saved.db"
    done = run("backup", "--out", str(saved), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert "12" in done.stdout and saved.exists()
    with sqlite3.connect(data / "progress.db") as conn:
        conn.execute("DELETE FROM workshop_attendance")
        conn.execute("DELETE FROM notes")
        conn.execute("DELETE FROM step_events")
        conn.execute("DELETE FROM lesson_progress")
        conn.execute("DELETE FROM learners")
    done = run("restore", str(saved), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert "before-restore" in done.stdout
    with sqlite3.connect(data / "progress.db") as conn:
        assert conn.execute("SELECT count(*) FROM learners").fetchone()[0] == 12
    assert list(data.glob("progress.before-restore-*.db"))


def test_restore_refuses_missing_or_foreign_files(tmp_path):
    missing = run("restore", str(tmp_path / "nowhere.db"), "--data-dir", str(tmp_path / "d"))
    assert missing.returncode == 1 and "nowhere.db" in missing.stderr
    text = tmp_path / "letter.txt"
    text.write_text("Bonjour\n" * 100)
    refused = run("restore", str(text), "--data-dir", str(tmp_path / "d"), "--lang", "en")
    assert refused.returncode == 1 and "not a database" in refused.stderr
    in_french = run("restore", str(text), "--data-dir", str(tmp_path / "d"))
    assert in_french.returncode == 1 and "base de données" in in_french.stderr
    assert "Traceback" not in refused.stderr
    no_folder = run("backup", "--out", str(tmp_path / "no" / "b.db"), "--data-dir", str(tmp_path))
    assert no_folder.returncode == 1 and "Traceback" not in no_folder.stderr


def test_backups_into_a_folder_each_get_a_name_of_their_own(tmp_path):
    data = tmp_path / "data"
    assert run("demo-data", "--learners", "2", "--data-dir", str(data)).returncode == 0
    folder = tmp_path / "stick"
    folder.mkdir()
    said = []
    for _ in range(2):
        done = run("backup", "--out", str(folder), "--data-dir", str(data))
        assert done.returncode == 0, done.stderr
        said.append(done.stdout)
    copies = sorted(folder.glob("pas-a-pas-backup-*.db"))
    assert len(copies) == 2
    # Each run says the name it got (in the same second, the second one gets "-2").
    for copy in copies:
        assert sum(str(copy) in words for words in said) == 1
    for copy in copies:
        with sqlite3.connect(copy) as conn:
            assert conn.execute("SELECT count(*) FROM learners").fetchone()[0] == 2


def test_backup_never_overwrites_a_file_without_force(tmp_path):
    data = tmp_path / "data"
    assert run("demo-data", "--learners", "3", "--data-dir", str(data)).returncode == 0
    saved = tmp_path / "saved.db"
    saved.write_bytes(b"last month's backup\n" * 100)
    before = saved.read_bytes()
    refused = run("backup", "--out", str(saved), "--data-dir", str(data), "--lang", "en")
    assert refused.returncode == 1
    assert "already exists" in refused.stderr and "--force" in refused.stderr
    assert str(saved) in refused.stderr and "Traceback" not in refused.stderr
    assert saved.read_bytes() == before  # byte for byte
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "saved.db"]
    in_french = run("backup", "--out", str(saved), "--data-dir", str(data))
    assert in_french.returncode == 1 and "--force" in in_french.stderr
    assert saved.read_bytes() == before
    forced = run("backup", "--out", str(saved), "--data-dir", str(data), "--force")
    assert forced.returncode == 0, forced.stderr
    with sqlite3.connect(saved) as conn:
        assert conn.execute("SELECT count(*) FROM learners").fetchone()[0] == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "saved.db"]


def test_a_backup_onto_a_full_stick_says_so_and_leaves_no_file(tmp_path):
    from tests.filesystems import small_tmpfs

    data = tmp_path / "data"
    assert run("demo-data", "--learners", "25", "--data-dir", str(data)).returncode == 0
    with small_tmpfs(tmp_path / "stick", 128) as stick:
        done = run("backup", "--out", str(stick / "b.db"), "--data-dir", str(data), "--lang", "en")
        assert done.returncode == 1
        assert "full" in done.stderr and "Traceback" not in done.stderr
        assert list(stick.iterdir()) == []

"""Hostile files and faulty folders through the real ``tutor`` program: a clear message,
exit 1 where something was refused, no file half written, and no traceback ever."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.filesystems import fill, no_partial_files, small_tmpfs
from tests.storage.crafted_packs import event, learner, manifest, new_id, newline_bomb, write_pack
from tests.test_cli_facilitator import run


def said(done) -> str:
    text = done.stdout + done.stderr
    assert "Traceback" not in text, text
    return text


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    done = run("demo-data", "--learners", "15", "--seed", "6", "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    return folder


def learners_in(folder: Path) -> int:
    with sqlite3.connect(folder / "progress.db") as conn:
        return conn.execute("SELECT count(*) FROM learners").fetchone()[0]


@pytest.mark.parametrize(
    "command",
    [
        ["export", "--all", "--format", "csv", "--out", "{}/progress.csv"],
        ["export", "--all", "--format", "pdf", "--out", "{}/rapport.pdf"],
        ["pack", "export", "--out", "{}/tablette.pack"],
    ],
)
def test_writing_to_a_full_stick_says_so_and_leaves_nothing(tmp_path, demo, command):
    with small_tmpfs(tmp_path / "stick", 128) as stick:
        fill(stick, leave_bytes=2048)
        done = run(*(part.format(stick) for part in command), "--data-dir", str(demo))
        assert done.returncode == 1
        assert "plein" in said(done)
        assert "enregistré dans" not in done.stdout  # never "Document enregistré"
        assert no_partial_files(stick) == []


def test_writing_to_a_read_only_folder_says_so(tmp_path, demo):
    with small_tmpfs(tmp_path / "locked", 128, read_only=True) as locked:
        done = run("export", "--all", "--format", "pdf", "--out", f"{locked}/r.pdf",
                   "--data-dir", str(demo))  # fmt: skip
        assert done.returncode == 1 and "lecture seule" in said(done)


def test_each_hostile_pack_is_refused_and_the_good_one_still_imported(tmp_path, demo):
    shared = tmp_path / "shared"
    shared.mkdir()
    done = run("pack", "export", "--out", str(shared / "good.pack"), "--data-dir", str(demo))
    assert done.returncode == 0, done.stderr
    person = new_id()
    newline_bomb(shared / "bomb.pack", megabytes=64)
    write_pack(shared / "null-version.pack", {}, manifest(version=None))
    write_pack(shared / "array.pack", {"learners": [[person, "Jeanne"]]})
    write_pack(shared / "missing.pack", {"learners": [{"id": person}]})
    write_pack(shared / "null-name.pack", {"learners": [learner(person, None)]})
    write_pack(shared / "null-id.pack", {"learners": [learner(None)]})
    write_pack(shared / "settings.pack", {"learners": [learner(person, text_size=999)]})
    bad_event = event(new_id(), person, correct=5)
    write_pack(shared / "event.pack", {"learners": [learner(person)], "events": [bad_event]})
    target = tmp_path / "hub"
    done = run("pack", "import", str(shared), "--data-dir", str(target))
    assert done.returncode == 1
    text = said(done).replace("\xa0", " ")
    for name in ("bomb", "null-version", "array", "missing", "null-name", "null-id",
                 "settings", "event"):  # fmt: skip
        assert f"« {name}.pack » n’a pas été importé" in text, (name, text)
    assert "good.pack\xa0: nouveaux apprenants\xa0: 15" in done.stdout
    assert learners_in(target) == learners_in(demo)  # only the good pack was merged


def test_a_right_to_left_name_is_stored_as_the_app_would(tmp_path):
    person = new_id()
    pack = write_pack(tmp_path / "rtl.pack", {"learners": [learner(person, "\u202eenaej\u202c")]})
    target = tmp_path / "hub"
    done = run("pack", "import", str(pack), "--data-dir", str(target))
    assert done.returncode == 0, said(done)
    with sqlite3.connect(target / "progress.db") as conn:
        [(name,)] = conn.execute("SELECT first_name FROM learners").fetchall()
    assert name == "enaej"

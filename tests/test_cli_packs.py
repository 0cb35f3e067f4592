"""``tutor pack``: two tablets exchange packs from the command line and end with one record."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.test_cli_facilitator import run


def _counts(folder: Path) -> tuple[int, int, int]:
    with sqlite3.connect(folder / "progress.db") as conn:
        return (
            conn.execute("SELECT count(*) FROM learners").fetchone()[0],
            conn.execute("SELECT count(*) FROM step_events").fetchone()[0],
            conn.execute("SELECT count(DISTINCT id) FROM step_events").fetchone()[0],
        )


def _ids(folder: Path, table: str) -> set[str]:
    with sqlite3.connect(folder / "progress.db") as conn:
        return {row[0] for row in conn.execute(f"SELECT id FROM {table}")}


def test_two_tablets_exchange_packs_twice_and_agree(tmp_path):
    first, second = tmp_path / "tablet-a", tmp_path / "tablet-b"
    for folder, learners, seed in ((first, "6", "3"), (second, "4", "8")):
        done = run("demo-data", "--learners", learners, "--seed", seed, "--data-dir", str(folder))
        assert done.returncode == 0, done.stderr
    events_a, events_b = _ids(first, "step_events"), _ids(second, "step_events")
    learners_a, learners_b = _ids(first, "learners"), _ids(second, "learners")
    assert learners_a and learners_b and not learners_a & learners_b
    share = tmp_path / "usb-stick"
    share.mkdir()
    pack_a, pack_b = share / "a.pack", share / "b.pack"
    done = run("pack", "export", "--out", str(pack_a), "--data-dir", str(first))
    assert done.returncode == 0, done.stderr
    assert pack_a.exists()
    done = run("pack", "export", "--out", str(share), "--data-dir", str(second))  # a folder
    assert done.returncode == 0, done.stderr
    [written] = [p for p in share.glob("pas-a-pas-*.pack")]
    written.rename(pack_b)
    for _time in range(2):
        done = run("pack", "import", str(pack_b), "--data-dir", str(first))
        assert done.returncode == 0, done.stderr
        done = run("pack", "import", str(pack_a), "--data-dir", str(second))
        assert done.returncode == 0, done.stderr
    assert _counts(first) == _counts(second)
    learners, events, distinct = _counts(first)
    assert learners == len(learners_a | learners_b)
    assert events == distinct == len(events_a | events_b)
    assert _ids(first, "step_events") == _ids(second, "step_events") == events_a | events_b
    assert "0" in done.stdout  # the second time, nothing new


def test_a_folder_of_packs_and_a_damaged_file_are_handled_calmly(tmp_path):
    source = tmp_path / "source"
    done = run("demo-data", "--learners", "3", "--seed", "5", "--data-dir", str(source))
    assert done.returncode == 0, done.stderr
    shared = tmp_path / "shared"
    done = run("pack", "export", "--out", str(shared / "one.pack"), "--data-dir", str(source))
    assert done.returncode == 0, done.stderr
    (shared / "broken.pack").write_bytes(b"PK\x03\x04 not really")
    target = tmp_path / "target"
    done = run("pack", "import", str(shared), "--data-dir", str(target))
    assert done.returncode == 1
    assert "broken.pack" in done.stderr and "Traceback" not in done.stderr
    assert _counts(target)[0] == 3  # the good pack was merged

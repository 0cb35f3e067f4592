"""Real faults for the fault tests: a database held by another process, a small disk that
fills up, a read-only folder. Nothing is mocked: a second process takes SQLite's locks, and
the disks are real file systems mounted for the test (tmpfs), so SQLite meets ENOSPC and
EROFS exactly as on a full USB stick or a read-only share.

Mounting needs root (CI runs as root); anywhere else those tests are skipped, saying why.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.filesystems import small_tmpfs

_HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
if sys.argv[2] == "everything":  # readers are shut out too, as by a backup tool
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
print("held", flush=True)
sys.stdin.read()  # until the test lets go
conn.execute("ROLLBACK")
"""


@contextlib.contextmanager
def held_by_another_process(path: Path, everything: bool = True) -> Iterator[None]:
    """Another process holds ``BEGIN EXCLUSIVE`` on the database. ``everything``: with
    ``locking_mode=EXCLUSIVE``, so that even reading waits (otherwise, in WAL mode, only
    writing does)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), "everything" if everything else "writes"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield
    finally:
        if holder.stdin is not None:
            holder.stdin.close()
        try:
            holder.wait(timeout=10)
        except subprocess.TimeoutExpired:
            holder.kill()
            holder.wait()


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@contextlib.contextmanager
def small_disk(parent: Path, size_kib: int) -> Iterator[Path]:
    """A real file system of ``size_kib`` KiB mounted under ``parent`` (a tmpfs, mounted by
    the one helper the other fault tests use too)."""
    with small_tmpfs(parent / f"disk-{uuid.uuid4().hex[:8]}", size_kib) as folder:
        yield folder


def make_read_only(folder: Path) -> None:
    """Turn a mounted ``small_disk`` read-only, as a write-protected stick or share is."""
    done = _mount("-o", "remount,ro", str(folder))
    if done.returncode != 0:
        pytest.skip(f"this machine does not allow a read-only remount: {done.stderr.strip()}")


def make_writable(folder: Path) -> None:
    _mount("-o", "remount,rw", str(folder))


def fill(folder: Path) -> Path:
    """Fill the disk to the last byte; returns the filler file (delete it to free space)."""
    filler = folder / "filler.bin"
    with open(filler, "wb", buffering=0) as handle:
        for size in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while handle.write(b"\0" * size):
                    pass
    return filler

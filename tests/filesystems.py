"""Real faulty folders for tests: a small tmpfs that fills up, a read-only one.

Mounting needs root (as in the test container and CI); elsewhere these tests are skipped,
since a fake would not show what a real full disk does to Qt's PDF writer or to SQLite.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_tmpfs(folder: Path, kilobytes: int, read_only: bool = False) -> Iterator[Path]:
    """``folder`` as a tmpfs of ``kilobytes`` (read-only if asked), unmounted afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    options = f"size={kilobytes}k" + (",ro" if read_only else "")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave_bytes: int = 4096) -> None:
    """Fill ``folder``'s file system, leaving about ``leave_bytes`` free."""
    import shutil

    free = shutil.disk_usage(folder).free
    with open(folder / "filler", "wb", buffering=0) as handle, contextlib.suppress(OSError):
        handle.write(b"\0" * max(0, free - leave_bytes))


def no_partial_files(folder: Path) -> list[str]:
    """What a failed write may have left in ``folder`` (the filler excepted)."""
    return sorted(p.name for p in folder.iterdir() if p.name != "filler")

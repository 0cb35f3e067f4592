"""Writing a file so that it is either whole or not there at all.

Exports, attestations and packs go to USB sticks and shared folders that fill up, are
unplugged or are read-only. Each is written to a temporary file in the same folder (same
file system, so the final rename is atomic), checked, flushed to the disk (``fsync``) and only
then renamed over the name the facilitator chose. On any failure the temporary file is
removed: no half file, no ``.partial`` left behind, and an older file of the same name is
kept as it was. Failures are said in words a facilitator understands (:func:`write_problem`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from tutor.i18n import _

TEMPORARY_SUFFIX = ".tmp"


class IncompleteWrite(OSError):
    """The writer reported nothing, yet the file is empty or cut short (a full disk seen
    only by the size of what was written, as with Qt's PDF writer)."""


@contextlib.contextmanager
def replaced_atomically(path: Path, min_bytes: int = 1, replace: bool = True) -> Iterator[Path]:
    """Give a temporary path beside ``path`` to write; on leaving, check it holds at least
    ``min_bytes``, flush it to the disk and rename it to ``path``. Any failure removes it.

    ``replace=False``: an existing ``path`` is never replaced, even one that appeared while
    writing (``FileExistsError``, and the temporary file is removed)."""
    path = Path(path)
    if not replace and os.path.lexists(path):
        raise FileExistsError(errno.EEXIST, "the file already exists", str(path))
    temporary = _create_beside(path)
    try:
        yield temporary
        size = temporary.stat().st_size
        if size < min_bytes:
            raise IncompleteWrite(
                errno.ENOSPC if _nearly_full(path.parent) else errno.EIO,
                "the file was written incompletely",
                str(path),
            )
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        _put_in_place(temporary, path, replace)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(path.parent)


def _put_in_place(temporary: Path, path: Path, replace: bool) -> None:
    """Rename ``temporary`` to ``path``; without ``replace``, never over an existing file."""
    if replace:
        os.replace(temporary, path)
        return
    try:
        os.link(temporary, path)  # refused at once if ``path`` exists: nothing is overwritten
    except FileExistsError:
        raise
    except OSError:  # a file system without links (a FAT USB stick): look, then rename
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "the file already exists", str(path)) from None
        os.rename(temporary, path)  # (Windows refuses an existing name by itself)
        return
    temporary.unlink()


def _create_beside(path: Path) -> Path:
    """An empty new file in the same folder, hidden, with the usual permissions."""
    for _attempt in range(10):
        candidate = path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMPORARY_SUFFIX}")
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path))


def _nearly_full(folder: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no folder to flush."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def write_problem(error: OSError) -> str:
    """Why a file could not be written, in plain words (never a traceback or an errno)."""
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return _("the disk or USB stick is full")
    if code == errno.EROFS:
        return _("the folder is read-only")
    if code in (errno.EACCES, errno.EPERM):
        return _("this folder may not be written to")
    if code in (errno.ENOENT, errno.ENOTDIR):
        return _("the folder does not exist")
    if code == errno.EEXIST:
        return _("a file already has this name")
    if code == errno.EISDIR:
        return _("a folder already has this name; choose a file name")
    if isinstance(error, IncompleteWrite) or code == errno.EIO:
        return _("the file could not be written completely")
    return error.strerror or error.__class__.__name__

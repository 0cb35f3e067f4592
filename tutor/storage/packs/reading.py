"""Reading a pack file safely: a pack may be damaged or crafted.

Separate because it is the one part that faces a hostile file: the zip's directory is
checked first (member count, announced sizes, compression ratio), then each member is read
as a stream in small pieces with the same limits and every row checked (``pack_rows``), so
a "zip bomb" is refused in a moment with little memory. It knows nothing of the database.
"""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tutor.i18n import _
from tutor.storage.pack_rows import ROW_MODELS, Manifest, RowProblem, checked_row
from tutor.storage.packs.format import FORMAT, TABLES, VERSION, PackError

# Limits on what is read from a pack (the biggest real pack, 10,000 learners' years of
# steps, stays far below; a bomb is refused before it is inflated).
MAX_MEMBERS = 16
MAX_MEMBER_BYTES = 256 * 1024 * 1024  # one table, uncompressed
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # every table, uncompressed
MAX_RATIO = 100  # JSON lines compress about tenfold; a thousandfold is a bomb
RATIO_FROM = 1024 * 1024  # small members may compress better (a table of empty lines)
MAX_LINE_BYTES = 256 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
READ_BYTES = 64 * 1024


class PackFile:
    """An opened pack whose manifest and member sizes were checked; its rows are read one by
    one (:meth:`rows`), each checked, so memory stays small whatever the pack holds."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._archive = _open_archive(self.path)
        try:
            self._members = self._checked_members()
            manifest = self._manifest()
        except BaseException:
            self._archive.close()
            raise
        self.device_id = manifest.device_id or ""
        self.total_bytes = sum(
            self._members[f"{table}.jsonl"].file_size
            for table in TABLES
            if f"{table}.jsonl" in self._members
        )

    def __enter__(self) -> PackFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._archive.close()

    def refused(self, why: str) -> PackError:
        return PackError(_("“{name}” was not imported: {why}").format(name=self.path.name, why=why))

    def _checked_members(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._archive.infolist()
        names = [info.filename for info in infos]
        if len(infos) > MAX_MEMBERS or len(set(names)) != len(names):
            raise self.refused(_("it holds unexpected files; expected a pack made by Pas à Pas"))
        total = 0
        for info in infos:
            if info.flag_bits & 0x1 or info.compress_type not in (
                zipfile.ZIP_STORED,
                zipfile.ZIP_DEFLATED,
            ):
                raise self.refused(_("it is locked or packed in an unknown way"))
            total += info.file_size
            squeezed = info.file_size > RATIO_FROM and (
                info.file_size > MAX_RATIO * max(info.compress_size, 1)
            )
            if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or squeezed:
                raise self.refused(
                    _(
                        "“{member}” would take {size} MB once unpacked, far more than a pack "
                        "holds; it is damaged or was made to fill the disk"
                    ).format(member=info.filename, size=info.file_size // (1024 * 1024))
                )
        if "manifest.json" not in names:
            raise PackError(_("“{name}” is not a progress pack.").format(name=self.path.name))
        return {info.filename: info for info in infos}

    def _manifest(self) -> Manifest:
        info = self._members["manifest.json"]
        try:
            with self._archive.open(info) as handle:
                raw = handle.read(MAX_MANIFEST_BYTES + 1)
            data = json.loads(raw) if len(raw) <= MAX_MANIFEST_BYTES else None
        except (ValueError, RecursionError):
            data = None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
            raise self._damaged(error) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise PackError(_("“{name}” is not a progress pack.").format(name=self.path.name))
        version = data.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            raise PackError(
                _(
                    "“{name}” comes from a newer version of Pas à Pas. Update this "
                    "computer's Pas à Pas, then import it again."
                ).format(name=self.path.name)
            )
        try:
            return Manifest.model_validate(checked_row(Manifest, data))
        except RowProblem as problem:
            raise self.refused(_("manifest.json: {problem}").format(problem=problem)) from None

    def _damaged(self, error: BaseException) -> PackError:
        return PackError(
            _(
                "“{name}” cannot be read ({reason}). It may have been copied only in part: "
                "export it again from its tablet."
            ).format(name=self.path.name, reason=error)
        )

    def rows(self, table: str, read: Callable[[int], None] | None = None) -> Iterator[dict]:
        """The checked rows of one table; :class:`PackError` names the member and line of the
        first row that breaks the rules. ``read`` is told of the bytes read so far."""
        member = f"{table}.jsonl"
        info = self._members.get(member)
        if info is None:
            return
        model = ROW_MODELS[table]
        for number, line in self._lines(info, read):
            try:
                data = json.loads(line)
            except (ValueError, RecursionError):
                raise self._line_problem(
                    member, number, _("expected one JSON object on the line")
                ) from None
            try:
                yield checked_row(model, data)
            except RowProblem as problem:
                raise self._line_problem(member, number, str(problem)) from None

    def _line_problem(self, member: str, number: int, what: str) -> PackError:
        return self.refused(
            _("{member}, line {line}: {what}").format(member=member, line=number, what=what)
        )

    def _lines(
        self, info: zipfile.ZipInfo, read: Callable[[int], None] | None
    ) -> Iterator[tuple[int, bytes]]:
        """Non-blank lines with their numbers, read in small pieces: never more than a line
        and a piece in memory, never more bytes than the member may hold."""
        number = 0  # lines before ``pending``
        seen = 0
        pending = b""
        try:
            with self._archive.open(info) as handle:
                while piece := handle.read(READ_BYTES):
                    seen += len(piece)
                    if seen > MAX_MEMBER_BYTES:
                        raise self.refused(
                            _("“{member}” is too large").format(member=info.filename)
                        )
                    if read:
                        read(len(piece))
                    buffer = pending + piece
                    cut = buffer.rfind(b"\n") + 1
                    if buffer[:cut].strip():  # a piece of blank lines only: nothing to find
                        for offset, line in _filled_lines(buffer, cut):
                            yield number + offset, line
                    number += buffer.count(b"\n", 0, cut)
                    pending = buffer[cut:]
                    if len(pending) > MAX_LINE_BYTES:
                        raise self._line_problem(
                            info.filename,
                            number + 1,
                            _("the line is longer than {limit} KB").format(
                                limit=MAX_LINE_BYTES // 1024
                            ),
                        )
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
            raise self._damaged(error) from None
        if pending.strip():
            yield number + 1, pending


_FILLED = re.compile(rb"\S")


def _filled_lines(buffer: bytes, end: int) -> Iterator[tuple[int, bytes]]:
    """The lines of ``buffer[:end]`` that hold more than blanks, with their 1-based numbers.
    Runs of blank lines are skipped by C-level searches, not one line at a time, so a
    member of millions of empty lines costs no more than reading it."""
    position = 0
    number = 0
    while (found := _FILLED.search(buffer, position, end)) is not None:
        start = buffer.rfind(b"\n", 0, found.start()) + 1
        stop = buffer.find(b"\n", found.start(), end)
        number += buffer.count(b"\n", position, start) + 1
        yield number, buffer[start:stop]
        position = stop + 1
        if position >= end:
            break


def _open_archive(path: Path) -> zipfile.ZipFile:
    if not path.is_file():
        raise PackError(_("The file “{name}” is not there.").format(name=path.name))
    if _declared_members(path) > MAX_MEMBERS:
        raise PackError(
            _("“{name}” was not imported: {why}").format(
                name=path.name,
                why=_("it holds unexpected files; expected a pack made by Pas à Pas"),
            )
        )
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as error:
        raise PackError(
            _(
                "“{name}” cannot be read ({reason}). It may have been copied only in part: "
                "export it again from its tablet."
            ).format(name=path.name, reason=error)
        ) from None


def _declared_members(path: Path) -> int:
    """How many members the zip's end record announces, read before the zip's directory is
    (a directory of a million entries would take seconds and much memory to load)."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - 65_557))
            tail = handle.read()
    except OSError:
        return 0  # said when the zip itself is opened
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or end + 12 > len(tail):
        return 0
    return int.from_bytes(tail[end + 10 : end + 12], "little")


@dataclass
class Pack:
    """A whole pack in memory, checked (for looking into one; importing streams instead)."""

    path: Path
    device_id: str
    tables: dict[str, list[dict]]


def read_pack(path: Path) -> Pack:
    with PackFile(path) as pack:
        tables = {table: list(pack.rows(table)) for table in TABLES}
        return Pack(pack.path, pack.device_id, tables)

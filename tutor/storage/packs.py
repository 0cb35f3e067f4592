"""Progress packs: several tablets, one record.

A pack is one zip file holding a ``manifest.json`` (format, version, device id) and JSON
lines (one row a line) for learners, lesson progress, step events, notes and links. Why a
zip of JSON lines: the zip's checksums catch a file cut short on a USB stick or by a
half-finished synchronisation; JSON lines stay readable by anyone and need no schema
migration inside the pack; the whole is written to a temporary file then renamed, so a
synchronisation tool never sees half a pack.

A pack may be damaged or crafted. Each member is read as a stream with limits (number of
members, size of each once uncompressed, of all of them, compression ratio, length of a
line), so a "zip bomb" is refused in a moment with little memory; every row is checked
against the app's own rules (``pack_rows``) before it is merged; a pack is merged in one
transaction, so a pack refused at its last line changes nothing.

Importing is a merge that gives the same database whatever the order and however often the
packs are imported:
- step events and notes are inserted by their UUID when absent (never duplicated, never
  lost); two rows with one UUID and different contents (a conflict) keep the greater of
  the two by one fixed comparison of their contents, so every order of import ends alike,
  and the conflict is counted for the facilitator;
- learners are matched by UUID; the newer ``updated_at`` wins for their fields (ties broken
  by comparing the rows themselves);
- lesson progress keeps the newest run's state, the most runs, the latest completion (a
  lesson done on any tablet stays done), and its counters are recounted from the events;
- links ("these two records are one person", made by the facilitator) travel too.
Two learners with the same first name but different UUIDs from different devices are never
merged silently: ``possible_duplicates`` lists them for the facilitator to link or keep apart.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from tutor.i18n import _, ngettext
from tutor.storage.database import device_id, now_iso
from tutor.storage.pack_rows import ROW_MODELS, Manifest, RowProblem, checked_row
from tutor.storage.safe_files import replaced_atomically

FORMAT = "pas-a-pas-progress-pack"
VERSION = 1
SUFFIX = ".pack"
LEARNER_FIELDS = (
    "id", "first_name", "avatar", "colour", "language", "created_at", "updated_at", "archived",
    "text_size", "theme", "voice_on", "voice_rate", "volume", "origin_device",
)  # fmt: skip
LEARNER_ORDER = ("updated_at", *LEARNER_FIELDS)
STATE_FIELDS = (
    "updated_at", "run_id", "status", "current_step", "step_count", "started_at",
    "completed_at", "confidence",
)  # fmt: skip
EVENT_FIELDS = (
    "id", "learner_id", "lesson_id", "run_id", "step_index", "action", "correct",
    "help_level", "shown", "duration_s", "at", "device_id",
)  # fmt: skip
NOTE_FIELDS = ("id", "learner_id", "text", "created_at")
CHUNK = 500
TABLES = ("links", "learners", "progress", "events", "notes")  # in the order they are merged
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

Report = Callable[[int, int], None]


class PackError(ValueError):
    """The file is not a usable pack; the message says why, for the facilitator. Nothing of
    it was merged."""


@dataclass
class ImportSummary:
    packs: int = 0
    learners_added: int = 0
    learners_updated: int = 0
    events_added: int = 0
    events_known: int = 0
    notes_added: int = 0
    conflicts: int = 0  # rows whose UUID was known with other contents (one kept by rule)
    devices: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # why each refused pack was refused


@dataclass(frozen=True)
class PossibleDuplicate:
    first_id: str
    second_id: str
    first_name: str


def pack_name(db: Database) -> str:
    """One stable name per device: a shared folder then holds one pack per tablet."""
    return f"pas-a-pas-{device_id(db)[:8]}{SUFFIX}"


# -- export ---------------------------------------------------------------------------------------
def _rows(db: Database, sql: str, params: list[str]) -> Iterator[dict]:
    yield from db.query(sql, params)


def export_pack(db: Database, path: Path, report: Report | None = None) -> dict[str, int]:
    """Write this device's learners and their progress to ``path``; return the counts.

    Written beside ``path`` and renamed at the end: a full or read-only folder raises
    ``OSError`` and leaves no file (and an older pack of that name as it was)."""
    me = device_id(db)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tables = {
        "learners": (
            f"SELECT {', '.join(LEARNER_FIELDS[:-1])}, coalesce(origin_device, ?) "
            "AS origin_device FROM learners ORDER BY id"
        ),
        "progress": "SELECT * FROM lesson_progress ORDER BY learner_id, lesson_id",
        "events": f"SELECT {', '.join(EVENT_FIELDS)} FROM step_events ORDER BY id",
        "notes": f"SELECT {', '.join(NOTE_FIELDS)} FROM notes ORDER BY id",
        "links": "SELECT alias_id, learner_id FROM learner_links ORDER BY alias_id",
    }
    counts: dict[str, int] = {}
    total = len(tables)
    # One read transaction: a consistent picture even while a lesson goes on.
    with (
        replaced_atomically(path) as temporary,
        db.atomic(),
        zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        for done, (name, sql) in enumerate(tables.items()):
            count = 0
            with archive.open(f"{name}.jsonl", "w") as handle:
                for row in _rows(db, sql, [me] if "?" in sql else []):
                    handle.write(json.dumps(row, ensure_ascii=False).encode() + b"\n")
                    count += 1
            counts[name] = count
            if report:
                report(done + 1, total)
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "device_id": me,
            "exported_at": now_iso(),
            "counts": counts,
        }
        archive.writestr("manifest.json", json.dumps(manifest, indent=1))
    return counts


# -- reading --------------------------------------------------------------------------------------
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


# -- merging --------------------------------------------------------------------------------------
def _contents(row: dict, fields: tuple[str, ...]) -> str:
    """A row's contents (all but its UUID) as one text: the fixed order that settles a
    conflict. Numbers are compared as the database holds them (a flag as 0 or 1)."""
    values = [row.get(name) for name in fields[1:]]
    return json.dumps(
        [float(v) if isinstance(v, int | float) and not isinstance(v, bool) else v for v in values],
        ensure_ascii=False,
    )


def _key(row: dict, fields: Iterable[str]) -> tuple[str, str]:
    """A total order: the time stamp first, then the row itself (ties never depend on order)."""
    values = [row.get(name) for name in fields]
    return (str(values[0] or ""), json.dumps(values, sort_keys=True, default=str))


class Merger:
    def __init__(self, db: Database):
        self._db = db
        self._me = device_id(db)

    # links: alias id -> the id of the record kept
    def _links(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT alias_id, learner_id FROM learner_links").fetchall())

    @staticmethod
    def _resolve(learner_id: str, links: dict[str, str]) -> str:
        seen = set()
        while learner_id in links and learner_id not in seen:
            seen.add(learner_id)
            learner_id = links[learner_id]
        return learner_id

    def _exists(self, learner_id: str) -> bool:
        return bool(
            self._db.execute("SELECT 1 FROM learners WHERE id = ?", [learner_id]).fetchone()
        )

    def import_pack(
        self, pack: PackFile, summary: ImportSummary, report: Report | None = None
    ) -> None:
        """Merge one pack in one transaction: a pack refused at any row changes nothing."""
        db = self._db
        total = max(pack.total_bytes, 1)
        done = 0

        def read(count: int) -> None:
            nonlocal done
            done += count
            if report:
                report(min(done, total - 1), total)

        counts = ImportSummary()
        with db.atomic():
            for row in pack.rows("links", read):
                self._apply_link(row["alias_id"], row["learner_id"])
            links = self._links()
            for row in pack.rows("learners", read):
                self._merge_learner(row, links, counts)
            known = {row[0] for row in db.execute("SELECT id FROM learners").fetchall()}
            touched: set[tuple[str, str]] = set()
            for row in pack.rows("progress", read):
                learner = self._resolve(row["learner_id"], links)
                if learner in known:
                    self._merge_progress({**row, "learner_id": learner})
                    touched.add((learner, row["lesson_id"]))
            batch: list[dict] = []
            for row in pack.rows("events", read):
                learner = self._resolve(row["learner_id"], links)
                if learner in known:
                    batch.append({**row, "learner_id": learner})
                if len(batch) >= CHUNK:
                    self._merge_events(batch, counts, touched)
                    batch = []
            self._merge_events(batch, counts, touched)
            for row in pack.rows("notes", read):
                learner = self._resolve(row["learner_id"], links)
                if learner in known:
                    self._merge_note({**row, "learner_id": learner}, counts)
            for learner, lesson in sorted(touched):
                self.recount(learner, lesson)
        for name in ("learners_added", "learners_updated", "events_added", "events_known"):
            setattr(summary, name, getattr(summary, name) + getattr(counts, name))
        summary.notes_added += counts.notes_added
        summary.conflicts += counts.conflicts
        summary.packs += 1
        if pack.device_id and pack.device_id not in summary.devices:
            summary.devices.append(pack.device_id)
        if report:
            report(total, total)

    def _merge_events(
        self, batch: list[dict], summary: ImportSummary, touched: set[tuple[str, str]]
    ) -> None:
        """Insert the new events; for a UUID already here with other contents, keep the
        greater contents (:func:`_contents`): the same winner whatever came first."""
        if not batch:
            return
        db = self._db
        incoming: dict[str, dict] = {}
        for row in batch:  # one UUID twice in one pack: the same rule between the two
            other = incoming.get(row["id"])
            if other is None or _contents(row, EVENT_FIELDS) > _contents(other, EVENT_FIELDS):
                incoming[row["id"]] = row
        marks = ", ".join("?" * len(incoming))
        existing = {
            row["id"]: row
            for row in db.query(
                f"SELECT {', '.join(EVENT_FIELDS)} FROM step_events WHERE id IN ({marks})",
                list(incoming),
            )
        }
        new = []
        for event_id, row in incoming.items():
            touched.add((row["learner_id"], row["lesson_id"]))
            current = existing.get(event_id)
            if current is None:
                new.append([row[name] for name in EVENT_FIELDS])
                continue
            summary.events_known += 1
            if _contents(current, EVENT_FIELDS) == _contents(row, EVENT_FIELDS):
                continue
            summary.conflicts += 1
            if _contents(row, EVENT_FIELDS) > _contents(current, EVENT_FIELDS):
                touched.add((current["learner_id"], current["lesson_id"]))
                db.execute(
                    f"UPDATE step_events SET {', '.join(f'{n} = ?' for n in EVENT_FIELDS[1:])} "
                    "WHERE id = ?",
                    [*(row[name] for name in EVENT_FIELDS[1:]), event_id],
                )
        db.conn.executemany(
            f"INSERT INTO step_events ({', '.join(EVENT_FIELDS)}) "
            f"VALUES ({', '.join('?' * len(EVENT_FIELDS))})",
            new,
        )
        summary.events_added += len(new)

    def _merge_note(self, row: dict, summary: ImportSummary) -> None:
        db = self._db
        current = next(
            iter(db.query(f"SELECT {', '.join(NOTE_FIELDS)} FROM notes WHERE id = ?", [row["id"]])),
            None,
        )
        values = [row[name] for name in NOTE_FIELDS]
        if current is None:
            db.execute(f"INSERT INTO notes ({', '.join(NOTE_FIELDS)}) VALUES (?, ?, ?, ?)", values)
            summary.notes_added += 1
        elif _contents(current, NOTE_FIELDS) != _contents(row, NOTE_FIELDS):
            summary.conflicts += 1
            if _contents(row, NOTE_FIELDS) > _contents(current, NOTE_FIELDS):
                db.execute(
                    "UPDATE notes SET learner_id = ?, text = ?, created_at = ? WHERE id = ?",
                    [*values[1:], row["id"]],
                )

    def _normal_learner(self, row: dict) -> dict:
        result = {name: row.get(name) for name in LEARNER_FIELDS}
        if result["origin_device"] in (None, "", self._me):
            result["origin_device"] = None  # created here
        return result

    def _merge_learner(self, row: dict, links: dict[str, str], summary: ImportSummary) -> None:
        incoming = self._normal_learner(row)
        if incoming["id"] in links:
            return  # this record was linked into another one: its events follow the link
        rows = list(
            self._db.query(
                f"SELECT {', '.join(LEARNER_FIELDS)} FROM learners WHERE id = ?", [incoming["id"]]
            )
        )
        if not rows:
            self._db.table("learners").insert(incoming)
            summary.learners_added += 1
            return
        current = rows[0]
        if _key(incoming, LEARNER_ORDER) > _key(current, LEARNER_ORDER):
            self._db.table("learners").update(incoming["id"], incoming)
            summary.learners_updated += 1

    def _merge_progress(self, row: dict) -> None:
        db = self._db
        pk = (row["learner_id"], row["lesson_id"])
        existing = list(
            db.query(
                "SELECT * FROM lesson_progress WHERE learner_id = ? AND lesson_id = ?", list(pk)
            )
        )
        merged: dict[str, Any] = {
            name: row.get(name) for name in ("learner_id", "lesson_id", *STATE_FIELDS)
        }
        merged["runs"] = int(row.get("runs") or 0)
        merged["last_completed_at"] = row.get("last_completed_at")
        if existing:
            current = existing[0]
            if _key(current, STATE_FIELDS) > _key(merged, STATE_FIELDS):
                merged.update({name: current[name] for name in STATE_FIELDS})
            merged["runs"] = max(int(merged["runs"]), int(current["runs"] or 0))
            ends = (merged["last_completed_at"], current["last_completed_at"])
            latest = [str(x) for x in ends if x]
            merged["last_completed_at"] = max(latest) if latest else None
        # Plain SQL: sqlite-utils' upsert looks the table up again on every call (most of
        # the time of a big import).
        names = list(merged)
        db.execute(
            f"INSERT INTO lesson_progress ({', '.join(names)}) "
            f"VALUES ({', '.join('?' * len(names))}) "
            "ON CONFLICT(learner_id, lesson_id) DO UPDATE SET "
            + ", ".join(f"{name} = excluded.{name}" for name in names[2:]),
            [merged[name] for name in names],
        )

    def recount(self, learner_id: str, lesson_id: str) -> None:
        """The lesson's counters from its events (as ``Progress.record`` keeps them)."""
        rows = self._db.execute(
            "SELECT correct, help_level, shown, duration_s FROM step_events "
            "WHERE learner_id = ? AND lesson_id = ?",
            [learner_id, lesson_id],
        ).fetchall()
        spent = math.fsum(float(r[3] or 0) for r in rows if r[0])  # exact, in any order
        self._db.execute(
            "UPDATE lesson_progress SET time_spent_s = ?, wrong_taps = ?, help_used = ?, "
            "shown = ? WHERE learner_id = ? AND lesson_id = ?",
            [
                spent,
                sum(1 for r in rows if not r[0]),
                sum(1 for r in rows if r[0] and (r[1] or 0) > 0),
                sum(1 for r in rows if r[2]),
                learner_id,
                lesson_id,
            ],
        )

    # -- linking two records of one person ---------------------------------------------------
    def _apply_link(self, alias: str, target: str) -> None:
        links = self._links()
        target = self._resolve(target, links)
        alias = self._resolve(alias, links) if alias != target else alias
        if alias == target:
            return
        if self._exists(alias) and self._exists(target):
            self._move(alias, target)
        self._db.execute(
            "UPDATE learner_links SET learner_id = ? WHERE learner_id = ?", [target, alias]
        )
        self._db.execute(
            "INSERT INTO learner_links (alias_id, learner_id, linked_at) VALUES (?, ?, ?) "
            "ON CONFLICT(alias_id) DO UPDATE SET learner_id = excluded.learner_id",
            [alias, target, now_iso()],
        )

    def _move(self, alias: str, target: str) -> None:
        db = self._db
        for row in list(db.query("SELECT * FROM lesson_progress WHERE learner_id = ?", [alias])):
            db.execute(
                "DELETE FROM lesson_progress WHERE learner_id = ? AND lesson_id = ?",
                [alias, row["lesson_id"]],
            )
            if not self._db.execute(
                "SELECT 1 FROM lesson_progress WHERE learner_id = ? AND lesson_id = ?",
                [target, row["lesson_id"]],
            ).fetchone():
                db.table("lesson_progress").insert({**row, "learner_id": target})
            else:
                self._merge_progress({**row, "learner_id": target})
        for table in ("step_events", "notes"):
            db.execute(f"UPDATE {table} SET learner_id = ? WHERE learner_id = ?", [target, alias])
        db.execute(
            "INSERT OR IGNORE INTO workshop_attendance (workshop_id, learner_id) "
            "SELECT workshop_id, ? FROM workshop_attendance WHERE learner_id = ?",
            [target, alias],
        )
        db.execute("DELETE FROM workshop_attendance WHERE learner_id = ?", [alias])
        db.execute("UPDATE learner_links SET learner_id = ? WHERE learner_id = ?", [target, alias])
        db.execute("DELETE FROM learners WHERE id = ?", [alias])
        for (lesson,) in db.execute(
            "SELECT lesson_id FROM lesson_progress WHERE learner_id = ?", [target]
        ).fetchall():
            self.recount(target, lesson)

    def link(self, keep: str, merge: str) -> None:
        """The facilitator says ``merge`` is the same person as ``keep``: one record remains."""
        if not (self._exists(keep) and self._exists(merge)) or keep == merge:
            raise KeyError((keep, merge))
        with self._db.atomic():
            self._apply_link(merge, keep)

    def keep_apart(self, first: str, second: str) -> None:
        """The facilitator says these are two different people: stop offering to link them."""
        a, b = sorted((first, second))
        with self._db.atomic():
            self._db.execute(
                "INSERT OR IGNORE INTO learner_distinct (first_id, second_id) VALUES (?, ?)", [a, b]
            )

    def possible_duplicates(self) -> list[PossibleDuplicate]:
        """Same first name (ignoring case and accents), different UUIDs, different devices."""
        groups: dict[str, list[tuple[str, str, str]]] = {}
        for learner_id, name, origin in self._db.execute(
            "SELECT id, first_name, coalesce(origin_device, ?) FROM learners "
            "ORDER BY created_at, id",
            [self._me],
        ):
            groups.setdefault(_folded(name), []).append((learner_id, name, origin))
        apart = set(self._db.execute("SELECT first_id, second_id FROM learner_distinct").fetchall())
        result = []
        for members in groups.values():
            for index, (a, name, origin_a) in enumerate(members):
                for b, _name, origin_b in members[index + 1 :]:
                    if origin_a != origin_b and tuple(sorted((a, b))) not in apart:
                        result.append(PossibleDuplicate(a, b, name))
        return result


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", " ".join(name.split()))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def import_packs(
    db: Database,
    paths: Iterable[Path],
    report: Report | None = None,
    keep_going: bool = False,
) -> ImportSummary:
    """Merge every pack, each in its own transaction. A pack that is refused changes
    nothing and raises :class:`PackError` saying why (the packs before it stay merged);
    with ``keep_going``, the reason is added to ``summary.refused`` and the next pack is
    imported."""
    paths = list(paths)
    summary = ImportSummary()
    merger = Merger(db)
    for index, path in enumerate(paths):

        def step(done: int, total: int, index: int = index) -> None:
            if report:
                report(index * 100 + int(100 * done / max(total, 1)), 100 * len(paths))

        try:
            with PackFile(path) as pack:
                merger.import_pack(pack, summary, step)
        except PackError as error:
            if not keep_going:
                raise
            summary.refused.append(str(error))
        except (MemoryError, RecursionError):
            too_big = PackError(
                _("“{name}” was not imported: {why}").format(
                    name=Path(path).name, why=_("it is too large or too deeply nested to read")
                )
            )
            if not keep_going:
                raise too_big from None
            summary.refused.append(str(too_big))
    return summary


def conflicts_text(count: int) -> str:
    """What the facilitator is told of rows that came with a known UUID but other contents."""
    return ngettext(
        "{count} recorded step or note was already here with other contents; the same "
        "version is kept on every computer, whatever the order of import.",
        "{count} recorded steps or notes were already here with other contents; the same "
        "version is kept on every computer, whatever the order of import.",
        count,
    ).format(count=count)


def describe(summary: ImportSummary) -> dict[str, Any]:
    return summary.__dict__

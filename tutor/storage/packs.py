"""Progress packs: several tablets, one record.

A pack is one zip file holding a ``manifest.json`` (format, version, device id) and JSON
lines (one row a line) for learners, lesson progress, step events, notes and links. Why a
zip of JSON lines: the zip's checksums catch a file cut short on a USB stick or by a
half-finished synchronisation; JSON lines stay readable by anyone and need no schema
migration inside the pack; the whole is written to ``.partial`` then renamed, so a
synchronisation tool never sees half a pack.

Importing is a merge that gives the same database whatever the order and however often the
packs are imported:
- step events and notes are inserted by their UUID when absent (never duplicated, never
  lost);
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
import os
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from tutor.i18n import _
from tutor.storage.database import device_id, now_iso

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

Report = Callable[[int, int], None]


class PackError(ValueError):
    """The file is not a usable pack; the message says why, for the facilitator."""


@dataclass
class ImportSummary:
    packs: int = 0
    learners_added: int = 0
    learners_updated: int = 0
    events_added: int = 0
    events_known: int = 0
    notes_added: int = 0
    devices: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PossibleDuplicate:
    first_id: str
    second_id: str
    first_name: str


def pack_name(db: Database) -> str:
    """One stable name per device: a shared folder then holds one pack per tablet."""
    return f"pas-a-pas-{device_id(db)[:8]}{SUFFIX}"


# -- export ---------------------------------------------------------------------------------------
def _rows(db: Database, sql: str) -> Iterator[dict]:
    yield from db.query(sql)


def export_pack(db: Database, path: Path, report: Report | None = None) -> dict[str, int]:
    """Write this device's learners and their progress to ``path``; return the counts."""
    me = device_id(db)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    tables = {
        "learners": (
            f"SELECT {', '.join(LEARNER_FIELDS[:-1])}, coalesce(origin_device, '{me}') "
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
        db.atomic(),
        zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        for done, (name, sql) in enumerate(tables.items()):
            count = 0
            with archive.open(f"{name}.jsonl", "w") as handle:
                for row in _rows(db, sql):
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
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, path)
    return counts


# -- reading --------------------------------------------------------------------------------------
@dataclass
class Pack:
    path: Path
    device_id: str
    tables: dict[str, list[dict]]


def read_pack(path: Path) -> Pack:
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "manifest.json" not in names:
                raise PackError(_("“{name}” is not a progress pack.").format(name=path.name))
            manifest = json.loads(archive.read("manifest.json"))
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise PackError(_("“{name}” is not a progress pack.").format(name=path.name))
            if int(manifest.get("version", 0)) > VERSION:
                raise PackError(
                    _(
                        "“{name}” comes from a newer version of Pas à Pas. Update this "
                        "computer's Pas à Pas, then import it again."
                    ).format(name=path.name)
                )
            tables = {}
            for table in ("learners", "progress", "events", "notes", "links"):
                member = f"{table}.jsonl"
                lines = archive.read(member).splitlines() if member in names else []
                tables[table] = [json.loads(line) for line in lines if line.strip()]
    except FileNotFoundError:
        raise PackError(_("The file “{name}” is not there.").format(name=path.name)) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, OSError) as error:
        if isinstance(error, PackError):
            raise
        raise PackError(
            _(
                "“{name}” cannot be read ({reason}). It may have been copied only in part: "
                "export it again from its tablet."
            ).format(name=path.name, reason=error)
        ) from None
    return Pack(path, str(manifest.get("device_id", "")), tables)


# -- merging --------------------------------------------------------------------------------------
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

    def import_pack(self, pack: Pack, summary: ImportSummary, report: Report | None) -> None:
        """Merge one pack in one transaction: a pack that cannot be merged changes nothing."""
        db = self._db
        tables = pack.tables
        total = 1 + len(tables["events"]) // CHUNK + 1
        with db.atomic():
            for row in tables["links"]:
                self._apply_link(str(row["alias_id"]), str(row["learner_id"]))
            links = self._links()
            for row in tables["learners"]:
                self._merge_learner(row, links, summary)
            known = {row[0] for row in db.execute("SELECT id FROM learners").fetchall()}
            touched: set[tuple[str, str]] = set()
            for row in tables["progress"]:
                learner = self._resolve(str(row["learner_id"]), links)
                if learner in known:
                    self._merge_progress({**row, "learner_id": learner})
                    touched.add((learner, str(row["lesson_id"])))
            if report:
                report(1, total)
            events = tables["events"]
            for start in range(0, len(events), CHUNK):
                batch = []
                for row in events[start : start + CHUNK]:
                    learner = self._resolve(str(row["learner_id"]), links)
                    if learner in known:
                        batch.append([{**row, "learner_id": learner}.get(f) for f in EVENT_FIELDS])
                        touched.add((learner, str(row["lesson_id"])))
                before = db.conn.total_changes
                db.conn.executemany(
                    f"INSERT OR IGNORE INTO step_events ({', '.join(EVENT_FIELDS)}) "
                    f"VALUES ({', '.join('?' * len(EVENT_FIELDS))})",
                    batch,
                )
                added = db.conn.total_changes - before
                summary.events_added += added
                summary.events_known += len(batch) - added
                if report:
                    report(2 + start // CHUNK, total)
            for row in tables["notes"]:
                learner = self._resolve(str(row["learner_id"]), links)
                if learner in known:
                    cursor = db.execute(
                        "INSERT OR IGNORE INTO notes (id, learner_id, text, created_at) "
                        "VALUES (?, ?, ?, ?)",
                        [row["id"], learner, row["text"], row["created_at"]],
                    )
                    summary.notes_added += max(cursor.rowcount, 0)
            for learner, lesson in sorted(touched):
                self.recount(learner, lesson)
        summary.packs += 1
        if pack.device_id and pack.device_id not in summary.devices:
            summary.devices.append(pack.device_id)
        if report:
            report(total, total)

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
        db.table("lesson_progress").upsert(merged, pk=("learner_id", "lesson_id"))

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
    db: Database, paths: Iterable[Path], report: Report | None = None
) -> ImportSummary:
    """Merge every pack; a file that is not a usable pack stops nothing already merged."""
    paths = list(paths)
    summary = ImportSummary()
    merger = Merger(db)
    for index, path in enumerate(paths):
        pack = read_pack(path)

        def step(done: int, total: int, index: int = index) -> None:
            if report:
                report(index * 100 + int(100 * done / max(total, 1)), 100 * len(paths))

        merger.import_pack(pack, summary, step)
    return summary


def describe(summary: ImportSummary) -> dict[str, Any]:
    return summary.__dict__

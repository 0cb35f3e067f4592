"""Merging a checked pack into the store, and linking two records of one person.

Separate because its rules (by UUID, the newer edit wins, one fixed order for conflicts, a
lesson done anywhere stays done) are about the database, not about files: it receives rows
already checked by ``reading`` and must give the same database whatever the order and
however often the packs are imported.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from tutor.storage.database import device_id, now_iso
from tutor.storage.packs.format import EVENT_FIELDS, LEARNER_FIELDS, NOTE_FIELDS, Report
from tutor.storage.packs.reading import PackFile

LEARNER_ORDER = ("updated_at", *LEARNER_FIELDS)
STATE_FIELDS = (
    "updated_at", "run_id", "status", "current_step", "step_count", "started_at",
    "completed_at", "confidence",
)  # fmt: skip
CHUNK = 500


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
        # "On your own": the latest of each result, the most runs (as for the guided run).
        merged["alone_runs"] = int(row.get("alone_runs") or 0)
        for name in ("alone_at", "alone_helped_at"):
            merged[name] = row.get(name)
        if existing:
            merged["alone_runs"] = max(merged["alone_runs"], int(current["alone_runs"] or 0))
            for name in ("alone_at", "alone_helped_at"):
                both = [str(x) for x in (merged[name], current[name]) if x]
                merged[name] = max(both) if both else None
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

"""Writing this device's pack: one zip of JSON lines, whole or absent.

Separate from reading and merging because it trusts its input (this device's own database)
and only has to write it consistently and atomically; the care a pack from elsewhere needs
lives in ``reading``.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from tutor.storage.database import device_id, now_iso
from tutor.storage.packs.format import (
    EVENT_FIELDS,
    FORMAT,
    LEARNER_FIELDS,
    NOTE_FIELDS,
    SUFFIX,
    VERSION,
    Report,
)
from tutor.storage.safe_files import replaced_atomically


def pack_name(db: Database) -> str:
    """One stable name per device: a shared folder then holds one pack per tablet."""
    return f"pas-a-pas-{device_id(db)[:8]}{SUFFIX}"


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

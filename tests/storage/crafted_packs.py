"""Building packs by hand, as a damaged copy or a crafted file would be."""

from __future__ import annotations

import json
import struct
import uuid
import zipfile
import zlib
from pathlib import Path
from typing import Any

from tutor.storage.packs import FORMAT, VERSION

STAMP = "2026-11-13T09:30:00.000+00:00"
LATER = "2026-11-14T09:30:00.000+00:00"


def new_id() -> str:
    return str(uuid.uuid4())


def learner(learner_id: str, name: str = "Jeanne", **fields: Any) -> dict[str, Any]:
    return {
        "id": learner_id, "first_name": name, "avatar": "mdi6.cat", "colour": "#0b4a85",
        "language": "fr", "created_at": STAMP, "updated_at": STAMP, "archived": 0,
        "text_size": 100, "theme": "standard", "voice_on": 1, "voice_rate": "normal",
        "volume": 80, "origin_device": None, **fields,
    }  # fmt: skip


def event(event_id: str, learner_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": event_id, "learner_id": learner_id, "lesson_id": "tablet-open-app",
        "run_id": "0b0e2d0c-5f4e-4a59-9a3c-1f2e3d4c5b6a", "step_index": 0,
        "action": "tap:home.app.notes", "correct": 1, "help_level": 0, "shown": 0,
        "duration_s": 2.0, "at": STAMP, "device_id": "7d1c7a8e-2b1f-4f0e-8e57-3c1d2b4a5e6f",
        **fields,
    }  # fmt: skip


def manifest(**fields: Any) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "device_id": new_id(), **fields}


def write_pack(
    path: Path,
    tables: dict[str, list[Any]],
    the_manifest: Any = None,
    raw: dict[str, bytes] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """A pack holding ``tables`` (one JSON line per item) and ``raw`` members as given."""
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        archive.writestr(
            "manifest.json", json.dumps(manifest() if the_manifest is None else the_manifest)
        )
        for table, rows in tables.items():
            archive.writestr(
                f"{table}.jsonl",
                "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows),
            )
        for name, data in (raw or {}).items():
            archive.writestr(name, data)
    return path


def newline_bomb(path: Path, megabytes: int = 1024) -> Path:
    """A real zip bomb: about 1 MB holding ``events.jsonl`` of ``megabytes`` MB of newlines.

    Made without compressing a gigabyte: deflating the same megabyte after a full flush
    gives the same bytes each time, so the stream is built by repetition."""
    block = b"\n" * (1 << 20)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    assert again == packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    last = packer.compress(block) + packer.flush()
    data = first + again * (megabytes - 3) + last
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(block, crc)
    size = megabytes << 20
    members = [
        ("manifest.json", json.dumps(manifest()).encode(), None),
        ("events.jsonl", data, (crc, size)),
    ]
    out = bytearray()
    directory = bytearray()
    for name, payload, inflated in members:
        encoded = name.encode()
        if inflated is None:
            method, crc_, compressed, plain = 0, zlib.crc32(payload), payload, len(payload)
        else:
            method, (crc_, plain), compressed = 8, inflated, payload
        offset = len(out)
        out += struct.pack(
            zipfile.structFileHeader, zipfile.stringFileHeader, 20, 0, 0, method, 0, 0,
            crc_, len(compressed), plain, len(encoded), 0,
        ) + encoded + compressed  # fmt: skip
        directory += struct.pack(
            zipfile.structCentralDir, zipfile.stringCentralDir, 20, 0, 20, 0, 0, method,
            0, 0, crc_, len(compressed), plain, len(encoded), 0, 0, 0, 0, 0, offset,
        ) + encoded  # fmt: skip
    start = len(out)
    out += directory
    out += struct.pack(
        zipfile.structEndArchive, zipfile.stringEndArchive, 0, 0, len(members),
        len(members), len(directory), start, 0,
    )  # fmt: skip
    path.write_bytes(bytes(out))
    return path

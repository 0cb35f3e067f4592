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
  lesson done on any tablet stays done), the latest "done on one's own" results (with and
  without help), and its counters are recounted from the events;
- links ("these two records are one person", made by the facilitator) travel too.
Two learners with the same first name but different UUIDs from different devices are never
merged silently: ``possible_duplicates`` lists them for the facilitator to link or keep apart.

The work is split by what each part trusts: ``format`` (what writer and reader agree on),
``writing`` (this device's own database to a pack), ``reading`` (a pack file that may be
damaged or crafted), ``merging`` (checked rows into the store, linking two records of one
person) and ``importing`` (files read and merged one transaction each). Every public name
stays importable from ``tutor.storage.packs``.
"""

from tutor.storage.packs.format import (
    EVENT_FIELDS,
    FORMAT,
    LEARNER_FIELDS,
    NOTE_FIELDS,
    SUFFIX,
    TABLES,
    VERSION,
    PackError,
    Report,
)
from tutor.storage.packs.importing import conflicts_text, describe, import_packs
from tutor.storage.packs.merging import (
    CHUNK,
    LEARNER_ORDER,
    STATE_FIELDS,
    ImportSummary,
    Merger,
    PossibleDuplicate,
)
from tutor.storage.packs.reading import (
    MAX_LINE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    RATIO_FROM,
    READ_BYTES,
    Pack,
    PackFile,
    read_pack,
)
from tutor.storage.packs.writing import export_pack, pack_name

__all__ = [
    "CHUNK",
    "EVENT_FIELDS",
    "FORMAT",
    "LEARNER_FIELDS",
    "LEARNER_ORDER",
    "MAX_LINE_BYTES",
    "MAX_MANIFEST_BYTES",
    "MAX_MEMBERS",
    "MAX_MEMBER_BYTES",
    "MAX_RATIO",
    "MAX_TOTAL_BYTES",
    "NOTE_FIELDS",
    "RATIO_FROM",
    "READ_BYTES",
    "STATE_FIELDS",
    "SUFFIX",
    "TABLES",
    "VERSION",
    "ImportSummary",
    "Merger",
    "Pack",
    "PackError",
    "PackFile",
    "PossibleDuplicate",
    "Report",
    "conflicts_text",
    "describe",
    "export_pack",
    "import_packs",
    "pack_name",
    "read_pack",
]

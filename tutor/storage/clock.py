"""Time stamps as stored: UTC, ISO 8601, milliseconds (one format, sortable as text)."""

from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")

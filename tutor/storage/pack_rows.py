"""What a row of a progress pack may hold: the same rules as what the app itself records.

A pack comes from a USB stick or a shared folder: it may be damaged, come from a newer or a
modified program, or be crafted. Every row is checked here before anything of it reaches the
database: its type, its required fields, the shape of its identifiers (UUIDs, lesson ids),
the ranges of its values (the learner's text size, theme, language, voice...) and the
length of its texts. A first name is normalised exactly as ``Learners.add`` does.
"""

from __future__ import annotations

import math
import re
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
)
from pydantic_core import PydanticCustomError

from tutor.core.lesson import LESSON_ID_PATTERN
from tutor.i18n import _
from tutor.storage.learners import MAX_NAME_LENGTH, normal_first_name

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
MAX_STEPS = 1000
MAX_NOTE_LENGTH = 20_000
MAX_ACTION_LENGTH = 500
MAX_DURATION_S = 24 * 3600.0
# Direction-changing characters kept out of notes (a note keeps its line breaks).
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def _timestamp(value: Any) -> Any:
    """An ISO date and time, as the app writes them (``2026-11-13T09:30:00.000+00:00``)."""
    if isinstance(value, str) and len(value) <= 40:
        try:
            datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value
    raise PydanticCustomError("timestamp", "expected a date and time")


def _flag(value: Any) -> Any:
    """0 or 1 (``true`` / ``false`` are read as 1 / 0)."""
    if isinstance(value, bool):
        return int(value)
    return value


def _name(value: str) -> str:
    name = normal_first_name(value)
    if not name:
        raise PydanticCustomError("empty_name", "expected a first name")
    return name


def _note(value: str) -> str:
    text = _CONTROL.sub("", _BIDI.sub("", value)).strip()
    if not text:
        raise PydanticCustomError("empty_text", "expected some text")
    return text


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise PydanticCustomError("finite", "expected a number")
    return value


Uuid = Annotated[str, Field(pattern=UUID_PATTERN)]
LessonId = Annotated[str, Field(pattern=LESSON_ID_PATTERN, max_length=100)]
Stamp = Annotated[str, BeforeValidator(_timestamp)]
Flag = Annotated[int, BeforeValidator(_flag), Field(ge=0, le=1)]
Step = Annotated[int, Field(ge=0, le=MAX_STEPS)]


class _Row(BaseModel):
    # Strict types (a number is never read from a text); fields a newer program adds are
    # left out rather than refused.
    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)


class LearnerRow(_Row):
    id: Uuid
    first_name: Annotated[str, Field(max_length=100_000), AfterValidator(_name)]
    avatar: Annotated[str, Field(pattern=r"^[a-z0-9]+\.[a-z0-9-]+$", max_length=64)] | None = None
    colour: Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")] | None = None
    language: Literal["fr", "en"] = "fr"
    created_at: Stamp
    updated_at: Stamp
    archived: Flag = 0
    text_size: Literal[100, 150, 200] = 100
    theme: Literal["standard", "high_contrast"] = "standard"
    voice_on: Flag = 1
    voice_rate: Literal["slow", "normal", "fast"] = "normal"
    volume: Annotated[int, Field(ge=0, le=100)] = 80
    motion: Literal["full", "reduced"] = "full"
    origin_device: Uuid | None = None


class ProgressRow(_Row):
    learner_id: Uuid
    lesson_id: LessonId
    run_id: Uuid | None = None
    status: Literal["in_progress", "done"]
    current_step: Step = 0
    step_count: Step = 0
    started_at: Stamp | None = None
    updated_at: Stamp | None = None
    completed_at: Stamp | None = None
    confidence: Annotated[int, Field(ge=1, le=3)] | None = None
    runs: Annotated[int, Field(ge=0, le=1_000_000)] = 0
    last_completed_at: Stamp | None = None
    alone_at: Stamp | None = None
    alone_helped_at: Stamp | None = None
    alone_runs: Annotated[int, Field(ge=0, le=1_000_000)] = 0


class EventRow(_Row):
    id: Uuid
    learner_id: Uuid
    lesson_id: LessonId
    run_id: Uuid
    step_index: Step
    action: Annotated[str, Field(max_length=MAX_ACTION_LENGTH)]
    correct: Flag
    help_level: Annotated[int, Field(ge=0, le=3)] = 0
    shown: Flag = 0
    duration_s: Annotated[float, Field(ge=0, le=MAX_DURATION_S), AfterValidator(_finite)] = 0.0
    at: Stamp
    device_id: Uuid | None = None


class NoteRow(_Row):
    id: Uuid
    learner_id: Uuid
    text: Annotated[str, Field(max_length=MAX_NOTE_LENGTH), AfterValidator(_note)]
    created_at: Stamp


class LinkRow(_Row):
    alias_id: Uuid
    learner_id: Uuid


class Manifest(_Row):
    format: str
    version: Annotated[int, Field(ge=1)]
    device_id: Uuid | None = None


ROW_MODELS: dict[str, type[_Row]] = {
    "links": LinkRow,
    "learners": LearnerRow,
    "progress": ProgressRow,
    "events": EventRow,
    "notes": NoteRow,
}


class RowProblem(ValueError):
    """One row that breaks the rules; the message names the field and what was expected."""


def checked_row(model: type[_Row], data: Any) -> dict[str, Any]:
    """``data`` as the model keeps it (normalised), or :class:`RowProblem`."""
    if not isinstance(data, dict):
        raise RowProblem(
            _("expected a group of fields ({fields})").format(fields=", ".join(model.model_fields))
        )
    try:
        return model.model_validate(data).model_dump()
    except ValidationError as error:
        raise RowProblem(describe(error.errors()[0])) from None


def describe(err: Any) -> str:
    """One pydantic error as a sentence naming the field and what was expected."""
    loc = tuple(err["loc"])
    field = str(loc[0]) if loc else "?"
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind == "missing":
        return _("the field '{field}' is missing").format(field=field)
    if err.get("input", "") is None:
        return _("the field '{field}' is empty; it is required here").format(field=field)
    if kind == "string_pattern_mismatch":
        if ctx.get("pattern") == UUID_PATTERN:
            return _(
                "'{field}' should be an identifier like 1b4e28ba-2fa1-4d12-883f-0016d3cca427"
            ).format(field=field)
        if ctx.get("pattern") == LESSON_ID_PATTERN:
            return _(
                "'{field}' should be a lesson id (lowercase letters, digits and dashes)"
            ).format(field=field)
        return _("'{field}' does not have the expected form").format(field=field)
    if kind == "timestamp":
        return _("'{field}' should be a date and time like 2026-11-13T09:30:00+00:00").format(
            field=field
        )
    if kind == "empty_name":
        return _("'{field}' should be a first name of at most {limit} characters").format(
            field=field, limit=MAX_NAME_LENGTH
        )
    if kind == "literal_error":
        return _("'{field}' cannot be {value}; expected one of: {expected}").format(
            field=field,
            value=_shown(err.get("input")),
            expected=str(ctx.get("expected", "")).replace(" or ", ", "),
        )
    if kind in ("greater_than_equal", "less_than_equal", "finite"):
        return _("'{field}' is out of range ({value})").format(
            field=field, value=_shown(err.get("input"))
        )
    if kind in ("string_too_long", "too_long"):
        return _("'{field}' is too long (at most {limit} characters)").format(
            field=field, limit=ctx.get("max_length", "?")
        )
    if kind.startswith("int") or kind.startswith("float") or kind.startswith("bool"):
        return _("'{field}' should be a number").format(field=field)
    if kind.startswith("string") or kind == "empty_text":
        return _("'{field}' should be a text").format(field=field)
    return _("'{field}' is not valid here").format(field=field)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."

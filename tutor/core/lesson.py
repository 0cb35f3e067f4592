"""The lesson format: what a facilitator writes in ``lessons/<module>/<id>.yaml``.

Pydantic describes the format once; the same models validate files (with line numbers, see
``loader``) and produce the JSON Schema committed for editors (``lessons/lesson.schema.json``).
Any text may be a plain string (in the lesson's ``language``) or a mapping per language.
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from tutor.core.actions import CONTINUE_TARGET, Action, ActionKind
from tutor.core.modules import MODULE_IDS
from tutor.i18n import SUPPORTED_LANGUAGES, current_language
from tutor.typography import keep_together

Language = Literal["fr", "en"]
# The longest bundled text is under 250 characters; a step says one idea. A text of
# thousands would only make every screen that shows it slow to draw.
MAX_TEXT_LENGTH = 2000


def _check_text(value: Any) -> Any:
    texts = (
        [value]
        if isinstance(value, str)
        else list(value.values())
        if isinstance(value, dict)
        else []
    )
    if any(isinstance(text, str) and len(text) > MAX_TEXT_LENGTH for text in texts):
        raise PydanticCustomError(
            "text_too_long", "this text is too long", {"limit": MAX_TEXT_LENGTH}
        )
    if isinstance(value, str):
        if not value.strip():
            raise PydanticCustomError("empty_text", "this text is empty")
        return value
    if (
        isinstance(value, dict)
        and value
        and all(isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in value.items())
    ):
        unknown = sorted(set(value) - set(SUPPORTED_LANGUAGES))
        if unknown:
            raise PydanticCustomError(
                "unknown_language",
                "unknown language {unknown}; expected {expected}",
                {"unknown": ", ".join(unknown), "expected": ", ".join(SUPPORTED_LANGUAGES)},
            )
        return value
    raise PydanticCustomError(
        "text_type", "expected a text, or one text per language (fr: ..., en: ...)"
    )


LocalizedText = Annotated[
    str | dict[str, str],
    BeforeValidator(_check_text),
    Field(json_schema_extra={"description": "A text, or one text per language (fr, en)."}),
]


def pick(text: str | dict[str, str] | None, language: str, fallback: str) -> str:
    """The text in ``language``, else in the lesson's own language, else any."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    return text.get(language) or text.get(fallback) or next(iter(text.values()))


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Expect(_Strict):
    """The one action a step waits for."""

    # Said again for the JSON schema: the installed program's modules have no docstrings.
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"description": "The one action a step waits for."},
    )
    tap: str | None = Field(None, description="Id of the control to tap.")
    long_press: str | None = Field(None, description="Id of the control to press and hold.")
    tap_all: list[str] | None = Field(
        None,
        min_length=2,
        description="Ids of several controls to tap, all of them, in any order (e.g. the "
        "clues of a scam message). Each one found may be praised ('praise_each').",
    )
    swipe: Literal["left", "right", "up", "down"] | None = Field(
        None, description="Direction of the swipe (needs 'target')."
    )
    type: LocalizedText | None = Field(
        None,
        description="Text to write (needs 'target'); one per language when the words differ.",
    )
    choose: str | None = Field(None, description="Answer to choose (needs 'target').")
    target: str | None = Field(None, description="Where to swipe, write or choose.")

    @model_validator(mode="after")
    def _one_action(self) -> Expect:
        given = [kind for kind in ActionKind if getattr(self, kind.value) is not None]
        count = len(given) + (self.tap_all is not None)
        if count != 1:
            raise PydanticCustomError(
                "one_action",
                "'expect' needs exactly one action among tap, long_press, swipe, type, "
                "choose, tap_all (found {count})",
                {"count": count},
            )
        if self.tap_all is not None:
            twice = sorted({t for t in self.tap_all if self.tap_all.count(t) > 1})
            if twice:
                raise PydanticCustomError(
                    "tap_all_twice",
                    "'tap_all' names '{target}' twice; name each control once",
                    {"target": twice[0]},
                )
            if self.target:
                raise PydanticCustomError(
                    "no_target", "'tap_all' names its controls itself; remove 'target'"
                )
            return self
        kind = given[0]
        needs_target = kind in (ActionKind.SWIPE, ActionKind.TYPE, ActionKind.CHOOSE)
        if needs_target and not self.target:
            raise PydanticCustomError(
                "needs_target",
                "'{kind}' needs a 'target': the id of the control",
                {"kind": kind.value},
            )
        if not needs_target and self.target:
            raise PydanticCustomError(
                "no_target",
                "'{kind}' names its control itself; remove 'target'",
                {"kind": kind.value},
            )
        return self

    def action(self, language: str | None = None) -> Action:
        """The awaited action; a text to type is the one in ``language`` (the learner's
        language by default): an English learner types English words. For ``tap_all``,
        the first of its taps (``actions`` gives them all)."""
        return self.actions(language)[0]

    def actions(self, language: str | None = None) -> tuple[Action, ...]:
        """Every action the step waits for: one, or each tap of ``tap_all`` (any order)."""
        if self.tap_all is not None:
            return tuple(Action(ActionKind.TAP, target) for target in self.tap_all)
        return (self._single(language),)

    def _single(self, language: str | None) -> Action:
        for kind in ActionKind:
            value = getattr(self, kind.value)
            if value is None:
                continue
            if kind in (ActionKind.TAP, ActionKind.LONG_PRESS):
                return Action(kind, value)
            assert self.target is not None
            if isinstance(value, dict):
                wanted = language or current_language()
                value = value.get(wanted) or next(iter(value.values()))
            return Action(kind, self.target, value)
        raise AssertionError("validated Expect has one action")


class Step(_Strict):
    say: LocalizedText | None = Field(
        None, description="What the voice says (several short sentences). Defaults to 'show'."
    )
    show: LocalizedText = Field(description="The short instruction shown in large text.")
    expect: Expect | None = Field(
        None, description="The action awaited. Without it, the learner taps 'Continue'."
    )
    hint: LocalizedText | None = Field(None, description="A help sentence: where to look.")
    wrong: dict[str, LocalizedText] = Field(
        default_factory=dict,
        description=(
            "Kind answers for known wrong controls: control id -> what to say. An id may "
            "end with * to answer a whole family of controls (e.g. home.app.*)."
        ),
    )
    praise: LocalizedText | None = Field(None, description="Praise said when the step is done.")
    praise_each: dict[str, LocalizedText] = Field(
        default_factory=dict,
        description=(
            "With 'tap_all': what to say when each control is found (control id -> text), "
            "e.g. why that clue gives the scam away."
        ),
    )
    cue: str | None = Field(
        None,
        description="Something the practice app does when the step begins (e.g. a call "
        "arrives). The app's list of cues is in docs/LESSONS.md.",
    )

    @model_validator(mode="after")
    def _praise_each_names_taps(self) -> Step:
        if not self.praise_each:
            return self
        wanted = self.expect.tap_all if self.expect is not None else None
        if wanted is None:
            raise PydanticCustomError(
                "praise_each_alone", "'praise_each' goes with 'expect: tap_all'"
            )
        unknown = sorted(set(self.praise_each) - set(wanted))
        if unknown:
            raise PydanticCustomError(
                "praise_each_unknown",
                "'praise_each' names '{target}', which 'tap_all' does not list",
                {"target": unknown[0]},
            )
        return self

    def wrong_answer(self, target_id: str) -> str | dict[str, str] | None:
        """The lesson's own words for ``target_id``: exact id first, then a ``*`` pattern."""
        if target_id in self.wrong:
            return self.wrong[target_id]
        for pattern, text in self.wrong.items():
            if "*" in pattern and fnmatchcase(target_id, pattern):
                return text
        return None

    def expected_action(self, language: str | None = None) -> Action:
        if self.expect is None:
            return Action(ActionKind.TAP, CONTINUE_TARGET)
        return self.expect.action(language)

    def expected_actions(self, language: str | None = None) -> tuple[Action, ...]:
        """All the actions that finish the step, in the lesson's order (the learner may do
        the taps of ``tap_all`` in any order): for replaying a done step."""
        if self.expect is None:
            return (Action(ActionKind.TAP, CONTINUE_TARGET),)
        return self.expect.actions(language)


class Word(_Strict):
    """A hard word the lesson explains where it is used (FALC: hard words explained)."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"description": "A hard word and its short, plain definition."},
    )
    word: LocalizedText = Field(description="The word as the steps write it (e.g. expéditeur).")
    means: LocalizedText = Field(
        description="One or two short sentences in common words (e.g. the person who sends it)."
    )


# A lesson id: what lesson files, progress rows and packs all name a lesson by.
LESSON_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class Lesson(_Strict):
    id: str = Field(
        pattern=LESSON_ID_PATTERN,
        description="Unique id: lowercase letters, digits and dashes (e.g. tablet-open-app).",
    )
    module: Literal[MODULE_IDS] = Field(description="The module the lesson belongs to.")  # type: ignore[valid-type]
    title: LocalizedText
    goal: LocalizedText = Field(description="'At the end, you will know how to...'")
    duration: int = Field(ge=1, le=60, description="About how many minutes it takes.")
    sandbox: str = Field(description="The practice app the lesson uses (e.g. tablet).")
    language: Language = Field("fr", description="Language of plain texts.")
    order: int = Field(100, description="Position in the module's list (small first).")
    ending: LocalizedText | None = Field(None, description="Said at the end of the lesson.")
    scene: str | None = Field(
        None, description="The situation the practice app starts in (default: its home)."
    )
    steps: list[Step] = Field(min_length=1)
    remember: list[LocalizedText] = Field(
        default_factory=list,
        max_length=3,
        description="What to remember: 2 or 3 short points, shown and read on the summary.",
    )
    words: list[Word] = Field(
        default_factory=list,
        description="Hard words the lesson uses, each with a plain definition.",
    )

    def text(self, value: str | dict[str, str] | None, language: str) -> str:
        """The text as shown and read in ``language``: French spaces before "?", ":"...
        never start a line (see :mod:`tutor.typography`)."""
        return keep_together(pick(value, language, self.language))

    @property
    def step_count(self) -> int:
        return len(self.steps)

"""Lesson translations: ``<id>.<lang>.yaml`` beside ``<id>.yaml``, with the same steps.

A translation file holds only the texts (title, goal, ending, the points to remember, the hard
words with their meaning, and per step say, show, hint, praise, the words to type, the kind
answers in ``wrong`` and the praise of each find in ``praise_each``), in the same order as the
lesson. The lesson file stays readable in its own language, and adding a language means
adding files, not editing every lesson. On loading, each text becomes a mapping per language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from tutor.core.lesson import LocalizedText
from tutor.core.problems import Problem
from tutor.core.yaml_lines import Path_, line_for
from tutor.i18n import N_, SUPPORTED_LANGUAGES, _

STEP_TEXTS = ("say", "show", "hint", "praise")
LESSON_TEXTS = ("title", "goal", "ending")
# A step's texts by target, and what is said when the lesson has none for a target.
PER_TARGET = (
    ("wrong", N_("the lesson's step {number} has no kind answer for '{target}'")),
    ("praise_each", N_("the lesson's step {number} has no praise for finding '{target}'")),
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class StepTranslation(_Strict):
    say: LocalizedText | None = None
    show: LocalizedText | None = None
    hint: LocalizedText | None = None
    praise: LocalizedText | None = None
    type: LocalizedText | None = None  # the words typed, when they differ in this language
    wrong: dict[str, LocalizedText] = {}
    praise_each: dict[str, LocalizedText] = {}


class WordTranslation(_Strict):
    word: LocalizedText
    means: LocalizedText


class LessonTranslation(_Strict):
    title: LocalizedText | None = None
    goal: LocalizedText | None = None
    ending: LocalizedText | None = None
    steps: list[StepTranslation] = []
    remember: list[LocalizedText] = []
    words: list[WordTranslation] = []


def is_translation_file(path: Path) -> bool:
    """``tablet-open-app.en.yaml`` is a translation, not a lesson."""
    return Path(path.stem).suffix.lstrip(".") in SUPPORTED_LANGUAGES


def translation_files(lesson_path: Path) -> dict[str, Path]:
    """The translations that exist beside a lesson file, by language."""
    found = {}
    for language in SUPPORTED_LANGUAGES:
        candidate = lesson_path.with_name(f"{lesson_path.stem}.{language}{lesson_path.suffix}")
        if candidate.exists():
            found[language] = candidate
    return found


def merge_translation(
    lesson: dict[str, Any], language: str, path: Path, data: Any, lines: dict[Path_, int]
) -> list[Problem]:
    """Put the texts of one translation into the lesson's data (in place)."""
    if not isinstance(data, dict):
        return [Problem(path, 1, _("expected the translated texts: title, goal, steps"))]
    try:
        LessonTranslation.model_validate(data)
    except ValidationError as exc:
        return sorted(
            {
                Problem(path, line_for(lines, tuple(err["loc"])), _translation_message(err))
                for err in exc.errors()
            }
        )
    own = str(lesson.get("language", "fr"))
    if language == own:
        return [
            Problem(
                path,
                1,
                _("this lesson is already written in “{language}”").format(language=language),
            )
        ]
    problems: list[Problem] = []
    for key in LESSON_TEXTS:
        if key in data and key in lesson:
            lesson[key] = _with(lesson[key], own, language, data[key])
    problems.extend(_merge_lists(lesson, own, language, path, data, lines))
    steps = lesson.get("steps") or []
    translated = data.get("steps") or []
    if len(translated) != len(steps):
        problems.append(
            Problem(
                path,
                lines.get(("steps",), 1),
                _(
                    "the lesson has {expected} steps and this translation {found}; expected one "
                    "translated step for each step, in the same order"
                ).format(expected=len(steps), found=len(translated)),
            )
        )
    for index, (step, texts) in enumerate(zip(steps, translated, strict=False)):
        if not isinstance(step, dict):
            continue
        for key in STEP_TEXTS:
            if key in texts and (key in step or (key == "say" and "show" in step)):
                source = step.get(key, step.get("show"))
                step[key] = _with(source, own, language, texts[key])
        if "type" in texts:
            problems.extend(_merge_typed(step, own, language, texts["type"], path, lines, index))
        # Texts by target: a kind answer for each wrong target, praise for each one found.
        for key, missing in PER_TARGET:
            for target, text in (texts.get(key) or {}).items():
                given = step.get(key) or {}
                if not isinstance(given, dict) or target not in given:
                    problems.append(
                        Problem(
                            path,
                            line_for(lines, ("steps", index, key, target)),
                            _(missing).format(number=index + 1, target=target),
                        )
                    )
                    continue
                given[target] = _with(given[target], own, language, text)
    return problems


def _merge_typed(
    step: dict[str, Any],
    own: str,
    language: str,
    text: Any,
    path: Path,
    lines: dict[Path_, int],
    index: int,
) -> list[Problem]:
    expect = step.get("expect")
    if not isinstance(expect, dict) or "type" not in expect:
        return [
            Problem(
                path,
                line_for(lines, ("steps", index, "type")),
                _("the lesson's step {number} asks for nothing to type").format(number=index + 1),
            )
        ]
    expect["type"] = _with(expect["type"], own, language, text)
    return []


def _merge_lists(
    lesson: dict[str, Any], own: str, language: str, path: Path, data: Any, lines: dict[Path_, int]
) -> list[Problem]:
    """The points to remember and the hard words: one translation each, in the same order."""
    problems: list[Problem] = []
    for key in ("remember", "words"):
        if key not in data:
            continue
        originals = lesson.get(key) or []
        translated = data[key] or []
        if not isinstance(originals, list) or len(translated) != len(originals):
            problems.append(
                Problem(
                    path,
                    lines.get((key,), 1),
                    _(
                        "the lesson has {expected} items in '{field}' and this translation "
                        "{found}; expected one for each, in the same order"
                    ).format(
                        expected=len(originals) if isinstance(originals, list) else 0,
                        found=len(translated),
                        field=key,
                    ),
                )
            )
            continue
        for index, text in enumerate(translated):
            original = originals[index]
            if key == "remember":
                originals[index] = _with(original, own, language, text)
            elif isinstance(original, dict):
                for part in ("word", "means"):
                    original[part] = _with(original.get(part), own, language, text[part])
    return problems


def _with(original: Any, own: str, language: str, text: Any) -> Any:
    if isinstance(original, dict):
        return {**original, language: text}
    return {own: original, language: text}


def _translation_message(err: Any) -> str:
    loc = tuple(err["loc"])
    name = str(loc[-1]) if loc else ""
    if err["type"] == "extra_forbidden":
        return _("'{field}' cannot be translated here; expected only texts: {fields}").format(
            field=name,
            fields=", ".join(
                (*LESSON_TEXTS, "remember", "words", "steps", *STEP_TEXTS, "type", "wrong")
            ),
        )
    if err["type"] == "text_too_long":
        return _(
            "'{field}' is longer than {limit} characters; expected short sentences, one idea each"
        ).format(field=name, limit=(err.get("ctx") or {}).get("limit", ""))
    return _("'{field}' should be a text").format(field=name)

"""Loading and checking lesson files.

Every problem is reported as ``FILE:LINE: message`` naming what was expected; a broken file
is skipped and the others still load, so one typo never empties the catalogue.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from tutor.core.actions import CONTINUE_TARGET, ActionKind
from tutor.core.lesson import Expect, Lesson, Step
from tutor.core.problems import LessonFileError, Problem
from tutor.core.sandbox_spec import SandboxSpec
from tutor.core.translations import is_translation_file, merge_translation, translation_files
from tutor.core.yaml_lines import Path_, YamlProblem, line_for, load_with_lines, read_text
from tutor.i18n import _

LESSON_SUFFIXES = (".yaml", ".yml")
log = logging.getLogger(__name__)


@dataclass
class LoadResult:
    lessons: list[Lesson] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    sources: dict[str, Path] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def lesson_files(paths: Iterable[Path]) -> list[Path]:
    """Every lesson file under ``paths``, sorted. Files are taken as given, except that a
    translation given alone stands for its lesson (which is checked with it)."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(
                p
                for p in path.rglob("*")
                if p.suffix in LESSON_SUFFIXES and p.is_file() and not is_translation_file(p)
            )
        elif is_translation_file(path):
            lesson = _lesson_of(path)
            if lesson is not None:
                found.add(lesson)
        else:
            found.add(path)
    return sorted(found)


def _lesson_of(translation: Path) -> Path | None:
    """The lesson file beside a translation (``x.en.yaml`` -> ``x.yaml``), if there is one."""
    base = Path(translation.stem).stem
    for suffix in LESSON_SUFFIXES:
        candidate = translation.with_name(base + suffix)
        if candidate.is_file():
            return candidate
    return None


def orphan_translations(paths: Iterable[Path]) -> list[Problem]:
    """Translation files (``<id>.<lang>.yaml``) with no lesson ``<id>.yaml`` beside them."""
    found = []
    for path in paths:
        candidates = path.rglob("*") if path.is_dir() else [path]
        for translation in candidates:
            if translation.suffix not in LESSON_SUFFIXES or not is_translation_file(translation):
                continue
            if _lesson_of(translation) is None:
                found.append(
                    Problem(
                        translation,
                        1,
                        _(
                            "this translation has no lesson beside it; expected the lesson "
                            "file '{expected}' in the same folder"
                        ).format(expected=f"{Path(translation.stem).stem}{translation.suffix}"),
                    )
                )
    return sorted(found)


def load_lessons(paths: Iterable[Path], sandboxes: Mapping[str, SandboxSpec]) -> LoadResult:
    """Load every lesson under ``paths``; collect the problems of the ones that fail."""
    result = LoadResult()
    id_lines: dict[str, tuple[Path, int]] = {}
    paths = list(paths)
    result.problems.extend(orphan_translations(paths))
    for path in lesson_files(paths):
        try:
            lesson, lines = load_lesson_file(path, sandboxes)
        except LessonFileError as exc:
            result.problems.extend(exc.problems)
            continue
        except (MemoryError, RecursionError):
            result.problems.append(
                Problem(path, 1, _("the file is too large or too deeply nested to read"))
            )
            continue
        except Exception as exc:  # one unreadable file never stops the others loading
            log.exception("unexpected problem in %s", path)
            result.problems.append(
                Problem(
                    path,
                    1,
                    _("the file cannot be read ({reason})").format(reason=type(exc).__name__),
                )
            )
            continue
        line = lines.get(("id",), 1)
        if lesson.id in id_lines:
            first_path, first_line = id_lines[lesson.id]
            result.problems.append(
                Problem(
                    path,
                    line,
                    _(
                        "the id '{id}' is already used by {other}:{line}; expected a unique id"
                    ).format(id=lesson.id, other=first_path, line=first_line),
                )
            )
            continue
        id_lines[lesson.id] = (path, line)
        result.lessons.append(lesson)
        result.sources[lesson.id] = path
    result.lessons.sort(key=lambda lesson: (lesson.module, lesson.order, lesson.id))
    return result


def load_lesson_file(
    path: Path, sandboxes: Mapping[str, SandboxSpec]
) -> tuple[Lesson, dict[Path_, int]]:
    """One lesson file (with its translations), fully checked, or :class:`LessonFileError`
    with all its problems."""
    data, lines = _read_yaml(path)
    if not isinstance(data, dict):
        raise LessonFileError(
            [
                Problem(
                    path,
                    1,
                    _(
                        "expected the fields of a lesson (id, module, title, goal, "
                        "duration, sandbox, steps)"
                    ),
                )
            ]
        )
    translation_problems: list[Problem] = []
    for language, translation in translation_files(path).items():
        texts, text_lines = _read_yaml(translation)
        translation_problems += merge_translation(data, language, translation, texts, text_lines)
    if translation_problems:
        raise LessonFileError(translation_problems)
    try:
        lesson = Lesson.model_validate(data)
    except ValidationError as exc:
        problems = [
            Problem(path, line_for(lines, tuple(err["loc"])), _describe(err))
            for err in exc.errors()
        ]
        raise LessonFileError(sorted(set(problems))) from None
    problems = [
        Problem(path, line, message) for line, message in _check_meaning(lesson, lines, sandboxes)
    ] + _check_id(path, lesson, lines)
    if problems:
        raise LessonFileError(problems)
    return lesson, lines


def _read_yaml(path: Path) -> tuple[Any, dict[Path_, int]]:
    try:
        return load_with_lines(read_text(path))
    except YamlProblem as exc:
        raise LessonFileError([Problem(path, exc.line, exc.message)]) from None
    except MemoryError:
        raise LessonFileError(
            [Problem(path, 1, _("the file is too large to read; expected a lesson of a few KB"))]
        ) from None


def _check_id(path: Path, lesson: Lesson, lines: dict[Path_, int]) -> list[Problem]:
    """A lesson's file is named after its id, so a facilitator finds one from the other
    (and a translation, ``<id>.<lang>.yaml``, is found beside it)."""
    if path.stem == lesson.id:
        return []
    return [
        Problem(
            path,
            lines.get(("id",), 1),
            _(
                "the id '{id}' differs from the file name; expected the file to be named "
                "'{expected}' (or the id to be '{stem}')"
            ).format(id=lesson.id, expected=f"{lesson.id}{path.suffix}", stem=path.stem),
        )
    ]


def _check_meaning(
    lesson: Lesson, lines: dict[Path_, int], sandboxes: Mapping[str, SandboxSpec]
) -> list[tuple[int, str]]:
    """What the schema cannot know: the sandbox and its controls."""
    spec = sandboxes.get(lesson.sandbox)
    if spec is None:
        known = ", ".join(sorted(sandboxes)) or "-"
        return [
            (
                lines.get(("sandbox",), 1),
                _("unknown practice app '{sandbox}'; expected one of: {known}").format(
                    sandbox=lesson.sandbox, known=known
                ),
            )
        ]
    found: list[tuple[int, str]] = []
    if lesson.scene is not None and lesson.scene not in spec.scenes:
        found.append(
            (
                lines.get(("scene",), 1),
                _(
                    "the practice app '{sandbox}' has no scene '{scene}'; expected one of: {known}"
                ).format(sandbox=spec.id, scene=lesson.scene, known=_known(spec.scenes)),
            )
        )
    for index, step in enumerate(lesson.steps):
        if step.cue is not None and step.cue not in spec.cues:
            found.append(
                (
                    line_for(lines, ("steps", index, "cue")),
                    _(
                        "the practice app '{sandbox}' has no cue '{cue}'; expected one of: {known}"
                    ).format(sandbox=spec.id, cue=step.cue, known=_known(spec.cues)),
                )
            )
        found.extend(_check_step(step, ("steps", index), lines, spec))
    return found


def _check_step(
    step: Step, where: Path_, lines: dict[Path_, int], spec: SandboxSpec
) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for number, action in enumerate(step.expect.actions() if step.expect is not None else ()):
        if step.expect is not None and step.expect.tap_all is not None:
            line = line_for(lines, (*where, "expect", "tap_all", number))
        else:
            key = (
                "target"
                if action.kind in (ActionKind.SWIPE, ActionKind.TYPE, ActionKind.CHOOSE)
                else action.kind.value
            )
            line = line_for(lines, (*where, "expect", key))
        target = spec.target(action.target)
        if target is None:
            found.append((line, _unknown_target(action.target, spec)))
        elif action.kind not in target.actions:
            accepted = ", ".join(sorted(a.value for a in target.actions))
            found.append(
                (
                    line,
                    _(
                        "the control '{target}' cannot take '{kind}'; expected one of: {accepted}"
                    ).format(target=action.target, kind=action.kind.value, accepted=accepted),
                )
            )
    for target_id in step.wrong:
        if "*" in target_id:
            if not any(fnmatchcase(known, target_id) for known in spec.targets):
                found.append(
                    (
                        line_for(lines, (*where, "wrong", target_id)),
                        _unknown_target(target_id, spec),
                    )
                )
        elif target_id != CONTINUE_TARGET and spec.target(target_id) is None:
            found.append(
                (line_for(lines, (*where, "wrong", target_id)), _unknown_target(target_id, spec))
            )
    return found


def _known(names: frozenset[str]) -> str:
    return ", ".join(sorted(names)) or "-"


def _unknown_target(target_id: str, spec: SandboxSpec) -> str:
    return _(
        "the practice app '{sandbox}' has no control '{target}'; expected one of: {known}"
    ).format(sandbox=spec.id, target=target_id, known=", ".join(sorted(spec.targets)))


_MODELS: dict[str, type[BaseModel]] = {"lesson": Lesson, "step": Step, "expect": Expect}


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel]:
    """The model that owns the last field of ``loc`` (for listing the allowed fields)."""
    if len(loc) >= 3 and loc[0] == "steps" and loc[2] == "expect":
        return Expect
    if len(loc) >= 2 and loc[0] == "steps":
        return Step
    return Lesson


def _describe(err: Any) -> str:
    """A facilitator-friendly sentence for one pydantic error."""
    loc = tuple(err["loc"])
    name = str(loc[-1]) if loc else "lesson"
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind == "missing":
        return _("the field '{field}' is missing; it is required here").format(field=name)
    if kind == "extra_forbidden":
        allowed = ", ".join(_model_at(loc[:-1] if loc else loc).model_fields)
        return _("unknown field '{field}'; expected one of: {allowed}").format(
            field=name, allowed=allowed
        )
    if kind == "too_short" and name == "steps":
        return _("the lesson has no steps; expected at least one step")
    if kind in ("string_type", "text_type", "empty_text"):
        return _("'{field}' should be a text (or one text per language: fr, en)").format(field=name)
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return _("'{field}' should be a whole number").format(field=name)
    if kind in ("greater_than_equal", "less_than_equal"):
        return _("'{field}' should be a number of minutes from 1 to 60").format(field=name)
    if kind == "literal_error":
        return _("'{field}' cannot be '{value}'; expected one of: {expected}").format(
            field=name, value=err.get("input"), expected=ctx.get("expected", "")
        )
    if kind == "string_pattern_mismatch":
        return _(
            "'{field}' should use lowercase letters, digits and dashes only (e.g. tablet-open-app)"
        ).format(field=name)
    if kind in ("list_type",):
        return _("'{field}' should be a list (each item starts with '- ')").format(field=name)
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return _("'{field}' should be a group of fields (name: value)").format(field=name)
    if kind == "one_action":
        return _("'expect' needs exactly one action among tap, long_press, swipe, type, choose")
    if kind == "needs_target":
        return _("'{kind}' needs a 'target': the id of the control").format(
            kind=ctx.get("kind", "")
        )
    if kind == "no_target":
        return _("'{kind}' names its control itself; remove 'target'").format(
            kind=ctx.get("kind", "")
        )
    if kind == "text_too_long":
        return _(
            "'{field}' is longer than {limit} characters; expected short sentences, one idea each"
        ).format(field=name, limit=ctx.get("limit", ""))
    if kind == "unknown_language":
        return _("unknown language {unknown}; expected {expected}").format(**ctx)
    return _("'{field}': {message}").format(field=name, message=err.get("msg", ""))

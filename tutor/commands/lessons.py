"""``tutor lessons check|list|schema``: for facilitators writing lessons. No Qt."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.commands import options
from tutor.i18n import _, ngettext
from tutor.paths import bundled_lessons_dir

# The lesson format and the practice apps' specs are imported by the functions that read
# lessons: building the command-line parser (every command's) stays quick.
if TYPE_CHECKING:
    from tutor.core.lesson import Lesson
    from tutor.core.problems import Problem


def _relative(path: Path) -> Path:
    """Paths relative to where the command runs, as editors expect."""
    try:
        relative = Path(os.path.relpath(path))
    except ValueError:
        return path
    return path if str(relative).startswith("..") else relative


def _shown_path(problem: Problem) -> Problem:
    from tutor.core.problems import Problem

    return Problem(_relative(problem.path), problem.line, problem.message)


def check(paths: list[Path], falc: bool = False) -> int:
    """The usual check; with ``falc``, the FALC check of the texts too (see core/falc.py)."""
    status = _check_structure(paths)
    if falc:
        status = max(status, check_falc([p for p in paths if p.exists()]))
    return status


def check_falc(paths: list[Path]) -> int:
    """FILE:LINE: what to change, per text; one summary line per lesson file."""
    from tutor.core import falc
    from tutor.core.loader import lesson_files
    from tutor.core.translations import is_translation_file

    alone = [p for p in paths if p.is_file() and is_translation_file(p)]  # read on their own
    files = alone + lesson_files([p for p in paths if p not in alone])
    reports = [report for path in files for report in falc.check_file(path)]
    for report in reports:
        shown = _relative(report.path)
        for finding in report.findings:
            print(falc.Finding(shown, finding.line, finding.message, finding.error))
        counts = _("{errors} to change, {advice} to consider").format(
            errors=report.errors, advice=report.advice
        )
        if report.score is not None:
            summary = _(
                "readability {score:.0f} ({label}; Kandel-Moles, {limit:.0f} at least)"
            ).format(
                score=report.score,
                label=falc.score_label(report.score),
                limit=falc.MIN_LESSON_SCORE,
            )
            if report.step_scores:
                step, score = min(report.step_scores.items(), key=lambda item: item[1])
                summary += ", " + _("hardest step {number}: {score:.0f}").format(
                    number=step + 1, score=score
                )
        elif report.supported:
            summary = _(
                "language “{language}”: sentence length, abbreviations and capitals only"
            ).format(language=report.language)
        else:
            summary = _("language “{language}”: not checked (no FALC rules for it)").format(
                language=report.language
            )
        print(f"{shown}: FALC {summary} — {counts}")
    errors = sum(report.errors for report in reports)
    advice = sum(report.advice for report in reports)
    print(
        _("FALC: {errors} to change, {advice} to consider, in {files} files").format(
            errors=errors, advice=advice, files=len(reports)
        ),
        file=sys.stderr,
    )
    return 1 if errors else 0


def _check_structure(paths: list[Path]) -> int:
    from tutor.core.loader import lesson_files, load_lessons
    from tutor.core.same_names import check_same_names
    from tutor.core.typed_answers import check_typed_answers
    from tutor.sandboxes import sandbox_specs

    missing = [path for path in paths if not path.exists()]
    for path in missing:
        print(f"{path}:1: " + _("no such file or folder"))
    existing = [p for p in paths if p.exists()]
    result = load_lessons(existing, sandbox_specs())
    # A translation that makes its learners type French (the lesson still plays).
    # A person, place or account spelled otherwise than in the other lessons.
    for path in lesson_files(existing):
        result.problems.extend(check_typed_answers(path))
        result.problems.extend(check_same_names(path))
    for problem in sorted(_shown_path(p) for p in result.problems):
        print(problem)
    files = len({p.path for p in result.problems})
    count = len(result.problems) + len(missing)
    if count:
        parts = (
            ngettext("{count} problem", "{count} problems", count).format(count=count),
            ngettext("{files} file to fix", "{files} files to fix", files).format(files=files),
            ngettext("{ok} lesson fine", "{ok} lessons fine", len(result.lessons)).format(
                ok=len(result.lessons)
            ),
        )
        print(" — ".join(parts), file=sys.stderr)
        return 1
    print(_("All {count} lessons are fine.").format(count=len(result.lessons)), file=sys.stderr)
    return 0


def _summary(lesson: Lesson, language: str) -> dict[str, object]:
    from tutor.core.modules import module_by_id

    module = module_by_id(lesson.module)
    return {
        "module": lesson.module,
        "module_title": module.display_title() if module else lesson.module,
        "id": lesson.id,
        "title": lesson.text(lesson.title, language),
        "goal": lesson.text(lesson.goal, language),
        "steps": lesson.step_count,
        "duration": lesson.duration,
        "sandbox": lesson.sandbox,
    }


def list_lessons(paths: list[Path], as_json: bool, language: str) -> int:
    from tutor.core.loader import load_lessons
    from tutor.sandboxes import sandbox_specs

    result = load_lessons(paths, sandbox_specs())
    rows = [_summary(lesson, language) for lesson in result.lessons]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            print(f"{row['module']:<12} {row['id']:<28} {row['steps']:>3}  {row['title']}")
    for problem in result.problems:
        print(_shown_path(problem), file=sys.stderr)
    return 1 if result.problems else 0


def schema(out: Path | None) -> int:
    from tutor.core.lesson import Lesson

    document = Lesson.model_json_schema()
    document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    document["title"] = "Pas à Pas lesson"
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
    return 0


def default_paths(given: list[str]) -> list[Path]:
    return [Path(p) for p in given] if given else [bundled_lessons_dir()]


def controls_markdown() -> str:
    """Every practice app's controls, scenes and cues, for people writing lessons."""
    from tutor.sandboxes import sandbox_specs

    lines = [
        "# " + _("Controls of the practice apps"),
        "",
        _("Generated by `tutor lessons controls`; the ids are what lesson files name."),
        "",
    ]
    for spec in sorted(sandbox_specs().values(), key=lambda s: s.id):
        lines += [f"## `{spec.id}` — {_(spec.title)}", ""]
        lines += [
            "| " + " | ".join((_("Control"), _("Name"), _("Actions"), _("What it does"))) + " |",
            "|---|---|---|---|",
        ]
        for target in spec.targets.values():
            actions = ", ".join(sorted(action.value for action in target.actions))
            lines.append(
                f"| `{target.id}` | {target.spoken_name()} | {actions} | {target.what_it_does()} |"
            )
        lines.append("")
        if spec.scenes:
            lines.append(
                _("Scenes (lesson field `scene`):")
                + " "
                + ", ".join(f"`{s}`" for s in sorted(spec.scenes))
            )
            lines.append("")
        if spec.cues:
            lines.append(
                _("Cues (step field `cue`):") + " " + ", ".join(f"`{c}`" for c in sorted(spec.cues))
            )
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def controls(out: Path | None) -> int:
    text = controls_markdown()
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
    return 0


def register(commands: options.Commands, common: argparse.ArgumentParser) -> None:
    lesson_commands = options.command_group(
        commands, "lessons", "check and list lesson files", "lessons_command"
    )
    check_parser = lesson_commands.add_parser(
        "check", parents=[common], help="check lesson files; FILE:LINE: message per problem"
    )
    check_parser.add_argument("paths", nargs="*")
    check_parser.add_argument(
        "--falc",
        action="store_true",
        help="also check that the texts are easy to read (FALC): sentence length, "
        "abbreviations, capitals, negations, readability score",
    )
    check_parser.set_defaults(run=lambda args: check(default_paths(args.paths), args.falc))
    listing = lesson_commands.add_parser("list", parents=[common], help="list the lessons")
    listing.add_argument("paths", nargs="*")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(
        run=lambda args: list_lessons(default_paths(args.paths), args.json, options.language(args))
    )
    controls_parser = lesson_commands.add_parser(
        "controls", parents=[common], help="list every practice app's controls (Markdown)"
    )
    controls_parser.add_argument("--out", type=Path)
    controls_parser.set_defaults(run=lambda args: controls(args.out))
    schema_parser = lesson_commands.add_parser("schema", help="write the JSON Schema of lessons")
    schema_parser.add_argument("--out", type=Path)
    schema_parser.set_defaults(run=lambda args: schema(args.out))

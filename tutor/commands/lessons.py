"""``tutor lessons check|list|schema``: for facilitators writing lessons. No Qt."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from tutor.core.lesson import Lesson
from tutor.core.loader import load_lessons
from tutor.core.modules import module_by_id
from tutor.core.problems import Problem
from tutor.i18n import _, ngettext
from tutor.paths import bundled_lessons_dir
from tutor.sandboxes import sandbox_specs


def _shown_path(problem: Problem) -> Problem:
    """Paths relative to where the command runs, as editors expect."""
    try:
        relative = Path(os.path.relpath(problem.path))
    except ValueError:
        return problem
    if str(relative).startswith(".."):
        return problem
    return Problem(relative, problem.line, problem.message)


def check(paths: list[Path]) -> int:
    missing = [path for path in paths if not path.exists()]
    for path in missing:
        print(f"{path}:1: " + _("no such file or folder"))
    result = load_lessons([p for p in paths if p.exists()], sandbox_specs())
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

"""No object writes another object's private (``_name``) fields: each owner keeps its own
state and offers methods (``LessonController.use_progress``, ``PlayerScreen.clear``...).

The check reads every module of ``tutor`` and fails on an assignment (``=``, ``+=``,
annotated, ``del``) to ``X._name`` where ``X`` is not ``self`` or ``cls``, and on
``setattr``/``delattr`` with a literal ``_name``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import tutor

ROOT = Path(tutor.__file__).parent
# A third-party library's internals, patched on purpose (PySide6's import scan at start-up):
# not a tutor object's state.
ALLOWED = {("app.py", "_mod_uses_pyside")}


def private_writes(source: str) -> list[tuple[int, str]]:
    """(line, what is written) for each write to another object's private field."""
    found = []
    for node in ast.walk(ast.parse(source)):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign | ast.Delete):
            targets = list(node.targets)
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("setattr", "delattr")
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and _private(str(node.args[1].value))
        ):
            found.append((node.lineno, str(node.args[1].value)))
        for target in targets:
            for part in ast.walk(target):  # (a, b._x) = ..., b._x[0] = ... as well
                if (
                    isinstance(part, ast.Attribute)
                    and _private(part.attr)
                    and not (isinstance(part.value, ast.Name) and part.value.id in ("self", "cls"))
                    and isinstance(part.ctx, ast.Store | ast.Del)
                ):
                    found.append((node.lineno, part.attr))
    return found


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def test_the_check_finds_what_it_is_meant_to_find():
    source = (
        "def f(app, lesson):\n"
        "    lesson._record = None\n"
        "    app.lesson._progress += 1\n"
        "    setattr(app, '_summary', '')\n"
        "    self._mine = 1\n"
        "    lesson.record = None\n"
        "    lesson._cache[0] = 1\n"  # a write into it, not to the field
    )
    assert private_writes(source) == [(2, "_record"), (3, "_progress"), (4, "_summary")]


def test_no_module_writes_another_objects_private_fields():
    problems = []
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        for line, name in private_writes(path.read_text(encoding="utf-8")):
            if (relative, name) not in ALLOWED:
                problems.append(f"tutor/{relative}:{line}: writes {name}")
    assert not problems, "\n".join(problems)

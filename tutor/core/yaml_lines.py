"""YAML loading that remembers the line of every key and item.

PyYAML's composer keeps the position of each node; building the Python value ourselves
from the node tree lets validation messages name the exact line, and lets us refuse
duplicate keys (which plain ``yaml.safe_load`` silently overwrites).
"""

from __future__ import annotations

from typing import Any

import yaml

from tutor.i18n import _

Path_ = tuple[str | int, ...]

# libyaml's C parser when PyYAML has it (about 10 times faster), same nodes and marks.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlProblem(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def load_with_lines(text: str) -> tuple[Any, dict[Path_, int]]:
    """Parse ``text``; return the value and a map from each key path to its 1-based line."""
    loader = _Loader(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else 1
            what = exc.problem or exc.context or str(exc)
            raise YamlProblem(
                line,
                _(
                    "the text is not valid YAML here ({problem}); check the indentation, "
                    "the colons and the quotes"
                ).format(problem=what),
            ) from exc
        lines: dict[Path_, int] = {}
        if root is None:
            return None, lines
        return _build(loader, root, (), lines), lines
    finally:
        loader.dispose()


def _build(loader: Any, node: yaml.Node, path: Path_, lines: dict[Path_, int]) -> Any:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            key_line = key_node.start_mark.line + 1
            if key in result:
                raise YamlProblem(
                    key_line,
                    _("the field '{key}' is written twice; keep only one").format(key=key),
                )
            lines[(*path, key)] = key_line
            result[key] = _build(loader, value_node, (*path, key), lines)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(loader, item, (*path, i), lines) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


def line_for(lines: dict[Path_, int], location: tuple[Any, ...]) -> int:
    """The line of the deepest known part of ``location`` (a pydantic error location)."""
    for end in range(len(location), -1, -1):
        found = lines.get(tuple(location[:end]))
        if found is not None:
            return found
    return 1

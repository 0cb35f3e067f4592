"""YAML loading that remembers the line of every key and item.

PyYAML's composer keeps the position of each node; building the Python value ourselves
from the node tree lets validation messages name the exact line, and lets us refuse
duplicate keys (which plain ``yaml.safe_load`` silently overwrites).

Lesson files are written by people and shared between towns, so a file may be hostile or
damaged. Anchors and aliases (``&name`` / ``*name``) are refused before any value is built:
lessons never need them, and an alias "bomb" of a few hundred bytes would otherwise expand
to gigabytes. Characters YAML forbids (a NUL, control characters) are found first, with
their line, so no reader problem ever surfaces as a traceback.
"""

from __future__ import annotations

import re
from pathlib import Path
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


# The biggest bundled lesson is under 7 KB; a file a hundred times that is not a lesson.
MAX_LESSON_BYTES = 1024 * 1024


def read_text(path: Path) -> str:
    """A lesson file's text, or :class:`YamlProblem` saying why not (unreadable, too big, not
    UTF-8, with the line of the first bad byte). At most ``MAX_LESSON_BYTES`` are read."""
    try:
        if not Path(path).is_file():  # a folder, a device, a pipe that would wait forever
            raise YamlProblem(1, _("this is not a file; expected a lesson file (.yaml)"))
        with open(path, "rb") as handle:
            raw = handle.read(MAX_LESSON_BYTES + 1)
    except OSError as exc:
        raise YamlProblem(
            1, _("the file cannot be read ({reason})").format(reason=exc.strerror or exc)
        ) from None
    if len(raw) > MAX_LESSON_BYTES:
        raise YamlProblem(
            1,
            _(
                "the file is larger than {limit} KB; expected a lesson file of a few KB "
                "(is it really a lesson?)"
            ).format(limit=MAX_LESSON_BYTES // 1024),
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise YamlProblem(
            raw.count(b"\n", 0, exc.start) + 1,
            _(
                "the file is not UTF-8 text (byte 0x{byte:02X} on this line); save it as UTF-8"
            ).format(byte=raw[exc.start]),
        ) from None


# What YAML 1.1 accepts in a stream (printable characters, tab and line breaks).
_FORBIDDEN = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def line_of(text: str, offset: int) -> int:
    """The 1-based line of the character at ``offset``."""
    return text.count("\n", 0, max(0, min(offset, len(text)))) + 1


def _check_characters(text: str) -> None:
    found = _FORBIDDEN.search(text)
    if found is None:
        return
    start = found.start()
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    raise YamlProblem(
        line_of(text, start),
        _(
            "the text holds an invisible control character (U+{code:04X}) at column {column}; "
            "expected only letters, digits, punctuation, spaces and line breaks: delete it "
            "and type the text again"
        ).format(code=ord(found.group()), column=column),
    )


def _refuse_anchors(text: str) -> None:
    """Walk the parser's events (cheap, nothing is built): any anchor or alias is refused."""
    if "&" not in text and "*" not in text:
        return  # neither can be written without these characters
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise YamlProblem(
                event.start_mark.line + 1 if event.start_mark else 1,
                _(
                    "anchors and aliases (“&name”, “*name”) are not accepted in lesson files; "
                    "expected each text written out in full"
                ),
            )


def _syntax_problem(exc: yaml.YAMLError, text: str) -> YamlProblem:
    if isinstance(exc, yaml.reader.ReaderError):
        return YamlProblem(
            line_of(text, exc.position),
            _(
                "the text holds a character YAML does not accept ({reason}); expected "
                "plain text: delete it and type it again"
            ).format(reason=exc.reason),
        )
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        what = exc.problem or exc.context or str(exc)
    else:
        line, what = 1, str(exc)
    return YamlProblem(
        line,
        _(
            "the text is not valid YAML here ({problem}); check the indentation, "
            "the colons and the quotes"
        ).format(problem=what),
    )


def load_with_lines(text: str) -> tuple[Any, dict[Path_, int]]:
    """Parse ``text``; return the value and a map from each key path to its 1-based line.

    Every problem is a :class:`YamlProblem` with its line, never another exception."""
    _check_characters(text)
    try:
        _refuse_anchors(text)
    except yaml.YAMLError as exc:
        raise _syntax_problem(exc, text) from None
    try:
        return _compose_and_build(text)
    except RecursionError:
        raise YamlProblem(
            1, _("the text is nested too deeply; expected a lesson a few levels deep")
        ) from None


def _compose_and_build(text: str) -> tuple[Any, dict[Path_, int]]:
    loader = _Loader(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.YAMLError as exc:
            raise _syntax_problem(exc, text) from None
        lines: dict[Path_, int] = {}
        if root is None:
            return None, lines
        try:
            return _build(loader, root, (), lines), lines
        except yaml.YAMLError as exc:  # a tag that names no safe type (``!!python/…``)
            raise _syntax_problem(exc, text) from None
    finally:
        loader.dispose()


def _build(loader: Any, node: yaml.Node, path: Path_, lines: dict[Path_, int]) -> Any:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            key_line = key_node.start_mark.line + 1
            if not isinstance(key, str | int):  # a list, a mapping, a date, nothing...
                raise YamlProblem(key_line, _("a field name should be a word, followed by a colon"))
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

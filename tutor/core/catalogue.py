"""The loaded lessons, by module and by id."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from tutor.core.lesson import Lesson
from tutor.core.loader import load_lessons
from tutor.core.problems import Problem
from tutor.core.sandbox_spec import SandboxSpec


@dataclass
class Catalogue:
    lessons: dict[str, Lesson] = field(default_factory=dict)
    sandboxes: Mapping[str, SandboxSpec] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def in_module(self, module_id: str) -> list[Lesson]:
        return [lesson for lesson in self.lessons.values() if lesson.module == module_id]

    def get(self, lesson_id: str) -> Lesson:
        return self.lessons[lesson_id]


def load_catalogue(paths: list[Path], sandboxes: Mapping[str, SandboxSpec]) -> Catalogue:
    result = load_lessons(paths, sandboxes)
    return Catalogue({lesson.id: lesson for lesson in result.lessons}, sandboxes, result.problems)

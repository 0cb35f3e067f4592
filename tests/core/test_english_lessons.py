"""Every bundled lesson speaks English too: a full, kind translation beside each lesson."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.conftest import LESSONS
from tutor.core.lesson import Lesson
from tutor.core.loader import lesson_files, load_lessons
from tutor.core.translations import translation_files

# The kindness rule in English: learners never read these words (the YAML key `wrong` is
# not a text, so it is never checked here).
UNKIND = re.compile(r"\b(errors?|wrong\w*|fail\w*)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def bundled(specs_module) -> list[Lesson]:
    result = load_lessons([LESSONS], specs_module)
    assert result.problems == []
    return result.lessons


@pytest.fixture(scope="module")
def specs_module():
    from tutor.sandboxes import sandbox_specs

    return sandbox_specs()


def _texts(lesson: Lesson) -> Iterator[tuple[str, str | dict[str, str]]]:
    """Each text of the lesson with where it is, as the learner would meet it."""
    for key in ("title", "goal", "ending"):
        value = getattr(lesson, key)
        if value is not None:
            yield key, value
    for number, step in enumerate(lesson.steps, start=1):
        for key in ("say", "show", "hint", "praise"):
            value = getattr(step, key)
            if value is not None:
                yield f"step {number} {key}", value
        for target, answer in step.wrong.items():
            yield f"step {number} wrong {target}", answer


def test_every_bundled_lesson_has_an_english_translation_file():
    lessons = lesson_files([LESSONS])
    assert len(lessons) >= 30
    missing = [path.name for path in lessons if "en" not in translation_files(path)]
    assert missing == []


def test_every_text_of_every_lesson_is_translated_into_english(bundled):
    untranslated = []
    for lesson in bundled:
        for where, text in _texts(lesson):
            if not isinstance(text, dict) or not text.get("en"):
                untranslated.append(f"{lesson.id}: {where} has no English text")
            elif text["en"].strip() == text.get(lesson.language, "").strip():
                untranslated.append(f"{lesson.id}: {where} is the same as in French")
    assert untranslated == []


def test_english_texts_never_use_unkind_words(bundled):
    unkind = [
        f"{lesson.id}: {where}: {text['en']}"
        for lesson in bundled
        for where, text in _texts(lesson)
        if isinstance(text, dict) and UNKIND.search(text.get("en", ""))
    ]
    assert unkind == []


def test_english_lesson_texts_are_what_the_learner_gets_in_english(bundled):
    lesson = next(item for item in bundled if item.id == "tablet-open-app")
    assert lesson.text(lesson.title, "en") == "Open an app"
    assert lesson.text(lesson.title, "fr") == "Ouvrir une application"
    step = lesson.steps[2]
    assert lesson.text(step.show, "en") == "Tap the Notes icon."
    assert "Settings" in lesson.text(step.wrong_answer("home.app.settings"), "en")

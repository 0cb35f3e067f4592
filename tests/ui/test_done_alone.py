"""The end of a lesson: the points to remember, then "Your turn, on your own" played through
with real clicks, recorded apart and seen by the facilitator."""

from __future__ import annotations

import shutil

import pytest
import yaml

from tests.conftest import LESSONS
from tests.ui.driver import click, do, settle
from tests.ui.test_play_lessons import open_lesson, sign_in_new
from tutor.storage.progress import DONE_ALONE, DONE_ALONE_WITH_HELP

LESSON = "tablet-open-app"
POINTS_FR = [
    "Une application s'ouvre avec un seul toucher sur son icône.",
    "Le bouton Accueil, en bas, ramène toujours à l'écran d'accueil.",
]
POINTS_EN = [
    "Tap an app's icon once to open it.",
    "The Home button, at the bottom, always takes you back to the home screen.",
]


def _with_points(text: str, points: list[str]) -> str:
    """The lesson file with these points to remember (those the bundled file has, if any,
    give way to them: the test knows what it must see); everything else kept."""
    data = yaml.safe_load(text)
    data["remember"] = points
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


@pytest.fixture
def alone_app(qtbot, tmp_path):
    """The real window on one lesson that has points to remember."""
    from tutor.app import build_services, build_window, create_qt_application

    folder = tmp_path / "lessons" / "tablet"
    folder.mkdir(parents=True)
    for name, points in ((f"{LESSON}.yaml", POINTS_FR), (f"{LESSON}.en.yaml", POINTS_EN)):
        source = (LESSONS / "tablet" / name).read_text(encoding="utf-8")
        (folder / name).write_text(_with_points(source, points), encoding="utf-8")
    shutil.copy(LESSONS / "lesson.schema.json", tmp_path / "lessons")
    create_qt_application([])
    services = build_services(tmp_path / "data", [tmp_path / "lessons"])
    assert not services.catalogue.problems, services.catalogue.problems
    window, controller = build_window(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, controller, services
    controller.facilitator.idle.stop()
    controller.stand.idle.stop()
    services.store.close()


def play_guided(qtbot, window, controller, services) -> None:
    lesson = services.catalogue.get(LESSON)
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, lesson)
    for step in lesson.steps:
        do(qtbot, window, controller.lesson.sandbox, step.expected_action())
        settle(qtbot)
    assert window.current_screen() is window.summary


def play_alone(qtbot, window, controller, services, wrong_first: bool = False) -> None:
    """Every step that waits for an action, by real clicks; the steps that only explain go
    by themselves."""
    lesson = services.catalogue.get(LESSON)
    run = controller.lesson.run
    done_steps = set()
    while window.current_screen() is window.player:
        qtbot.waitUntil(lambda: run.finished or run.step.expect is not None, timeout=3000)
        if run.finished:
            break
        step = lesson.steps[run.index]
        assert run.index not in done_steps
        done_steps.add(run.index)
        do(qtbot, window, controller.lesson.sandbox, step.expected_action())
        settle(qtbot)
    assert done_steps == {i for i, s in enumerate(lesson.steps) if s.expect is not None}


def test_the_summary_shows_and_reads_the_points_to_remember(qtbot, alone_app):
    window, controller, services = alone_app
    play_guided(qtbot, window, controller, services)
    summary = window.summary
    assert summary.points() == POINTS_FR
    for number in (1, 2):
        point = summary.findChild(object, f"summary.point.{number}")
        assert point.isVisible() and point.text() == POINTS_FR[number - 1]
    spoken = services.narrator.spoken[-1]
    ending = services.catalogue.get(LESSON).text(services.catalogue.get(LESSON).ending, "fr")
    # Read after the ending sentence, in their order.
    assert spoken.index(ending) < spoken.index(POINTS_FR[0]) < spoken.index(POINTS_FR[1])
    assert summary.alone_button.isVisible() and summary.done_button.isVisible()


def test_your_turn_on_your_own_without_help_is_recorded_as_done_alone(qtbot, alone_app):
    window, controller, services = alone_app
    play_guided(qtbot, window, controller, services)
    learner = services.store.learners.all()[0]
    guided = services.store.progress.get(learner.id, LESSON)
    events = services.store.progress.events(learner.id, LESSON)
    click(qtbot, window.summary.alone_button)
    assert window.current_screen() is window.player
    player = window.player
    # No instructions: only the goal, as a task, and "Help" one touch away.
    assert player.instruction.text().startswith("À vous, sans aide\u00a0: ")
    assert "ouvrir" in player.instruction.text()
    qtbot.waitUntil(lambda: controller.lesson.run.step.expect is not None, timeout=3000)
    run = controller.lesson.run
    assert player.instruction.text() != run.instruction()
    assert run.instruction() not in services.narrator.spoken[-1]
    assert player.help_button.isVisible() and player.quit_button.isVisible()
    assert player.help_button.property("role") == "primary"
    # Only the steps that ask for something are seen: they are counted from 1.
    acting = [step for step in run.lesson.steps if step.expect is not None]
    assert player.counter.text() == f"Étape 1 sur {len(acting)}"
    assert player.progress.value() == 0 and player.progress.maximum() == len(acting)
    # A tap elsewhere: a plain "try again", no hint and nothing circled.
    wrong = next(
        w for w in ("home.app.camera", "home.app.clock", "home.app.photos")
        if w != run.expected.target
    )  # fmt: skip
    index = run.index
    click(qtbot, controller.lesson.sandbox.target_widget(wrong))
    settle(qtbot)
    assert run.index == index
    assert player.explanation_text() == "Essayez encore. Si besoin, touchez «\u00a0Aide\u00a0»."
    assert run.hint() not in player.explanation_text()
    # "Repeat" says the goal again (and what is shown under it), never the instruction.
    click(qtbot, player.repeat_button)
    assert services.narrator.spoken[-1].startswith(player.instruction_text())
    assert run.instruction() not in services.narrator.spoken[-1]
    play_alone(qtbot, window, controller, services)
    assert window.current_screen() is window.summary
    assert "sans aide" in window.summary.summary.text()
    assert window.summary.points() == POINTS_FR
    record = services.store.progress.get(learner.id, LESSON)
    assert record.done_alone == DONE_ALONE
    # The guided run is as it was: same run, steps and events.
    assert (record.run_id, record.runs, record.current_step) == (
        guided.run_id,
        guided.runs,
        guided.current_step,
    )
    assert services.store.progress.events(learner.id, LESSON) == events


def test_help_shows_and_reads_the_instruction_and_is_recorded(qtbot, alone_app):
    window, controller, services = alone_app
    play_guided(qtbot, window, controller, services)
    click(qtbot, window.summary.alone_button)
    run = controller.lesson.run
    qtbot.waitUntil(lambda: run.step.expect is not None, timeout=3000)
    click(qtbot, window.player.help_button)
    assert window.player.explanation_text() == run.instruction()
    assert services.narrator.spoken[-1] == run.instruction()
    # Its hard words are marked there, as in the guided run ("Touchez l'icône Notes.").
    assert window.player.marked_words_in_explanation() == ["icône"]
    assert "<sup>?</sup>" in window.player.feedback.text()
    assert controller.lesson.alone_helped
    play_alone(qtbot, window, controller, services)
    learner = services.store.learners.all()[0]
    assert services.store.progress.get(learner.id, LESSON).done_alone == DONE_ALONE_WITH_HELP
    assert "avec un peu d'aide" in window.summary.summary.text()


def test_quit_on_your_own_goes_back_and_keeps_the_guided_run(qtbot, alone_app):
    window, controller, services = alone_app
    play_guided(qtbot, window, controller, services)
    learner = services.store.learners.all()[0]
    before = services.store.progress.get(learner.id, LESSON)
    click(qtbot, window.summary.alone_button)
    click(qtbot, window.player.quit_button)
    assert window.current_screen() is window.lessons
    after = services.store.progress.get(learner.id, LESSON)
    assert after == before and after.done_alone == ""
    # The guided lesson starts again normally, with its instructions.
    click(qtbot, window.lessons.findChild(object, f"lessons.lesson.{LESSON}"))
    assert not controller.lesson.alone
    assert window.player.instruction_text() == controller.lesson.run.instruction()
    assert window.player.help_button.property("role") != "primary"


def test_in_english_the_points_and_the_task_are_english(qtbot, alone_app):
    from tutor.i18n import set_language

    window, controller, services = alone_app
    set_language("en")
    play_guided(qtbot, window, controller, services)
    assert window.summary.points() == POINTS_EN
    assert POINTS_EN[0] in services.narrator.spoken[-1]
    click(qtbot, window.summary.alone_button)
    lesson = services.catalogue.get(LESSON)
    task = lesson.text(lesson.goal, "en").removeprefix("You will learn how to ")
    assert window.player.instruction_text() == f"Your turn, on your own: {task}"
    run = controller.lesson.run
    qtbot.waitUntil(lambda: run.step.expect is not None, timeout=3000)
    wrong = next(w for w in ("home.app.camera", "home.app.clock") if w != run.expected.target)
    click(qtbot, controller.lesson.sandbox.target_widget(wrong))
    assert window.player.feedback.text() == "Try again. If you need it, tap “Help”."


def test_the_facilitator_sees_done_alone_in_the_table_and_the_learner_page(qtbot, alone_app):
    from PySide6.QtCore import Qt

    from tests.ui.facilitator.helpers import enter_space, open_tile

    window, controller, services = alone_app
    play_guided(qtbot, window, controller, services)
    click(qtbot, window.summary.alone_button)
    play_alone(qtbot, window, controller, services)
    click(qtbot, window.summary.done_button)
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "progress")
    screen = window.facilitator.progress
    model = screen.model
    last = model.columnCount() - 1
    assert model.headerData(last, Qt.Orientation.Horizontal) == "Fait seul"
    assert screen.column_texts(last) == ["1"]
    assert model.index(0, last).data(Qt.ItemDataRole.DecorationRole) is not None
    # A learner who did not do it alone has no mark.
    services.store.learners.add("Zoé", "mdi6.flower", "#8e244d")
    controller.facilitator.pages["progress"].open()
    assert screen.column_texts(last) == ["1", ""]
    table = screen.table
    rect = table.visualRect(model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.facilitator.learner_page
    assert window.current_screen() is page
    lessons = page.table
    title = services.catalogue.get(LESSON).text(services.catalogue.get(LESSON).title, "fr")
    [row] = [r for r in range(lessons.rowCount()) if lessons.item(r, 0).text() == title]
    mark = lessons.item(row, lessons.columnCount() - 1)
    assert mark.data(Qt.ItemDataRole.AccessibleTextRole) == "Fait seul"
    assert mark.toolTip() == "Fait seul" and not mark.icon().isNull()
    others = [r for r in range(lessons.rowCount()) if r != row and lessons.item(r, 1)]
    assert all(lessons.item(r, lessons.columnCount() - 1).icon().isNull() for r in others)


def test_a_stand_visitor_can_do_it_alone_and_nothing_is_kept(qtbot, alone_app):
    from tests.ui.stand.helpers import begin_visit, open_stand_lesson, start_stand

    window, controller, services = alone_app
    start_stand(qtbot, controller, services, lessons=(LESSON,))
    begin_visit(qtbot, window)
    open_stand_lesson(qtbot, window, LESSON)
    for step in services.catalogue.get(LESSON).steps:
        do(qtbot, window, controller.lesson.sandbox, step.expected_action())
        settle(qtbot)
    assert window.current_screen() is window.summary
    assert window.summary.points() == POINTS_FR
    click(qtbot, window.summary.alone_button)
    play_alone(qtbot, window, controller, services)
    assert window.current_screen() is window.summary
    click(qtbot, window.summary.done_button)
    assert window.current_screen() is window.stand.home
    db = services.store.opened.db
    assert db.execute("SELECT count(*) FROM lesson_progress").fetchone()[0] == 0
    controller.stand.stop()


def _lesson_card(window):
    return window.lessons.findChild(object, f"lessons.lesson.{LESSON}")


def _module_caption(window) -> str:
    return window.catalogue.findChild(object, "catalogue.module.tablet").text().split("\n")[-1]


def test_the_learner_sees_lessons_done_and_those_left_to_do_on_their_own(qtbot, alone_app):
    """Progress the learner can see: the module card counts the lessons done, and a done
    lesson's card says whether it was also done without help."""
    window, controller, services = alone_app
    lesson = services.catalogue.get(LESSON)
    sign_in_new(qtbot, window)
    assert _module_caption(window) == "1 leçon"  # nothing done yet: just how many
    for run in range(2):
        open_lesson(qtbot, window, lesson)
        for step in lesson.steps:
            do(qtbot, window, controller.lesson.sandbox, step.expected_action())
            settle(qtbot)
        if run == 0:
            click(qtbot, window.summary.done_button)
            assert (
                _lesson_card(window).accessibleDescription().endswith("Faite. À refaire sans aide.")
            )
            click(qtbot, window.lessons.back_button)
            assert _module_caption(window) == "1 leçon sur 1 faite"
    click(qtbot, window.summary.alone_button)
    play_alone(qtbot, window, controller, services)
    click(qtbot, window.summary.done_button)
    assert _lesson_card(window).accessibleDescription().endswith("Faite. Faite aussi sans aide.")

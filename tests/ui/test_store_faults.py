"""What the screen shows when the progress is held by another program or the folder is
read-only: never an empty sign-in while the data is safe on disk, a way to try again, and
the learners still there once the other program lets go."""

from __future__ import annotations

import pytest

from tests.conftest import LESSONS
from tests.storage.faults import held_by_another_process, make_read_only, make_writable, small_disk
from tests.storage.helpers import play
from tests.ui.driver import click
from tests.ui.facilitator.helpers import type_pin
from tutor.storage.database import DATABASE_NAME
from tutor.storage.store import open_store

NAMES = ("Gisèle", "Marcel", "Yvette")


def _populate(folder) -> list[str]:  # type: ignore[no-untyped-def]
    store = open_store(folder)
    ids = []
    for name in NAMES:
        learner = store.learners.add(name, "mdi6.cat", "#0b4a85")
        play(store, learner.id, "tablet-open-app", 4, finish=False)
        ids.append(learner.id)
    store.pin.set("2468")  # a device in use: the sign-in screen comes first, not the set-up
    store.close()
    return ids


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    from tutor.app import create_qt_application
    from tutor.ui.main_window import MainWindow

    create_qt_application([])
    main = MainWindow(complete=False)  # as at start-up: only the sign-in screen so far
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_a_held_database_shows_why_and_a_way_to_try_again_then_everyone(qtbot, tmp_path, window):
    from tutor.app import start_app
    from tutor.speech import SilentNarrator
    from tutor.ui.screens.unavailable import StoreUnavailableScreen

    ids = _populate(tmp_path)
    started: list = []
    with held_by_another_process(tmp_path / DATABASE_NAME, everything=True):
        services = start_app(
            window, tmp_path, [LESSONS], SilentNarrator(), False, started, busy_wait_s=0.5
        )
        assert services is None and started == []
        screen = window.current_screen()
        assert isinstance(screen, StoreUnavailableScreen)
        assert screen.title.text() == "Les progrès sont utilisés par un autre programme"
        text = screen.text.text()
        assert "Rien n’est perdu" in screen.reassurance.text() and "Fermez ce programme" in text
        assert "Traceback" not in text and 'File "' not in text
        assert not list(tmp_path.glob("progress.damaged-*"))
        click(qtbot, screen.retry_button)  # still held: says so again, nothing renamed
        qtbot.waitUntil(lambda: screen.retry_button.isEnabled(), timeout=10_000)
        assert window.current_screen() is screen and started == []
    click(qtbot, screen.retry_button)  # the other program has let go
    qtbot.waitUntil(lambda: window.current_screen() is window.sign_in, timeout=10_000)
    assert len(started) == 1
    for learner_id in ids:
        assert window.sign_in.findChild(object, f"signin.learner.{learner_id}") is not None
    assert len(started[0].store.progress.events(ids[0])) == 3
    started[0].store.close()


def test_a_read_only_folder_still_shows_everyone_and_lets_them_practise(qtbot, tmp_path, window):
    from tutor.app import start_app
    from tutor.speech import SilentNarrator

    with small_disk(tmp_path, 4096) as disk:
        ids = _populate(disk)
        make_read_only(disk)
        try:
            started: list = []
            services = start_app(window, disk, [LESSONS], SilentNarrator(), False, started)
            assert services is not None and services.store.read_only
            assert window.current_screen() is window.sign_in
            for learner_id in ids:
                assert window.sign_in.findChild(object, f"signin.learner.{learner_id}")
            assert any("lecture seule" in notice for notice in services.notices)
            assert all("Traceback" not in notice for notice in services.notices)
            assert window.sign_in.notices_button.isVisible()
            tile = window.sign_in.findChild(object, f"signin.learner.{ids[0]}")
            qtbot.waitUntil(tile.isVisible, timeout=5000)
            click(qtbot, tile)
            assert window.current_screen() is window.catalogue
            # The lesson resumes where it was left (step 4), though nothing can be saved.
            controller = services.controller
            controller.open_module("tablet")
            controller.open_lesson("tablet-open-app")
            assert window.current_screen() is window.player
            assert controller.lesson.run.index == 3
            click(qtbot, window.player.quit_button)
            # Nobody new can be added: said kindly, on the same screen.
            controller.show_sign_in()
            click(qtbot, window.sign_in.findChild(object, "signin.new"))
            window.new_learner.name_edit.setText("Nouvelle")
            click(qtbot, window.new_learner.ok_button)
            assert window.current_screen() is window.new_learner
            assert "facilitator" in window.new_learner.advice.text() or (
                "animat" in window.new_learner.advice.text()
            )
            # The facilitator still gets in with the device's PIN (a wrong try could not be
            # recorded on a read-only disk, the right one needs nothing written).
            controller.show_sign_in()
            click(qtbot, window.sign_in.facilitator_button)
            type_pin(qtbot, window, "2468")
            assert window.current_screen() is window.facilitator.home
            services.store.close()
        finally:
            make_writable(disk)


def test_a_disk_filling_up_mid_lesson_lets_the_learner_go_on_and_tells_the_facilitator(
    qtbot, tmp_path, window
):
    from tests.storage.faults import fill
    from tutor.app import start_app
    from tutor.speech import SilentNarrator

    with small_disk(tmp_path, 8192) as disk:
        ids = _populate(disk)
        started: list = []
        services = start_app(window, disk, [LESSONS], SilentNarrator(), False, started)
        assert services is not None and not services.store.read_only
        controller = services.controller
        controller.choose_learner(ids[0])
        controller.open_module("tablet")
        filler = fill(disk)
        lessons = [lesson.id for lesson in services.catalogue.in_module("tablet")]
        for lesson_id in lessons:  # each new lesson's start must be written down
            controller.open_lesson(lesson_id)
            assert window.current_screen() is window.player  # the learner goes on
            if controller.notices:
                break
        assert len(controller.notices) == 1
        assert "disque" in controller.notices[0] and "Traceback" not in controller.notices[0]
        controller.show_sign_in()
        assert window.sign_in.notices_button.isVisible()
        for learner_id in ids:
            assert window.sign_in.findChild(object, f"signin.learner.{learner_id}")
        services.store.close()
        filler.unlink()
        store = open_store(disk)  # everything saved before the disk filled is still there
        assert sorted(learner.first_name for learner in store.learners.all()) == sorted(NAMES)
        assert all(len(store.progress.events(learner_id)) == 3 for learner_id in ids)
        store.close()

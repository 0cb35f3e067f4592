"""Without any voice installed, the app starts, lessons play silently, and the facilitator
(never a learner) is told once what to install."""

from __future__ import annotations

from tests.conftest import LESSONS
from tests.speech.faulty_worker import faulty_worker_command
from tests.ui.driver import click, do, settle
from tests.ui.test_play_lessons import open_lesson, sign_in_new


def test_app_without_voice_plays_lessons_and_tells_the_facilitator(qtbot, tmp_path, monkeypatch):
    # Every worker the app starts is one whose engine cannot load (as without espeak-ng).
    monkeypatch.setattr(
        "tutor.speech.synthesizer.worker_command", lambda: faulty_worker_command("no-engine")
    )
    from tutor.app import build_services, build_window, create_narrator, create_qt_application

    create_qt_application([])
    narrator = create_narrator(tmp_path)
    services = build_services(tmp_path, [LESSONS], narrator)
    window, controller = build_window(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.sign_in.notices_button.isVisible(), timeout=10000)
    assert "espeak-ng" in controller.notices[-1]
    sign_in_new(qtbot, window)
    lesson = services.catalogue.get("tablet-open-app")
    open_lesson(qtbot, window, lesson)
    for step in lesson.steps:
        assert window.player.spoken_text()  # the words stay on screen
        for action in step.expected_actions():
            do(qtbot, window, controller.lesson.sandbox, action)
            settle(qtbot)
    assert window.current_screen() is window.summary
    assert not narrator.speaking
    click(qtbot, window.summary.done_button)
    narrator.synthesizer.close()
    services.store.close()

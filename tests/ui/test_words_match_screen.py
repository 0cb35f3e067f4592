"""What a step says about the practice screen is true of it at that step.

Each case below is a sentence of a bundled lesson that speaks of the screen ("the example
sentence is bigger", "her phone is ringing", "his words are written at the bottom", "the bars
turn green"), checked on the real app: played step by step with real clicks, and resumed at
that step (the screen a learner sees when coming back, and the one the pictures show).
"""

from __future__ import annotations

from tests.ui.driver import click, do, settle
from tests.ui.test_play_lessons import open_lesson, sign_in_new
from tutor.i18n import _
from tutor.sandboxes.video_call import widget as video_widget


def play_to_step(qtbot, window, controller, services, lesson_id: str, step: int):
    """Open ``lesson_id`` and do every step before ``step`` (from 1) as a learner would."""
    lesson = services.catalogue.get(lesson_id)
    sign_in_new(qtbot, window)
    open_lesson(qtbot, window, lesson)
    sandbox = controller.lesson.sandbox
    for done in lesson.steps[: step - 1]:
        for action in done.expected_actions():
            do(qtbot, window, sandbox, action)
            settle(qtbot)
    assert controller.lesson.run.index == step - 1
    return sandbox


def resume_at_step(qtbot, window, controller, services, lesson_id: str, step: int):
    """Open ``lesson_id`` as a learner coming back to it at ``step`` (from 1)."""
    lesson = services.catalogue.get(lesson_id)
    sign_in_new(qtbot, window)
    learner = services.store.learners.all()[0]
    record = services.store.progress.start(learner.id, lesson_id, lesson.step_count)
    services.store.progress.move_to(record, step - 1)
    open_lesson(qtbot, window, lesson)
    assert controller.lesson.run.index == step - 1
    settle(qtbot)
    return controller.lesson.sandbox


def example_sentence_px(sandbox) -> int:
    """The size the tablet's example sentence is really drawn at (style sheets included)."""
    preview = sandbox.display.preview
    preview.ensurePolished()
    return preview.fontInfo().pixelSize()


def test_tablet_text_size_the_example_sentence_really_grows(qtbot, app_parts):
    # Steps 5 and 6: "Look at the example sentence: it is bigger", after each A+.
    window, controller, services = app_parts
    sandbox = play_to_step(qtbot, window, controller, services, "tablet-text-size", 4)
    before = example_sentence_px(sandbox)
    do(qtbot, window, sandbox, controller.lesson.run.expected)  # A+ (step 4)
    settle(qtbot)
    after_one = example_sentence_px(sandbox)
    do(qtbot, window, sandbox, controller.lesson.run.expected)  # A+ again (step 5)
    settle(qtbot)
    after_two = example_sentence_px(sandbox)
    assert before < after_one < after_two
    assert after_two >= before * 1.3  # clearly bigger, as the lesson says


def drawn_px(label) -> int:
    label.ensurePolished()
    return label.fontInfo().pixelSize()


def test_tablet_text_size_resumed_shows_the_bigger_sentence(qtbot, app_parts):
    window, controller, services = app_parts
    sandbox = resume_at_step(qtbot, window, controller, services, "tablet-text-size", 6)
    grown = example_sentence_px(sandbox)
    # "The tablet's text can grow": the page's title and words too, not only the example.
    texts = [sandbox.display.title.label, *(entry[0] for entry in sandbox.display.labels)]
    grown_texts = [drawn_px(label) for label in texts]
    sandbox.look.set_text_level(1)  # the tablet's usual size
    assert example_sentence_px(sandbox) < grown
    assert all(drawn_px(label) < px for label, px in zip(texts, grown_texts, strict=True))


def test_video_make_call_rings_at_step_4_and_lea_answers_at_step_5(qtbot, app_parts):
    # Step 4: "The tablet is calling Léa. Her phone is ringing." Step 5: "Léa answers."
    window, controller, services = app_parts
    sandbox = play_to_step(qtbot, window, controller, services, "video-make-call", 4)
    assert sandbox.call is not None and not sandbox.call.connected
    assert not sandbox.call_screen.remote.connected  # "Calling…"
    click(qtbot, window.player.continue_button)
    assert controller.lesson.run.index == 4
    assert sandbox.call is not None and sandbox.call.connected
    assert sandbox.call_screen.remote.caption == _("Hello! I'm so happy to see you!")


def test_video_make_call_resumed_at_step_4_still_rings(qtbot, app_parts):
    window, controller, services = app_parts
    sandbox = resume_at_step(qtbot, window, controller, services, "video-make-call", 4)
    assert sandbox.call is not None and not sandbox.call.connected
    assert not sandbox.call_screen.remote.connected


def test_video_call_back_resumed_at_its_ringing_step_still_rings(qtbot, app_parts):
    window, controller, services = app_parts
    sandbox = resume_at_step(qtbot, window, controller, services, "video-call-back", 5)
    assert sandbox.call is not None and sandbox.call.person == "lucas"
    assert not sandbox.call.connected


def test_video_answer_call_step_4_shows_the_words_promised(qtbot, app_parts):
    # Step 4: "His words are also written at the bottom of the picture."
    lucas = _("Hello! It's Lucas. How are you today?")
    window, controller, services = app_parts
    sandbox = play_to_step(qtbot, window, controller, services, "video-answer-call", 4)
    qtbot.waitUntil(
        lambda: sandbox.call_screen.remote.caption == lucas,
        timeout=video_widget.GREETING_DELAY_MS + 2000,
    )


def test_video_answer_call_resumed_at_step_4_shows_the_words_at_once(qtbot, app_parts):
    window, controller, services = app_parts
    sandbox = resume_at_step(qtbot, window, controller, services, "video-answer-call", 4)
    assert sandbox.call_screen.remote.caption == _("Hello! It's Lucas. How are you today?")


def test_listen_concert_the_bars_turn_green_when_it_plays(qtbot, app_parts):
    # Step 5: "The bars turn green, slowly: it is the part already heard."
    window, controller, services = app_parts
    sandbox = resume_at_step(qtbot, window, controller, services, "procedures-listen-concert", 5)
    assert sandbox.state.playing
    assert sandbox.concert.wave.coloured_bars() >= 1


def test_video_join_link_step_1_shows_unread_messages_and_step_3_a_green_2(qtbot, app_parts):
    # Step 1: "On Messages, there is a red dot." Step 3: "A green dot shows the number 2."
    window, controller, services = app_parts
    sandbox = play_to_step(qtbot, window, controller, services, "video-join-link", 1)
    assert sandbox.tab_bar.messages.badge == 1
    do(qtbot, window, sandbox, controller.lesson.run.expected)  # Continue
    settle(qtbot)
    do(qtbot, window, sandbox, controller.lesson.run.expected)  # Messages
    settle(qtbot)
    row = sandbox.messages_screen.rows["family"]
    assert row.unread == 2
    assert sandbox.messages_screen.rows["family"].geometry().top() == 0  # "at the top"


def test_video_join_link_resumed_at_the_join_step_shows_your_name_and_join(qtbot, app_parts):
    # Step 8: "The green Join button is on the right, under your name."
    window, controller, services = app_parts
    sandbox = resume_at_step(qtbot, window, controller, services, "video-join-link", 8)
    assert sandbox.current_screen() == video_widget.JOIN
    name, join = sandbox.join.name, sandbox.join.join
    assert join.isVisibleTo(sandbox) and name.isVisibleTo(sandbox)
    assert join.geometry().top() > name.geometry().bottom() - 1
    assert (
        join.mapTo(sandbox, join.rect().center()).x()
        > sandbox.join.preview.mapTo(sandbox, sandbox.join.preview.rect().center()).x()
    )


def test_video_join_link_step_9_lea_is_there_and_her_words_are_written(qtbot, app_parts):
    # Step 9: "Léa was waiting for you. Her words are written at the bottom of the picture."
    window, controller, services = app_parts
    sandbox = resume_at_step(qtbot, window, controller, services, "video-join-link", 9)
    assert sandbox.call is not None and sandbox.call.connected
    assert sandbox.call.person == "lea"
    assert sandbox.call_screen.remote.caption == _("Hello! I'm so happy to see you!")


def test_video_group_call_rings_at_step_5_and_everyone_answers_at_step_6(qtbot, app_parts):
    # Step 5: "The boxes say: Ringing." Step 6: "Sophie, Léa and Lucas have answered."
    window, controller, services = app_parts
    sandbox = play_to_step(qtbot, window, controller, services, "video-group-call", 5)
    call = sandbox.call
    assert call is not None and call.group and not call.connected
    assert call.answered == set()
    click(qtbot, window.player.continue_button)
    assert controller.lesson.run.index == 5
    assert sandbox.call.connected and sandbox.call.answered == {"sophie", "lea", "lucas"}
    tiles = sandbox.call_screen.group.tiles
    you = tiles["you"].mapTo(sandbox, tiles["you"].rect().topLeft())
    others = [t.mapTo(sandbox, t.rect().topLeft()) for k, t in tiles.items() if k != "you"]
    # "The box at the top left, You, shows you."
    assert all(you.y() <= p.y() and (you.x() <= p.x() or you.y() < p.y()) for p in others)


def test_video_group_call_resumed_at_step_5_still_rings(qtbot, app_parts):
    window, controller, services = app_parts
    sandbox = resume_at_step(qtbot, window, controller, services, "video-group-call", 5)
    assert sandbox.call is not None and sandbox.call.group and not sandbox.call.connected


def test_video_group_call_step_8_your_box_shows_the_microphone_off(qtbot, app_parts):
    # Step 8: "Under the button, it says: Microphone off. In your box, a crossed-out
    # microphone is next to You."
    window, controller, services = app_parts
    sandbox = resume_at_step(qtbot, window, controller, services, "video-group-call", 8)
    assert sandbox.call is not None and sandbox.call.muted
    assert sandbox.call_screen.controls["mute"].text == _("Microphone off")
    assert sandbox.call_screen.group.muted

"""What the social module's steps say about the screen is true of it at that step, played
with real clicks and resumed there: the ticks of a message (sent, delivered, read) and the
thumb of "Like"."""

from __future__ import annotations

import pytest

from tests.ui.test_words_match_screen import play_to_step, resume_at_step
from tutor.sandboxes.kit.chat.state import Status
from tutor.sandboxes.kit.chat.thread import ThreadView
from tutor.sandboxes.social.parts import LIKED

TICKS = [(6, Status.SENT), (7, Status.DELIVERED), (8, Status.READ)]


@pytest.mark.parametrize("how", [play_to_step, resume_at_step])
@pytest.mark.parametrize(("step", "status"), TICKS)
def test_messages_ticks_names_the_status_shown_under_the_message(
    qtbot, app_parts, how, step, status
):
    window, controller, services = app_parts
    sandbox = how(qtbot, window, controller, services, "messages-ticks", step)
    mine = sandbox.conversation().last()
    assert mine.mine and mine.status is status
    word = ThreadView.status_text(status)
    assert word in controller.lesson.run.narration()  # "le mot Distribué"
    icon = sandbox.chat.bubbles._ticks(status, in_bubble=False)[0]
    assert icon == ("mdi6.check" if status is Status.SENT else "mdi6.check-all")


@pytest.mark.parametrize("how", [play_to_step, resume_at_step])
def test_like_comment_step_3_finds_the_thumb_blue(qtbot, app_parts, how):
    window, controller, services = app_parts
    sandbox = how(qtbot, window, controller, services, "social-like-comment", 3)
    card = sandbox.feed.cards["lea"]
    assert card.like.foreground.name() == LIKED
    assert card.summary.likes_text() == "13"

"""The practice social network, driven with real clicks and drags like a learner's finger."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget

from tests.sandboxes.helpers import click, open_sandbox, tap, visible
from tutor.core.actions import Action, ActionKind
from tutor.i18n import _
from tutor.sandboxes.kit.keyboard import HIDE_OBJECT_NAME
from tutor.sandboxes.social.content import GALLERY, POST_IDS
from tutor.sandboxes.social.parts import LIKED
from tutor.sandboxes.social.spec import CUES, SCENES, SPEC
from tutor.sandboxes.social.widget import SocialSandbox

TAP, SWIPE, TYPE = ActionKind.TAP, ActionKind.SWIPE, ActionKind.TYPE


@pytest.fixture
def social(qtbot):
    return open_sandbox(qtbot, SocialSandbox(SPEC))


def drag(widget: QWidget, dy: int) -> None:
    start = widget.rect().center()
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 5):
        QTest.mouseMove(widget, start + QPoint(0, dy * step // 4))
    QTest.mouseRelease(
        widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(0, dy)
    )


def press_keys(qtbot, sandbox: SocialSandbox, text: str) -> None:
    for char in text:
        key = sandbox.keyboard.key("space" if char == " " else char)
        assert key is not None and key.isVisibleTo(sandbox), char
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton, pos=key.rect().center())


def glide_until(qtbot, done, ms: int = 3000) -> None:
    """Let the calm glide of the news run (in steady slices: its timer needs the loop)."""
    for _slice in range(ms // 50):
        if done():
            return
        qtbot.wait(50)
    assert done()


COMPOSE_DONE = [
    tap("feed.compose"),
    tap("compose.text"),
    Action(TYPE, "compose.text", "Mes fleurs"),
    tap("compose.photo"),
    tap("gallery.flowers"),
    tap("compose.publish"),
]
CHAT = [tap("tab.messages"), tap("messages.thomas")]

# target -> (what to do first so that it is on screen, the screen after touching it)
ROUTES: dict[str, tuple[list[Action], str]] = {
    "tab.feed": ([], "feed"),
    "tab.friends": ([], "friends"),
    "tab.messages": ([], "messages"),
    "tab.settings": ([], "settings"),
    "nav.back": ([tap("post.lea.photo")], "feed"),
    "feed.list": ([], "feed"),
    "feed.compose": ([], "composer"),
    **{f"post.{p}.like": ([], "feed") for p in POST_IDS},
    **{f"post.{p}.comment": ([], "comments") for p in POST_IDS},
    **{f"post.{p}.share": ([], "feed") for p in POST_IDS},
    **{f"post.{p}.photo": ([], "photo") for p in POST_IDS},
    "post.mine.like": (COMPOSE_DONE, "feed"),
    "post.mine.comment": (COMPOSE_DONE, "comments"),
    "post.mine.share": (COMPOSE_DONE, "feed"),
    "post.mine.photo": (COMPOSE_DONE, "photo"),
    "comment.field": ([tap("post.lea.comment")], "comments"),
    "comment.publish": ([tap("post.lea.comment")], "comments"),
    "keyboard.hide": ([tap("post.lea.comment"), tap("comment.field")], "comments"),
    "compose.text": ([tap("feed.compose")], "composer"),
    "compose.photo": ([tap("feed.compose")], "gallery"),
    "compose.publish": ([tap("feed.compose")], "composer"),  # empty: nothing to publish
    **{f"gallery.{g}": ([tap("feed.compose"), tap("compose.photo")], "composer") for g in GALLERY},
    "share.confirm": ([tap("post.lea.share")], "feed"),
    "sheet.cancel": ([tap("post.lea.share")], "feed"),
    "sheet.ok": ([*CHAT, tap("chat.menu"), tap("chat.report"), tap("report.confirm")], "chat"),
    "friends.lucas.accept": ([tap("tab.friends")], "friends"),
    "friends.lucas.decline": ([tap("tab.friends")], "friends"),
    "friends.kevin.accept": ([tap("tab.friends")], "friends"),
    "friends.kevin.decline": ([tap("tab.friends")], "friends"),
    "messages.thomas": ([tap("tab.messages")], "chat"),
    "messages.monique": ([tap("tab.messages")], "chat"),
    "messages.lea": ([tap("tab.messages")], "chat"),
    "chat.link": (CHAT, "chat"),
    "chat.menu": (CHAT, "chat"),
    "chat.report": ([*CHAT, tap("chat.menu")], "chat"),
    "chat.block": ([*CHAT, tap("chat.menu")], "chat"),
    "report.confirm": ([*CHAT, tap("chat.menu"), tap("chat.report")], "chat"),
    "block.confirm": ([*CHAT, tap("chat.menu"), tap("chat.block")], "chat"),
    "settings.privacy": ([tap("tab.settings")], "privacy"),
    "settings.blocked": ([tap("tab.settings")], "blocked"),
    **{
        f"privacy.{c}": ([tap("tab.settings"), tap("settings.privacy")], "privacy")
        for c in ("public", "friends", "me")
    },
}


def test_routes_cover_every_target():
    assert set(ROUTES) == set(SPEC.targets)


# Its place beside a lesson at 100 %, and at 200 % (drawn smaller, its words 1.3 times
# bigger): a target keeps a finger's size in both, moving with its page rather than squeezed.
PLACES = {"100 %": (820, 640, 1.0), "200 %": (560, 440, 1.3)}


@pytest.mark.parametrize("place", sorted(PLACES))
@pytest.mark.parametrize("target_id", sorted(SPEC.targets))
def test_every_target_is_one_big_named_widget_on_its_screen(social, target_id, place):
    width, height, words = PLACES[place]
    social.resize(width, height)
    social.look.set_reader_factor(words)
    for action in ROUTES[target_id][0]:
        social.perform(action)
    social.begin_step(target_id)  # as a lesson step starts: laid out, brought into view
    social.come_to_rest()
    shown = [w for w in social.findChildren(QWidget, target_id) if w.isVisibleTo(social)]
    assert len(shown) == 1, f"{target_id}: {len(shown)} shown"
    widget = shown[0]
    assert widget.accessibleName() == _(SPEC.targets[target_id].name)
    min_height = 48 if target_id == HIDE_OBJECT_NAME else 64
    assert widget.width() >= 64 and widget.height() >= min_height, widget.size()


@pytest.mark.parametrize("target_id", sorted(SPEC.targets))
def test_touching_every_target_reports_its_action(qtbot, social, target_id):
    for action in ROUTES[target_id][0]:
        social.perform(action)
    social.done.clear()
    widget = visible(social, target_id)
    if target_id == "feed.list":
        drag(widget, -200)
        assert social.done == [Action(SWIPE, "feed.list", "up")]
    elif target_id == HIDE_OBJECT_NAME:
        click(qtbot, social, target_id)
        assert social.done == [tap(target_id)]
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
        assert social.done == [tap(target_id)]


@pytest.mark.parametrize("target_id", sorted(SPEC.targets))
def test_perform_reaches_the_expected_screen(social, target_id):
    route, screen = ROUTES[target_id]
    for action in route:
        social.perform(action)
    expected = SPEC.targets[target_id]
    kind = SWIPE if ActionKind.SWIPE in expected.actions else TAP
    social.perform(Action(kind, target_id, "up" if kind is SWIPE else None))
    assert social.current_screen() == screen


def test_like_is_a_thumb_that_turns_blue_and_counts_as_on_facebook(qtbot, social):
    card = social.feed.cards["lea"]
    assert card.like.text() == _("Like")  # one word: the count is on the line above
    assert card.like._icon == "mdi6.thumb-up-outline"
    assert card.summary.likes_text() == "12"
    grey = card.like.foreground.name()
    click(qtbot, social, "post.lea.like")
    assert "lea" in social.state.liked
    assert card.summary.likes_text() == "13"
    assert card.like._icon == "mdi6.thumb-up"
    assert card.like.foreground.name() == LIKED
    assert LIKED in colours_of(card.like)  # the blue thumb and word are really drawn
    click(qtbot, social, "post.lea.like")
    assert card.summary.likes_text() == "12"
    assert card.like.foreground.name() == grey
    assert LIKED not in colours_of(card.like)
    assert social.state.liked == set()


def colours_of(widget: QWidget) -> set[str]:
    image = widget.grab().toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }


def test_a_comment_typed_with_the_keys_appears_under_the_post(qtbot, social):
    click(qtbot, social, "post.lea.comment")
    assert social.current_screen() == "comments"
    assert not social.keyboard_shown()
    click(qtbot, social, "comment.field")
    assert social.keyboard_shown()
    social.done.clear()
    press_keys(qtbot, social, "bravo")
    assert [a.value for a in social.done] == ["b", "br", "bra", "brav", "bravo"]
    assert all(a.kind == TYPE and a.target == "comment.field" for a in social.done)
    click(qtbot, social, "comment.publish")
    assert social.state.comments == {"lea": ["bravo"]}
    assert not social.keyboard_shown()
    texts = [w.text() for w in social.comments.content.findChildren(QLabel)]
    assert any("bravo" in text for text in texts)
    click(qtbot, social, "nav.back")
    assert social.current_screen() == "feed"
    card = social.feed.cards["lea"]
    assert card.comments.count() == 1
    assert card.summary.comments == 2
    assert card.comment.text() == _("Comment")


def test_share_opens_a_calm_sheet_and_confirming_closes_it(qtbot, social):
    click(qtbot, social, "post.marc.share")
    assert social.sheet.isVisible() and social.sheet.kind == "share"
    click(qtbot, social, "share.confirm")
    assert not social.sheet.isVisible()
    assert social.note.isVisible()
    assert social.current_screen() == "feed"


def test_a_new_post_with_a_photo_appears_at_the_top(qtbot, social):
    click(qtbot, social, "feed.compose")
    click(qtbot, social, "compose.text")
    press_keys(qtbot, social, "mes fleurs")
    click(qtbot, social, "compose.photo")
    assert social.current_screen() == "gallery"
    click(qtbot, social, "gallery.cat")
    assert social.current_screen() == "composer"
    assert social.composer.field.text() == "mes fleurs"  # the text waited for the photo
    assert social.composer.preview.photo == "cat"
    click(qtbot, social, "compose.publish")
    assert social.current_screen() == "feed"
    assert social.state.my_posts == [("mes fleurs", "cat")]
    own = social.feed.own_cards
    assert len(own) == 1 and own[0].photo.photo == "cat"
    assert social.feed.view.stops[0] is own[0]
    visible(social, "post.mine.like")


def test_accepting_lucas_and_declining_kevin(qtbot, social):
    assert social.top_bar.tabs["tab.friends"].badge == 2
    click(qtbot, social, "tab.friends")
    click(qtbot, social, "friends.lucas.accept")
    assert social.state.requests == ["kevin"]
    assert social.state.friends[0] == "lucas"
    assert social.top_bar.tabs["tab.friends"].badge == 1
    assert social.target_widget("friends.lucas.accept") is None
    click(qtbot, social, "friends.kevin.decline")
    assert social.state.requests == []
    assert "kevin" not in social.state.friends
    assert social.friends.friend_names()[0] == "lucas"
    assert social.friends.none.isVisible()
    assert social.top_bar.tabs["tab.friends"].badge == 0


def test_privacy_choice_is_one_of_three_big_radios(qtbot, social):
    click(qtbot, social, "tab.settings")
    click(qtbot, social, "settings.privacy")
    rows = social.privacy.rows
    assert rows["public"].selected and not rows["friends"].selected
    click(qtbot, social, "privacy.friends")
    assert social.state.privacy == "friends"
    assert [r.selected for r in rows.values()] == [False, True, False]
    assert social.privacy.note.text()
    click(qtbot, social, "nav.back")
    assert social.current_screen() == "settings"


def test_report_then_block_the_stranger(qtbot, social):
    assert social.top_bar.tabs["tab.messages"].badge == 1
    click(qtbot, social, "tab.messages")
    click(qtbot, social, "messages.thomas")
    assert social.current_screen() == "chat"
    assert social.chat.warning.isVisible()
    assert social.top_bar.isHidden()
    click(qtbot, social, "chat.menu")
    assert social.sheet.kind == "menu"
    click(qtbot, social, "chat.report")
    click(qtbot, social, "report.confirm")
    assert social.state.reported == {"thomas"}
    assert social.sheet.kind == "reported"
    click(qtbot, social, "chat.block")
    click(qtbot, social, "block.confirm")
    assert social.state.blocked == ["thomas"]
    assert "thomas" not in social.state.threads
    assert social.sheet.kind == "blocked"
    assert "write" in social.sheet.title.text() or "écrire" in social.sheet.title.text()
    click(qtbot, social, "sheet.ok")
    assert social.current_screen() == "messages"
    assert social.target_widget("messages.thomas") is None


def test_the_sheet_shade_keeps_touches_from_the_screen_below(qtbot, social):
    click(qtbot, social, "post.lea.share")
    centre = social.sheet.rect().topLeft() + QPoint(40, 40)
    qtbot.mouseClick(social.sheet, Qt.MouseButton.LeftButton, pos=centre)
    assert social.sheet.isVisible()
    assert social.done == [tap("post.lea.share")]


def test_a_swipe_up_moves_one_post_and_down_comes_back(qtbot, social):
    view = social.feed.view
    marc_stop = view.stop_values()[1]
    drag(view, -200)
    glide_until(qtbot, lambda: view.bar.value() == marc_stop)
    marc = social.feed.cards["marc"]
    assert view.bar.value() == marc.y() - social.look.px(10)
    drag(view, 200)
    glide_until(qtbot, lambda: view.bar.value() == 0)


def test_a_refused_swipe_glides_back(qtbot, social):
    social.gate = lambda action: False
    view = social.feed.view
    drag(view, -200)
    glide_until(qtbot, lambda: view.bar.value() == 0)
    assert social.done == []


def test_a_swipe_started_on_a_button_still_moves_the_news(qtbot, social):
    drag(visible(social, "post.lea.photo"), -200)
    assert social.done == [Action(SWIPE, "feed.list", "up")]


@pytest.mark.parametrize(
    "target_id", ["post.lea.like", "post.lea.comment", "feed.compose", "tab.friends"]
)
def test_a_refusing_gate_changes_nothing(qtbot, social, target_id):
    seen: list[Action] = []
    social.gate = lambda action: seen.append(action) or False
    click(qtbot, social, target_id)
    assert seen == [tap(target_id)]
    assert social.done == []
    assert social.current_screen() == "feed"
    assert social.state.liked == set()


def test_a_refusing_gate_keeps_the_sheet_and_the_stranger(qtbot, social):
    for action in [*CHAT, tap("chat.menu"), tap("chat.block")]:
        social.perform(action)
    social.gate = lambda action: False
    click(qtbot, social, "block.confirm")
    assert social.state.blocked == []
    assert social.sheet.kind == "block_confirm"


@pytest.mark.parametrize("scene", sorted(SCENES))
def test_reset_to_every_scene(social, scene):
    social.perform(tap("post.lea.like"))
    social.reset(scene)
    expected = {
        "friend_requests": "friends",
        "messages": "messages",
        "suspicious_message": "chat",
        "privacy": "privacy",
    }
    assert social.current_screen() == expected[scene]
    assert social.state.liked == set()
    if scene == "suspicious_message":
        assert social.chat.person == "thomas"
        visible(social, "chat.menu")


def test_reset_without_scene_is_the_top_of_the_news(social):
    social.perform(tap("tab.settings"))
    social.reset()
    assert social.current_screen() == "feed"
    assert social.feed.view.bar.value() == 0
    assert not social.sheet.isVisible()


def test_unknown_scene_and_cue_are_refused(social):
    with pytest.raises(ValueError):
        social.reset("nowhere")
    with pytest.raises(ValueError):
        social.cue("nothing")


@pytest.mark.parametrize("cue", sorted(CUES))
def test_message_arrives_cue(social, cue):
    social.perform(tap("tab.messages"))
    social.perform(tap("messages.thomas"))  # read: no badge
    assert social.top_bar.tabs["tab.messages"].badge == 0
    social.cue(cue)
    assert social.top_bar.tabs["tab.messages"].badge == 1
    assert social.note.isVisible()
    assert "Thomas" in social.note.text()


def test_perform_refuses_unknown_targets(social):
    with pytest.raises(ValueError):
        social.perform(tap("nowhere"))


def card_top(social: SocialSandbox, post_id: str) -> int:
    """Where a post's card starts in the visible part of the news (0: at its very top)."""
    view = social.feed.view
    view.finish_glide()
    return social.feed.cards[post_id].mapTo(view.area.viewport(), QPoint(0, 0)).y()


@pytest.mark.parametrize("size", [(820, 640), (410, 320)])
def test_every_post_can_come_to_the_top_even_the_last(qtbot, social, size):
    """A swipe brings each post's top (its author, "Sponsored") to the top of the screen,
    the last one too, however tall the posts are drawn."""
    social.resize(*size)
    qtbot.wait(20)
    for post_id in ("marc", "sophie", "page"):
        social.perform(Action(SWIPE, "feed.list", "up"))
        assert 0 <= card_top(social, post_id) <= social.look.px(16), post_id


def test_after_a_resize_the_news_rests_on_the_same_post(qtbot, social):
    for _swipe in range(2):
        social.perform(Action(SWIPE, "feed.list", "up"))
    assert 0 <= card_top(social, "sophie") <= social.look.px(16)
    social.resize(410, 320)  # the posts are drawn smaller: every one moves
    qtbot.wait(20)
    assert 0 <= card_top(social, "sophie") <= social.look.px(16)
    social.perform(Action(TAP, "tab.feed"))  # "Home" again: back to the top
    social.resize(820, 640)
    qtbot.wait(20)
    social.feed.view.finish_glide()
    assert social.feed.view.bar.value() == 0
    assert social.feed.view.stop_index == 0

"""The practice social network: a generic, brand-less social app on the practice tablet.

The learner reads the news, likes and comments a grandchild's post, publishes a photo,
answers friend requests, chooses who sees their posts, and reports and blocks a stranger's
suspicious message. Every touch on a lesson target becomes an :class:`Action` judged by the
lesson's gate before anything changes (see ``base.py``); ``perform`` applies the same
changes directly, from any state, for replay and "show me". Nothing is ever sent.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tutor.core.actions import Action, ActionKind
from tutor.core.sandbox_spec import SandboxSpec
from tutor.i18n import _
from tutor.sandboxes.kit.app import TabletApp
from tutor.sandboxes.social.compose import CommentScreen, ComposerScreen, GalleryScreen
from tutor.sandboxes.social.content import MY_POST, POSTS, SocialState
from tutor.sandboxes.social.feed import FeedScreen, PhotoScreen, PostCard
from tutor.sandboxes.social.friends import FriendsScreen
from tutor.sandboxes.social.messages import ChatScreen, MessagesScreen
from tutor.sandboxes.social.parts import TopBar, person_name
from tutor.sandboxes.social.settings_screens import (
    BlockedScreen,
    PrivacyScreen,
    SettingsScreen,
    audience_name,
)
from tutor.sandboxes.social.sheets import Note, Sheet

FEED = "feed"
PHOTO = "photo"
COMMENTS = "comments"
COMPOSER = "composer"
GALLERY = "gallery"
FRIENDS = "friends"
MESSAGES = "messages"
CHAT = "chat"
SETTINGS = "settings"
PRIVACY = "privacy"
BLOCKED = "blocked"
TABS = {
    "tab.feed": FEED,
    "tab.friends": FRIENDS,
    "tab.messages": MESSAGES,
    "tab.settings": SETTINGS,
}
TAB_OF = {screen: tab for tab, screen in TABS.items()}
PARENT = {
    PHOTO: FEED,
    COMMENTS: FEED,
    COMPOSER: FEED,
    GALLERY: COMPOSER,
    CHAT: MESSAGES,
    PRIVACY: SETTINGS,
    BLOCKED: SETTINGS,
}
SCENE_SCREENS = {
    "friend_requests": FRIENDS,
    "messages": MESSAGES,
    "suspicious_message": CHAT,
    "privacy": PRIVACY,
}
TYPING = {COMMENTS: "comment.field", COMPOSER: "compose.text"}


class SocialSandbox(TabletApp):
    """News, comments, composer, friends, messages and settings of a social network."""

    def __init__(self, spec: SandboxSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self.state = SocialState()
        self.top_bar = TopBar(self.look)
        keyboard = self.use_keyboard()
        look = self.look
        self.feed = self.add_screen(FEED, FeedScreen(look))
        self.photo = self.add_screen(PHOTO, PhotoScreen(look))
        self.comments = self.add_screen(COMMENTS, CommentScreen(look))
        self.composer = self.add_screen(COMPOSER, ComposerScreen(look))
        self.gallery = self.add_screen(GALLERY, GalleryScreen(look))
        self.friends = self.add_screen(FRIENDS, FriendsScreen(look))
        self.messages = self.add_screen(MESSAGES, MessagesScreen(look))
        self.chat = self.add_screen(CHAT, ChatScreen(look))
        self.settings = self.add_screen(SETTINGS, SettingsScreen(look))
        self.privacy = self.add_screen(PRIVACY, PrivacyScreen(look))
        self.blocked = self.add_screen(BLOCKED, BlockedScreen(look))
        for post in POSTS:
            card = PostCard(look, post.id, post.author, _(post.time), _(post.text), post.photo)
            card.base_likes = post.likes
            self.feed.add_post(card)
        self.feed.finish()
        self.lay_out(self.status_bar, self.top_bar, (self.stack, 1), keyboard)
        self.sheet = Sheet(look, self.screen_area)
        self.note = Note(look, self.screen_area)
        self.add_notification(self.note)
        self._privacy_changed = False
        self._friends_note = ""
        self.wire()
        self.reset()

    # -- learner input ------------------------------------------------------------------------
    def typing_field(self) -> tuple[str, str] | None:
        target = TYPING.get(self.current_screen())
        if target is None:
            return None
        field = self.comments.field if target == "comment.field" else self.composer.field
        return target, field.text()

    # -- lesson controller --------------------------------------------------------------------
    def reset(self, scene: str | None = None) -> None:
        self.state = SocialState()
        self._privacy_changed = False
        self._friends_note = ""
        self.sheet.close_sheet()
        self.note.hide()
        self.keyboard.reset()
        self.comments.field.set_text("")
        self._refresh_all()
        if scene is not None and scene not in SCENE_SCREENS:
            raise ValueError(f"the social network has no scene {scene!r}")
        if scene == "suspicious_message":
            self._open_chat("thomas")
        else:
            self._show(SCENE_SCREENS.get(scene or "", FEED))
        self.feed.view.to_top()
        self._refresh_highlight()

    def cue(self, name: str) -> None:
        if name != "message_arrives":
            super().cue(name)
            return
        state = self.state
        if "thomas" not in state.blocked:
            if "thomas" not in state.threads:
                state.threads.insert(0, "thomas")
            state.unread.add("thomas")
        self._refresh_badges()
        self.messages.show_state(state.threads, state.unread)
        self.note.say(_("New message from {name}").format(name=person_name("thomas")), at_top=True)

    def perform(self, action: Action) -> None:
        if self.spec.target(action.target) is None:
            raise ValueError(f"the social network has no target {action.target!r}")
        self._apply(action)
        self._refresh_highlight()

    # -- what is shown ------------------------------------------------------------------------
    def _show(self, screen_id: str) -> None:
        if screen_id != self.current_screen() or screen_id not in TYPING:
            self._set_keyboard(False)
        self.stack.setCurrentWidget(self.screens[screen_id])
        self.top_bar.setVisible(screen_id in TAB_OF)
        self.top_bar.select(TAB_OF.get(screen_id))

    def _set_keyboard(self, shown: bool) -> None:
        if not shown:
            self.keyboard.reset()
        self.keyboard.setVisible(shown)
        self.comments.field.set_writing(shown and self.current_screen() == COMMENTS)
        self.composer.set_writing(shown and self.current_screen() == COMPOSER)

    def _refresh_all(self) -> None:
        state = self.state
        for card in self.feed.cards.values():
            self._refresh_card(card)
        self._refresh_own_posts()
        self.composer.show_draft(state.draft_text, state.draft_photo, audience_name(state.privacy))
        self.friends.show_state(state.requests, state.friends, self._friends_note)
        self.messages.show_state(state.threads, state.unread)
        self.settings.show_state(state.privacy)
        self.privacy.show_state(state.privacy, self._privacy_changed)
        self.blocked.show_state(state.blocked)
        self._refresh_badges()

    def _refresh_badges(self) -> None:
        state = self.state
        self.top_bar.tabs["tab.friends"].set_badge(len(state.requests))
        self.top_bar.tabs["tab.messages"].set_badge(len(state.unread & set(state.threads)))

    def _comments_of(self, post_id: str) -> list[tuple[str, str]]:
        post = next((p for p in POSTS if p.id == post_id), None)
        given = [(who, _(text)) for who, text in post.comments] if post else []
        return given + [("me", text) for text in self.state.comments.get(post_id, [])]

    def _refresh_card(self, card: PostCard) -> None:
        liked = card.post_id in self.state.liked
        card.show_like(liked, card.base_likes + (1 if liked else 0))
        mine = self.state.comments.get(card.post_id, [])
        card.show_comments(len(self._comments_of(card.post_id)), mine)

    def _refresh_own_posts(self) -> None:
        cards = []
        for index, (text, photo) in enumerate(self.state.my_posts):
            card = PostCard(
                self.look,
                MY_POST if index == 0 else f"mine{index}",
                "me",
                _("Just now"),
                text,
                photo,
            )
            cards.append(card)
            self._refresh_card(card)
        self.feed.set_own_posts(cards)
        for card in cards:
            self.wire(card)

    # -- state changes (the effects) ----------------------------------------------------------
    def _apply(self, action: Action) -> None:
        """Change the app as ``action`` does, whatever screen is shown now."""
        target = action.target
        family = target.split(".", 1)[0]
        handlers = {
            "tab": self._apply_tab,
            "nav": lambda _a: self._go_back(),
            "feed": self._apply_feed,
            "post": self._apply_post,
            "comment": self._apply_comment,
            "keyboard": lambda _a: self._set_keyboard(False),
            "compose": self._apply_compose,
            "gallery": self._apply_gallery,
            "share": self._apply_sheet,
            "sheet": self._apply_sheet,
            "friends": self._apply_friends,
            "messages": lambda a: self._open_chat(a.target.split(".", 1)[1]),
            "chat": self._apply_chat,
            "report": self._apply_chat,
            "block": self._apply_chat,
            "settings": self._apply_settings,
            "privacy": self._apply_settings,
        }
        handlers[family](action)

    def _apply_tab(self, action: Action) -> None:
        self.sheet.close_sheet()
        screen = TABS[action.target]
        if screen == FEED and self.current_screen() == FEED:
            self.feed.view.to_top()  # as in real apps: "Home" again goes back to the top
        self._show(screen)

    def _go_back(self) -> None:
        if self.sheet.isVisible():
            self.sheet.close_sheet()
            return
        current = self.current_screen()
        if current == COMPOSER:
            self._keep_draft()
        self._show(PARENT.get(current, FEED))
        post_id = self.state.comment_post
        if current == COMMENTS and self.state.comments.get(post_id):
            card = self.feed.own_cards[0] if post_id == MY_POST else self.feed.cards[post_id]
            self.feed.view.reveal(card)  # the new comment, under the post

    def _apply_feed(self, action: Action) -> None:
        self.sheet.close_sheet()
        if action.target == "feed.compose":
            self._open_composer()
        elif action.kind == ActionKind.SWIPE:
            self._show(FEED)
            self.feed.view.scroll_by_post(action.value or "up")

    def _apply_post(self, action: Action) -> None:
        _post, post_id, what = action.target.split(".")
        self.sheet.close_sheet()
        if post_id == MY_POST and not self.state.my_posts:
            return  # the learner has not published anything yet
        if what == "photo":
            author, text, photo = self._post_parts(post_id)
            self.photo.show_photo(person_name(author), text, photo)
            self._show(PHOTO)
        elif what == "comment":
            self._open_comments(post_id)
        else:
            self._show(FEED)
            if what == "like":
                self.state.liked ^= {post_id}
                self._refresh_post(post_id)
            else:
                self.sheet.present(
                    "share",
                    _("Share with my friends"),
                    _("Your friends will see this post in their news."),
                )

    def _post_parts(self, post_id: str) -> tuple[str, str, str | None]:
        if post_id == MY_POST:
            text, photo = self.state.my_posts[0]
            return "me", text, photo
        post = next(p for p in POSTS if p.id == post_id)
        return post.author, _(post.text), post.photo

    def _refresh_post(self, post_id: str) -> None:
        if post_id == MY_POST:
            for card in self.feed.own_cards[:1]:
                self._refresh_card(card)
        else:
            self._refresh_card(self.feed.cards[post_id])

    def _open_comments(self, post_id: str) -> None:
        self.state.comment_post = post_id
        author, text, _photo = self._post_parts(post_id)
        self.comments.field.set_text("")
        self.comments.show_post(author, text, self._comments_of(post_id))
        self._show(COMMENTS)

    def _apply_comment(self, action: Action) -> None:
        if self.current_screen() != COMMENTS:
            self._open_comments(self.state.comment_post)
        field = self.comments.field
        if action.target == "comment.field":
            self._set_keyboard(True)
            if action.kind == ActionKind.TYPE:
                field.set_text(action.value or "")
            self.comments.show_latest()
            return
        text = field.text().strip()  # comment.publish
        if text:
            post_id = self.state.comment_post
            self.state.comments.setdefault(post_id, []).append(text)
            field.set_text("")
            self._set_keyboard(False)
            self._refresh_post(post_id)
            author, post_text, _photo = self._post_parts(post_id)
            self.comments.show_post(author, post_text, self._comments_of(post_id))

    def _open_composer(self) -> None:
        state = self.state
        self.composer.show_draft(state.draft_text, state.draft_photo, audience_name(state.privacy))
        self._show(COMPOSER)

    def _keep_draft(self) -> None:
        self.state.draft_text = self.composer.field.text()

    def _apply_compose(self, action: Action) -> None:
        if self.current_screen() != COMPOSER:
            self._open_composer()
        if action.target == "compose.text":
            self._set_keyboard(True)
            if action.kind == ActionKind.TYPE:
                self.composer.field.set_text(action.value or "")
                self.state.draft_text = action.value or ""
        elif action.target == "compose.photo":
            self._keep_draft()
            self._show(GALLERY)
        else:  # compose.publish
            self._keep_draft()
            state = self.state
            if state.draft_text.strip() or state.draft_photo:
                state.my_posts.insert(0, (state.draft_text.strip(), state.draft_photo))
                state.draft_text, state.draft_photo = "", None
                self._refresh_own_posts()
                self.composer.show_draft("", None, audience_name(state.privacy))
                self._show(FEED)
                self.feed.view.to_top()

    def _apply_gallery(self, action: Action) -> None:
        if self.current_screen() == COMPOSER:
            self._keep_draft()
        self.state.draft_photo = action.target.split(".", 1)[1]
        self._open_composer()

    def _apply_sheet(self, action: Action) -> None:
        kind = self.sheet.kind
        self.sheet.close_sheet()
        if action.target == "share.confirm":
            self.note.say(_("Shared with your friends."))
        elif action.target == "sheet.ok" and kind == "blocked":
            self._show(MESSAGES)

    def _apply_friends(self, action: Action) -> None:
        _family, person, answer = action.target.split(".")
        state = self.state
        self.sheet.close_sheet()
        self._show(FRIENDS)
        if person in state.requests:
            state.requests.remove(person)
            if answer == "accept":
                state.friends.insert(0, person)
                self._friends_note = _("{name} is now your friend.").format(
                    name=person_name(person)
                )
            else:
                self._friends_note = _("The request from {name} is deleted.").format(
                    name=person_name(person)
                )
        self.friends.show_state(state.requests, state.friends, self._friends_note)
        self._refresh_badges()

    def _open_chat(self, person: str) -> None:
        state = self.state
        self.sheet.close_sheet()
        if person not in state.threads:
            self._show(MESSAGES)
            return
        state.chat_with = person
        state.unread.discard(person)
        self.chat.show_thread(person)
        self.messages.show_state(state.threads, state.unread)
        self._refresh_badges()
        self._show(CHAT)

    def _apply_chat(self, action: Action) -> None:
        state = self.state
        person = state.chat_with
        if self.current_screen() != CHAT:
            if person not in state.threads:
                state.threads.insert(0, person)  # replaying: bring the conversation back
            self._open_chat(person)
        target = action.target
        if target == "chat.link":
            self.note.say(_("In this practice, links open nothing."))
            return
        if target == "report.confirm":
            state.reported.add(person)
        elif target == "block.confirm":
            if person not in state.blocked:
                state.blocked.append(person)
            if person in state.threads:
                state.threads.remove(person)
            state.unread.discard(person)
            self.messages.show_state(state.threads, state.unread)
            self.blocked.show_state(state.blocked)
            self._refresh_badges()
        self.sheet.present_for(target, person_name(person))

    def _apply_settings(self, action: Action) -> None:
        self.sheet.close_sheet()
        target = action.target
        if target == "settings.privacy":
            self._show(PRIVACY)
        elif target == "settings.blocked":
            self.blocked.show_state(self.state.blocked)
            self._show(BLOCKED)
        else:
            self.state.privacy = target.split(".", 1)[1]
            self._privacy_changed = True
            self._show(PRIVACY)
            self.privacy.show_state(self.state.privacy, True)
            self.settings.show_state(self.state.privacy)

    # -- drawing ------------------------------------------------------------------------------
    def place_tablet(self) -> None:
        super().place_tablet()
        self.sheet.top = self.note.top = self.status_bar.sizeHint().height()
        self.sheet.place()
        self.note.place()

"""What the practice social network offers to lessons (no Qt here).

Every id below is the ``objectName`` of the widget the learner touches, and the id a lesson
file uses. ``name`` is the accessible name; ``does`` is said when it is touched by mistake.
"""

from tutor.core.actions import ActionKind
from tutor.core.sandbox_spec import SandboxSpec, TargetSpec
from tutor.i18n import N_
from tutor.sandboxes.social.content import GALLERY, MY_POST, POST_IDS

TAP = frozenset({ActionKind.TAP})
TAP_OR_TYPE = frozenset({ActionKind.TAP, ActionKind.TYPE})
SWIPE = frozenset({ActionKind.SWIPE})

# Situations a lesson can start from, and things that can happen when a step begins.
SCENES = ("friend_requests", "messages", "suspicious_message", "privacy")
CUES = ("message_arrives",)


def _t(target_id: str, name: str, does: str, actions: frozenset[ActionKind] = TAP) -> TargetSpec:
    return TargetSpec(target_id, name, does, actions)


def _post_targets(post_id: str) -> list[TargetSpec]:
    return [
        _t(
            f"post.{post_id}.like",
            N_("Like"),
            N_("This button, with a thumb up, says that you like the post."),
        ),
        _t(
            f"post.{post_id}.comment",
            N_("Comment"),
            N_("This button opens the comments, to write a few words under the post."),
        ),
        _t(
            f"post.{post_id}.share",
            N_("Share"),
            N_("This button shares the post with your friends."),
        ),
        _t(
            f"post.{post_id}.photo",
            N_("Photo of the post"),
            N_("This is the photo of the post. Tapping it shows it bigger."),
        ),
    ]


def _gallery_target(photo_id: str, name: str) -> TargetSpec:
    return _t(
        f"gallery.{photo_id}",
        name,
        N_("This is one of your photos. Tapping it adds it to your post."),
    )


SPEC = SandboxSpec.of(
    "social",
    N_("Practice social network"),
    "tutor.sandboxes.social.widget:SocialSandbox",
    [
        # The tabs along the top of the app.
        _t("tab.feed", N_("Home"), N_("This tab shows the news from your family and friends.")),
        _t("tab.friends", N_("Friends"), N_("This tab shows your friends and friend requests.")),
        _t("tab.messages", N_("Messages"), N_("This tab shows your messages.")),
        _t(
            "tab.settings",
            N_("Settings"),
            N_("This tab opens the settings, for example who sees your posts."),
        ),
        _t("nav.back", N_("Back"), N_("This arrow goes back to the previous screen.")),
        # The news.
        _t(
            "feed.list",
            N_("The news"),
            N_("This is the news. Slide your finger up or down to see more posts."),
            SWIPE,
        ),
        _t(
            "feed.compose",
            N_("What's new?"),
            N_("This box is for writing a post of your own."),
        ),
        *[target for post_id in (*POST_IDS, MY_POST) for target in _post_targets(post_id)],
        # Comments.
        _t(
            "comment.field",
            N_("Write a comment"),
            N_("This box is for writing your comment. Tap it to bring up the keyboard."),
            TAP_OR_TYPE,
        ),
        _t(
            "comment.publish",
            N_("Publish the comment"),
            N_("This button publishes your comment under the post."),
        ),
        _t("keyboard.hide", N_("Hide the keyboard"), N_("This key hides the keyboard.")),
        # Writing a post.
        _t(
            "compose.text",
            N_("Text of the post"),
            N_("This box is for writing your post. Tap it to bring up the keyboard."),
            TAP_OR_TYPE,
        ),
        _t(
            "compose.photo",
            N_("Add a photo"),
            N_("This button opens your photos, to add one to your post."),
        ),
        _t(
            "compose.publish",
            N_("Publish"),
            N_("This button publishes your post at the top of the news."),
        ),
        *[_gallery_target(photo_id, name) for photo_id, name in GALLERY.items()],
        # Sheets that slide up from the bottom.
        _t(
            "share.confirm",
            N_("Share now"),
            N_("This button shares the post with your friends."),
        ),
        _t("sheet.cancel", N_("Cancel"), N_("This button closes this window. Nothing changes.")),
        _t("sheet.ok", N_("OK"), N_("This button closes this message.")),
        # Friend requests.
        _t(
            "friends.lucas.accept", N_("Accept Lucas"), N_("This button accepts Lucas as a friend.")
        ),
        _t(
            "friends.lucas.decline",
            N_("Decline Lucas"),
            N_("This button declines the request from Lucas."),
        ),
        _t(
            "friends.kevin.accept",
            N_("Accept Kevin D."),
            N_("This button accepts Kevin D. as a friend. He could then see your posts."),
        ),
        _t(
            "friends.kevin.decline",
            N_("Decline Kevin D."),
            N_("This button declines the request from Kevin D. He is not told."),
        ),
        # Messages.
        _t(
            "messages.thomas",
            N_("Message from Thomas B."),
            N_("This line opens the message from Thomas B."),
        ),
        _t(
            "messages.monique",
            N_("Message from Monique"),
            N_("This line opens the message from Monique."),
        ),
        _t("messages.lea", N_("Message from Léa"), N_("This line opens the message from Léa.")),
        _t(
            "chat.link",
            N_("Link in the message"),
            N_("This link leads to an unknown website. It is safer to leave it alone."),
        ),
        _t(
            "chat.menu",
            N_("More options"),
            N_("This button with three dots opens more choices: report, block."),
        ),
        _t("chat.report", N_("Report"), N_("This button reports the message as a scam.")),
        _t(
            "chat.block",
            N_("Block"),
            N_("This button blocks this person: they can no longer write to you."),
        ),
        _t(
            "report.confirm",
            N_("Confirm the report"),
            N_("This button sends the report."),
        ),
        _t("block.confirm", N_("Confirm the block"), N_("This button blocks this person.")),
        # Settings.
        _t(
            "settings.privacy",
            N_("Who can see my posts?"),
            N_("This line chooses who can see your posts."),
        ),
        _t(
            "settings.blocked",
            N_("Blocked people"),
            N_("This line shows the people you have blocked."),
        ),
        _t(
            "privacy.public",
            N_("Everyone"),
            N_("This choice lets everyone see your posts, even strangers."),
        ),
        _t(
            "privacy.friends",
            N_("My friends"),
            N_("This choice lets only your friends see your posts."),
        ),
        _t("privacy.me", N_("Only me"), N_("This choice hides your posts from everyone else.")),
    ],
    scenes=SCENES,
    cues=CUES,
)

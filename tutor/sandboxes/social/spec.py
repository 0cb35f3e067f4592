"""What the practice social network offers to lessons (no Qt here).

Every id below is the ``objectName`` of the widget the learner touches, and the id a lesson
file uses. ``name`` is the accessible name; ``does`` is said when it is touched by mistake.
"""

from tutor.core.sandbox_spec import SandboxSpec, TargetSpec
from tutor.i18n import N_
from tutor.sandboxes.kit.targets import SWIPE, TAP_OR_TYPE, target
from tutor.sandboxes.social.content import GALLERY, MY_POST, POST_IDS

# Situations a lesson can start from, and things that can happen when a step begins.
SCENES = ("friend_requests", "messages", "suspicious_message", "privacy")
CUES = ("message_arrives",)


def _post_targets(post_id: str) -> list[TargetSpec]:
    return [
        target(
            f"post.{post_id}.like",
            N_("Like"),
            N_("This button, with a thumb up, says that you like the post."),
        ),
        target(
            f"post.{post_id}.comment",
            N_("Comment"),
            N_("This button opens the comments, to write a few words under the post."),
        ),
        target(
            f"post.{post_id}.share",
            N_("Share"),
            N_("This button shares the post with your friends."),
        ),
        target(
            f"post.{post_id}.photo",
            N_("Photo of the post"),
            N_("This is the photo of the post. Tapping it shows it bigger."),
        ),
    ]


def _gallery_target(photo_id: str, name: str) -> TargetSpec:
    return target(
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
        target("tab.feed", N_("Home"), N_("This tab shows the news from your family and friends.")),
        target(
            "tab.friends", N_("Friends"), N_("This tab shows your friends and friend requests.")
        ),
        target("tab.messages", N_("Messages"), N_("This tab shows your messages.")),
        target(
            "tab.settings",
            N_("Settings"),
            N_("This tab opens the settings, for example who sees your posts."),
        ),
        target("nav.back", N_("Back"), N_("This arrow goes back to the previous screen.")),
        # The news.
        target(
            "feed.list",
            N_("The news"),
            N_("This is the news. Slide your finger up or down to see more posts."),
            SWIPE,
        ),
        target(
            "feed.compose",
            N_("What's new?"),
            N_("This box is for writing a post of your own."),
        ),
        *[target for post_id in (*POST_IDS, MY_POST) for target in _post_targets(post_id)],
        # Comments.
        target(
            "comment.field",
            N_("Write a comment"),
            N_("This box is for writing your comment. Tap it to bring up the keyboard."),
            TAP_OR_TYPE,
        ),
        target(
            "comment.publish",
            N_("Publish the comment"),
            N_("This button publishes your comment under the post."),
        ),
        target("keyboard.hide", N_("Hide the keyboard"), N_("This key hides the keyboard.")),
        # Writing a post.
        target(
            "compose.text",
            N_("Text of the post"),
            N_("This box is for writing your post. Tap it to bring up the keyboard."),
            TAP_OR_TYPE,
        ),
        target(
            "compose.photo",
            N_("Add a photo"),
            N_("This button opens your photos, to add one to your post."),
        ),
        target(
            "compose.publish",
            N_("Publish"),
            N_("This button publishes your post at the top of the news."),
        ),
        *[_gallery_target(photo_id, name) for photo_id, name in GALLERY.items()],
        # Sheets that slide up from the bottom.
        target(
            "share.confirm",
            N_("Share now"),
            N_("This button shares the post with your friends."),
        ),
        target(
            "sheet.cancel", N_("Cancel"), N_("This button closes this window. Nothing changes.")
        ),
        target("sheet.ok", N_("OK"), N_("This button closes this message.")),
        # Friend requests.
        target(
            "friends.lucas.accept", N_("Accept Lucas"), N_("This button accepts Lucas as a friend.")
        ),
        target(
            "friends.lucas.decline",
            N_("Decline Lucas"),
            N_("This button declines the request from Lucas."),
        ),
        target(
            "friends.kevin.accept",
            N_("Accept Kevin D."),
            N_("This button accepts Kevin D. as a friend. He could then see your posts."),
        ),
        target(
            "friends.kevin.decline",
            N_("Decline Kevin D."),
            N_("This button declines the request from Kevin D. He is not told."),
        ),
        # Messages.
        target(
            "messages.thomas",
            N_("Message from Thomas B."),
            N_("This line opens the message from Thomas B."),
        ),
        target(
            "messages.monique",
            N_("Message from Monique"),
            N_("This line opens the message from Monique."),
        ),
        target("messages.lea", N_("Message from Léa"), N_("This line opens the message from Léa.")),
        target(
            "chat.link",
            N_("Link in the message"),
            N_("This link leads to an unknown website. It is safer to leave it alone."),
        ),
        target(
            "chat.menu",
            N_("More options"),
            N_("This button with three dots opens more choices: report, block."),
        ),
        target("chat.report", N_("Report"), N_("This button reports the message as a scam.")),
        target(
            "chat.block",
            N_("Block"),
            N_("This button blocks this person: they can no longer write to you."),
        ),
        target(
            "report.confirm",
            N_("Confirm the report"),
            N_("This button sends the report."),
        ),
        target("block.confirm", N_("Confirm the block"), N_("This button blocks this person.")),
        # Settings.
        target(
            "settings.privacy",
            N_("Who can see my posts?"),
            N_("This line chooses who can see your posts."),
        ),
        target(
            "settings.blocked",
            N_("Blocked people"),
            N_("This line shows the people you have blocked."),
        ),
        target(
            "privacy.public",
            N_("Everyone"),
            N_("This choice lets everyone see your posts, even strangers."),
        ),
        target(
            "privacy.friends",
            N_("My friends"),
            N_("This choice lets only your friends see your posts."),
        ),
        target("privacy.me", N_("Only me"), N_("This choice hides your posts from everyone else.")),
    ],
    scenes=SCENES,
    cues=CUES,
)

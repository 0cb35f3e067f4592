"""What the practice messaging app offers to lessons (no Qt here).

Every id below is the ``objectName`` of a widget of the app and the id a lesson file uses.
``name`` is the accessible name; ``does`` is said when it is touched by mistake.
"""

from tutor.core.sandbox_spec import SandboxSpec, TargetSpec
from tutor.i18n import N_
from tutor.sandboxes.kit.chat.state import PHOTO_IDS as PHOTO_IDS
from tutor.sandboxes.kit.chat.targets import CHAT_BACK, CONTACT_TARGETS
from tutor.sandboxes.kit.targets import TAP, TAP_OR_TYPE

# The people of the conversation list, top to bottom (id, accessible name).
CONTACT_IDS = ("sophie", "lea", "gerard", "monique")

# Emojis of the emoji panel, in their order on screen.
EMOJI_IDS = ("smile", "heart", "thumbs_up", "cake", "flower", "kiss")


# Situations a lesson can start from.
SCENE_UNREAD_FROM_SOPHIE = "unread_from_sophie"  # the default: Sophie's new message waits
SCENE_ALL_READ = "all_read"  # nothing new; every conversation is read
# Like the default, but Sophie's phone is off: a message stays "sent" (one grey tick) until
# the cue "message_delivered", and is read only on the cue "message_read".
SCENE_SOPHIE_BUSY = "sophie_busy"
SCENES = (SCENE_UNREAD_FROM_SOPHIE, SCENE_ALL_READ, SCENE_SOPHIE_BUSY)

# Things that happen when a step begins.
CUE_REPLY_ARRIVES = "reply_arrives"  # the person of the open conversation answers
CUE_MESSAGE_DELIVERED = "message_delivered"  # my messages reach the phone (two grey ticks)
CUE_MESSAGE_READ = "message_read"  # my messages are read at once (two blue ticks)
CUES = (CUE_REPLY_ARRIVES, CUE_MESSAGE_DELIVERED, CUE_MESSAGE_READ)

_EMOJI_TARGETS = (
    TargetSpec("emoji.smile", N_("Smiling face"), N_("This adds a smiling face."), TAP),
    TargetSpec("emoji.heart", N_("Heart"), N_("This adds a heart."), TAP),
    TargetSpec("emoji.thumbs_up", N_("Thumbs up"), N_("This adds a thumbs up."), TAP),
    TargetSpec("emoji.cake", N_("Cake"), N_("This adds a birthday cake."), TAP),
    TargetSpec("emoji.flower", N_("Flower"), N_("This adds a flower."), TAP),
    TargetSpec("emoji.kiss", N_("Kiss"), N_("This adds a face blowing a kiss."), TAP),
)

_PHOTO_TARGETS = (
    TargetSpec(
        "gallery.garden", N_("Photo of the garden"), N_("This is a photo of the garden."), TAP
    ),
    TargetSpec("gallery.cake", N_("Photo of the cake"), N_("This is a photo of a cake."), TAP),
    TargetSpec("gallery.cat", N_("Photo of the cat"), N_("This is a photo of the cat."), TAP),
    TargetSpec("gallery.beach", N_("Photo of the beach"), N_("This is a photo of the beach."), TAP),
)

SPEC = SandboxSpec.of(
    "messaging",
    N_("Practice messages"),
    "tutor.sandboxes.messaging.widget:MessagingSandbox",
    [
        *CONTACT_TARGETS,
        # A conversation
        CHAT_BACK,
        TargetSpec(
            "chat.contact",
            N_("Contact details"),
            N_("This shows the details of the person: name and number."),
            TAP,
        ),
        TargetSpec(
            "chat.text",
            N_("Message field"),
            N_("This is where you type your message. Tap it to type."),
            TAP_OR_TYPE,
        ),
        TargetSpec(
            "chat.send",
            N_("Send"),
            N_("This button sends the message you wrote."),
            TAP,
        ),
        TargetSpec(
            "chat.emoji",
            N_("Emojis"),
            N_("This button shows small pictures to add to a message."),
            TAP,
        ),
        TargetSpec(
            "chat.photo",
            N_("Send a photo"),
            N_("This button opens your photos, to send one."),
            TAP,
        ),
        TargetSpec(
            "keyboard.hide", N_("Hide the keyboard"), N_("This key hides the keyboard."), TAP
        ),
        *_EMOJI_TARGETS,
        # Contact details
        TargetSpec(
            "contact.back",
            N_("Back to the conversation"),
            N_("This arrow goes back to the conversation."),
            TAP,
        ),
        # The photo gallery and the preview of one photo
        *_PHOTO_TARGETS,
        TargetSpec(
            "gallery.close",
            N_("Close the photos"),
            N_("This button closes the photos and goes back to the conversation."),
            TAP,
        ),
        TargetSpec(
            "preview.send",
            N_("Send the photo"),
            N_("This button sends the photo."),
            TAP,
        ),
        TargetSpec(
            "preview.back",
            N_("Back to the photos"),
            N_("This arrow goes back to the photos, to choose another one."),
            TAP,
        ),
    ],
    scenes=SCENES,
    cues=CUES,
)

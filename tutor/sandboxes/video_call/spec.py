"""What the practice video-call app offers to lessons (no Qt here).

Every id below is the ``objectName`` of a widget and the id a lesson file uses. ``name`` is
the accessible name; ``does`` is said when it is touched by mistake.

Scenes (lesson field ``scene``):
  - ``incoming_call``: Lucas is calling; the incoming call screen is shown.
  - ``missed_call``: the contacts list, with a missed call from Lucas in the call history
    (the "Calls" tab shows a red badge).
  - ``call_link``: the contacts list; in "Messages", the family group has two unread
    messages from Léa, the second one with a link to her video call (the "Messages" tab
    shows a badge).
Cues (step field ``cue``):
  - ``call_arrives``: Lucas calls now; the incoming call screen is shown.
  - ``callee_answers``: the person being called answers now (if they have not yet); in a
    group call, everyone who has not answered yet. A call made rings until then (or for a
    few seconds): put the cue on the step that says so.
"""

from tutor.core.sandbox_spec import SandboxSpec, TargetSpec
from tutor.i18n import N_
from tutor.sandboxes.kit.targets import TAP

SCENES = ("incoming_call", "missed_call", "call_link")
CUES = ("call_arrives", "callee_answers")


def _contact(person_id: str, name: str, row_does: str, call_does: str) -> list[TargetSpec]:
    return [
        TargetSpec(f"contacts.{person_id}", name, row_does, TAP),
        TargetSpec(f"contacts.{person_id}.call", N_("Video call"), call_does, TAP),
    ]


def _history(person_id: str, does: str) -> TargetSpec:
    return TargetSpec(f"history.{person_id}.call", N_("Call back"), does, TAP)


CONTACT_TARGETS = (
    *_contact(
        "lea",
        N_("Léa"),
        N_("This is Léa's picture and name. The green camera beside it calls her."),
        N_("This green button makes a video call to Léa."),
    ),
    *_contact(
        "lucas",
        N_("Lucas"),
        N_("This is Lucas's picture and name. The green camera beside it calls him."),
        N_("This green button makes a video call to Lucas."),
    ),
    *_contact(
        "sophie",
        N_("Sophie"),
        N_("This is Sophie's picture and name. The green camera beside it calls her."),
        N_("This green button makes a video call to Sophie."),
    ),
    *_contact(
        "marc",
        N_("Marc"),
        N_("This is Marc's picture and name. The green camera beside it calls him."),
        N_("This green button makes a video call to Marc."),
    ),
    *_contact(
        "monique",
        N_("Monique"),
        N_("This is Monique's picture and name. The green camera beside it calls her."),
        N_("This green button makes a video call to Monique."),
    ),
)

HISTORY_TARGETS = (
    _history("lea", N_("This button calls Léa back.")),
    _history("lucas", N_("This button calls Lucas back.")),
    _history("sophie", N_("This button calls Sophie back.")),
    _history("marc", N_("This button calls Marc back.")),
    _history("monique", N_("This button calls Monique back.")),
)

GROUP_TARGETS = (
    TargetSpec(
        "group.you",
        N_("You"),
        N_("This is your own picture in the group call. It is not a button."),
        TAP,
    ),
    *(
        TargetSpec(f"group.{person_id}", name, does, TAP)
        for person_id, name, does in (
            ("sophie", N_("Sophie"), N_("This is Sophie in the call. It is not a button.")),
            ("lea", N_("Léa"), N_("This is Léa in the call. It is not a button.")),
            ("lucas", N_("Lucas"), N_("This is Lucas in the call. It is not a button.")),
        )
    ),
)

SPEC = SandboxSpec.of(
    "video_call",
    N_("Practice video calls"),
    "tutor.sandboxes.video_call.widget:VideoCallSandbox",
    [
        *CONTACT_TARGETS,
        TargetSpec(
            "tabs.contacts",
            N_("Contacts"),
            N_("This tab shows your contacts: the people you can call."),
            TAP,
        ),
        TargetSpec(
            "tabs.history",
            N_("Calls"),
            N_("This tab shows the list of recent calls."),
            TAP,
        ),
        TargetSpec(
            "tabs.messages",
            N_("Messages"),
            N_("This tab shows your messages."),
            TAP,
        ),
        *HISTORY_TARGETS,
        # Messages
        TargetSpec(
            "messages.family",
            N_("Family"),
            N_("This opens the family group's messages."),
            TAP,
        ),
        TargetSpec(
            "messages.sophie",
            N_("Sophie"),
            N_("This opens your messages with Sophie."),
            TAP,
        ),
        TargetSpec(
            "chat.back",
            N_("Back"),
            N_("This arrow goes back to the list of messages."),
            TAP,
        ),
        TargetSpec(
            "chat.call",
            N_("Video call"),
            N_("This camera, at the top right, makes a video call to everyone here."),
            TAP,
        ),
        TargetSpec(
            "chat.link",
            N_("Call link"),
            N_("This message holds the link to a video call. Tapping it opens the call."),
            TAP,
        ),
        # Before joining a call from a link
        TargetSpec(
            "join.preview",
            N_("Your picture"),
            N_("This is you, as the others will see you. It is not a button."),
            TAP,
        ),
        TargetSpec(
            "join.name",
            N_("Your name"),
            N_("This is your name, as the others will see it. It is already written."),
            TAP,
        ),
        TargetSpec(
            "join.mic",
            N_("Microphone"),
            N_("This button turns your microphone off or on before you join."),
            TAP,
        ),
        TargetSpec(
            "join.camera",
            N_("Video camera"),
            N_("This button turns your camera off or on before you join."),
            TAP,
        ),
        TargetSpec(
            "join.join",
            N_("Join"),
            N_("This green button joins the call."),
            TAP,
        ),
        TargetSpec(
            "join.cancel",
            N_("Cancel"),
            N_("This button goes back to the messages without joining."),
            TAP,
        ),
        # Incoming call
        TargetSpec(
            "incoming.caller",
            N_("Caller"),
            N_("This is the picture of the person calling you. It is not a button."),
            TAP,
        ),
        TargetSpec(
            "incoming.answer",
            N_("Answer"),
            N_("This green button answers the call."),
            TAP,
        ),
        TargetSpec(
            "incoming.decline",
            N_("Decline"),
            N_("This red button declines the call."),
            TAP,
        ),
        # During a call
        TargetSpec(
            "call.mute",
            N_("Microphone"),
            N_("This button turns your microphone off or on."),
            TAP,
        ),
        TargetSpec(
            "call.camera",
            N_("Video camera"),
            N_("This button turns your camera off or on."),
            TAP,
        ),
        TargetSpec(
            "call.speaker",
            N_("Speaker"),
            N_("This button turns the loudspeaker off or on."),
            TAP,
        ),
        TargetSpec(
            "call.switch_camera",
            N_("Flip camera"),
            N_("This button switches between the front and back cameras."),
            TAP,
        ),
        *GROUP_TARGETS,
        TargetSpec(
            "call.hang_up",
            N_("Hang up"),
            N_("This red button hangs up the call."),
            TAP,
        ),
    ],
    scenes=SCENES,
    cues=CUES,
)

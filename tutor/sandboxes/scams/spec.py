"""What the practice "scams" app offers to lessons (no Qt here).

Every id below is the ``objectName`` of a widget and the id a lesson file uses. ``name`` is
the accessible name; ``does`` is said when it is touched by mistake.

Scenes (lesson field ``scene``), one situation each: ``parcel_sms``, ``health_email``,
``bank_call``, ``too_good_ad``, ``real_sms``, ``grandchild_chat``, ``illicit_content``,
``illegal_download``, ``password``. Without a scene, the app shows ``parcel_sms``.
Cues (step field ``cue``): ``show_<scene>`` shows that situation now, fresh (e.g. after a
genuine message, a scam one).
"""

from tutor.core.sandbox_spec import SandboxSpec, TargetSpec
from tutor.i18n import N_
from tutor.sandboxes.kit.targets import TAP_OR_TYPE, tap

SCENES = (
    "parcel_sms",
    "health_email",
    "bank_call",
    "too_good_ad",
    "real_sms",
    "grandchild_chat",
    "illicit_content",
    "illegal_download",
    "password",
)
CUES = tuple(f"show_{scene}" for scene in SCENES)


VERDICTS = (
    tap("verdict.safe", N_("Safe"), N_("This green button says: the message is safe.")),
    tap("verdict.scam", N_("Scam"), N_("This red button says: it is a scam or a danger.")),
)

CLUES = (
    tap("clue.sender", N_("Sender"), N_("This is who sent it. Tapping it circles it as a clue.")),
    tap("clue.link", N_("Link"), N_("This is the link. Here, tapping it only circles it.")),
    tap("clue.urgency", N_("Hurry"), N_("These words push you to hurry. Tapping circles them.")),
    tap("clue.money", N_("Money asked"), N_("These words ask for money. Tapping circles them.")),
    tap(
        "clue.code_request",
        N_("Code asked"),
        N_("These words ask for your code. Tapping circles them."),
    ),
    tap("clue.too_good", N_("Too good"), N_("This offer is too good. Tapping circles it.")),
    tap("clue.no_link", N_("No link"), N_("These words ask for nothing. Tapping circles them.")),
    tap("clue.photos", N_("Photos asked"), N_("These words ask for photos. Tapping circles them.")),
    tap("clue.secrecy", N_("Secret"), N_("These words ask for secrecy. Tapping circles them.")),
    tap("clue.hidden", N_("Hidden content"), N_("This content is hidden. Tapping circles it.")),
    tap("clue.file", N_("File"), N_("This is the file offered. Tapping circles it.")),
)

ACTION_TARGETS = (
    tap(
        "action.report_33700",
        N_("Forward to 33700"),
        N_("This button forwards the text to 33700, the number for spam texts."),
    ),
    tap("action.delete", N_("Delete"), N_("This button deletes the message.")),
    tap("action.block", N_("Block the sender"), N_("This button blocks the sender.")),
    tap("action.click_link", N_("Open the link"), N_("This button would open the link.")),
    tap("action.report_spam", N_("Report as spam"), N_("This button reports the e-mail as spam.")),
    tap(
        "action.cybermalveillance",
        N_("Get help from 17Cyber"),
        N_("This button opens 17Cyber, the State's help for victims of online scams."),
    ),
    tap(
        "action.block_card",
        N_("Block my card"),
        N_("This button shows how to block your bank card."),
    ),
    tap("action.hang_up", N_("Hang up"), N_("This red button hangs up the call.")),
    tap(
        "action.call_bank_number_on_card",
        N_("Call the number on my card"),
        N_("This button calls your bank with the number written on your card."),
    ),
    tap("action.give_code", N_("Give the code"), N_("This button would give the code.")),
    tap("action.close_page", N_("Close the page"), N_("This button closes the page.")),
    tap("action.pay", N_("Pay €1"), N_("This button would pay with your bank card.")),
    tap(
        "action.talk_to_child",
        N_("Talk calmly with Léa"),
        N_("This button means: talk calmly with your grandchild."),
    ),
    tap("action.send_photo", N_("Send a photo"), N_("This button would send a photo.")),
    tap(
        "action.screenshot",
        N_("Take a screenshot"),
        N_("This button takes a picture of the screen, to keep as evidence."),
    ),
    tap(
        "action.report_platform",
        N_("Report it on PHAROS"),
        N_("This button reports it on PHAROS, the police's reporting website."),
    ),
    tap(
        "action.call_3018",
        N_("Call 3018"),
        N_("This button calls 3018, the free help line for young people online."),
    ),
    tap("action.share", N_("Share the page"), N_("This button would share the page.")),
    tap("action.download", N_("Download"), N_("This button would download the file.")),
    tap(
        "action.library",
        N_("Find free legal films"),
        N_("This button shows where to watch films for free, legally."),
    ),
)

CALL_TARGETS = (
    tap("call.answer", N_("Answer"), N_("This green button answers the call.")),
    tap("call.decline", N_("Decline"), N_("This red button declines the call.")),
)

PASSWORD_TARGETS = (
    TargetSpec(
        "password.field",
        N_("Password"),
        N_("This is the password box. Tap it to type."),
        TAP_OR_TYPE,
    ),
    tap("password.clear", N_("Erase all"), N_("This button erases the whole password.")),
    tap("password.save", N_("Confirm"), N_("This button saves the password.")),
    tap("keyboard.hide", N_("Hide the keyboard"), N_("This key hides the keyboard.")),
)

SPEC = SandboxSpec.of(
    "scams",
    N_("Practice: scams and dangers"),
    "tutor.sandboxes.scams.widget:ScamsSandbox",
    [*VERDICTS, *CLUES, *ACTION_TARGETS, *CALL_TARGETS, *PASSWORD_TARGETS],
    scenes=SCENES,
    cues=CUES,
)

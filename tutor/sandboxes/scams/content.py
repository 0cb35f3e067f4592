"""The situations of the practice "scams" app, as plain data (no Qt).

Each situation is one scene: a message, an e-mail, a call, a web page or a chat, made of
parts; a part can be a clue the learner finds by touching it. Texts are English message
ids (``N_``); senders, numbers and addresses are invented and never a real brand's.
"""

from __future__ import annotations

from dataclasses import dataclass

from tutor.core.passwords import check_password
from tutor.i18n import N_

# Kinds of situation (each is drawn by its own view).
SMS = "sms"
EMAIL = "email"
CALL = "call"
WEB = "web"
CHAT = "chat"
PASSWORD = "password"


@dataclass(frozen=True)
class Part:
    """A piece of the message. ``clue``: the target id when it is a clue to find."""

    text: str
    clue: str | None = None
    style: str = "text"  # text, link, button, headline, file, hidden, mine


@dataclass(frozen=True)
class Situation:
    id: str
    kind: str
    danger: bool  # a scam or a danger (else a genuine, safe message)
    app_title: str  # the app's own title bar
    sender: str  # the sender / caller / address
    sender_detail: str = ""  # a second line (a number, an e-mail address...)
    sender_clue: str | None = None
    parts: tuple[Part, ...] = ()
    explanations: tuple[tuple[str, str], ...] = ()  # clue id -> what it tells
    actions: tuple[str, ...] = ()  # the "what to do" buttons of the coach panel
    verdict_note: str = ""  # said once the right verdict is given

    def explanation(self, clue: str) -> str:
        return dict(self.explanations).get(clue, "")

    def clue_ids(self) -> tuple[str, ...]:
        return tuple(clue for clue, _text in self.explanations)


@dataclass(frozen=True)
class ActionInfo:
    """A "what to do" choice: its label, icon, whether it is wise, and the calm result."""

    label: str
    icon: str
    wise: bool
    result: str


ACTIONS: dict[str, ActionInfo] = {
    "action.report_33700": ActionInfo(
        N_("Forward to 33700"),
        "mdi6.message-alert",
        True,
        N_("Sent to 33700, the free number for spam texts. Thank you!"),
    ),
    "action.delete": ActionInfo(N_("Delete"), "mdi6.delete", True, N_("Message deleted.")),
    "action.block": ActionInfo(
        N_("Block the sender"), "mdi6.cancel", True, N_("Blocked. They can no longer write.")
    ),
    "action.click_link": ActionInfo(
        N_("Open the link"),
        "mdi6.link-variant",
        False,
        N_("This link would open a fake site. Here, nothing opens."),
    ),
    "action.report_spam": ActionInfo(
        N_("Report as spam"), "mdi6.email-alert", True, N_("Reported as spam. Thank you!")
    ),
    "action.cybermalveillance": ActionInfo(
        N_("Get help from 17Cyber"),
        "mdi6.lifebuoy",
        True,
        N_("17Cyber (17cyber.gouv.fr), the State's help for victims, tells you what to do."),
    ),
    "action.hang_up": ActionInfo(N_("Hang up"), "mdi6.phone-hangup", True, N_("Call ended.")),
    "action.block_card": ActionInfo(
        N_("Block my card"),
        "mdi6.credit-card-off-outline",
        True,
        N_("To block a card: your bank, or 0 892 705 705, day and night."),
    ),
    "action.call_bank_number_on_card": ActionInfo(
        N_("Call the number on my card"),
        "mdi6.credit-card-outline",
        True,
        N_("You call the number on the back of your card: your real bank."),
    ),
    "action.give_code": ActionInfo(
        N_("Give the code"),
        "mdi6.numeric",
        False,
        N_("Here, nothing is given: this is practice. Never give this code."),
    ),
    "action.close_page": ActionInfo(N_("Close the page"), "mdi6.close", True, N_("Page closed.")),
    "action.pay": ActionInfo(
        N_("Pay €1"), "mdi6.credit-card", False, N_("Here, nothing is paid: this is practice.")
    ),
    "action.talk_to_child": ActionInfo(
        N_("Talk calmly with Léa"),
        "mdi6.account-heart",
        True,
        N_("It is not Léa's fault. You thank her for telling you."),
    ),
    "action.send_photo": ActionInfo(
        N_("Send a photo"),
        "mdi6.image",
        False,
        N_("Here, nothing is sent: this is practice. Never send a photo to a stranger."),
    ),
    "action.screenshot": ActionInfo(
        N_("Take a screenshot"),
        "mdi6.cellphone-screenshot",
        True,
        N_("Screenshot kept in Photos: it is your evidence."),
    ),
    "action.report_platform": ActionInfo(
        N_("Report it on PHAROS"),
        "mdi6.flag",
        True,
        N_("PHAROS (internet-signalement.gouv.fr) passes it to the police. Here, nothing is sent."),
    ),
    "action.call_3018": ActionInfo(
        N_("Call 3018"),
        "mdi6.phone-in-talk",
        True,
        N_("3018: free help for young people harassed online, and their family."),
    ),
    "action.share": ActionInfo(
        N_("Share the page"),
        "mdi6.share-variant",
        False,
        N_("Here, nothing is shared: this is practice."),
    ),
    "action.download": ActionInfo(
        N_("Download"),
        "mdi6.download",
        False,
        N_("Here, nothing is downloaded: this is practice."),
    ),
    "action.library": ActionInfo(
        N_("Find free legal films"),
        "mdi6.bookshelf",
        True,
        N_("Free and legal: your library's digital service, France.tv, Arte.tv."),
    ),
}

PARCEL_SMS = Situation(
    "parcel_sms",
    SMS,
    True,
    N_("Messages"),
    "+33 6 39 98 48 90",  # Arcep's range for fiction (06 39 98 ..): it belongs to nobody
    N_("Unknown number"),
    "clue.sender",
    (
        Part(N_("Your parcel is blocked."), "clue.urgency"),
        Part(N_("Pay €1.99 of fees:"), "clue.money"),
        Part("https://colis-suivi-fr.info/p8x", "clue.link", "link"),
    ),
    (
        ("clue.sender", N_("An unknown number. A name or a number can be faked.")),
        ("clue.urgency", N_("“Blocked”: they want to worry you, so you act fast.")),
        ("clue.money", N_("A small sum, to seem honest. They want your bank card.")),
        ("clue.link", N_("A link to pay: never. Check in the carrier's real app.")),
    ),
    ("action.report_33700", "action.delete", "action.block", "action.click_link"),
    N_("Yes, it is a scam. Now tap the clues on the message."),
)

REAL_SMS = Situation(
    "real_sms",
    SMS,
    False,
    N_("Messages"),
    N_("Harbour Pharmacy"),
    N_("In your contacts"),
    "clue.sender",
    (
        Part(N_("Hello, your order is ready.")),
        Part(N_("You can collect it at the pharmacy. Have a nice day!"), "clue.no_link"),
    ),
    (
        ("clue.sender", N_("A name can be faked: it is not a proof on its own.")),
        ("clue.no_link", N_("It asks for nothing: no link, no money, no code. It is safe.")),
    ),
    (),
    N_("Yes, it is safe. You can collect your order."),
)

HEALTH_EMAIL = Situation(
    "health_email",
    EMAIL,
    True,
    N_("Mail"),
    N_("Health Insurance"),
    "remboursement@assurance-sante-fr.co",
    "clue.sender",
    (
        Part(N_("Urgent: your Vitale card"), None, "headline"),
        Part(
            N_("Your card expires today. Without an update within 24 hours, refunds stop."),
            "clue.urgency",
        ),
        Part(N_("Have your bank card ready: €0.99 of fees."), "clue.money"),
        Part(N_("Update my card"), "clue.link", "button"),
    ),
    (
        ("clue.sender", N_("A strange address, ending in “.co”. Not the official one.")),
        ("clue.urgency", N_("“Within 24 hours”: a threat, to make you hurry.")),
        ("clue.money", N_("Your health insurance never asks for your bank card.")),
        ("clue.link", N_("This button leads to a fake site that copies the real one.")),
    ),
    ("action.report_spam", "action.delete", "action.cybermalveillance", "action.click_link"),
    N_("Yes, it is a scam. Now tap the clues in the e-mail."),
)

BANK_CALL = Situation(
    "bank_call",
    CALL,
    True,
    N_("Phone"),
    N_("Your bank's fraud department"),
    "01 99 00 25 36",  # Arcep's range for fiction (01 99 00 ....): it belongs to nobody
    "clue.sender",
    (
        Part(N_("Hello, this is your bank's fraud department.")),
        Part(N_("A payment of €950 is under way. We must stop it now!"), "clue.urgency"),
        Part(N_("To cancel it, give me the code you just received by text."), "clue.code_request"),
    ),
    (
        ("clue.sender", N_("Anyone can display a false name and number.")),
        ("clue.urgency", N_("Fear and hurry: so you do not take time to think.")),
        ("clue.code_request", N_("Your bank never asks for this code. Never give it.")),
    ),
    (
        "action.call_bank_number_on_card",
        "action.block_card",
        "action.cybermalveillance",
        "action.give_code",
    ),
    N_("Yes, it is a scam. Tap the clues in the caller's words."),
)

TOO_GOOD_AD = Situation(
    "too_good_ad",
    WEB,
    True,
    N_("Internet"),
    "super-cadeaux-gagnant.net",
    "",
    "clue.link",
    (
        Part(N_("Congratulations! You have won a smartphone!"), "clue.too_good", "headline"),
        Part(N_("Offer ends in 04:59"), "clue.urgency"),
        Part(N_("Just pay €1 for delivery with your bank card."), "clue.money"),
        Part("", "action.pay", "button"),
    ),
    (
        ("clue.too_good", N_("Nobody wins a prize without playing. Too good to be true.")),
        ("clue.urgency", N_("A countdown: to stop you thinking.")),
        ("clue.money", N_("€1 to take your bank card number, and more later.")),
        ("clue.link", N_("An unknown site with a strange name.")),
    ),
    ("action.close_page", "action.cybermalveillance"),
    N_("Yes, it is a scam. Now tap the clues on the page."),
)

GRANDCHILD_CHAT = Situation(
    "grandchild_chat",
    CHAT,
    True,
    N_("Léa's tablet · game chat"),
    "Max_2011",
    N_("“I am 13”"),
    "clue.sender",
    (
        Part(N_("Hi Léa! I love horses too.")),
        Part(N_("Hi!"), None, "mine"),
        Part(N_("Send me a photo of you."), "clue.photos"),
        Part(N_("It's our secret. Don't tell your parents."), "clue.secrecy"),
    ),
    (
        ("clue.sender", N_("Online, anyone can pretend to be a child.")),
        ("clue.photos", N_("A stranger asking for photos: a warning sign.")),
        ("clue.secrecy", N_("Asking for secrecy is the biggest warning sign.")),
    ),
    (
        "action.talk_to_child",
        "action.screenshot",
        "action.block",
        "action.report_platform",
        "action.call_3018",
        "action.send_photo",
    ),
    N_("Yes, it is a danger. Now tap the warning signs."),
)

ILLICIT_CONTENT = Situation(
    "illicit_content",
    WEB,
    True,
    N_("Internet"),
    "videos-choc-gratuites.net",
    "",
    "clue.link",
    (
        Part(
            N_("Hidden content: this page may shock. It is not shown here."),
            "clue.hidden",
            "hidden",
        ),
    ),
    (
        ("clue.hidden", N_("Hidden here. You do not need to look: close it calmly.")),
        ("clue.link", N_("A site found by chance, with a strange name.")),
    ),
    ("action.close_page", "action.talk_to_child", "action.report_platform", "action.share"),
    N_("Yes, it is a danger. Now choose what to do, just below."),
)

ILLEGAL_DOWNLOAD = Situation(
    "illegal_download",
    WEB,
    True,
    N_("Internet"),
    "films-gratuits-hd.xyz",
    "",
    "clue.link",
    (
        Part(N_("New film, out this week: watch it free!"), "clue.too_good", "headline"),
        Part(N_("To watch, install our app: FilmHD.apk"), "clue.file", "file"),
        Part("", "action.download", "button"),
    ),
    (
        ("clue.too_good", N_("A film still at the cinema, free: this copy is illegal.")),
        ("clue.file", N_("An app from outside the store. It can hide a virus.")),
        ("clue.link", N_("An unknown site, not a real film service.")),
    ),
    ("action.close_page", "action.library"),
    N_("Yes, it is a danger. Now tap the clues on the page."),
)

PASSWORD_SCREEN = Situation(
    "password", PASSWORD, False, N_("Library account"), N_("Choose a password")
)

SITUATIONS: dict[str, Situation] = {
    s.id: s
    for s in (
        PARCEL_SMS,
        HEALTH_EMAIL,
        BANK_CALL,
        TOO_GOOD_AD,
        REAL_SMS,
        GRANDCHILD_CHAT,
        ILLICIT_CONTENT,
        ILLEGAL_DOWNLOAD,
        PASSWORD_SCREEN,
    )
}
DEFAULT_SCENE = "parcel_sms"


def password_strength(text: str) -> int:
    """0 (nothing), 1 weak, 2 medium, 3 strong: the rule every lesson teaches (CNIL 2022,
    see ``tutor.core.passwords``), so the meter never calls strong what a lesson does not."""
    return check_password(text).level

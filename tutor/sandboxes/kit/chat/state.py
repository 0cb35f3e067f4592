"""The conversations of the practice messaging app, as plain data (no Qt).

Texts are English message ids, translated when drawn, so a learner switching language sees
the whole app in that language. What the learner writes is kept as typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from tutor.i18n import N_, _

# Painted photos of the gallery, in their order on screen (drawn in ``photos.py``).
PHOTO_IDS = ("garden", "cake", "cat", "beach")


class Status(StrEnum):
    """Where one of my messages is, as WhatsApp shows it: sent from this tablet (one grey
    tick), arrived on the person's phone (two grey ticks), or opened by them (two blue)."""

    SENT = "sent"  # one grey tick
    DELIVERED = "delivered"  # two grey ticks
    READ = "read"  # two blue ticks


@dataclass
class Message:
    mine: bool
    text: str = ""  # an English message id for theirs and samples, as typed for mine
    time: str = ""
    photo: str | None = None  # id of a painted photo (see photos.py), for a picture bubble
    translate: bool = True  # samples are translated; what the learner typed is not
    status: Status = Status.READ

    def shown_text(self) -> str:
        return _(self.text) if (self.translate and self.text) else self.text


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    relation: str  # English message id: "Daughter", "Friend"...
    colour: str  # the avatar's disc
    phone: str  # from the range kept for fiction (06 39 98 ...)
    reply: str  # English message id: what they answer to the learner (cue "reply_arrives")


PEOPLE: dict[str, Person] = {
    p.id: p
    for p in (
        Person(
            "sophie",
            "Sophie",
            N_("Daughter"),
            "#8e244d",
            "06 39 98 00 01",
            N_("Great! See you Sunday!"),
        ),
        Person(
            "lea",
            "Léa",
            N_("Granddaughter"),
            "#6a1b9a",
            "06 39 98 00 02",
            N_("Thank you! Lots of love!"),
        ),
        Person(
            "gerard",
            "Gérard",
            N_("Friend"),
            "#1a591e",
            "06 39 98 00 03",
            N_("Very good, see you soon!"),
        ),
        Person(
            "monique", "Monique", N_("Friend"), "#0d47a1", "06 39 98 00 04", N_("With pleasure!")
        ),
    )
}


def initials(name: str) -> str:
    return "".join(part[0] for part in name.split()[:2]).upper()


@dataclass
class Conversation:
    person: Person
    messages: list[Message] = field(default_factory=list)
    unread: int = 0

    def last(self) -> Message | None:
        return self.messages[-1] if self.messages else None

    def last_mine(self) -> Message | None:
        return next((m for m in reversed(self.messages) if m.mine), None)


def _theirs(text: str, time: str) -> Message:
    return Message(False, text, time)


def _mine(text: str, time: str) -> Message:
    return Message(True, text, time)


YESTERDAY = N_("Yesterday")


def sample_conversations(unread_from_sophie: bool = True) -> dict[str, Conversation]:
    """The starting conversations: Sophie's new question waits unless ``unread_from_sophie``
    is false (then it is already read)."""
    conversations = {
        "sophie": Conversation(
            PEOPLE["sophie"],
            [
                _theirs(N_("The children send you a kiss."), "18:30"),
                _mine(N_("Kisses to all of you!"), "18:45"),
                _theirs(N_("Hi Mum! Are you coming on Sunday?"), "10:42"),
            ],
            unread=1 if unread_from_sophie else 0,
        ),
        "lea": Conversation(
            PEOPLE["lea"],
            [
                _theirs(N_("Thank you for the lovely card!"), "09:15"),
                _mine(N_("You are welcome, my dear."), "09:20"),
            ],
        ),
        "gerard": Conversation(
            PEOPLE["gerard"],
            [
                _theirs(N_("Pétanque on Thursday at 3 pm?"), "08:05"),
                _mine(N_("Yes, see you Thursday!"), "08:10"),
            ],
        ),
        "monique": Conversation(
            PEOPLE["monique"],
            [
                _mine(N_("Thank you for the jam!"), YESTERDAY),
                _theirs(N_("Happy to help. Enjoy it!"), YESTERDAY),
            ],
        ),
    }
    return conversations


def time_label(time: str) -> str:
    """A message's time as shown: a clock time, or a translated day ("Yesterday")."""
    return _(time) if time == YESTERDAY else time

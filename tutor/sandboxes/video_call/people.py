"""The fictional people of the practice video-call app (no Qt here).

Their names, relations and looks are invented; the looks drive the drawn avatar and the
gently animated picture shown when they answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from tutor.i18n import N_


@dataclass(frozen=True)
class Person:
    """A contact: ``relation`` and ``greeting`` are English message ids."""

    id: str
    name: str
    relation: str
    colour: str  # avatar disc
    skin: str
    hair: str
    hair_style: str  # "long", "short", "bun", "curly"
    shirt: str
    wall: str  # the room behind them
    greeting: str
    glasses: bool = False
    beard: bool = False

    @property
    def initials(self) -> str:
        return "".join(part[0] for part in self.name.split()[:2]).upper()


PEOPLE: tuple[Person, ...] = (
    Person(
        "lea",
        "Léa",
        N_("granddaughter"),
        "#ad1457",
        "#f1c7a6",
        "#7b4a24",
        "long",
        "#ef6c00",
        "#cfe3f0",
        N_("Hello! I'm so happy to see you!"),
    ),
    Person(
        "lucas",
        "Lucas",
        N_("grandson"),
        "#1565c0",
        "#e0ac84",
        "#2b1d14",
        "short",
        "#2e7d32",
        "#f3e2c4",
        N_("Hello! It's Lucas. How are you today?"),
    ),
    Person(
        "sophie",
        "Sophie",
        N_("daughter"),
        "#6a1b9a",
        "#f5d0b5",
        "#c58b3a",
        "bun",
        "#00838f",
        "#e6efd8",
        N_("Hello! How lovely to see you!"),
    ),
    Person(
        "marc",
        "Marc",
        N_("son"),
        "#2e7d32",
        "#d9a47c",
        "#4e342e",
        "short",
        "#283593",
        "#ece4d8",
        N_("Hello! How lovely to see you!"),
        beard=True,
    ),
    Person(
        "monique",
        "Monique",
        N_("friend"),
        "#e65100",
        "#f2cfb3",
        "#d7d7d7",
        "curly",
        "#c2185b",
        "#f6e7ee",
        N_("Hello! How lovely to see you!"),
        glasses=True,
    ),
)
PEOPLE_BY_ID = {person.id: person for person in PEOPLE}

# Who calls in the "incoming_call" scene and the "call_arrives" cue, and whose call was
# missed in the "missed_call" scene.
CALLER = "lucas"
MISSED_CALLER = "lucas"

# The family group: its conversation in "Messages", and the group call started from it.
# Everyone answers a group call in this order (a moment apart, or at once on the lesson's
# ``callee_answers`` cue), and the first one greets the whole group.
FAMILY = "family"
FAMILY_NAME = N_("Family")
FAMILY_MEMBERS = ("sophie", "lea", "lucas")
FAMILY_GREETING = N_("Hello! The whole family is here!")

# The name the tablet's account shows to others (on the screen before joining a call):
# a name that suits anyone.
OWN_NAME = "Dominique"

# Who sent the call link in the "call_link" scene, and the link itself (a reserved
# ".example" address: it can never lead anywhere real), in the words of each language.
LINK_SENDER = "lea"
CALL_LINK = N_("https://call.example/family")

"""The conversation list's and thread's targets, shared by the apps that show them (no Qt)."""

from __future__ import annotations

from tutor.i18n import N_
from tutor.sandboxes.kit.targets import tap

# The people of the conversation list, top to bottom.
CONTACT_TARGETS = (
    tap(
        "list.sophie",
        N_("Conversation with Sophie"),
        N_("This line opens the conversation with Sophie."),
    ),
    tap(
        "list.lea",
        N_("Conversation with Léa"),
        N_("This line opens the conversation with Léa."),
    ),
    tap(
        "list.gerard",
        N_("Conversation with Gérard"),
        N_("This line opens the conversation with Gérard."),
    ),
    tap(
        "list.monique",
        N_("Conversation with Monique"),
        N_("This line opens the conversation with Monique."),
    ),
)
CHAT_BACK = tap(
    "chat.back",
    N_("Back to the conversations"),
    N_("This arrow goes back to the list of conversations."),
)

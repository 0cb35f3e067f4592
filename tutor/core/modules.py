"""The five learning modules shown as tiles on the catalogue screen."""

from __future__ import annotations

from dataclasses import dataclass

from tutor.i18n import N_, _


@dataclass(frozen=True)
class Module:
    id: str
    title: str  # English message id
    icon: str  # qtawesome icon name
    colour: str

    def display_title(self) -> str:
        return _(self.title)


MODULES: tuple[Module, ...] = (
    Module("tablet", N_("The tablet"), "mdi6.tablet", "#1b5e9e"),
    Module("video_calls", N_("Video calls"), "mdi6.video", "#2e7d32"),
    Module("social", N_("Social networks"), "mdi6.account-group", "#8e3a9e"),
    Module("procedures", N_("Online procedures"), "mdi6.bank", "#b35900"),
    Module("safety", N_("Staying safe"), "mdi6.shield-check", "#b71c1c"),
)
MODULE_IDS = tuple(m.id for m in MODULES)


def module_by_id(module_id: str) -> Module | None:
    return next((m for m in MODULES if m.id == module_id), None)

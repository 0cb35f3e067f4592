"""What a practice app declares about itself, without any Qt.

Each sandbox plug-in publishes a :class:`SandboxSpec` so that lesson files can be checked
(unknown targets, actions a control does not accept) from the command line, and so that a
wrong tap can be answered with what that control really does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from tutor.core.actions import ActionKind
from tutor.i18n import _


@dataclass(frozen=True)
class TargetSpec:
    """A control a lesson can ask for. ``name`` and ``does`` are English message ids."""

    id: str
    name: str
    does: str
    actions: frozenset[ActionKind] = frozenset({ActionKind.TAP})

    def spoken_name(self) -> str:
        return _(self.name)

    def what_it_does(self) -> str:
        return _(self.does)


@dataclass(frozen=True)
class SandboxSpec:
    """A practice app: its id (used in lesson files), its title and its targets."""

    id: str
    title: str
    widget: str  # "module:Class", imported only when the app is shown
    targets: Mapping[str, TargetSpec] = field(default_factory=dict)
    # Situations a lesson can start from (lesson field "scene"), e.g. "incoming_call".
    scenes: frozenset[str] = frozenset()
    # Things that can happen when a step begins (step field "cue"), e.g. "message_arrives".
    cues: frozenset[str] = frozenset()

    @staticmethod
    def of(
        id: str,
        title: str,
        widget: str,
        targets: Iterable[TargetSpec],
        scenes: Iterable[str] = (),
        cues: Iterable[str] = (),
    ) -> SandboxSpec:
        return SandboxSpec(
            id, title, widget, {t.id: t for t in targets}, frozenset(scenes), frozenset(cues)
        )

    def target(self, target_id: str) -> TargetSpec | None:
        return self.targets.get(target_id)

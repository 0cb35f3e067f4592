"""The practice apps made so far, one per kind, kept while they may be needed again.

A practice app is slow to build, so the first lesson that needs it makes it and the next
lessons reuse it. The pool alone adds and drops them: the display refits them when the
look changes, a change of language drops them (they are built again in the new language),
and the stand's reset throws them away so the next visitor finds nothing of the last one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tutor.core.sandbox_spec import SandboxSpec
from tutor.sandboxes import create_sandbox
from tutor.sandboxes.base import SandboxWidget


class SandboxPool:
    def __init__(self, fit: Callable[[SandboxWidget], None] = lambda _sandbox: None) -> None:
        self._made: dict[str, SandboxWidget] = {}
        self._fit = fit

    def fit_with(self, fit: Callable[[SandboxWidget], None]) -> None:
        """How a new practice app is fitted to the current look (the display's)."""
        self._fit = fit

    def get(self, spec: SandboxSpec) -> SandboxWidget:
        """The practice app for ``spec``, made (and fitted) the first time it is asked."""
        if spec.id not in self._made:
            sandbox = create_sandbox(spec)
            self._fit(sandbox)
            self._made[spec.id] = sandbox
        return self._made[spec.id]

    def __iter__(self) -> Iterator[SandboxWidget]:
        return iter(list(self._made.values()))

    def __len__(self) -> int:
        return len(self._made)

    def release(self) -> None:
        """Made anew when next needed (a new language); the player lets the shown one go
        when it shows the next."""
        for sandbox in self._made.values():
            sandbox.hide()
        self._made.clear()

    def destroy(self) -> None:
        """Thrown away for good (a stand's reset): nothing typed or taken stays."""
        for sandbox in self._made.values():
            sandbox.hide()
            sandbox.setParent(None)
            sandbox.deleteLater()
        self._made.clear()

"""Practice apps, one plug-in folder each.

A plug-in is a sub-package with a ``spec.py`` defining ``SPEC`` (a
:class:`tutor.core.sandbox_spec.SandboxSpec`, no Qt) and the widget class that ``SPEC.widget``
names (Qt, imported only when the app is shown). Adding a practice app means adding a
folder here and lessons that use it; nothing else changes.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from typing import TYPE_CHECKING

from tutor.core.sandbox_spec import SandboxSpec

if TYPE_CHECKING:
    from tutor.sandboxes.base import SandboxWidget


@cache
def sandbox_specs() -> dict[str, SandboxSpec]:
    """Every installed practice app's declaration, by id."""
    specs: dict[str, SandboxSpec] = {}
    for info in pkgutil.iter_modules(__path__):
        if not info.ispkg:
            continue
        try:
            module = importlib.import_module(f"{__name__}.{info.name}.spec")
        except ModuleNotFoundError:
            continue  # a helper package (e.g. the shared kit), not a practice app
        spec = getattr(module, "SPEC", None)
        if isinstance(spec, SandboxSpec):
            specs[spec.id] = spec
    return specs


def create_sandbox(spec: SandboxSpec) -> SandboxWidget:
    module_name, class_name = spec.widget.split(":")
    widget_class = getattr(importlib.import_module(module_name), class_name)
    return widget_class(spec)  # type: ignore[no-any-return,unused-ignore]

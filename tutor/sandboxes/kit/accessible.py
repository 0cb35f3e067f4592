"""The practice apps' controls as a screen reader (Orca, NVDA, VoiceOver) meets them.

The kit draws its controls by hand (:class:`GestureArea` s), so Qt knows them only as plain
widgets: an AT-SPI "filler" with no name and no action. Through an accessibility factory
(``QAccessible.installFactory``, installed by :func:`install` when a practice app is made),
every lesson target (a control that :meth:`TabletApp.wire` wired through :func:`expose`)
gets an interface of its own:

- its *role*: a push button; a text field for the fields the keyboard writes in (the target
  takes typing); a switch for an on/off switch; a canvas for a page that is only swiped (Qt has no
  scroll pane role), its controls inside;
- its *name*, the target's translated name (what the wrong-tap answer calls it too), and as
  its *description*, what it does ("This button goes back to the home screen.");
- its *actions*, done through the very signals a finger's gesture emits, so the lesson's
  gate judges and records them as it does a touch: "Press" (a tap) where the target takes a
  tap, "Long press" where it takes a long press, and "Swipe up", "Swipe down", "Swipe left",
  "Swipe right" (the way the finger moves) where it takes a swipe. AT-SPI lets an object
  have as many named actions as it likes; each has a translated name for the reader.

Limit: a keyboard-fed field offers no AT-SPI *text* or *editable text* interface. Qt finds
them by a C++ cast (``interface_cast``); PySide6 6.11 lets Python answer it with the address
of a second base's part, but Qt's bridge then crashes the app as soon as it reads the field
(tried: ``QAccessibleTextInterface`` and ``QAccessibleEditableTextInterface`` as extra
bases). So a screen reader's user types as a finger does, by pressing the practice
keyboard's keys (below), or with the computer's keys: "Press" on the field brings the
practice keyboard up and gives the field the focus, and the keys write in it (see
:mod:`tutor.sandboxes.kit.keys`). The field's value is what it holds.

A named control that answers a tap without being a lesson target (each key of the practice
keyboard: "a", "Capital letter", "Space"...) is a push button with "Press" too, so that a
reader's user can also type on the practice keyboard by its keys' actions alone. Widgets of
the kit that are neither (a page's background, a picture) keep Qt's interface.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QMetaMethod, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleStateChangeEvent,
)
from PySide6.QtWidgets import QAccessibleWidget

from tutor.core.actions import SWIPE_DIRECTIONS, ActionKind
from tutor.core.sandbox_spec import TargetSpec
from tutor.i18n import N_, _
from tutor.sandboxes.kit.gestures import GestureArea
from tutor.sandboxes.kit.targets import TAP

PRESS = QAccessibleActionInterface.pressAction()  # "Press", the name every reader knows
LONG_PRESS = "Long press"
SWIPES = {
    "up": "Swipe up",
    "down": "Swipe down",
    "left": "Swipe left",
    "right": "Swipe right",
}
# The actions' names as a screen reader says them (AT-SPI's localized names).
SAID = {
    PRESS: N_("Press"),
    LONG_PRESS: N_("Long press"),
    SWIPES["up"]: N_("Swipe up"),
    SWIPES["down"]: N_("Swipe down"),
    SWIPES["left"]: N_("Swipe left"),
    SWIPES["right"]: N_("Swipe right"),
}
_installed = False


def expose(area: GestureArea, target: TargetSpec) -> None:
    """``area`` is the control of ``target``: screen readers get its role, name and actions.

    A screen reader listening while the screen was built may have been told "filler"
    already (AT-SPI clients keep roles): that interface is dropped and the control announced
    anew, so that the reader meets it as the control it is now."""
    area.lesson_target = target
    area.setAccessibleName(_(target.name))
    area.setAccessibleDescription(_(target.does))
    if _checked(area) is not None:  # a switch: the reader hears it turn on or off
        area.tapped.connect(lambda: QTimer.singleShot(0, area, partial(_tell_checked, area)))
    if not QAccessible.isActive():
        return
    interface = QAccessible.queryAccessibleInterface(area)
    if interface is not None and (not isinstance(interface, _Control) or interface.told_plain):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))
        QAccessible.updateAccessibility(QAccessibleEvent(area, QAccessible.Event.ObjectCreated))


def role_of(target: TargetSpec, area: GestureArea) -> QAccessible.Role:
    """What a screen reader calls the control of ``target``."""
    if ActionKind.TYPE in target.actions:
        return QAccessible.Role.EditableText
    if ActionKind.TAP in target.actions or ActionKind.LONG_PRESS in target.actions:
        return QAccessible.Role.Switch if _checked(area) is not None else QAccessible.Role.Button
    return QAccessible.Role.Canvas  # only swiped: a drawn page, its controls inside


def action_names(target: TargetSpec) -> list[str]:
    """The AT-SPI actions of the control of ``target``, the commonest first."""
    names = []
    if target.actions & {ActionKind.TAP, ActionKind.TYPE}:
        names.append(PRESS)
    if ActionKind.LONG_PRESS in target.actions:
        names.append(LONG_PRESS)
    if ActionKind.SWIPE in target.actions:
        names += [SWIPES[direction] for direction in SWIPE_DIRECTIONS]
    return names


def _checked(area: GestureArea) -> bool | None:
    """On or off for an on/off switch (it has ``is_checked``), None for anything else."""
    is_checked = getattr(area, "is_checked", None)
    return bool(is_checked()) if callable(is_checked) else None


def _tell_checked(area: GestureArea) -> None:
    """Tell screen readers that the switch ``area`` may have turned on or off."""
    if QAccessible.isActive():
        changed = QAccessible.State()
        changed.checked = True
        QAccessible.updateAccessibility(QAccessibleStateChangeEvent(area, changed))


def _written(field: GestureArea) -> str:
    """The words a field holds now: its ``text()`` (or ``text``, in some apps' fields)."""
    text = getattr(field, "text", "")
    text = text() if callable(text) else text
    return text if isinstance(text, str) else ""


def _gesture(area: GestureArea, name: str) -> Callable[[], None] | None:
    """What a finger does on ``area`` for the action ``name``."""
    if name == PRESS:
        return area.tapped.emit
    if name == LONG_PRESS:
        return area.long_pressed.emit
    for direction, swipe in SWIPES.items():
        if name == swipe:
            return lambda: area.swipe(direction)
    return None


class _Control(QAccessibleWidget):
    """A lesson target of a practice app, told as the control it is (see the module)."""

    def __init__(self, area: GestureArea) -> None:
        super().__init__(area, QAccessible.Role.Client)
        self._area = area
        self.told_plain = False  # its role was asked before it was a lesson's target

    def _target(self) -> TargetSpec | None:
        """The lesson target it is; or, for a named control that answers a tap without being
        a target (a key of the practice keyboard), a target that only takes a tap."""
        area = self._area
        if area.lesson_target is not None:
            return area.lesson_target
        name = area.accessibleName()
        if name and area.isSignalConnected(QMetaMethod.fromSignal(area.tapped)):
            return TargetSpec(area.objectName(), name, "", TAP)
        return None

    def role(self) -> QAccessible.Role:
        target = self._target()
        if target is None:
            self.told_plain = True
            return super().role()
        return role_of(target, self._area)

    def state(self) -> QAccessible.State:
        state = super().state()
        checked = _checked(self._area) if self._target() is not None else None
        if checked is not None:
            state.checkable = True
            state.checked = checked
        if self.role() == QAccessible.Role.EditableText:
            state.editable = True
        return state

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Value and self.role() == QAccessible.Role.EditableText:
            return _written(self._area)
        return str(super().text(kind))

    def actionNames(self) -> list[str]:
        target = self._target()
        own = action_names(target) if target is not None else []
        return [*own, *super().actionNames()]

    def localizedActionName(self, name: str) -> str:
        return _(SAID[name]) if name in SAID else str(super().localizedActionName(name))

    def localizedActionDescription(self, name: str) -> str:
        return self.localizedActionName(name)

    def keyBindingsForAction(self, name: str) -> list[str]:
        return []

    def doAction(self, name: str) -> None:
        target = self._target()
        gesture = _gesture(self._area, name)
        if target is None or gesture is None or name not in action_names(target):
            super().doAction(name)
            return
        if not self._area.isEnabled():
            return
        if name == PRESS and self.role() == QAccessible.Role.EditableText:
            # A field pressed takes the focus too: the keys typed next write in it.
            self._area.setFocus(Qt.FocusReason.OtherFocusReason)
        # After the reader's call has its answer, as Qt's own buttons do (animateClick): the
        # gesture may change the whole screen.
        QTimer.singleShot(0, self._area, gesture)


def _factory(_class_name: str, widget: QObject) -> QAccessibleInterface | None:
    return _Control(widget) if isinstance(widget, GestureArea) else None


def install() -> None:
    """Tell screen readers about the practice apps' controls (once, before any is made)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True

"""The base of every practice app drawn on the tablet: :class:`TabletApp`.

A practice app is its spec, its screens and its state. What they all do the same way lives
here, once:

- the shell: the drawn tablet (``body``), its screen (``screen_area``) with the status bar
  on top, and the screens stacked in between, added by name (:meth:`TabletApp.add_screen`);
- the target wiring: every widget whose ``objectName`` is a target of the spec reports its
  touches to the lesson's gate (:meth:`TabletApp.wire`), with one rule for a long press;
- the keyboard and the text field it writes in (:meth:`TabletApp.use_keyboard`,
  :meth:`TabletApp.typing_field`);
- fitting the tablet in the room it is given, at any size (:meth:`TabletApp.place_tablet`);
- ``current_screen``.

Bringing the step's target into view and the banners that go away by themselves are the
business of every practice app, drawn on a tablet or not: :class:`SandboxWidget`.
"""

from __future__ import annotations

from functools import partial
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from tutor.core.actions import Action, ActionKind
from tutor.core.sandbox_spec import SandboxSpec
from tutor.i18n import _
from tutor.sandboxes.base import SandboxWidget
from tutor.sandboxes.kit.chrome import StatusBar, TabletBody, fit_tablet
from tutor.sandboxes.kit.gestures import GestureArea
from tutor.sandboxes.kit.keyboard import OnScreenKeyboard, apply_key
from tutor.sandboxes.kit.keys import KeyPresses
from tutor.sandboxes.kit.look import Look

KEYBOARD_HIDE = "keyboard.hide"
READING_ROW_PX = 24  # controls whose tops are this close are on one line of reading
W = TypeVar("W", bound=QWidget)


class TabletApp(SandboxWidget):
    """A practice app on the drawn tablet. Subclasses add their screens, lay the screen
    out (:meth:`lay_out`), then implement ``_apply`` (an action's effect), :meth:`reset`
    and :meth:`perform`, and :meth:`typing_field` if they have a keyboard."""

    # The screens share what is left between the bars and the keyboard, whatever their
    # own minimum sizes: the keyboard and the bars are never squeezed.
    SQUEEZE_SCREENS = True
    keyboard: OnScreenKeyboard  # once :meth:`use_keyboard` gave it one

    def __init__(self, spec: SandboxSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self.look = Look(self)
        self.body = TabletBody(self.look, self)
        self.screen_area = QWidget(self.body)
        self.status_bar = StatusBar(self.look)
        self.stack = QStackedWidget()
        if self.SQUEEZE_SCREENS:
            self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.screens: dict[str, QWidget] = {}
        self.keys = KeyPresses(self)

    # -- the shell ----------------------------------------------------------------------------
    def add_screen(self, name: str, screen: W) -> W:
        """Add ``screen`` to the stack under ``name`` (what :meth:`current_screen` says)."""
        self.screens[name] = screen
        self.stack.addWidget(screen)
        return screen

    def lay_out(self, *parts: QWidget | tuple[QWidget, int]) -> QVBoxLayout:
        """Stack the tablet screen's parts from top to bottom (``(part, stretch)`` for the
        one that takes the room left, usually ``self.stack``)."""
        column = QVBoxLayout(self.screen_area)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        for part in parts:
            widget, stretch = part if isinstance(part, tuple) else (part, 0)
            column.addWidget(widget, stretch)
        return column

    def current_screen(self) -> str:
        """The name of the screen shown now."""
        current = self.stack.currentWidget()
        return next(name for name, screen in self.screens.items() if screen is current)

    def keyboard_shown(self) -> bool:
        keyboard = getattr(self, "keyboard", None)
        return keyboard is not None and keyboard.isVisibleTo(self)

    # -- learner input ------------------------------------------------------------------------
    def wire(self, root: QWidget | None = None) -> None:
        """Every lesson target under ``root`` (the whole app if None) reports its touches as
        actions to the gate; a widget is wired once, so screens built later can be wired
        again. A page that only scrolls lets a tap through, as a real one does."""
        keyboard = getattr(self, "keyboard", None)
        for widget in (root or self).findChildren(GestureArea):
            target = self.spec.target(widget.objectName())
            if target is None or widget.property("wired_to_gate"):
                continue
            widget.setProperty("wired_to_gate", True)
            widget.setAccessibleName(_(target.name))
            # Reached with Tab (in reading order, see focusNextPrevChild) and pressed with
            # Space or Enter, like a touch: a keyboard or a switch does every lesson too.
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(self.keys)
            if keyboard is not None and keyboard.isAncestorOf(widget):
                continue  # the keyboard reports its own keys
            if target.actions & {ActionKind.TAP, ActionKind.LONG_PRESS}:
                widget.tapped.connect(partial(self.learner_did, Action(ActionKind.TAP, target.id)))
                widget.long_pressed.connect(partial(self._on_target_held, target.id))
            if widget.accepts_swipe:
                widget.swiped.connect(partial(self._on_target_swiped, target.id))

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab moves through the controls shown, in reading order (top to bottom, left to
        right), as a screen reader reads them; past the last one, on to the lesson's own
        buttons around the app."""
        controls = self.reachable_controls()
        focus = QApplication.focusWidget()
        if focus in controls:
            index = controls.index(focus) + (1 if next else -1)
            if 0 <= index < len(controls):
                controls[index].setFocus(
                    Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
                )
                return True
        elif controls and (focus is None or self.isAncestorOf(focus)):
            controls[0 if next else -1].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return bool(super().focusNextPrevChild(next))

    def reachable_controls(self) -> list[QWidget]:
        """The lesson targets a keyboard can reach now: shown, and at least partly inside
        the app's visible screen, in reading order."""
        screen = self.rect()
        found = []
        for widget in self.findChildren(GestureArea):
            if not widget.property("wired_to_gate") or not widget.isVisibleTo(self):
                continue
            if not widget.isEnabled() or widget.visibleRegion().isEmpty():
                continue
            top_left = widget.mapTo(self, widget.rect().topLeft())
            if not screen.intersects(widget.rect().translated(top_left)):
                continue
            found.append((top_left.y() // READING_ROW_PX, top_left.x(), widget))
        return [widget for _y, _x, widget in sorted(found, key=lambda item: item[:2])]

    def learner_did(self, action: Action) -> bool:
        """The learner did ``action``: the gate judges it, then it takes effect."""
        return self.attempt(action, partial(self._apply, action))

    def _apply(self, action: Action) -> None:
        """Change the app as ``action`` does, whatever screen is shown now."""
        raise NotImplementedError

    def _on_target_held(self, target_id: str) -> None:
        # A long press on a plain button acts as a tap, as on a real tablet (and a slow
        # finger is not punished); it is a long press where one is expected.
        actions = self.spec.targets[target_id].actions
        kind = ActionKind.TAP if ActionKind.LONG_PRESS not in actions else ActionKind.LONG_PRESS
        self.learner_did(Action(kind, target_id))

    def _on_target_swiped(self, target_id: str, direction: str) -> None:
        self.learner_did(Action(ActionKind.SWIPE, target_id, direction))

    # -- the keyboard -------------------------------------------------------------------------
    def use_keyboard(self, keyboard: OnScreenKeyboard | None = None) -> OnScreenKeyboard:
        """Give the app its on-screen keyboard (the kit's unless told): its keys type in
        :meth:`typing_field`, its "hide" key is the target ``keyboard.hide``."""
        self.keyboard = keyboard or OnScreenKeyboard(self.look)
        self.keyboard.key_pressed.connect(self.type_key)
        self.keyboard.hide_requested.connect(
            partial(self.learner_did, Action(ActionKind.TAP, KEYBOARD_HIDE))
        )
        return self.keyboard

    def typing_field(self) -> tuple[str, str] | None:
        """The field the keyboard writes in now: its target id and its text (None: none)."""
        return None

    def type_key(self, key: str) -> None:
        """``key`` typed in :meth:`typing_field` (a character or ``BACKSPACE``), from the
        practice keyboard or the physical one."""
        field = self.typing_field()
        if field is not None:
            target_id, text = field
            self.learner_did(Action(ActionKind.TYPE, target_id, apply_key(text, key)))

    # -- drawing ------------------------------------------------------------------------------
    def place_tablet(self) -> None:
        """Fit the drawn tablet in the room given, keeping its shape, and scale everything.
        Apps with parts drawn over the screen extend this to place them."""
        fit_tablet(self, self.body, self.screen_area, self.look)

    def resizeEvent(self, event):
        self.place_tablet()
        super().resizeEvent(event)

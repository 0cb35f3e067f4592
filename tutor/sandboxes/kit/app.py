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
from tutor.sandboxes.base import SandboxWidget
from tutor.sandboxes.kit import accessible
from tutor.sandboxes.kit.chrome import StatusBar, TabletBody, fit_tablet
from tutor.sandboxes.kit.gestures import GestureArea
from tutor.sandboxes.kit.keyboard import OnScreenKeyboard, apply_key
from tutor.sandboxes.kit.keys import KeyPresses, keyboard_keys_scanned
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.scrolling import scroll_areas_holding, scroll_into_view

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
        accessible.install()  # before any control is made: screen readers meet them as such
        self.look = Look(self)
        self.body = TabletBody(self.look, self)
        self.screen_area = QWidget(self.body)
        self.status_bar = StatusBar(self.look)
        self.stack = QStackedWidget()
        if self.SQUEEZE_SCREENS:
            self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.screens: dict[str, QWidget] = {}
        self.keys = KeyPresses(self)
        self._focus_before: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._remember_focus)

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

    def set_language(self, language: str) -> None:
        """The keyboard of another language has keys of its own: its lesson target ("hide
        the keyboard") is wired again, or Tab would never reach it in an English lesson."""
        super().set_language(language)
        keyboard = getattr(self, "keyboard", None)
        if keyboard is not None:
            self.wire(keyboard)

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
            accessible.expose(widget, target)  # a named button (or field...) to screen readers
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
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        if focus in controls:
            index = controls.index(focus) + (1 if next else -1)
            if 0 <= index < len(controls):
                self._focus_on(controls[index], reason)
                return True
        elif controls and (focus is None or self.isAncestorOf(focus)):
            self._focus_on(controls[0 if next else -1], reason)
            return True
        return self._leave(next)

    def _focus_on(self, control: QWidget, reason: Qt.FocusReason) -> None:
        """The focus on ``control``, its page scrolled so that it shows (above the keyboard),
        as a page scrolls to the field Tab reaches on a real tablet."""
        covering: list[QWidget] = [self.keyboard] if self.keyboard_shown() else []
        scroll_into_view(control, covering, glide=False)
        control.setFocus(reason)

    def _leave(self, next: bool) -> bool:
        """Past the last control (or before the first), on to the first control outside
        the app in Qt's focus chain. Qt's own next widget can be a control of the app again
        (the practice keyboard sits after the navigation bar in the chain), and Tab then went
        round the app's last controls for ever."""
        widget: QWidget | None = self
        for _ in range(10_000):  # (the chain is a loop: this only guards against a broken one)
            assert widget is not None
            widget = widget.nextInFocusChain() if next else widget.previousInFocusChain()
            if widget is None or widget is self:
                break
            if self.isAncestorOf(widget) or not widget.isVisible() or not widget.isEnabled():
                continue
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                reason = (
                    Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
                )
                widget.setFocus(reason)
                return True
        return bool(super().focusNextPrevChild(next))

    def came_in_by_tab(self, widget: QWidget, forward: bool) -> None:
        """Tab (or Shift+Tab) brought the focus into the app from outside, onto ``widget``:
        Qt's chain enters wherever the control sits in it, often mid-screen, so the focus
        goes to the first control in reading order (the last, going back) instead."""
        if self._focus_before is not None and self.isAncestorOf(self._focus_before):
            return  # a move inside the app (focusNextPrevChild put it there)
        controls = self.reachable_controls()
        if controls:
            first = controls[0 if forward else -1]
            if first is not widget:
                reason = (
                    Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
                )
                self._focus_on(first, reason)

    def _remember_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        # (Qt tells this after the focus-in event: at that event, this is the focus before.)
        self._focus_before = new

    def reachable_controls(self) -> list[QWidget]:
        """The lesson targets a keyboard can reach now: shown, and at least partly inside
        the app's visible screen or on a page that scrolls there, in reading order."""
        screen = self.rect()
        found = []
        keys = set(self.keyboard.all_keys()) if self._keys_scanned() else set()
        for key in keys:  # pressed like a target (a second install changes nothing)
            key.installEventFilter(self.keys)
        for widget in self.findChildren(GestureArea):
            if not (widget.property("wired_to_gate") or widget in keys):
                continue
            if not widget.isVisibleTo(self) or not widget.isEnabled():
                continue
            top_left = widget.mapTo(self, widget.rect().topLeft())
            # Further down a page that scrolls: reached all the same (the page scrolls to it,
            # see _focus_on), after what shows, as its place in the page says.
            pages = [area for area in scroll_areas_holding(widget) if self.isAncestorOf(area)]
            shown = pages[-1] if pages else widget
            if shown.visibleRegion().isEmpty():
                continue
            shown_at = shown.mapTo(self, shown.rect().topLeft())
            if not screen.intersects(shown.rect().translated(shown_at)):
                continue
            found.append((top_left.y() // READING_ROW_PX, top_left.x(), widget))
        return [widget for _y, _x, widget in sorted(found, key=lambda item: item[:2])]

    def _keys_scanned(self) -> bool:
        """The practice keyboard's keys are reached one by one (with switches, while the
        keyboard shows)."""
        return keyboard_keys_scanned() and self.keyboard_shown()

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

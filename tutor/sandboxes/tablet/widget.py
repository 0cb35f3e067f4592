"""The practice tablet: a generic modern tablet drawn inside the tutor.

The learner practises here what they will do on their own tablet: open an app from the
home screen, change page with a swipe, write a note with the on-screen keyboard, change the
text size, brightness, Wi-Fi and volume. Every touch on a lesson target becomes an
:class:`Action` that the lesson's gate judges before anything changes (see ``base.py``);
``perform`` applies the same changes directly, from any state, for replay and "show me".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from tutor.core.actions import Action, ActionKind
from tutor.core.sandbox_spec import SandboxSpec
from tutor.i18n import _
from tutor.sandboxes.kit.app import TabletApp
from tutor.sandboxes.kit.chrome import (
    DimOverlay,
    NavBar,
)
from tutor.sandboxes.kit.look import DEFAULT_TEXT_LEVEL
from tutor.sandboxes.tablet.apps import SIMPLE_APPS, SimpleAppScreen
from tutor.sandboxes.tablet.home import HomeScreen, app_id
from tutor.sandboxes.tablet.notes import SAMPLE_NOTES, NoteEditorScreen, NotesListScreen
from tutor.sandboxes.tablet.photos import Gallery
from tutor.sandboxes.tablet.settings_app import (
    BRIGHTNESS_LEVELS,
    VOLUME_LEVELS,
    DisplayScreen,
    SettingsListScreen,
    SoundScreen,
)
from tutor.sandboxes.tablet.system import SYSTEM_PARENT, SystemParts
from tutor.sandboxes.tablet.wifi import WifiScreen

# Screens, and where "back" leads from each.
HOME = "home"
NOTES = "notes"
EDITOR = "notes.editor"
SETTINGS = "settings"
DISPLAY = "settings.display"
WIFI = "settings.wifi"
SOUND = "settings.sound"
PARENT = {
    NOTES: HOME,
    EDITOR: NOTES,
    SETTINGS: HOME,
    DISPLAY: SETTINGS,
    WIFI: SETTINGS,
    SOUND: SETTINGS,
    **SYSTEM_PARENT,
}

BRIGHTNESS_STEP_OPACITY = 0.12


@dataclass
class TabletState:
    """The settings a lesson may change; ``reset`` brings these back."""

    brightness: int = BRIGHTNESS_LEVELS
    wifi_on: bool = True
    volume: int = 5
    notes: list[str] = field(default_factory=list)


class TabletSandbox(TabletApp):
    """Home screen on two pages, Notes with an on-screen keyboard, Settings, other apps."""

    def __init__(self, spec: SandboxSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self.state = TabletState()
        self.nav_bar = NavBar(self.look)
        keyboard = self.use_keyboard()
        self.home = self.add_screen(HOME, HomeScreen(self.look))
        self.notes = self.add_screen(NOTES, NotesListScreen(self.look))
        self.editor = self.add_screen(EDITOR, NoteEditorScreen(self.look))
        self.settings = self.add_screen(SETTINGS, SettingsListScreen(self.look))
        self.display = self.add_screen(DISPLAY, DisplayScreen(self.look))
        self.wifi = self.add_screen(WIFI, WifiScreen(self.look))
        self.sound = self.add_screen(SOUND, SoundScreen(self.look))
        for name in SIMPLE_APPS:
            self.add_screen(f"app.{name}", SimpleAppScreen(self.look, name))
        self.gallery = Gallery(self.look)  # Camera and Photos
        for screen_id, screen in self.gallery.screens.items():
            self.add_screen(screen_id, screen)
        layout = self.lay_out(self.status_bar, (self.stack, 1), keyboard, self.nav_bar)
        # Wi-Fi joining, the Store, notifications, the home bar (see system.py).
        self.system = SystemParts(self)
        layout.addWidget(self.system.home_bar)
        self.dim = DimOverlay(self.screen_area)
        self.wire()
        self.reset()

    # -- learner input ------------------------------------------------------------------------
    def typing_field(self) -> tuple[str, str] | None:
        field = self.system.typing_target()
        if field is not None:
            return field, self.system.typed_text(field)
        return "notes.text", self.editor.page.text()

    # -- lesson controller --------------------------------------------------------------------
    def reset(self, scene: str | None = None) -> None:
        self.state = TabletState(notes=[_(note) for note in SAMPLE_NOTES])
        self.look.set_text_level(DEFAULT_TEXT_LEVEL)
        self.notes.set_notes(self.state.notes)
        self.editor.page.set_text("")
        self.keyboard.reset()
        for icon in self.home.icons.values():
            icon.set_selected(False)
        self.home.set_page(0)
        self.gallery.reset()
        self.system.reset(scene)
        self._show(HOME)
        self._refresh_settings()
        self._refresh_highlight()

    def cue(self, name: str) -> None:
        if not self.system.cue(name):
            super().cue(name)

    def perform(self, action: Action) -> None:
        if self.spec.target(action.target) is None:
            raise ValueError(f"the tablet has no target {action.target!r}")
        self._apply(action)
        self.system.finish()  # done directly: no download to wait for
        self._refresh_settings()
        self.gallery.camera.end_flash()  # a replayed photo was taken long ago: no flash now
        self._refresh_highlight()

    def come_to_rest(self) -> None:
        self.system.finish()
        super().come_to_rest()

    # -- state changes (the effects) ----------------------------------------------------------
    def _apply(self, action: Action) -> None:
        """Change the tablet as ``action`` does, whatever screen is shown now."""
        kind, target = action.kind, action.target
        if self.system.handles(target):
            self.system.apply(action)
            self._refresh_settings()  # a joined network shows in the list and the status bar
        elif target.startswith("home.app."):
            self._apply_app_icon(kind, target)
        elif target == "home.pages":
            if kind == ActionKind.SWIPE and action.value in ("left", "right"):
                self._show(HOME)
                step = 1 if action.value == "left" else -1
                self.home.set_page(self.home.page + step)
            elif kind == ActionKind.SWIPE and action.value == "down":
                self._show(HOME)
                self.system.open_shade()
        elif target == "nav.home":
            self.system.leave_overlays()
            self.go_home()
        elif target == "nav.back":
            if self.system.shade.isVisible():
                self.system.leave_overlays()
            else:
                self._go_back()
        elif self.gallery.handles(target):
            self._show(self.gallery.apply(target))
        elif target.startswith("notes.") or target == "keyboard.hide":
            self._apply_notes(kind, target, action.value)
        else:
            self._apply_settings(target)

    def _apply_app_icon(self, kind: ActionKind, target: str) -> None:
        if kind == ActionKind.LONG_PRESS:
            self._show(HOME)
            self.home.set_page(self.home.page_of(target))
            self.home.icons[target].set_selected(True)
        elif kind == ActionKind.TAP:
            name = app_id(target)
            self._show(f"app.{name}" if name in SIMPLE_APPS else name)

    def go_home(self) -> None:
        if self.current_screen() == HOME:
            self.home.set_page(0)
        self._show(HOME)

    def open_app(self, name: str) -> None:
        """Open the app ``name`` as its home screen icon does."""
        self._apply_app_icon(ActionKind.TAP, f"home.app.{name}")

    def open_app_icon(self, kind: ActionKind, target: str) -> None:
        self._apply_app_icon(kind, target)

    def show_screen(self, screen_id: str) -> None:
        self._show(screen_id)

    def set_keyboard(self, shown: bool) -> None:
        self._set_keyboard(shown)

    def _go_back(self) -> None:
        current = self.current_screen()
        if current == EDITOR:
            self._save_draft()  # leaving a note keeps what was written, like real apps
        self._show(self.gallery.parent_of(current) or PARENT.get(current, HOME))

    def _apply_notes(self, kind: ActionKind, target: str, value: str | None) -> None:
        if target == "notes.new":
            self.editor.page.set_text("")
            self._show(EDITOR)
        elif target == "notes.text":
            if self.current_screen() != EDITOR:
                self.editor.page.set_text("")
                self._show(EDITOR)
            self._set_keyboard(True)
            if kind == ActionKind.TYPE:
                self.editor.page.set_text(value or "")
        elif target == "notes.done":
            if self.current_screen() == EDITOR:
                self._save_draft()
            self._show(NOTES)
        elif target == "keyboard.hide":
            self._set_keyboard(False)

    def _save_draft(self) -> None:
        text = self.editor.page.text().strip()
        if text:
            self.state.notes.append(text)
            self.notes.set_notes(self.state.notes)
        self.editor.page.set_text("")

    def _apply_settings(self, target: str) -> None:
        state = self.state
        if target in (DISPLAY, WIFI, SOUND):
            self._show(target)
        elif target.startswith("settings.text."):
            self._show(DISPLAY)
            step = 1 if target.endswith("bigger") else -1
            self.look.set_text_level(self.look.text_level + step)
        elif target.startswith("settings.brightness."):
            self._show(DISPLAY)
            step = 1 if target.endswith("up") else -1
            state.brightness = max(1, min(BRIGHTNESS_LEVELS, state.brightness + step))
        elif target == "settings.wifi.switch":
            self._show(WIFI)
            state.wifi_on = not state.wifi_on
        elif target.startswith("settings.volume."):
            self._show(SOUND)
            step = 1 if target.endswith("up") else -1
            state.volume = max(0, min(VOLUME_LEVELS, state.volume + step))
        else:
            raise ValueError(f"the tablet does not handle {target!r}")
        self._refresh_settings()

    def _show(self, screen_id: str) -> None:
        self.stack.setCurrentWidget(self.screens[screen_id])
        if screen_id != EDITOR:
            self._set_keyboard(False)

    def _set_keyboard(self, shown: bool) -> None:
        if not shown:
            self.keyboard.reset()
        self.keyboard.setVisible(shown)
        self.editor.page.set_writing(shown)
        self.system.set_writing(shown)

    def _refresh_settings(self) -> None:
        state = self.state
        self.display.show_state(state.brightness)
        self.wifi.show_state(state.wifi_on, self.system.state.joined)
        self.sound.show_state(state.volume)
        self.status_bar.set_wifi(state.wifi_on and self.system.state.joined is not None)
        self.system.refresh()
        self.dim.set_opacity((BRIGHTNESS_LEVELS - state.brightness) * BRIGHTNESS_STEP_OPACITY)

    # -- drawing ------------------------------------------------------------------------------
    def place_tablet(self) -> None:
        super().place_tablet()
        self.system.place()
        self.dim.setGeometry(0, 0, self.screen_area.width(), self.screen_area.height())
        self.dim.raise_()

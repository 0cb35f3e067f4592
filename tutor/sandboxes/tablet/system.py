"""The tablet's system parts, put together: Wi-Fi joining, the Store, notifications and the
swipe-up home bar, with what each does to the practice tablet.

The tablet (``widget.py``) owns the screens and the gate; it hands every action on these
parts' targets to :meth:`SystemParts.apply`, which changes the tablet the same way whether
the learner did it or a lesson replays it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tutor.core.actions import Action, ActionKind
from tutor.i18n import _
from tutor.sandboxes.tablet.gesture_nav import HomeBar
from tutor.sandboxes.tablet.home import APP_LOOKS
from tutor.sandboxes.tablet.notifications import NotificationBanner, NotificationShade
from tutor.sandboxes.tablet.store import (
    PROGRESS_TICKS,
    InstalledAppScreen,
    Progress,
    StoreAppScreen,
    StoreHomeScreen,
)
from tutor.sandboxes.tablet.system_spec import (
    CUE_NOTIFICATION_ARRIVES,
    NOTIFICATIONS,
    SCENE_GESTURE_NAVIGATION,
    SCENE_WIFI_TO_JOIN,
    WAITING_NOTIFICATIONS,
)
from tutor.sandboxes.tablet.wifi import WifiJoinScreen, key_matches

if TYPE_CHECKING:
    from tutor.sandboxes.tablet.widget import TabletSandbox

# Screens, and where "back" leads from each.
WIFI = "settings.wifi"
WIFI_JOIN = "settings.wifi.join"
STORE = "store"
STORE_APP = "store.app"
RECIPES = "app.recipes"
SYSTEM_PARENT = {WIFI_JOIN: WIFI, STORE: "home", STORE_APP: STORE, RECIPES: STORE_APP}
# Screens with a field the on-screen keyboard writes in: screen -> field's target id.
TYPING = {WIFI_JOIN: "wifi.password", STORE: "store.search"}


@dataclass
class SystemState:
    """What these parts remember; a reset brings the scene's state back."""

    joined: str | None = "home"  # the Wi-Fi network the tablet is on
    installed: bool = False  # the Store's app
    update_waiting: bool = True  # Weather's update
    waiting: list[str] = field(default_factory=lambda: list(WAITING_NOTIFICATIONS))
    gestures: bool = False  # the home bar instead of the buttons


class SystemParts:
    """Wi-Fi joining, the Store, notifications and the home bar of one practice tablet."""

    def __init__(self, tablet: TabletSandbox):
        self.tablet = tablet
        look = tablet.look
        self.state = SystemState()
        self.wifi_join = tablet.add_screen(WIFI_JOIN, WifiJoinScreen(look))
        self.store = tablet.add_screen(STORE, StoreHomeScreen(look))
        self.store_app = tablet.add_screen(STORE_APP, StoreAppScreen(look))
        self.recipes = tablet.add_screen(RECIPES, InstalledAppScreen(look))
        self.home_bar = HomeBar(look)
        self.banner = NotificationBanner(look, tablet.screen_area)
        self.shade = NotificationShade(look, tablet.screen_area)
        tablet.add_notification(self.banner)
        self.install = Progress(tablet, self.refresh, self._on_installed)
        self.update = Progress(tablet, self.refresh, self._on_updated)

    # -- the tablet's hooks -------------------------------------------------------------------
    def reset(self, scene: str | None) -> None:
        if scene is not None and scene not in self.tablet.spec.scenes:
            raise ValueError(f"the tablet has no scene {scene!r}")
        self.install.stop()
        self.update.stop()
        self.state = SystemState(
            joined=None if scene == SCENE_WIFI_TO_JOIN else "home",
            gestures=scene == SCENE_GESTURE_NAVIGATION,
        )
        self.wifi_join.open_network("home")
        self.store.search.set_text("")
        self.banner.hide()
        self.shade.hide()
        self.tablet.nav_bar.setVisible(not self.state.gestures)
        self.home_bar.setVisible(self.state.gestures)

    def cue(self, name: str) -> bool:
        """Make ``name`` happen; False when it is not one of these parts' cues."""
        if name != CUE_NOTIFICATION_ARRIVES:
            return False
        self._arrive("calendar")
        return True

    def handles(self, target: str) -> bool:
        return target.startswith(("wifi.", "store.", "notification")) or target in (
            "nav.gesture",
            "home.app.store",
            "home.app.recipes",
        )

    def typing_target(self) -> str | None:
        """The field the keyboard writes in on the screen shown, if it is one of these."""
        return TYPING.get(self.tablet.current_screen())

    def typed_text(self, target: str) -> str:
        return (
            self.wifi_join.field.text() if target == "wifi.password" else self.store.search.text()
        )

    def set_writing(self, shown: bool) -> None:
        """The caret and the blue frame in the field the keyboard writes in."""
        screen = self.tablet.current_screen()
        self.wifi_join.set_writing(shown and screen == WIFI_JOIN)
        self.store.set_writing(shown and screen == STORE)

    def leave_overlays(self) -> None:
        """Home or back: the list of notifications and the banner close, as on a tablet."""
        self.shade.hide()
        self.banner.hide()

    def finish(self) -> None:
        """Everything under way done at once: a download, the banner's slide."""
        self.install.finish()
        self.update.finish()
        self.banner.finish()

    def place(self) -> None:
        """Over the screen, below the status bar (again after each resize)."""
        tablet = self.tablet
        layout = tablet.screen_area.layout()
        if layout is not None:
            layout.activate()  # the bars' places after a resize, before they are read
        top = tablet.status_bar.geometry().bottom() + 1
        bottom = tablet.stack.geometry().bottom()
        self.shade.setGeometry(0, top, tablet.screen_area.width(), max(1, bottom - top + 1))
        self.banner.place(top + tablet.look.px(10))
        self.shade.raise_()
        self.banner.raise_()

    # -- the effects --------------------------------------------------------------------------
    def apply(self, action: Action) -> None:
        kind, target = action.kind, action.target
        if target.startswith("wifi."):
            self._apply_wifi(kind, target, action.value)
        elif target == "home.app.store" and kind == ActionKind.TAP:
            # The Store opens on its first page, the last search cleared.
            self.store.search.set_text("")
            self.tablet.show_screen(STORE)
        elif target == "home.app.recipes" and kind == ActionKind.TAP:
            self.tablet.show_screen(RECIPES)
        elif target in ("home.app.store", "home.app.recipes"):
            self.tablet.open_app_icon(kind, target)  # held: the icon is selected
        elif target.startswith("store."):
            self._apply_store(kind, target, action.value)
        elif target == "nav.gesture":
            if kind == ActionKind.SWIPE and action.value == "up":  # a touch does nothing
                self.leave_overlays()
                self.tablet.go_home()
        else:
            self._apply_notifications(kind, target, action.value)
        self.refresh()

    def _apply_wifi(self, kind: ActionKind, target: str, value: str | None) -> None:
        tablet = self.tablet
        if target.startswith("wifi.network."):
            self.wifi_join.open_network(target.removeprefix("wifi.network."))
            tablet.show_screen(WIFI_JOIN)
        elif target == "wifi.password":
            tablet.show_screen(WIFI_JOIN)
            tablet.set_keyboard(True)
            if kind == ActionKind.TYPE:
                self.wifi_join.field.set_text(value or "")
        elif target == "wifi.connect":
            network = self.wifi_join.network_id
            if network == "home" and key_matches(self.wifi_join.field.text()):
                self.state.joined = network
                tablet.state.wifi_on = True
                self.wifi_join.field.set_text("")
                tablet.show_screen(WIFI)
            else:
                tablet.show_screen(WIFI_JOIN)
                tablet.set_keyboard(False)
                self.wifi_join.say(self._key_advice(network))
        elif target == "wifi.cancel":
            self.wifi_join.field.set_text("")
            tablet.show_screen(WIFI)

    def _key_advice(self, network: str) -> str:
        if network != "home":
            return _("This is a neighbour's network. Choose your own router's network.")
        return _("This password is not the router's key. Compare it with the sticker.")

    def _apply_store(self, kind: ActionKind, target: str, value: str | None) -> None:
        tablet = self.tablet
        if target == "store.search":
            tablet.show_screen(STORE)
            tablet.set_keyboard(True)
            if kind == ActionKind.TYPE:
                self.store.search.set_text(value or "")
        elif target == "store.result":
            tablet.show_screen(STORE_APP)
        elif target == "store.install":
            tablet.show_screen(STORE_APP)
            if not self.state.installed and not self.install.running:
                self.install.start()
        elif target == "store.open":
            self.install.finish()
            tablet.show_screen(RECIPES)
        elif target == "store.update":
            tablet.show_screen(STORE)
            if self.state.update_waiting and not self.update.running:
                self.update.start()

    def _on_installed(self) -> None:
        self.state.installed = True

    def _on_updated(self) -> None:
        self.state.update_waiting = False
        if "store" in self.state.waiting:
            self.state.waiting.remove("store")

    def _apply_notifications(self, kind: ActionKind, target: str, value: str | None) -> None:
        if target == "notification.banner":
            self.banner.hide()
            self._open(self.banner.note_id)
        elif target.startswith("notifications.item."):
            note_id = target.removeprefix("notifications.item.")
            if kind == ActionKind.SWIPE:
                if value in ("left", "right"):
                    self._remove(note_id)
                elif value == "up":
                    self.shade.hide()
            else:
                self._open(note_id)
        elif target == "notifications.clear":
            self.state.waiting.clear()
            self.shade.hide()
        elif target == "notifications.shade":
            if kind == ActionKind.SWIPE and value == "up":
                self.shade.hide()
        else:
            raise ValueError(f"the tablet does not handle {target!r}")

    def open_shade(self) -> None:
        """A finger slid down from the top of the home screen: the list comes down."""
        self.banner.hide()
        self.shade.show()
        self.place()

    def _arrive(self, note_id: str) -> None:
        if note_id in self.state.waiting:
            self.state.waiting.remove(note_id)
        self.state.waiting.insert(0, note_id)
        self.place()
        self.banner.drop_in(note_id, self.banner.y() if self.banner.isVisible() else self._top())
        self.refresh()

    def _top(self) -> int:
        return self.tablet.status_bar.geometry().bottom() + 1 + self.tablet.look.px(10)

    def _remove(self, note_id: str) -> None:
        if note_id in self.state.waiting:
            self.state.waiting.remove(note_id)
        if not self.state.waiting:
            self.shade.hide()

    def _open(self, note_id: str) -> None:
        """A notification touched: it is read, so it goes; its app opens."""
        self._remove(note_id)
        self.shade.hide()
        self.tablet.open_app(NOTIFICATIONS[note_id][0])

    def refresh(self) -> None:
        state = self.state
        # The installed app's icon joins the home screen, as on a real tablet.
        self.tablet.home.icons["home.app.recipes"].setVisible(state.installed)
        self.store.show_state(
            state.update_waiting, self.update.running, self.update.value / PROGRESS_TICKS
        )
        self.store_app.show_state(
            state.installed, self.install.running, self.install.value / PROGRESS_TICKS
        )
        self.shade.show_notes(state.waiting)
        self.tablet.status_bar.set_notices(
            [APP_LOOKS[NOTIFICATIONS[note_id][0]][1] for note_id in state.waiting]
        )

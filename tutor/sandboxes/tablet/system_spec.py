"""The tablet's "system" parts a lesson can ask for (no Qt here): joining the home Wi-Fi,
the app store and its updates, notifications, and the swipe-up home bar.

They are the everyday tasks a learner meets on their own tablet that are not an app of
their own: each id below is the ``objectName`` of a widget in ``wifi.py``, ``store.py``,
``notifications.py`` or ``gesture_nav.py``.
"""

from tutor.core.sandbox_spec import TargetSpec
from tutor.i18n import N_
from tutor.sandboxes.kit.targets import SWIPE, TAP, TAP_OR_SWIPE, TAP_OR_TYPE

# Scenes (lesson field ``scene``).
SCENE_WIFI_TO_JOIN = "wifi_to_join"  # Wi-Fi on, no network joined yet, the box's sticker shown
SCENE_GESTURE_NAVIGATION = "gesture_navigation"  # a thin home bar instead of the buttons
SYSTEM_SCENES = (SCENE_WIFI_TO_JOIN, SCENE_GESTURE_NAVIGATION)

# Cues (step field ``cue``).
CUE_NOTIFICATION_ARRIVES = "notification_arrives"  # the calendar's reminder drops in at the top
SYSTEM_CUES = (CUE_NOTIFICATION_ARRIVES,)

# The home box's network and its key, printed on the sticker under the box. The key follows
# the rule the lessons teach (14 characters of capitals, small letters and digits; see
# tutor/core/passwords.py), as a real box's key does.
HOME_NETWORK = "Livebox-7A3C"
HOME_KEY = "Tx4Bm9Lp7Kr2Wz"
# Networks of the neighbours: id -> the name the tablet shows.
NETWORKS = {"home": HOME_NETWORK, "freebox": "Freebox-Martin", "sfr": "SFR_2F40"}

# The notifications waiting in the shade after a reset (newest first), and the one the cue
# brings: id -> (app it opens, title, text).
NOTIFICATIONS = {
    "calendar": ("calendar", N_("Calendar"), N_("Tomorrow: Léa's birthday.")),
    "weather": ("weather", N_("Weather"), N_("Tomorrow: sunny, 21 degrees.")),
    "store": ("store", N_("Store"), N_("An update is ready for Weather.")),
    "photos": ("photos", N_("Photos"), N_("Your memories from one year ago.")),
}
WAITING_NOTIFICATIONS = ("weather", "store", "photos")


def _network(network_id: str) -> TargetSpec:
    return TargetSpec(
        f"wifi.network.{network_id}",
        NETWORKS[network_id],  # a proper name: the same in every language
        N_("This line is a Wi-Fi network. Tap it to join it."),
        TAP,
    )


def _notification(note_id: str) -> TargetSpec:
    return TargetSpec(
        f"notifications.item.{note_id}",
        NOTIFICATIONS[note_id][1],
        N_("This is a notification. Tap it to open its app; swipe it aside to remove it."),
        TAP_OR_SWIPE,
    )


SYSTEM_TARGETS = (
    # Wi-Fi (Settings > Wi-Fi)
    *(_network(network_id) for network_id in NETWORKS),
    TargetSpec(
        "wifi.password",
        N_("Password"),
        N_("This field is for the Wi-Fi password: the key printed on the router."),
        TAP_OR_TYPE,
    ),
    TargetSpec("wifi.connect", N_("Connect"), N_("This button joins the network."), TAP),
    TargetSpec(
        "wifi.cancel", N_("Cancel"), N_("This button goes back to the list of networks."), TAP
    ),
    # Store (its icon is on the home screen's page 2: see spec.py)
    TargetSpec(
        "store.search",
        N_("Search for apps"),
        N_("This field searches for an app. Tap it to type."),
        TAP_OR_TYPE,
    ),
    TargetSpec("store.result", N_("Easy Recipes"), N_("This line opens the app's page."), TAP),
    TargetSpec("store.install", N_("Install"), N_("This button installs the app."), TAP),
    TargetSpec("store.open", N_("Open"), N_("This button opens the app."), TAP),
    TargetSpec("store.update", N_("Update"), N_("This button updates the app."), TAP),
    # Notifications
    TargetSpec(
        "notification.banner",
        N_("Notification"),
        N_("This is a notification that just arrived. Tap it to open its app."),
        TAP,
    ),
    *(_notification(note_id) for note_id in NOTIFICATIONS),
    TargetSpec(
        "notifications.clear",
        N_("Clear all"),
        N_("This button removes all the notifications."),
        TAP,
    ),
    TargetSpec(
        "notifications.shade",
        N_("Notifications"),
        N_("This is the list of notifications. Swipe up to close it."),
        SWIPE,
    ),
    # The home bar of gesture navigation
    TargetSpec(
        "nav.gesture",
        N_("Home bar"),
        N_("This thin bar takes you home: put your finger on it and swipe up."),
        SWIPE,
    ),
)

"""What the practice tablet offers to lessons (no Qt here).

Every id below is the ``objectName`` of a widget in ``widget.py`` and the id a lesson file
uses. ``name`` is the accessible name; ``does`` is said when it is tapped by mistake.
"""

from tutor.core.sandbox_spec import SandboxSpec, TargetSpec
from tutor.i18n import N_
from tutor.sandboxes.kit.targets import SWIPE, TAP, TAP_OR_HOLD, TAP_OR_TYPE
from tutor.sandboxes.tablet.system_spec import SYSTEM_CUES, SYSTEM_SCENES, SYSTEM_TARGETS


def _app(app_id: str, name: str, does: str) -> TargetSpec:
    return TargetSpec(f"home.app.{app_id}", name, does, TAP_OR_HOLD)


# Home screen, page 1 then page 2 (this order is the icons' order on screen).
HOME_PAGE_1 = (
    _app("notes", N_("Notes"), N_("This icon opens the Notes app, to write.")),
    _app("settings", N_("Settings"), N_("This icon opens the Settings, to adjust the tablet.")),
    _app("camera", N_("Camera"), N_("This icon opens the camera, to take photos.")),
    _app("photos", N_("Photos"), N_("This icon opens your photos.")),
    _app("clock", N_("Clock"), N_("This icon opens the clock and the alarm.")),
    _app("calendar", N_("Calendar"), N_("This icon opens the calendar.")),
)
HOME_PAGE_2 = (
    _app("weather", N_("Weather"), N_("This icon opens the weather forecast.")),
    _app("calculator", N_("Calculator"), N_("This icon opens the calculator.")),
    _app("music", N_("Music"), N_("This icon opens the music.")),
    _app("radio", N_("Radio"), N_("This icon opens the radio.")),
    _app("store", N_("Store"), N_("This icon opens the Store, to install apps.")),
    # Shown once a lesson installs it from the Store (see system.py).
    _app(
        "recipes", N_("Easy Recipes"), N_("This icon opens Easy Recipes, installed from the Store.")
    ),
)

# Camera and Photos. The grid's photos are named by their place, newest first: the photo
# just taken is always the first one, at the top left, as in a real Photos app.
PHOTO_GRID_NAMES = (
    N_("First photo"),
    N_("Second photo"),
    N_("Third photo"),
    N_("Fourth photo"),
    N_("Fifth photo"),
    N_("Sixth photo"),
    N_("Seventh photo"),
    N_("Eighth photo"),
    N_("Ninth photo"),
    N_("Tenth photo"),
    N_("Eleventh photo"),
    N_("Twelfth photo"),
)
# Who a photo can be sent to, in Messages: (target suffix, name, what choosing them does).
SHARE_PEOPLE = (
    ("family", N_("Family"), N_("This sends the photo to the family group: Sophie and Léa.")),
    ("sophie", "Sophie", N_("This sends the photo to Sophie only.")),
    ("lea", "Léa", N_("This sends the photo to Léa only.")),
    ("gerard", "Gérard", N_("This sends the photo to Gérard, a friend.")),
    ("monique", "Monique", N_("This sends the photo to Monique, a friend.")),
)
PHOTO_TARGETS = (
    TargetSpec(
        "camera.shutter",
        N_("Shutter button"),
        N_("This big round button takes a photo."),
        TAP,
    ),
    TargetSpec(
        "camera.last_photo",
        N_("Last photo"),
        N_("This small picture opens the last photo taken."),
        TAP,
    ),
    *(
        TargetSpec(f"photos.grid.{number}", name, N_("This photo opens in full screen."), TAP)
        for number, name in enumerate(PHOTO_GRID_NAMES, start=1)
    ),
    TargetSpec(
        "photos.share",
        N_("Share"),
        N_("This button sends the photo to someone."),
        TAP,
    ),
    TargetSpec(
        "share.messages",
        N_("Messages"),
        N_("This opens Messages, to send the photo in a message."),
        TAP,
    ),
    *(TargetSpec(f"share.to.{key}", name, does, TAP) for key, name, does in SHARE_PEOPLE),
    TargetSpec("share.send", N_("Send"), N_("This button sends the message with the photo."), TAP),
)

SPEC = SandboxSpec.of(
    "tablet",
    N_("Practice tablet"),
    "tutor.sandboxes.tablet.widget:TabletSandbox",
    [
        TargetSpec(
            "home.pages",
            N_("Home screen"),
            N_("This is the home screen. Slide your finger on it to change page."),
            SWIPE,
        ),
        *HOME_PAGE_1,
        *HOME_PAGE_2,
        *PHOTO_TARGETS,
        TargetSpec(
            "nav.home", N_("Home button"), N_("This button goes back to the home screen."), TAP
        ),
        TargetSpec(
            "nav.back", N_("Back button"), N_("This button goes back to the previous screen."), TAP
        ),
        # Notes app
        TargetSpec("notes.new", N_("New note"), N_("This button starts a new note."), TAP),
        TargetSpec(
            "notes.text",
            N_("Note text"),
            N_("This is the page of the note. Tap it to type."),
            TAP_OR_TYPE,
        ),
        TargetSpec("notes.done", N_("Done"), N_("This button saves the note."), TAP),
        TargetSpec(
            "keyboard.hide", N_("Hide the keyboard"), N_("This key hides the keyboard."), TAP
        ),
        # Settings app
        TargetSpec(
            "settings.display",
            N_("Display"),
            N_("This line opens the display settings: text size and brightness."),
            TAP,
        ),
        TargetSpec(
            "settings.wifi",
            N_("Wi-Fi"),
            N_("This line opens the Wi-Fi settings, to connect to the Internet."),
            TAP,
        ),
        TargetSpec("settings.sound", N_("Sound"), N_("This line opens the sound settings."), TAP),
        TargetSpec(
            "settings.text.bigger", N_("Bigger text"), N_("This button makes the text bigger."), TAP
        ),
        TargetSpec(
            "settings.text.smaller",
            N_("Smaller text"),
            N_("This button makes the text smaller."),
            TAP,
        ),
        TargetSpec(
            "settings.brightness.up",
            N_("More light"),
            N_("This button makes the screen brighter."),
            TAP,
        ),
        TargetSpec(
            "settings.brightness.down",
            N_("Less light"),
            N_("This button makes the screen darker."),
            TAP,
        ),
        TargetSpec(
            "settings.wifi.switch",
            N_("Wi-Fi switch"),
            N_("This switch turns the Wi-Fi on or off."),
            TAP,
        ),
        TargetSpec(
            "settings.volume.up", N_("Louder"), N_("This button makes the sound louder."), TAP
        ),
        TargetSpec(
            "settings.volume.down", N_("Quieter"), N_("This button makes the sound quieter."), TAP
        ),
        *SYSTEM_TARGETS,
    ],
    scenes=SYSTEM_SCENES,
    cues=SYSTEM_CUES,
)

"""The practice tablet, driven with real clicks and drags like a learner's finger."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests.sandboxes.helpers import click, open_sandbox, tap, visible
from tutor.core.actions import Action, ActionKind
from tutor.i18n import _
from tutor.sandboxes.kit.gestures import LONG_PRESS_MS
from tutor.sandboxes.kit.keyboard import BACKSPACE, HIDE_OBJECT_NAME, OnScreenKeyboard, apply_key
from tutor.sandboxes.kit.look import DEFAULT_TEXT_LEVEL, TEXT_FACTORS, Look
from tutor.sandboxes.tablet.pictures import SAMPLE_PHOTOS, TAKEN
from tutor.sandboxes.tablet.spec import (
    HOME_PAGE_1,
    HOME_PAGE_2,
    PHOTO_GRID_NAMES,
    SHARE_PEOPLE,
    SPEC,
)
from tutor.sandboxes.tablet.system_spec import HOME_KEY, NETWORKS, WAITING_NOTIFICATIONS
from tutor.sandboxes.tablet.widget import TabletSandbox

TAP, SWIPE, TYPE, HOLD = ActionKind.TAP, ActionKind.SWIPE, ActionKind.TYPE, ActionKind.LONG_PRESS


@pytest.fixture
def tablet(qtbot):
    return open_sandbox(qtbot, TabletSandbox(SPEC))


def drag(widget: QWidget, dx: int, dy: int = 0) -> None:
    start = widget.rect().center()
    end = start + QPoint(dx, dy)
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(widget, start + QPoint(dx // 2, dy // 2))
    QTest.mouseMove(widget, end)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def press_key(qtbot, sandbox: TabletSandbox, object_name: str) -> None:
    key = sandbox.keyboard.findChild(QWidget, object_name)
    assert key is not None and key.isVisibleTo(sandbox), object_name
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton, pos=key.rect().center())


def open_editor_by_touch(qtbot, sandbox: TabletSandbox) -> None:
    click(qtbot, sandbox, "home.app.notes")
    click(qtbot, sandbox, "notes.new")
    click(qtbot, sandbox, "notes.text")
    assert sandbox.keyboard_shown()


# Camera and Photos: the grid starts with the sample photos; later places need photos taken.
SHARE_SHEET = [tap("home.app.photos"), tap("photos.grid.1"), tap("photos.share")]
PHOTO_ROUTES: dict[str, list[Action]] = {
    "camera.shutter": [tap("home.app.camera")],
    "camera.last_photo": [tap("home.app.camera")],
    **{
        f"photos.grid.{n}": [tap("camera.shutter")] * max(0, n - len(SAMPLE_PHOTOS))
        + [tap("home.app.photos")]
        for n in range(1, len(PHOTO_GRID_NAMES) + 1)
    },
    "photos.share": [tap("home.app.photos"), tap("photos.grid.1")],
    "share.messages": SHARE_SHEET,
    **{f"share.to.{key}": [*SHARE_SHEET, tap("share.messages")] for key, *_rest in SHARE_PEOPLE},
    "share.send": [*SHARE_SHEET, tap("share.messages"), tap("share.to.family")],
}

# The system parts (system.py): a route may start with "scene:NAME" (the tablet reset in
# that scene) or "cue:NAME" (that cue happens).
_STORE = [Action(SWIPE, "home.pages", "left"), tap("home.app.store")]
_APP_PAGE = [
    *_STORE,
    tap("store.search"),
    Action(TYPE, "store.search", "recipes"),
    tap("store.result"),
]
_JOIN = [tap("home.app.settings"), tap("settings.wifi"), tap("wifi.network.home")]
_SHADE = [Action(SWIPE, "home.pages", "down")]
SYSTEM_ROUTES: dict[str, list[Action | str]] = {
    **{f"wifi.network.{n}": [tap("home.app.settings"), tap("settings.wifi")] for n in NETWORKS},
    "wifi.password": _JOIN,
    "wifi.connect": _JOIN,
    "wifi.cancel": _JOIN,
    "store.search": _STORE,
    "store.update": _STORE,
    "store.result": _APP_PAGE[:-1],
    "store.install": _APP_PAGE,
    "store.open": [*_APP_PAGE, tap("store.install")],
    "home.app.recipes": [*_APP_PAGE, tap("store.install"), tap("nav.home")],
    "notification.banner": ["cue:notification_arrives"],
    "notifications.item.calendar": ["cue:notification_arrives", *_SHADE],
    **{f"notifications.item.{n}": _SHADE for n in WAITING_NOTIFICATIONS},
    "notifications.clear": _SHADE,
    "notifications.shade": _SHADE,
    "nav.gesture": ["scene:gesture_navigation"],
}

# What to do first so that each target is on screen.
ROUTES: dict[str, list[Action | str]] = {
    "home.pages": [],
    "nav.home": [],
    "nav.back": [],
    **{t.id: [] for t in HOME_PAGE_1},
    **{t.id: [Action(SWIPE, "home.pages", "left")] for t in HOME_PAGE_2},
    "notes.new": [tap("home.app.notes")],
    "notes.text": [tap("home.app.notes"), tap("notes.new")],
    "notes.done": [tap("home.app.notes"), tap("notes.new")],
    "keyboard.hide": [tap("home.app.notes"), tap("notes.new"), tap("notes.text")],
    "settings.display": [tap("home.app.settings")],
    "settings.wifi": [tap("home.app.settings")],
    "settings.sound": [tap("home.app.settings")],
    "settings.text.bigger": [tap("home.app.settings"), tap("settings.display")],
    "settings.text.smaller": [tap("home.app.settings"), tap("settings.display")],
    "settings.brightness.up": [tap("home.app.settings"), tap("settings.display")],
    "settings.brightness.down": [tap("home.app.settings"), tap("settings.display")],
    "settings.wifi.switch": [tap("home.app.settings"), tap("settings.wifi")],
    "settings.volume.up": [tap("home.app.settings"), tap("settings.sound")],
    "settings.volume.down": [tap("home.app.settings"), tap("settings.sound")],
    **PHOTO_ROUTES,
    **SYSTEM_ROUTES,
}


def follow(tablet: TabletSandbox, route: list[Action | str]) -> None:
    """Do a route's actions directly; "scene:..." resets the tablet, "cue:..." cues it."""
    for action in route:
        if isinstance(action, Action):
            tablet.perform(action)
        elif action.startswith("scene:"):
            tablet.reset(action.removeprefix("scene:"))
        else:
            tablet.cue(action.removeprefix("cue:"))


def test_routes_cover_every_target():
    assert set(ROUTES) == set(SPEC.targets)


# Its place beside a lesson at 100 %, and at 200 % (drawn smaller, its words 1.3 times
# bigger): a target keeps a finger's size in both, moving with its page rather than squeezed.
PLACES = {"100 %": (820, 640, 1.0), "200 %": (560, 440, 1.3)}


@pytest.mark.parametrize("place", sorted(PLACES))
@pytest.mark.parametrize("target_id", sorted(SPEC.targets))
def test_every_target_is_one_big_named_widget_on_its_screen(tablet, target_id, place):
    width, height, words = PLACES[place]
    tablet.resize(width, height)
    tablet.look.set_reader_factor(words)
    follow(tablet, ROUTES[target_id])
    tablet.begin_step(target_id)  # as a lesson step starts: laid out, brought into view
    tablet.come_to_rest()
    shown = [w for w in tablet.findChildren(QWidget, target_id) if w.isVisibleTo(tablet)]
    assert len(shown) == 1
    assert len(tablet.findChildren(QWidget, target_id)) == 1
    widget = shown[0]
    assert widget.accessibleName() == _(SPEC.targets[target_id].name)
    # Big touch targets; the keyboard's keys are allowed 48 px of height.
    min_height = 48 if target_id == HIDE_OBJECT_NAME else 64
    assert widget.width() >= 64 and widget.height() >= min_height, widget.size()


def test_keys_do_not_take_lesson_target_names():
    keyboard = OnScreenKeyboard(Look())
    names = {key.objectName() for key in keyboard.all_keys()}
    assert names & set(SPEC.targets) == {HIDE_OBJECT_NAME}
    assert all(key.objectName() for key in keyboard.all_keys())


def test_swipe_left_and_right_change_home_page(qtbot, tablet):
    pages = visible(tablet, "home.pages")
    assert tablet.target_widget("home.app.weather") is None
    drag(pages, -300)
    assert tablet.home.page == 1
    assert tablet.home.dots.current == 1
    visible(tablet, "home.app.weather")
    assert tablet.target_widget("home.app.notes") is None
    drag(pages, 300)
    assert tablet.home.page == 0
    assert tablet.done == [
        Action(SWIPE, "home.pages", "left"),
        Action(SWIPE, "home.pages", "right"),
    ]


def test_swipe_started_on_an_icon_still_moves_the_page(tablet):
    drag(visible(tablet, "home.app.camera"), -300)
    assert tablet.home.page == 1
    assert tablet.done == [Action(SWIPE, "home.pages", "left")]


def test_tapping_notes_opens_the_notes_list(qtbot, tablet):
    click(qtbot, tablet, "home.app.notes")
    assert tablet.current_screen() == "notes"
    assert tablet.done == [tap("home.app.notes")]
    visible(tablet, "notes.new")
    assert tablet.notes.card_texts() == [_("Call Marie on Sunday"), _("Shopping: bread, milk")]


def test_long_press_on_icon_is_reported_and_stays_home(qtbot, tablet):
    icon = visible(tablet, "home.app.photos")
    centre = icon.rect().center()
    QTest.mousePress(icon, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    qtbot.wait(LONG_PRESS_MS + 200)
    QTest.mouseRelease(icon, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert tablet.done == [Action(HOLD, "home.app.photos")]
    assert tablet.current_screen() == "home"
    assert tablet.home.icons["home.app.photos"].selected


def test_typing_bonjour_with_the_keys_reports_growing_text(qtbot, tablet):
    open_editor_by_touch(qtbot, tablet)
    tablet.done.clear()
    press_key(qtbot, tablet, "key.shift")
    assert tablet.done == []  # shift alone is not an action
    for letter in "bonjour":
        press_key(qtbot, tablet, f"key.{letter}")
    typed = [a.value for a in tablet.done]
    assert typed == ["B", "Bo", "Bon", "Bonj", "Bonjo", "Bonjou", "Bonjour"]
    assert all(a.kind == TYPE and a.target == "notes.text" for a in tablet.done)
    assert tablet.editor.page.text() == "Bonjour"


def test_space_accent_and_backspace(qtbot, tablet):
    open_editor_by_touch(qtbot, tablet)
    tablet.done.clear()
    for name in ("key.a", "key.space", "key.à"):
        press_key(qtbot, tablet, name)
    assert tablet.editor.page.text() == "a à"
    press_key(qtbot, tablet, "key.backspace")
    assert tablet.done[-1] == Action(TYPE, "notes.text", "a ")
    assert tablet.editor.page.text() == "a "


def test_hide_key_hides_the_keyboard(qtbot, tablet):
    open_editor_by_touch(qtbot, tablet)
    press_key(qtbot, tablet, HIDE_OBJECT_NAME)
    assert tablet.done[-1] == tap("keyboard.hide")
    assert not tablet.keyboard_shown()
    assert tablet.current_screen() == "notes.editor"


def test_done_saves_the_note_on_top_of_the_list(qtbot, tablet):
    open_editor_by_touch(qtbot, tablet)
    for letter in "salut":
        press_key(qtbot, tablet, f"key.{letter}")
    click(qtbot, tablet, "notes.done")
    assert tablet.current_screen() == "notes"
    assert not tablet.keyboard_shown()
    assert tablet.notes.card_texts()[0] == "salut"
    assert len(tablet.notes.card_texts()) == 3


def test_text_bigger_grows_the_preview_and_the_tablet_text(qtbot, tablet):
    click(qtbot, tablet, "home.app.settings")
    click(qtbot, tablet, "settings.display")
    before = tablet.display.preview.font().pixelSize()
    icon_text_before = tablet.look.font_px(24)
    click(qtbot, tablet, "settings.text.bigger")
    assert tablet.display.preview.font().pixelSize() > before
    assert tablet.look.font_px(24) > icon_text_before
    for _i in range(len(TEXT_FACTORS)):
        click(qtbot, tablet, "settings.text.smaller")
    assert tablet.look.text_level == 0
    assert tablet.display.preview.font().pixelSize() < before


def test_brightness_dims_the_screen(qtbot, tablet):
    tablet.perform(tap("settings.display"))
    assert not tablet.dim.isVisible()
    click(qtbot, tablet, "settings.brightness.down")
    click(qtbot, tablet, "settings.brightness.down")
    assert tablet.dim.isVisible() and tablet.dim.opacity > 0.2
    assert tablet.display.brightness_bar.value == 3
    click(qtbot, tablet, "settings.brightness.up")
    assert tablet.display.brightness_bar.value == 4


def test_wifi_switch_toggles_and_the_status_bar_follows(qtbot, tablet):
    tablet.perform(tap("settings.wifi"))
    assert tablet.status_bar.wifi_on
    assert all(n.isVisible() for n in tablet.wifi.rows.values())
    click(qtbot, tablet, "settings.wifi.switch")
    assert tablet.done == [tap("settings.wifi.switch")]
    assert not tablet.state.wifi_on and not tablet.status_bar.wifi_on
    assert not tablet.wifi.switch.is_checked()
    assert not any(n.isVisible() for n in tablet.wifi.rows.values())
    click(qtbot, tablet, "settings.wifi.switch")
    assert tablet.state.wifi_on and tablet.status_bar.wifi_on


def test_volume_buttons_move_the_level_bar(qtbot, tablet):
    tablet.perform(tap("settings.sound"))
    click(qtbot, tablet, "settings.volume.up")
    assert tablet.sound.volume_bar.value == 6
    click(qtbot, tablet, "settings.volume.down")
    click(qtbot, tablet, "settings.volume.down")
    assert tablet.sound.volume_bar.value == 4


def test_a_refusing_gate_changes_nothing(qtbot, tablet):
    judged: list[Action] = []

    def refuse(action: Action) -> bool:
        judged.append(action)
        return False

    tablet.gate = refuse
    click(qtbot, tablet, "home.app.notes")
    drag(visible(tablet, "home.pages"), -300)
    assert judged == [tap("home.app.notes"), Action(SWIPE, "home.pages", "left")]
    assert tablet.current_screen() == "home" and tablet.home.page == 0
    assert tablet.done == []


def test_back_goes_up_one_screen_at_a_time(qtbot, tablet):
    tablet.perform(tap("home.app.notes"))
    tablet.perform(tap("notes.new"))
    click(qtbot, tablet, "nav.back")
    assert tablet.current_screen() == "notes"
    click(qtbot, tablet, "nav.back")
    assert tablet.current_screen() == "home"
    tablet.perform(tap("settings.sound"))
    click(qtbot, tablet, "nav.back")
    assert tablet.current_screen() == "settings"
    click(qtbot, tablet, "nav.back")
    assert tablet.current_screen() == "home"
    tablet.perform(tap("home.app.radio"))
    click(qtbot, tablet, "nav.home")
    assert tablet.current_screen() == "home"


PERFORM_CASES = [
    ([tap("home.app.notes")], "notes"),
    ([tap("home.app.settings")], "settings"),
    ([Action(SWIPE, "home.pages", "left"), tap("home.app.radio")], "app.radio"),
    ([tap("notes.new")], "notes.editor"),
    ([tap("notes.text")], "notes.editor"),
    ([Action(TYPE, "notes.text", "Bonjour")], "notes.editor"),
    ([tap("notes.new"), Action(TYPE, "notes.text", "Hi"), tap("notes.done")], "notes"),
    ([tap("notes.done")], "notes"),
    ([tap("settings.display")], "settings.display"),
    ([tap("settings.text.bigger")], "settings.display"),
    ([tap("settings.brightness.down")], "settings.display"),
    ([tap("settings.wifi.switch")], "settings.wifi"),
    ([tap("settings.volume.up")], "settings.sound"),
    ([tap("settings.sound"), tap("nav.back")], "settings"),
    ([tap("settings.sound"), tap("nav.home")], "home"),
    ([tap("notes.text"), tap("keyboard.hide")], "notes.editor"),
    ([tap("home.app.camera")], "camera"),
    ([tap("home.app.photos")], "photos"),
    ([tap("camera.shutter")], "camera"),
    ([tap("camera.last_photo")], "photos.viewer"),
    ([tap("camera.last_photo"), tap("nav.back")], "camera"),
    ([tap("photos.grid.2")], "photos.viewer"),
    ([tap("photos.grid.2"), tap("nav.back")], "photos"),
    ([tap("photos.share")], "photos.share"),
    ([tap("photos.share"), tap("nav.back")], "photos.viewer"),
    ([tap("share.messages")], "share.pick"),
    ([tap("share.messages"), tap("nav.back")], "photos.viewer"),
    ([tap("share.to.lea")], "share.send"),
    ([tap("share.to.lea"), tap("nav.back")], "share.pick"),
    ([tap("share.send")], "share.send"),
    ([tap("share.send"), tap("nav.back")], "photos.viewer"),
]


@pytest.mark.parametrize(("actions", "screen"), PERFORM_CASES)
def test_perform_reaches_the_expected_screen(tablet, actions, screen):
    for action in actions:
        tablet.perform(action)
    assert tablet.current_screen() == screen
    assert tablet.done == []  # perform is not the learner: nothing is reported


def test_perform_applies_each_change(tablet):
    tablet.perform(Action(TYPE, "notes.text", "Bonjour"))
    assert tablet.keyboard_shown() and tablet.editor.page.text() == "Bonjour"
    tablet.perform(tap("notes.done"))
    assert tablet.notes.card_texts()[0] == "Bonjour"
    tablet.perform(tap("notes.text"))
    tablet.perform(tap("keyboard.hide"))
    assert not tablet.keyboard_shown()
    tablet.perform(Action(SWIPE, "home.pages", "left"))
    assert tablet.current_screen() == "home" and tablet.home.page == 1
    tablet.perform(tap("settings.text.bigger"))
    assert tablet.look.text_level == DEFAULT_TEXT_LEVEL + 1
    tablet.perform(tap("settings.wifi.switch"))
    assert not tablet.state.wifi_on
    with pytest.raises(ValueError):
        tablet.perform(tap("no.such.target"))


def test_reset_restores_the_starting_state(tablet):
    tablet.perform(Action(TYPE, "notes.text", "Bonjour"))
    tablet.perform(tap("notes.done"))
    tablet.perform(tap("notes.text"))
    tablet.perform(tap("settings.text.bigger"))
    tablet.perform(tap("settings.brightness.down"))
    tablet.perform(tap("settings.wifi.switch"))
    tablet.perform(tap("settings.volume.up"))
    tablet.perform(Action(SWIPE, "home.pages", "left"))
    tablet.reset()
    assert tablet.current_screen() == "home" and tablet.home.page == 0
    assert not tablet.keyboard_shown()
    assert tablet.notes.card_texts() == [_("Call Marie on Sunday"), _("Shopping: bread, milk")]
    assert tablet.look.text_level == DEFAULT_TEXT_LEVEL
    assert tablet.state.brightness == 5 and not tablet.dim.isVisible()
    assert tablet.state.wifi_on and tablet.status_bar.wifi_on
    assert tablet.state.volume == 5 and tablet.sound.volume_bar.value == 5
    assert tablet.editor.page.text() == ""


def test_the_tablet_scales_with_its_size(tablet):
    tablet.resize(410, 320)
    assert tablet.look.scale == pytest.approx(0.5, abs=0.03)
    assert tablet.body.width() <= 410 and tablet.body.height() <= 320
    tablet.resize(1230, 960)
    assert tablet.look.scale == pytest.approx(1.5, abs=0.03)


def test_apply_key():
    assert apply_key("Bo", "n") == "Bon"
    assert apply_key("Bon", BACKSPACE) == "Bo"
    assert apply_key("", BACKSPACE) == ""


def test_keyboard_shift_is_one_shot_and_layer_switches(qtbot):
    keyboard = OnScreenKeyboard(Look())
    qtbot.addWidget(keyboard)
    keyboard.resize(760, keyboard.sizeHint().height())
    keyboard.show()
    typed: list[str] = []
    keyboard.key_pressed.connect(typed.append)
    for name in ("key.shift", "key.e", "key.e", "key.layer", "key.a"):
        key = keyboard.findChild(QWidget, name)
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton, pos=key.rect().center())
    assert typed == ["E", "e", "1"]
    assert all(key.height() >= 48 for key in keyboard.all_keys())


def test_the_hide_key_keeps_a_finger_s_width_on_a_small_keyboard(qtbot):
    """At 200 % on a 1024x768 screen the keyboard is about 400 px wide: "hide the keyboard"
    (a lesson target) takes a finger's width from the space bar, every key still in its row."""
    look = Look()
    look.set_scale(0.55)
    keyboard = OnScreenKeyboard(look)
    qtbot.addWidget(keyboard)
    keyboard.resize(400, keyboard.sizeHint().height())
    keyboard.show()
    hide = keyboard.findChild(QWidget, HIDE_OBJECT_NAME)
    space = keyboard.key(" ") or keyboard.key("space")
    assert hide is not None and space is not None
    assert hide.width() >= 64
    assert space.geometry().right() < hide.geometry().left()  # not drawn over each other
    assert hide.geometry().right() <= keyboard.width()


# -- Camera and Photos ---------------------------------------------------------------------------


def test_the_camera_icon_opens_the_camera_and_the_shutter_takes_a_photo(qtbot, tablet):
    click(qtbot, tablet, "home.app.camera")
    assert tablet.current_screen() == "camera"
    camera = tablet.gallery.camera
    assert camera.last_photo.picture == SAMPLE_PHOTOS[0][0]  # the newest photo already there
    click(qtbot, tablet, "camera.shutter")
    assert tablet.done == [tap("home.app.camera"), tap("camera.shutter")]
    assert camera.viewfinder.flash > 0  # the picture goes white for a moment
    assert camera._flash_timer.isActive()
    # Each tick of its timer fades it (ticked here by hand: the many tablets the tests above
    # leave behind make a real timer slow to fire).
    for _tick in range(3):
        camera._fade_flash()
    assert camera.viewfinder.flash == 0 and not camera._flash_timer.isActive()
    assert camera.last_photo.picture == TAKEN
    assert tablet.gallery.state.photos[0] == (TAKEN, "Today")
    assert tablet.current_screen() == "camera"


def test_the_photo_taken_is_the_first_in_photos_and_opens_full_screen(qtbot, tablet):
    click(qtbot, tablet, "home.app.camera")
    click(qtbot, tablet, "camera.shutter")
    click(qtbot, tablet, "nav.home")
    click(qtbot, tablet, "home.app.photos")
    assert tablet.current_screen() == "photos"
    samples = [picture for picture, _when in SAMPLE_PHOTOS]
    assert tablet.gallery.grid.pictures() == [TAKEN, *samples]
    first = visible(tablet, "photos.grid.1")
    second = visible(tablet, "photos.grid.2")
    assert first.x() < second.x() and first.y() == second.y()  # top left, then to its right
    click(qtbot, tablet, "photos.grid.1")
    assert tablet.current_screen() == "photos.viewer"
    assert tablet.gallery.viewer.picture.picture == TAKEN
    assert tablet.gallery.viewer.when.text() == _("Today")
    click(qtbot, tablet, "nav.back")
    assert tablet.current_screen() == "photos"


def test_photos_opens_each_photo_of_the_grid(qtbot, tablet):
    click(qtbot, tablet, "home.app.photos")
    for number, (picture, when) in enumerate(SAMPLE_PHOTOS, start=1):
        click(qtbot, tablet, f"photos.grid.{number}")
        assert tablet.gallery.viewer.picture.picture == picture
        assert tablet.gallery.viewer.when.text() == _(when)
        click(qtbot, tablet, "nav.back")
    assert tablet.target_widget(f"photos.grid.{len(SAMPLE_PHOTOS) + 1}") is None  # no photo


def test_the_last_photo_opens_it_and_back_returns_to_the_camera(qtbot, tablet):
    click(qtbot, tablet, "home.app.camera")
    click(qtbot, tablet, "camera.shutter")
    click(qtbot, tablet, "camera.last_photo")
    assert tablet.current_screen() == "photos.viewer"
    assert tablet.gallery.viewer.picture.picture == TAKEN
    click(qtbot, tablet, "nav.back")
    assert tablet.current_screen() == "camera"


def test_the_grid_keeps_the_newest_photos_in_its_places(tablet):
    for _n in range(len(PHOTO_GRID_NAMES)):
        tablet.perform(tap("camera.shutter"))
    tablet.perform(tap("home.app.photos"))
    assert tablet.gallery.grid.pictures() == [TAKEN] * len(PHOTO_GRID_NAMES)
    assert len(tablet.gallery.state.photos) == len(PHOTO_GRID_NAMES) + len(SAMPLE_PHOTOS)


def test_sharing_a_photo_with_the_family_sends_it_and_says_so(qtbot, tablet):
    click(qtbot, tablet, "home.app.photos")
    click(qtbot, tablet, "photos.grid.1")
    click(qtbot, tablet, "photos.share")
    assert tablet.current_screen() == "photos.share"
    click(qtbot, tablet, "share.messages")
    assert tablet.current_screen() == "share.pick"
    assert list(tablet.gallery.pick.rows) == [key for key, *_rest in SHARE_PEOPLE]
    click(qtbot, tablet, "share.to.family")
    send = tablet.gallery.send
    assert tablet.current_screen() == "share.send"
    assert send.title.label.text() == _("Family")
    assert not send.is_sent() and not send.bubble.delivered
    assert tablet.gallery.state.sent == []
    click(qtbot, tablet, "share.send")
    garden = SAMPLE_PHOTOS[0][0]
    assert tablet.gallery.state.sent == [(garden, "family")]
    assert send.is_sent() and send.bubble.delivered and send.bubble.picture == garden
    assert _("Family") in send.banner.text()
    assert tablet.target_widget("share.send") is None  # sent once: nothing left to send
    assert tablet.done[-4:] == [
        tap("photos.share"),
        tap("share.messages"),
        tap("share.to.family"),
        tap("share.send"),
    ]
    click(qtbot, tablet, "nav.back")
    assert tablet.current_screen() == "photos.viewer"


def test_a_photo_can_go_to_one_person(qtbot, tablet):
    for action in [*SHARE_SHEET, tap("share.messages")]:
        tablet.perform(action)
    click(qtbot, tablet, "share.to.lea")
    assert tablet.gallery.send.title.label.text() == "Léa"
    click(qtbot, tablet, "nav.back")
    assert tablet.current_screen() == "share.pick"  # not sent: back to the choice of people
    click(qtbot, tablet, "share.to.sophie")
    click(qtbot, tablet, "share.send")
    assert tablet.gallery.state.sent == [(SAMPLE_PHOTOS[0][0], "sophie")]


def test_a_refused_shutter_takes_no_photo(qtbot, tablet):
    tablet.perform(tap("home.app.camera"))
    tablet.gate = lambda action: False
    click(qtbot, tablet, "camera.shutter")
    assert len(tablet.gallery.state.photos) == len(SAMPLE_PHOTOS)
    assert tablet.gallery.camera.viewfinder.flash == 0


def test_reset_forgets_the_photos_taken_and_sent(tablet):
    tablet.perform(tap("camera.shutter"))
    for action in [*SHARE_SHEET, tap("share.messages"), tap("share.to.family"), tap("share.send")]:
        tablet.perform(action)
    tablet.reset()
    assert tablet.gallery.state.photos == list(SAMPLE_PHOTOS)
    assert tablet.gallery.state.sent == []
    assert tablet.gallery.camera.last_photo.picture == SAMPLE_PHOTOS[0][0]
    assert tablet.current_screen() == "home"


def test_a_photo_taken_by_replay_or_show_me_leaves_the_camera_clear(tablet):
    tablet.perform(tap("camera.shutter"))
    assert tablet.gallery.camera.viewfinder.flash == 0
    assert tablet.gallery.camera.last_photo.picture == TAKEN


# -- the system parts: Wi-Fi, Store, notifications, the home bar ------------------------------


def type_on_keys(qtbot, sandbox: TabletSandbox, text: str) -> None:
    from tests.ui.driver import type_text

    type_text(qtbot, sandbox, text)


def test_joining_the_home_wifi_with_the_key_on_the_box_sticker(qtbot, tablet):
    tablet.reset("wifi_to_join")
    assert not tablet.status_bar.wifi_on  # Wi-Fi on, but no network joined yet
    click(qtbot, tablet, "home.app.settings")
    click(qtbot, tablet, "settings.wifi")
    rows = tablet.wifi.rows
    assert [r.isVisible() for r in rows.values()] == [True, True, True]
    assert not any(r.connected for r in rows.values())
    click(qtbot, tablet, "wifi.network.home")
    join = tablet.system.wifi_join
    assert tablet.current_screen() == "settings.wifi.join"
    assert join.sticker.isVisible() and HOME_KEY in " ".join(t for t, *_ in join.sticker._lines())
    click(qtbot, tablet, "wifi.password")
    assert tablet.keyboard_shown() and join.field.writing
    type_on_keys(qtbot, tablet, HOME_KEY)
    assert join.field.text() == HOME_KEY
    assert tablet.done[-1] == Action(TYPE, "wifi.password", HOME_KEY)
    click(qtbot, tablet, "wifi.connect")
    assert tablet.current_screen() == "settings.wifi" and not tablet.keyboard_shown()
    assert rows["home"].connected and not rows["freebox"].connected
    assert tablet.status_bar.wifi_on
    tablet.reset("wifi_to_join")
    assert tablet.system.state.joined is None and not tablet.status_bar.wifi_on


def test_a_key_that_is_not_the_box_s_keeps_the_tablet_off_the_network(qtbot, tablet):
    tablet.reset("wifi_to_join")
    for name in ("home.app.settings", "settings.wifi", "wifi.network.home", "wifi.password"):
        click(qtbot, tablet, name)
    type_on_keys(qtbot, tablet, "soleil")
    click(qtbot, tablet, "wifi.connect")
    join = tablet.system.wifi_join
    assert tablet.current_screen() == "settings.wifi.join"
    assert join.message.isVisible() and join.message.text()
    assert tablet.system.state.joined is None
    click(qtbot, tablet, "wifi.cancel")
    assert tablet.current_screen() == "settings.wifi"


def test_a_neighbour_s_network_shows_no_sticker(qtbot, tablet):
    click(qtbot, tablet, "home.app.settings")
    click(qtbot, tablet, "settings.wifi")
    assert tablet.wifi.rows["home"].connected  # the usual tablet is on the home box
    click(qtbot, tablet, "wifi.network.freebox")
    assert tablet.system.wifi_join.title.label.text() == NETWORKS["freebox"]
    assert not tablet.system.wifi_join.sticker.isVisible()


def test_store_search_install_with_progress_then_open(qtbot, tablet):
    drag(visible(tablet, "home.pages"), -300)
    click(qtbot, tablet, "home.app.store")
    assert tablet.current_screen() == "store"
    assert tablet.target_widget("store.result") is None
    click(qtbot, tablet, "store.search")
    type_on_keys(qtbot, tablet, "rec")
    assert tablet.done[-1] == Action(TYPE, "store.search", "rec")
    click(qtbot, tablet, "store.result")
    assert tablet.current_screen() == "store.app"
    assert tablet.target_widget("store.open") is None
    click(qtbot, tablet, "store.install")
    app_page = tablet.system.store_app
    assert app_page.progress.isVisible() and not app_page.install.isVisible()
    assert tablet.target_widget("store.open") is None  # not before the download ends
    qtbot.waitUntil(lambda: tablet.target_widget("store.open") is not None, timeout=5000)
    assert app_page.progress.fraction == 1.0 or not app_page.progress.isVisible()
    click(qtbot, tablet, "store.open")
    assert tablet.current_screen() == "app.recipes"
    click(qtbot, tablet, "nav.back")
    assert tablet.current_screen() == "store.app" and app_page.installed.isVisible()
    # Its icon is now on the home screen's page 2, beside the Store's, and opens it.
    click(qtbot, tablet, "nav.home")
    click(qtbot, tablet, "home.app.recipes")
    assert tablet.current_screen() == "app.recipes"
    tablet.reset()
    assert tablet.home.icons["home.app.recipes"].isHidden()


def test_a_search_that_finds_nothing_suggests_another_word(qtbot, tablet):
    tablet.perform(tap("store.search"))
    type_on_keys(qtbot, tablet, "zzz")
    assert tablet.target_widget("store.result") is None
    assert tablet.system.store.no_result.isVisible()


def test_the_update_card_updates_then_says_all_is_up_to_date(qtbot, tablet):
    tablet.perform(Action(SWIPE, "home.pages", "left"))
    tablet.perform(tap("home.app.store"))
    store = tablet.system.store
    assert store.update_card.isVisible() and not store.up_to_date.isVisible()
    click(qtbot, tablet, "store.update")
    assert store.update_progress.isVisible()
    qtbot.waitUntil(store.up_to_date.isVisible, timeout=5000)
    assert not store.update_card.isVisible()
    assert "store" not in tablet.system.state.waiting  # its notification went with it


def test_a_notification_drops_in_and_opens_its_app(qtbot, tablet):
    banner = tablet.system.banner
    tablet.cue("notification_arrives")
    assert banner.isVisible() and banner.y() < 0  # it starts above the screen...
    top = tablet.status_bar.geometry().bottom()
    qtbot.waitUntil(lambda: banner.y() > top, timeout=2000)  # ...and drops in
    click(qtbot, tablet, "notification.banner")
    assert tablet.current_screen() == "app.calendar"
    assert not banner.isVisible()
    assert "calendar" not in tablet.system.state.waiting


def test_the_pulled_down_list_opens_removes_and_clears(qtbot, tablet):
    shade = tablet.system.shade
    assert len(tablet.status_bar.notices) == len(WAITING_NOTIFICATIONS)  # icons by the time
    drag(visible(tablet, "home.pages"), 0, 300)
    assert shade.isVisible()
    assert tablet.done[-1] == Action(SWIPE, "home.pages", "down")
    for note_id in WAITING_NOTIFICATIONS:
        visible(tablet, f"notifications.item.{note_id}")
    click(qtbot, tablet, "notifications.item.weather")
    assert tablet.current_screen() == "app.weather" and not shade.isVisible()
    click(qtbot, tablet, "nav.home")
    drag(visible(tablet, "home.pages"), 0, 300)
    assert tablet.target_widget("notifications.item.weather") is None  # read: gone
    drag(visible(tablet, "notifications.item.store"), 300)
    assert tablet.done[-1] == Action(SWIPE, "notifications.item.store", "right")
    assert tablet.target_widget("notifications.item.store") is None
    click(qtbot, tablet, "notifications.clear")
    assert not shade.isVisible() and tablet.system.state.waiting == []
    assert tablet.status_bar.notices == []
    drag(visible(tablet, "home.pages"), 0, 300)
    assert shade.empty.isVisible() and tablet.target_widget("notifications.clear") is None
    drag(visible(tablet, "notifications.shade"), 0, -300)
    assert not shade.isVisible()


def test_home_closes_the_list_and_reset_brings_the_notifications_back(qtbot, tablet):
    tablet.perform(Action(SWIPE, "home.pages", "down"))
    tablet.perform(tap("notifications.clear"))
    tablet.perform(Action(SWIPE, "home.pages", "down"))
    click(qtbot, tablet, "nav.back")
    assert not tablet.system.shade.isVisible()
    tablet.reset()
    assert tablet.system.state.waiting == list(WAITING_NOTIFICATIONS)


def test_gesture_navigation_has_the_home_bar_instead_of_the_buttons(qtbot, tablet):
    assert tablet.nav_bar.isVisible() and tablet.target_widget("nav.gesture") is None
    tablet.reset("gesture_navigation")
    assert not tablet.nav_bar.isVisible()
    assert tablet.target_widget("nav.home") is None and tablet.target_widget("nav.back") is None
    bar = visible(tablet, "nav.gesture")
    assert bar.height() >= 64  # a finger's room, however thin the pill looks
    click(qtbot, tablet, "home.app.notes")
    drag(bar, 0, 200)  # down is not home
    assert tablet.current_screen() == "notes"
    click(qtbot, tablet, "nav.gesture")  # nor a touch
    assert tablet.current_screen() == "notes"
    drag(bar, 0, -200)
    assert tablet.current_screen() == "home"
    assert tablet.done[-1] == Action(SWIPE, "nav.gesture", "up")
    tablet.reset()
    assert tablet.nav_bar.isVisible() and not bar.isVisible()


def test_an_unknown_scene_is_refused(tablet):
    with pytest.raises(ValueError):
        tablet.reset("no_such_scene")


SYSTEM_LESSONS = (
    "tablet-wifi",
    "tablet-install-app",
    "tablet-notifications",
    "tablet-home-gesture",
)


@pytest.mark.parametrize("lesson_id", SYSTEM_LESSONS)
def test_a_resumed_lesson_finds_each_step_s_control_on_screen(tablet, lesson_id):
    """Coming back to a lesson at any step rebuilds the tablet from the steps done (their
    cues and actions, done directly): the control the step asks for is on screen."""
    from tests.conftest import LESSONS
    from tutor.core.loader import load_lessons
    from tutor.sandboxes import sandbox_specs

    lesson = next(
        found
        for found in load_lessons([LESSONS / "tablet"], sandbox_specs()).lessons
        if found.id == lesson_id
    )
    for index, step in enumerate(lesson.steps):
        tablet.reset(lesson.scene)
        tablet.replay(lesson.steps[:index])
        if step.cue is not None:
            tablet.cue(step.cue)
        tablet.come_to_rest()
        expected = step.expected_action("fr")
        if step.expect is None:
            continue
        assert tablet.target_widget(expected.target) is not None, (lesson_id, index + 1)
        if expected.kind is ActionKind.TYPE:
            assert tablet.keyboard_shown(), (lesson_id, index + 1)


def test_the_box_key_follows_the_password_rule_the_lessons_teach():
    from tutor.core.passwords import is_strong

    assert is_strong(HOME_KEY)

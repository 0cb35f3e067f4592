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
from tutor.sandboxes.tablet.spec import HOME_PAGE_1, HOME_PAGE_2, SPEC
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


# What to do first so that each target is on screen.
ROUTES: dict[str, list[Action]] = {
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
}


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
    for action in ROUTES[target_id]:
        tablet.perform(action)
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
    assert all(n.isVisible() for n in tablet.wifi.networks)
    click(qtbot, tablet, "settings.wifi.switch")
    assert tablet.done == [tap("settings.wifi.switch")]
    assert not tablet.state.wifi_on and not tablet.status_bar.wifi_on
    assert not tablet.wifi.switch.is_checked()
    assert not any(n.isVisible() for n in tablet.wifi.networks)
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


def test_a_refused_key_types_nothing(qtbot, tablet):
    open_editor_by_touch(qtbot, tablet)
    tablet.gate = lambda action: action.kind != TYPE
    press_key(qtbot, tablet, "key.a")
    assert tablet.editor.page.text() == ""


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

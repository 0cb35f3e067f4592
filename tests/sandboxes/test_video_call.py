"""The practice video-call app, driven with real clicks like a learner's finger."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from tests.sandboxes.helpers import click, open_sandbox, tap, visible
from tutor.core.actions import Action
from tutor.i18n import _
from tutor.sandboxes.video_call import widget as video_widget
from tutor.sandboxes.video_call.people import CALL_LINK, PEOPLE
from tutor.sandboxes.video_call.spec import SPEC
from tutor.sandboxes.video_call.widget import (
    CALL,
    CHAT,
    CONTACTS,
    HISTORY,
    INCOMING,
    JOIN,
    MESSAGES,
    VideoCallSandbox,
)


@pytest.fixture
def app(qtbot):
    return open_sandbox(qtbot, VideoCallSandbox(SPEC))


def answered(sandbox: VideoCallSandbox) -> bool:
    return sandbox.call is not None and sandbox.call.connected


# What to do first so that each target is on screen (scene, then actions).
IN_CALL = [tap("contacts.lea.call")]
TO_FAMILY = [tap("tabs.messages"), tap("messages.family")]
TO_LINK = TO_FAMILY
ROUTES: dict[str, tuple[str | None, list[Action]]] = {
    **{f"contacts.{p.id}": (None, []) for p in PEOPLE},
    **{f"contacts.{p.id}.call": (None, []) for p in PEOPLE},
    "tabs.contacts": (None, []),
    "tabs.history": (None, []),
    "history.sophie.call": (None, [tap("tabs.history")]),
    "history.monique.call": (None, [tap("tabs.history")]),
    "history.marc.call": (None, [tap("tabs.history")]),
    "history.lucas.call": ("missed_call", [tap("tabs.history")]),
    "history.lea.call": (None, [*IN_CALL, tap("call.hang_up"), tap("tabs.history")]),
    "incoming.caller": ("incoming_call", []),
    "incoming.answer": ("incoming_call", []),
    "incoming.decline": ("incoming_call", []),
    "call.mute": (None, IN_CALL),
    "call.camera": (None, IN_CALL),
    "call.speaker": (None, IN_CALL),
    "call.switch_camera": (None, IN_CALL),
    "call.hang_up": (None, IN_CALL),
    "tabs.messages": (None, []),
    "messages.family": (None, [tap("tabs.messages")]),
    "messages.sophie": (None, [tap("tabs.messages")]),
    "chat.back": (None, [tap("tabs.messages"), tap("messages.family")]),
    "chat.call": (None, [tap("tabs.messages"), tap("messages.family")]),
    "chat.link": ("call_link", [tap("tabs.messages"), tap("messages.family")]),
    **{
        f"join.{name}": ("call_link", [*TO_LINK, tap("chat.link")])
        for name in ("preview", "name", "mic", "camera", "join", "cancel")
    },
    **{
        f"group.{name}": (None, [*TO_FAMILY, tap("chat.call")])
        for name in ("you", "sophie", "lea", "lucas")
    },
}


def test_routes_cover_every_target():
    assert set(ROUTES) == set(SPEC.targets)


# Its place beside a lesson at 100 %, and at 200 % (drawn smaller, its words 1.3 times
# bigger): a target keeps a finger's size in both, moving with its page rather than squeezed.
PLACES = {"100 %": (820, 640, 1.0), "200 %": (560, 440, 1.3)}


@pytest.mark.parametrize("place", sorted(PLACES))
@pytest.mark.parametrize("target_id", sorted(SPEC.targets))
def test_every_target_is_one_big_named_widget_on_its_screen(app, target_id, place):
    width, height, words = PLACES[place]
    app.resize(width, height)
    app.look.set_reader_factor(words)
    scene, actions = ROUTES[target_id]
    app.reset(scene)
    for action in actions:
        app.perform(action)
    app.begin_step(target_id)  # as a lesson step starts: laid out, brought into view
    app.come_to_rest()
    shown = [w for w in app.findChildren(QWidget, target_id) if w.isVisibleTo(app)]
    assert len(shown) == 1
    assert len(app.findChildren(QWidget, target_id)) == 1
    widget = shown[0]
    assert widget.accessibleName() == _(SPEC.targets[target_id].name)
    assert widget.width() >= 64 and widget.height() >= 64, widget.size()


def test_contacts_list_shows_every_person_with_a_call_button(app):
    assert app.current_screen() == CONTACTS
    for person in PEOPLE:
        visible(app, f"contacts.{person.id}")
        visible(app, f"contacts.{person.id}.call")
    assert app.contacts.tiles["lea"].person.name == "Léa"


def test_tapping_the_avatar_only_says_how_to_call(qtbot, app):
    click(qtbot, app, "contacts.lea")
    assert app.current_screen() == CONTACTS
    assert app.call is None
    assert "Léa" in app.note()
    assert app.done == [tap("contacts.lea")]


def test_calling_rings_then_the_person_answers_and_greets(qtbot, app):
    click(qtbot, app, "contacts.lea.call")
    assert app.current_screen() == CALL
    assert app.call is not None and app.call.person == "lea" and not app.call.connected
    assert not app.call_screen.remote.connected  # "Calling…" with the avatar
    visible(app, "call.hang_up")  # the controls are there while it rings
    assert app.spoken == []
    qtbot.waitUntil(lambda: answered(app), timeout=video_widget.ANSWER_DELAY_MS + 2000)
    assert app.call_screen.remote.connected
    assert app.spoken == [_("Hello! I'm so happy to see you!")]
    assert app.call_screen.remote.caption == app.spoken[0]


def test_controls_toggle_and_show_their_state(qtbot, app):
    app.perform(tap("contacts.lea.call"))
    controls = app.call_screen.controls
    self_view = app.call_screen.remote.self_view
    assert controls["mute"].text == _("Microphone") and not controls["mute"].off
    click(qtbot, app, "call.mute")
    assert app.call is not None and app.call.muted
    assert controls["mute"].text == _("Microphone off") and controls["mute"].off
    assert controls["mute"].icon == "mdi6.microphone-off"
    assert self_view.muted
    click(qtbot, app, "call.camera")
    assert app.call.camera_off and self_view.camera_off
    assert controls["camera"].text == _("Camera off")
    click(qtbot, app, "call.speaker")
    assert app.call.speaker_off and controls["speaker"].text == _("Speaker off")
    click(qtbot, app, "call.switch_camera")
    assert app.call.back_camera and self_view.back_camera
    for name in ("mute", "camera", "speaker", "switch_camera"):
        click(qtbot, app, f"call.{name}")
    assert not (app.call.muted or app.call.camera_off or app.call.speaker_off)
    assert not app.call.back_camera
    assert controls["camera"].text == _("Video camera") and not self_view.camera_off


def test_hanging_up_goes_back_and_logs_the_call(qtbot, app):
    app.perform(tap("contacts.lea.call"))
    click(qtbot, app, "call.hang_up")
    assert app.current_screen() == CONTACTS
    assert app.call is None
    assert app.note() == _("Call ended.")
    assert app.history.shown_people()[0] == "lea"
    entry = app.history.entry_of("lea")
    assert entry is not None and entry.kind == "outgoing"


def test_hanging_up_while_ringing_stops_the_answer(qtbot, app):
    click(qtbot, app, "contacts.lea.call")
    click(qtbot, app, "call.hang_up")
    qtbot.wait(video_widget.ANSWER_DELAY_MS + 300)
    assert app.call is None and app.current_screen() == CONTACTS
    assert app.spoken == []


def test_incoming_call_answer_shows_the_call_and_the_caller_speaks(qtbot, app):
    app.reset("incoming_call")
    assert app.current_screen() == INCOMING
    assert app.incoming.person is not None and app.incoming.person.name == "Lucas"
    click(qtbot, app, "incoming.caller")  # the picture is not a button
    assert app.current_screen() == INCOMING
    click(qtbot, app, "incoming.answer")
    assert app.current_screen() == CALL and answered(app)
    qtbot.waitUntil(lambda: bool(app.spoken), timeout=video_widget.GREETING_DELAY_MS + 2000)
    assert app.spoken == [_("Hello! It's Lucas. How are you today?")]


def test_incoming_call_decline_goes_back_with_a_calm_note(qtbot, app):
    app.reset("incoming_call")
    click(qtbot, app, "incoming.decline")
    assert app.current_screen() == CONTACTS
    assert app.call is None
    assert app.note() == _("Call declined. You can call {name} back later.").format(name="Lucas")
    assert app.contacts.header.note == app.note()
    entry = app.history.entry_of("lucas")
    assert entry is not None and entry.kind == "declined"
    click(qtbot, app, "tabs.history")
    visible(app, "history.lucas.call")


def test_missed_call_is_red_with_a_badge_and_can_be_called_back(qtbot, app):
    app.reset("missed_call")
    assert app.tab_bar.history.badge == 1
    assert app.history.shown_people()[0] == "lucas"
    click(qtbot, app, "tabs.history")
    assert app.current_screen() == HISTORY
    assert app.tab_bar.history.badge == 0
    tile = app.history.tiles["lucas"]
    assert tile.name_colour.name() == "#c62828"
    assert tile.detail.startswith(_("Missed call"))
    click(qtbot, app, "history.lucas.call")
    assert app.current_screen() == CALL
    assert app.call is not None and app.call.person == "lucas"


def test_tabs_switch_lists(qtbot, app):
    click(qtbot, app, "tabs.history")
    assert app.current_screen() == HISTORY and app.tab_bar.history.current
    assert app.history.shown_people() == ["sophie", "monique", "marc"]
    click(qtbot, app, "tabs.contacts")
    assert app.current_screen() == CONTACTS and app.tab_bar.contacts.current


def test_a_refusing_gate_changes_nothing(qtbot, app):
    app.gate = lambda action: False
    click(qtbot, app, "contacts.lea.call")
    assert app.current_screen() == CONTACTS and app.call is None
    click(qtbot, app, "tabs.history")
    assert app.current_screen() == CONTACTS
    app.gate = lambda action: True
    app.perform(tap("contacts.lea.call"))
    app.gate = lambda action: False
    click(qtbot, app, "call.mute")
    click(qtbot, app, "call.hang_up")
    assert app.current_screen() == CALL and app.call is not None and not app.call.muted
    app.reset("incoming_call")
    click(qtbot, app, "incoming.answer")
    click(qtbot, app, "incoming.decline")
    assert app.current_screen() == INCOMING
    assert app.done == [] and app.spoken == []


def test_a_refused_call_is_never_answered_later(qtbot, app):
    app.gate = lambda action: False
    click(qtbot, app, "contacts.lea.call")
    qtbot.wait(video_widget.ANSWER_DELAY_MS + 300)
    assert app.call is None and app.spoken == []


EXPECTED_SCREEN = {
    "tabs.history": HISTORY,
    "tabs.messages": MESSAGES,
    "messages.family": CHAT,
    "messages.sophie": CHAT,
    "chat.back": MESSAGES,
    "chat.call": CALL,
    "chat.link": JOIN,
    "join.preview": JOIN,
    "join.name": JOIN,
    "join.mic": JOIN,
    "join.camera": JOIN,
    "join.cancel": CHAT,
    "join.join": CALL,
    "incoming.caller": INCOMING,
    "incoming.decline": CONTACTS,
    "call.hang_up": CONTACTS,
}


@pytest.mark.parametrize("target_id", sorted(SPEC.targets))
def test_perform_reaches_the_expected_screen_at_once(app, target_id):
    scene, actions = ROUTES[target_id]
    app.reset(scene)
    for action in actions:
        app.perform(action)
    app.perform(tap(target_id))
    if (
        target_id.endswith(".call")
        or target_id in ("incoming.answer",)
        or target_id.startswith("group.")
        or (target_id.startswith("call.") and target_id != "call.hang_up")
    ):
        expected = CALL
    else:
        expected = EXPECTED_SCREEN.get(target_id, CONTACTS)
    assert app.current_screen() == expected
    if expected == CALL:
        # A call made rings until the lesson's cue (or a moment) answers it (the controls
        # routes start with one); an incoming call, or a call joined from a link (the
        # person who sent it is there), is answered at once.
        assert answered(app) == (target_id in ("incoming.answer", "join.join"))
        visible(app, "call.hang_up")


def test_a_replayed_call_still_rings_until_the_callee_answers_cue(app):
    """A lesson resumed at its "it is ringing" step shows the ringing it speaks of."""
    app.perform(tap("contacts.lea.call"))
    assert app.current_screen() == CALL and not answered(app)
    assert not app.call_screen.remote.connected  # "Calling…" with the avatar
    app.cue("callee_answers")
    assert answered(app) and app.call_screen.remote.connected
    assert app.call_screen.remote.caption == _("Hello! I'm so happy to see you!")


def test_a_replayed_answer_shows_the_callers_words_at_once_and_silently(app):
    """ "His words are also written at the bottom of the picture": true from the first frame."""
    app.reset("incoming_call")
    app.perform(tap("incoming.answer"))
    assert answered(app) and app.call_screen.remote.connected
    assert app.call_screen.remote.caption == _("Hello! It's Lucas. How are you today?")
    assert app.spoken == []


def test_perform_of_call_controls_from_the_list_still_works(app):
    app.perform(tap("call.mute"))
    assert app.current_screen() == CALL and answered(app)
    assert app.call is not None and app.call.person == "lea" and app.call.muted


def test_perform_rejects_unknown_targets(app):
    with pytest.raises(ValueError):
        app.perform(tap("home.app.notes"))


@pytest.mark.parametrize("scene", [None, *sorted(SPEC.scenes)])
def test_reset_brings_each_scene_back(app, scene):
    app.perform(tap("contacts.lea.call"))
    app.perform(tap("call.mute"))
    app.reset(scene)
    expected = {
        None: CONTACTS,
        "incoming_call": INCOMING,
        "missed_call": CONTACTS,
        "call_link": CONTACTS,
    }[scene]
    assert app.current_screen() == expected
    assert app.note() == ""
    assert app.tab_bar.history.badge == (1 if scene == "missed_call" else 0)
    if scene == "incoming_call":
        assert app.call is not None and not app.call.outgoing and not app.call.connected
    else:
        assert app.call is None
    assert app.tab_bar.isVisibleTo(app) == (expected == CONTACTS)


def test_reset_rejects_unknown_scene(app):
    with pytest.raises(ValueError):
        app.reset("nowhere")


def test_cue_call_arrives_shows_the_incoming_call_from_anywhere(app):
    app.perform(tap("contacts.lea.call"))
    app.cue("call_arrives")
    assert app.current_screen() == INCOMING
    assert app.call is not None and app.call.person == "lucas" and not app.call.outgoing
    visible(app, "incoming.answer")
    visible(app, "incoming.decline")


def test_cue_callee_answers_answers_a_ringing_call_at_once(qtbot, app):
    click(qtbot, app, "contacts.lea.call")
    assert not answered(app)
    app.cue("callee_answers")
    assert answered(app) and app.call_screen.remote.connected
    assert app.spoken == [_("Hello! I'm so happy to see you!")]
    app.cue("callee_answers")  # already answered: nothing more
    assert len(app.spoken) == 1


def test_unknown_cue_is_refused(app):
    with pytest.raises(ValueError):
        app.cue("rain")


def test_every_scene_and_cue_is_declared():
    assert SPEC.scenes == {"incoming_call", "missed_call", "call_link"}
    assert SPEC.cues == {"call_arrives", "callee_answers"}


def test_screens_paint_without_trouble(qtbot, app):
    """Every screen (and every animated state) is drawn, as the learner sees it."""
    states = [
        (None, []),
        (None, [tap("tabs.history")]),
        ("incoming_call", []),
        (None, [tap("contacts.lea.call")]),
        (None, [tap("contacts.monique.call"), tap("call.camera"), tap("call.mute")]),
        (None, [tap("contacts.marc.call"), tap("call.switch_camera")]),
        (None, [tap("contacts.sophie.call")]),
        (None, [tap("tabs.messages")]),
        ("call_link", [tap("tabs.messages")]),
        ("call_link", [*TO_LINK]),
        ("call_link", [*TO_LINK, tap("chat.link"), tap("join.camera")]),
        (None, [*TO_FAMILY, tap("chat.call")]),
        (None, [*TO_FAMILY, tap("chat.call"), tap("group.lea"), tap("call.mute")]),
    ]
    for scene, actions in states:
        app.reset(scene)
        for action in actions:
            app.perform(action)
        app.call_screen.remote.say("Bonjour !")
        image = app.grab().toImage()
        assert not image.isNull()
        qtbot.wait(200)  # a few animation frames


def test_self_view_shows_the_real_camera_picture_when_frames_come(qtbot):
    """Frames from a camera replace the drawn silhouette; camera off brings it back.
    (No camera on this machine: the frame is handed over as the camera would.)"""
    from PySide6.QtGui import QColor, QImage

    from tutor.sandboxes.kit.look import Look
    from tutor.sandboxes.video_call.call_screens import SelfView
    from tutor.sandboxes.video_call.camera import camera_available

    view = SelfView(Look(None))
    qtbot.addWidget(view)
    view.resize(160, 120)
    view.show()
    drawn = view.grab().toImage()
    frame = QImage(320, 240, QImage.Format.Format_RGB32)
    frame.fill(QColor("#ff00ff"))
    view.camera.frame_ready.emit(frame)
    shown = view.grab().toImage()
    assert shown.pixelColor(80, 60) == QColor("#ff00ff")
    view.show_state(camera_off=True, back_camera=False, muted=False)
    assert view.grab().toImage().pixelColor(80, 60) != QColor("#ff00ff")
    assert drawn.pixelColor(80, 60) != QColor("#ff00ff")
    if not camera_available():
        assert not view.camera.running  # no camera: nothing started, no error


@pytest.mark.parametrize("place", sorted(PLACES))
def test_call_control_labels_show_whole_with_big_text(qtbot, app, place):
    """ "Micro coupé" keeps its second line at 200 % (only "Micro" would say the opposite)."""
    from PySide6.QtGui import QFontMetrics

    from tutor.sandboxes.video_call.call_parts import LABEL_FLAGS, LABEL_PX, label_font

    width, height, words = PLACES[place]
    app.resize(width, height)
    app.look.set_reader_factor(words)
    app.perform(tap("contacts.lea.call"))
    for name in ("mute", "camera", "speaker"):
        app.perform(tap(f"call.{name}"))
    qtbot.wait(50)  # the new heights are laid out
    app.come_to_rest()
    for name, button in app.call_screen.controls.items():
        room = button.label_room()
        font = label_font(button.look.font(button, LABEL_PX, bold=True), button.text, room)
        full = button.look.font_px(LABEL_PX)
        if name in ("mute", "camera"):  # "Micro coupé", "Caméra coupée": two lines, full size
            assert font.pixelSize() == full, (name, font.pixelSize())
        # A long single word ("Raccrocher") may be drawn a little smaller, never smaller
        # than with 100 % text.
        assert font.pixelSize() >= full / words - 1, (name, font.pixelSize())
        needed = QFontMetrics(font).boundingRect(room, int(LABEL_FLAGS), button.text)
        assert needed.height() <= room.height(), (name, button.text)
        assert button.geometry().bottom() <= app.call_screen.height()


# -- Messages, a call link, and the family group call ---------------------------------------


def test_messages_tab_lists_the_family_group_and_sophie(qtbot, app):
    click(qtbot, app, "tabs.messages")
    assert app.current_screen() == MESSAGES and app.tab_bar.messages.current
    visible(app, "messages.family")
    visible(app, "messages.sophie")
    assert app.tab_bar.isVisibleTo(app)
    row = app.messages_screen.rows["family"]
    assert row.unread == 0 and "Lucas" in row.preview


def test_a_call_link_arrives_unread_with_a_badge(qtbot, app):
    app.reset("call_link")
    assert app.current_screen() == CONTACTS
    assert app.tab_bar.messages.badge == 1
    click(qtbot, app, "tabs.messages")
    row = app.messages_screen.rows["family"]
    assert row.unread == 2 and _(CALL_LINK) in row.preview
    assert row.preview.startswith("Léa")
    click(qtbot, app, "messages.family")
    assert app.current_screen() == CHAT
    assert app.tab_bar.messages.badge == 0 and not app.tab_bar.isVisibleTo(app)
    assert app.unread == 0
    link = visible(app, "chat.link")
    assert link.height() >= 64
    # The link is the newest message, at the bottom of the conversation.
    bubbles = [b for b in app.chat.page.bubbles if b.isVisibleTo(app)]
    assert all(b.geometry().bottom() < link.geometry().top() for b in bubbles)


def test_without_the_scene_the_family_chat_has_no_link(qtbot, app):
    click(qtbot, app, "tabs.messages")
    click(qtbot, app, "messages.family")
    assert app.target_widget("chat.link") is None
    visible(app, "chat.call")
    click(qtbot, app, "chat.back")
    assert app.current_screen() == MESSAGES


def test_the_link_opens_the_join_screen_then_join_shows_lea_at_once(qtbot, app):
    app.reset("call_link")
    for name in ("tabs.messages", "messages.family", "chat.link"):
        click(qtbot, app, name)
    assert app.current_screen() == JOIN
    for name in ("join.preview", "join.name", "join.mic", "join.camera", "join.join"):
        visible(app, name)
    click(qtbot, app, "join.preview")  # not a button: nothing changes
    click(qtbot, app, "join.name")
    assert app.current_screen() == JOIN
    click(qtbot, app, "join.join")
    assert app.current_screen() == CALL and answered(app)
    assert app.call is not None and app.call.person == "lea" and not app.call.group
    assert app.call_screen.pictures.currentWidget() is app.call_screen.remote
    qtbot.waitUntil(lambda: bool(app.spoken), timeout=video_widget.GREETING_DELAY_MS + 2000)
    assert app.spoken == [_("Hello! I'm so happy to see you!")]
    click(qtbot, app, "call.hang_up")
    assert app.current_screen() == CHAT and app.call is None
    entry = app.history.entry_of("lea")
    assert entry is not None and entry.kind == "incoming"
    assert app.chat.page.records[0].text().startswith(_("Video call"))


def test_microphone_and_camera_can_be_off_before_joining(qtbot, app):
    app.reset("call_link")
    for action in [*TO_LINK, tap("chat.link")]:
        app.perform(action)
    click(qtbot, app, "join.mic")
    click(qtbot, app, "join.camera")
    assert app.join.mic.text == _("Microphone off") and app.join.mic.off
    assert app.join.camera.text == _("Camera off") and app.join.preview.camera_off
    click(qtbot, app, "join.join")
    assert app.call is not None and app.call.muted and app.call.camera_off
    assert app.call_screen.controls["mute"].text == _("Microphone off")


def test_cancel_goes_back_to_the_conversation_without_joining(qtbot, app):
    app.reset("call_link")
    for action in [*TO_LINK, tap("chat.link")]:
        app.perform(action)
    click(qtbot, app, "join.cancel")
    assert app.current_screen() == CHAT and app.call is None
    qtbot.wait(video_widget.GREETING_DELAY_MS + 200)
    assert app.spoken == []


def test_group_call_rings_everyone_then_they_answer_one_by_one(qtbot, app):
    for action in TO_FAMILY:
        app.perform(action)
    click(qtbot, app, "chat.call")
    assert app.current_screen() == CALL
    call = app.call
    assert call is not None and call.group and not call.connected and not call.answered
    grid = app.call_screen.group
    assert app.call_screen.pictures.currentWidget() is grid
    tiles = [visible(app, f"group.{key}") for key in ("you", "sophie", "lea", "lucas")]
    assert all(not grid.tiles[key].answered for key in ("sophie", "lea", "lucas"))
    assert grid.tiles["you"].answered
    # Two by two: you at the top left, then Sophie, Léa, Lucas.
    assert tiles[0].geometry().top() == tiles[1].geometry().top()
    assert tiles[2].geometry().top() > tiles[0].geometry().bottom() - 1
    qtbot.waitUntil(lambda: len(call.answered) == 1, timeout=video_widget.GROUP_ANSWER_MS + 1000)
    assert not call.connected and app.spoken == []
    qtbot.waitUntil(lambda: call.connected, timeout=3 * video_widget.GROUP_ANSWER_MS + 1000)
    assert all(grid.tiles[key].answered for key in ("sophie", "lea", "lucas"))
    assert app.spoken == [_("Hello! The whole family is here!")]
    assert grid.caption == app.spoken[0]


def test_callee_answers_cue_answers_the_whole_group_at_once(qtbot, app):
    for action in [*TO_FAMILY, tap("chat.call")]:
        app.perform(action)
    assert app.call is not None and not app.call.connected
    app.cue("callee_answers")
    assert app.call.connected and app.call.answered == {"sophie", "lea", "lucas"}
    assert app.spoken == [_("Hello! The whole family is here!")]


def test_muting_in_a_group_call_shows_on_your_tile(qtbot, app):
    for action in [*TO_FAMILY, tap("chat.call")]:
        app.perform(action)
    app.cue("callee_answers")
    grid = app.call_screen.group
    click(qtbot, app, "group.lea")  # a tile is not a button
    assert app.call is not None and not app.call.muted
    click(qtbot, app, "call.mute")
    assert app.call.muted and grid.muted
    assert app.call_screen.controls["mute"].text == _("Microphone off")
    before = grid.tiles["you"].grab().toImage()
    click(qtbot, app, "call.mute")
    assert not app.call.muted and not grid.muted
    assert grid.tiles["you"].grab().toImage() != before  # the red microphone went away
    click(qtbot, app, "call.hang_up")
    assert app.current_screen() == CHAT and app.call is None
    assert app.chat.conversation == "family"
    # The conversation now ends with the call, as real apps write it, and so does its row.
    record = app.chat.page.records[0]
    assert record.isVisibleTo(app) and record.text().startswith(_("Group video call"))
    shown = [w for w in app.chat.page.findChildren(QWidget) if w.isVisibleTo(app)]
    assert max(shown, key=lambda w: w.geometry().bottom()) is record
    assert app.messages_screen.rows["family"].preview == _("Group video call")


def test_hanging_up_a_ringing_group_call_stops_the_answers(qtbot, app):
    for action in TO_FAMILY:
        app.perform(action)
    click(qtbot, app, "chat.call")
    click(qtbot, app, "call.hang_up")
    qtbot.wait(2 * video_widget.GROUP_ANSWER_MS + 300)
    assert app.call is None and app.spoken == []


def test_calling_from_sophies_conversation_calls_her_alone(qtbot, app):
    for action in [tap("tabs.messages"), tap("messages.sophie")]:
        app.perform(action)
    click(qtbot, app, "chat.call")
    assert app.call is not None and app.call.person == "sophie" and not app.call.group

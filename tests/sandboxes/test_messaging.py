"""The practice messaging app, driven with real clicks like a learner's finger."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests.sandboxes.helpers import click, open_sandbox, tap
from tutor.core.actions import Action, ActionKind
from tutor.i18n import _, pgettext
from tutor.sandboxes.kit.chat.emoji import EMOJIS, to_html
from tutor.sandboxes.kit.chat.state import PEOPLE, Status
from tutor.sandboxes.kit.chat.thread import READ_TICKS, EmojiPanel, ThreadView
from tutor.sandboxes.kit.keyboard import HIDE_OBJECT_NAME
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.messaging.spec import (
    CONTACT_IDS,
    EMOJI_IDS,
    PHOTO_IDS,
    SCENE_ALL_READ,
    SCENE_SOPHIE_BUSY,
    SCENE_UNREAD_FROM_SOPHIE,
    SPEC,
)
from tutor.sandboxes.messaging.widget import DELIVER_DELAY_MS, READ_DELAY_MS, MessagingSandbox

TAP, TYPE = ActionKind.TAP, ActionKind.TYPE


@pytest.fixture
def app(qtbot):
    return open_sandbox(qtbot, MessagingSandbox(SPEC))


def press_key(qtbot, sandbox: MessagingSandbox, object_name: str) -> None:
    key = sandbox.keyboard.findChild(QWidget, object_name)
    assert key is not None and key.isVisibleTo(sandbox), object_name
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton, pos=key.rect().center())


def open_field(qtbot, sandbox: MessagingSandbox, person: str = "sophie") -> None:
    click(qtbot, sandbox, f"list.{person}")
    click(qtbot, sandbox, "chat.text")
    assert sandbox.keyboard_shown()


def texts(sandbox: MessagingSandbox, person: str = "sophie") -> list[str]:
    return [m.shown_text() for m in sandbox.conversation(person).messages]


IN_CHAT = [tap("list.sophie")]
# What to do first so that each target is on screen.
ROUTES: dict[str, list[Action]] = {
    **{f"list.{p}": [] for p in CONTACT_IDS},
    "chat.back": IN_CHAT,
    "chat.contact": IN_CHAT,
    "chat.text": IN_CHAT,
    "chat.send": IN_CHAT,
    "chat.emoji": IN_CHAT,
    "chat.photo": IN_CHAT,
    "keyboard.hide": [*IN_CHAT, tap("chat.text")],
    **{f"emoji.{e}": [*IN_CHAT, tap("chat.emoji")] for e in EMOJI_IDS},
    "contact.back": [*IN_CHAT, tap("chat.contact")],
    **{f"gallery.{p}": [*IN_CHAT, tap("chat.photo")] for p in PHOTO_IDS},
    "gallery.close": [*IN_CHAT, tap("chat.photo")],
    "preview.send": [*IN_CHAT, tap("chat.photo"), tap("gallery.cat")],
    "preview.back": [*IN_CHAT, tap("chat.photo"), tap("gallery.cat")],
}


def test_routes_cover_every_target():
    assert set(ROUTES) == set(SPEC.targets)


@pytest.mark.parametrize("target_id", sorted(SPEC.targets))
def test_every_target_is_one_big_named_widget_on_its_screen(app, target_id):
    for action in ROUTES[target_id]:
        app.perform(action)
    shown = [w for w in app.findChildren(QWidget, target_id) if w.isVisibleTo(app)]
    assert len(shown) == 1
    assert len(app.findChildren(QWidget, target_id)) == 1
    widget = shown[0]
    assert widget.accessibleName() == _(SPEC.targets[target_id].name)
    min_height = 48 if target_id == HIDE_OBJECT_NAME else 64
    assert widget.width() >= 64 and widget.height() >= min_height, widget.size()


def test_the_list_shows_sophies_unread_message_first(app):
    assert app.current_screen() == "list"
    rows = list(app.list_screen.rows)
    assert rows == list(CONTACT_IDS)
    sophie = app.conversation("sophie")
    assert sophie.unread == 1
    assert sophie.last().text == "Hi Mum! Are you coming on Sunday?"
    assert all(app.conversation(p).unread == 0 for p in CONTACT_IDS[1:])


def test_opening_a_conversation_reads_it_and_back_returns_to_the_list(qtbot, app):
    click(qtbot, app, "list.sophie")
    assert app.current_screen() == "chat"
    assert app.chat.contact.person is PEOPLE["sophie"]
    assert app.chat.bubbles.conversation is app.conversation("sophie")
    assert app.conversation("sophie").unread == 0
    click(qtbot, app, "chat.back")
    assert app.current_screen() == "list"
    assert app.done == [tap("list.sophie"), tap("chat.back")]


def test_contact_details_and_back(qtbot, app):
    click(qtbot, app, "list.gerard")
    click(qtbot, app, "chat.contact")
    assert app.current_screen() == "contact"
    assert app.contact.person is PEOPLE["gerard"]
    click(qtbot, app, "contact.back")
    assert app.current_screen() == "chat" and app.current == "gerard"


def test_typing_reports_the_whole_text_and_send_makes_a_sent_bubble(qtbot, app):
    open_field(qtbot, app)
    app.done.clear()
    press_key(qtbot, app, "key.shift")
    for letter in "oui":
        press_key(qtbot, app, f"key.{letter}")
    assert [a.value for a in app.done] == ["O", "Ou", "Oui"]
    assert all(a.kind == TYPE and a.target == "chat.text" for a in app.done)
    assert app.chat.field.text() == "Oui"
    click(qtbot, app, "chat.send")
    last = app.conversation().last()
    assert last.mine and last.text == "Oui" and last.status is Status.SENT
    assert app.chat.field.text() == ""
    assert not app.keyboard_shown()


def test_a_sent_message_is_delivered_then_read_after_a_calm_moment(qtbot, app):
    """As in WhatsApp: one grey tick (sent), two grey ticks (delivered), two blue (read)."""
    app.perform(Action(TYPE, "chat.text", "Oui"))
    app.perform(tap("chat.send"))
    message = app.conversation().last()
    assert message.status is Status.SENT
    qtbot.wait(DELIVER_DELAY_MS // 2)
    assert message.status is Status.SENT  # not too fast
    qtbot.waitUntil(lambda: message.status is Status.DELIVERED, timeout=DELIVER_DELAY_MS * 2)
    qtbot.waitUntil(lambda: message.status is Status.READ, timeout=READ_DELAY_MS * 2)


def test_when_sophie_is_busy_only_the_cues_deliver_and_read_the_message(qtbot, app):
    app.reset(SCENE_SOPHIE_BUSY)
    app.perform(Action(TYPE, "chat.text", "Oui"))
    app.perform(tap("chat.send"))
    message = app.conversation().last()
    qtbot.wait(READ_DELAY_MS + 300)
    assert message.status is Status.SENT
    app.cue("message_delivered")
    assert message.status is Status.DELIVERED
    qtbot.wait(READ_DELAY_MS + 300)
    assert message.status is Status.DELIVERED
    app.cue("message_read")
    assert message.status is Status.READ
    app.cue("message_delivered")
    assert message.status is Status.READ  # a read message stays read


def tick_colours(app: MessagingSandbox) -> set[str]:
    """The colours drawn in the status line under my last message (ticks and word)."""
    view = app.chat.bubbles
    image = view.grab().toImage()
    colours: set[str] = set()
    for y in range(max(0, image.height() - view.look.px(120)), image.height()):
        for x in range(image.width() // 2, image.width()):
            colours.add(image.pixelColor(x, y).name())
    return colours


def test_the_status_line_says_each_state_in_words_with_grey_or_blue_ticks(qtbot, app):
    app.reset(SCENE_SOPHIE_BUSY)
    click(qtbot, app, "list.sophie")
    app.perform(Action(TYPE, "chat.text", "Oui"))
    app.perform(tap("chat.send"))
    message = app.conversation().last()
    words = []
    for cue in (None, "message_delivered", "message_read"):
        if cue:
            app.cue(cue)
        words.append(ThreadView.status_text(message.status))
        icon, colour = app.chat.bubbles._ticks(message.status, in_bubble=False)
        drawn = tick_colours(app)
        assert colour in drawn, (cue, colour)
        assert icon == ("mdi6.check" if cue is None else "mdi6.check-all")
    assert words == [
        _("Sent"),
        pgettext("message status", "Delivered"),
        pgettext("message status", "Read"),
    ]
    assert len(set(words)) == 3
    grey, blue = (app.chat.bubbles._ticks(s, False)[1] for s in (Status.SENT, Status.READ))
    assert grey != blue


def test_send_with_an_empty_field_sends_nothing(qtbot, app):
    click(qtbot, app, "list.sophie")
    before = len(app.conversation().messages)
    click(qtbot, app, "chat.send")
    assert len(app.conversation().messages) == before


def test_erase_key_and_hide_key(qtbot, app):
    open_field(qtbot, app)
    for name in ("key.n", "key.o", "key.backspace"):
        press_key(qtbot, app, name)
    assert app.chat.field.text() == "n"
    press_key(qtbot, app, HIDE_OBJECT_NAME)
    assert app.done[-1] == tap("keyboard.hide")
    assert not app.keyboard_shown() and app.current_screen() == "chat"


def test_emoji_panel_adds_emojis_to_the_text(qtbot, app):
    open_field(qtbot, app)
    press_key(qtbot, app, "key.b")
    click(qtbot, app, "chat.emoji")
    assert app.emojis_shown() and not app.keyboard_shown()
    click(qtbot, app, "emoji.heart")
    click(qtbot, app, "emoji.thumbs_up")
    assert app.chat.field.text() == "b" + EMOJIS["heart"].char + EMOJIS["thumbs_up"].char
    assert app.done[-1] == tap("emoji.thumbs_up")
    click(qtbot, app, "chat.text")  # back to the letters
    assert app.keyboard_shown() and not app.emojis_shown()
    press_key(qtbot, app, "key.backspace")  # an emoji is erased whole
    assert app.chat.field.text() == "b" + EMOJIS["heart"].char


def test_emojis_are_drawn_as_pictures():
    html = to_html("a<" + EMOJIS["cake"].char, 20)
    assert "a&lt;" in html and 'src="emoji:cake"' in html


def test_sending_a_photo_from_the_gallery(qtbot, app):
    click(qtbot, app, "list.lea")
    click(qtbot, app, "chat.photo")
    assert app.current_screen() == "gallery"
    click(qtbot, app, "gallery.beach")
    assert app.current_screen() == "preview" and app.preview.photo.photo_id == "beach"
    click(qtbot, app, "preview.back")
    assert app.current_screen() == "gallery"
    click(qtbot, app, "gallery.garden")
    click(qtbot, app, "preview.send")
    assert app.current_screen() == "chat"
    last = app.conversation("lea").last()
    assert last.mine and last.photo == "garden" and last.status is Status.SENT
    click(qtbot, app, "chat.photo")
    click(qtbot, app, "gallery.close")
    assert app.current_screen() == "chat"


def test_reply_arrives_in_the_open_conversation(app):
    app.perform(tap("list.sophie"))
    app.perform(Action(TYPE, "chat.text", "Oui"))
    app.perform(tap("chat.send"))
    app.cue("reply_arrives")
    mine, reply = app.conversation().messages[-2:]
    assert mine.status is Status.READ
    assert not reply.mine and reply.text == "Great! See you Sunday!"
    assert app.conversation().unread == 0


def test_reply_arriving_on_the_list_shows_a_badge(app):
    app.perform(tap("list.gerard"))
    app.perform(tap("chat.back"))
    app.cue("reply_arrives")
    assert app.conversation("gerard").unread == 1
    assert app.conversation("gerard").last().text == PEOPLE["gerard"].reply


def test_unknown_cue_and_scene_are_refused(app):
    with pytest.raises(ValueError):
        app.cue("no_such_cue")
    with pytest.raises(ValueError):
        app.reset("no_such_scene")


def test_a_refusing_gate_changes_nothing(qtbot, app):
    judged: list[Action] = []

    def refuse(action: Action) -> bool:
        judged.append(action)
        return False

    app.gate = refuse
    click(qtbot, app, "list.sophie")
    assert judged == [tap("list.sophie")]
    assert app.current_screen() == "list" and app.done == []
    app.perform(tap("chat.photo"))
    click(qtbot, app, "gallery.cake")
    assert app.current_screen() == "gallery"


def test_a_finger_drag_scrolls_a_long_conversation(qtbot, app):
    app.perform(tap("list.sophie"))
    for index in range(8):
        app.perform(Action(TYPE, "chat.text", f"Message {index}"))
        app.perform(tap("chat.send"))
    thread = app.chat.bubbles
    thread.repaint()
    start = thread.rect().center()
    QTest.mousePress(thread, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(thread, start + QPoint(0, 150))
    QTest.mouseRelease(
        thread, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(0, 150)
    )
    assert thread.scrolled == 150
    app.perform(Action(TYPE, "chat.text", "Nouveau"))
    app.perform(tap("chat.send"))
    assert thread.scrolled == 0  # a new message brings the newest back in sight


PERFORM_CASES = [
    ([tap("list.lea")], "chat"),
    ([tap("list.sophie"), tap("chat.back")], "list"),
    ([tap("chat.contact")], "contact"),
    ([tap("chat.contact"), tap("contact.back")], "chat"),
    ([tap("chat.text")], "chat"),
    ([Action(TYPE, "chat.text", "Oui")], "chat"),
    ([Action(TYPE, "chat.text", "Oui"), tap("chat.send")], "chat"),
    ([tap("chat.send")], "chat"),
    ([tap("chat.emoji")], "chat"),
    ([tap("emoji.kiss")], "chat"),
    ([tap("chat.text"), tap("keyboard.hide")], "chat"),
    ([tap("chat.photo")], "gallery"),
    ([tap("gallery.cake")], "preview"),
    ([tap("gallery.cake"), tap("preview.back")], "gallery"),
    ([tap("preview.send")], "chat"),
    ([tap("chat.photo"), tap("gallery.close")], "chat"),
]


@pytest.mark.parametrize(("actions", "screen"), PERFORM_CASES)
def test_perform_reaches_the_expected_screen(app, actions, screen):
    for action in actions:
        app.perform(action)
    assert app.current_screen() == screen
    assert app.done == []  # perform is not the learner: nothing is reported


def test_perform_applies_each_change(app):
    app.perform(Action(TYPE, "chat.text", "Oui"))
    assert app.keyboard_shown() and app.chat.field.text() == "Oui"
    app.perform(tap("emoji.heart"))
    assert app.emojis_shown() and app.chat.field.text() == "Oui" + EMOJIS["heart"].char
    app.perform(tap("chat.send"))
    assert app.conversation().last().status is Status.SENT  # at once, no waiting
    app.perform(tap("gallery.cat"))
    assert app.preview.photo.photo_id == "cat"
    app.perform(tap("preview.send"))
    assert app.conversation().last().photo == "cat"
    with pytest.raises(ValueError):
        app.perform(tap("no.such.target"))


@pytest.mark.parametrize("scene", sorted(SPEC.scenes))
def test_reset_to_each_scene_starts_on_the_list(app, scene):
    app.perform(Action(TYPE, "chat.text", "Oui"))
    app.perform(tap("chat.send"))
    app.perform(tap("chat.photo"))
    app.reset(scene)
    assert app.current_screen() == "list"
    assert not app.keyboard_shown() and not app.emojis_shown()
    assert app.chat.field.text() == ""
    assert texts(app)[-1] == _("Hi Mum! Are you coming on Sunday?")
    assert app.conversation("sophie").unread == (0 if scene == SCENE_ALL_READ else 1)
    assert app.reads_by_itself == (scene != SCENE_SOPHIE_BUSY)


def test_reset_stops_a_pending_read(qtbot, app):
    app.perform(Action(TYPE, "chat.text", "Oui"))
    app.perform(tap("chat.send"))
    app.reset(SCENE_UNREAD_FROM_SOPHIE)
    assert not app._read_timer.isActive()
    assert not app._deliver_timer.isActive()


def test_the_app_scales_with_its_size(app):
    app.resize(410, 320)
    assert app.look.scale == pytest.approx(0.5, abs=0.03)
    app.resize(1230, 960)
    assert app.look.scale == pytest.approx(1.5, abs=0.03)


@pytest.mark.parametrize("width", [820, 400])
def test_every_emoji_key_keeps_a_finger_s_width(qtbot, width):
    """On a narrow tablet (1024x768 at 200 %) the emojis go on two rows rather than shrink
    under a finger's width; on a wide one they stay on one row."""
    look = Look()
    look.set_scale(0.55)
    holder = QWidget()  # the chat screen, which gives the panel its width whatever it asks
    qtbot.addWidget(holder)
    holder.resize(900, 600)
    panel = EmojiPanel(look, holder)
    holder.show()
    for _attempt in range(2):  # once to choose its rows, once at the height they need
        panel.setGeometry(0, 0, width, panel.sizeHint().height())
        QCoreApplication.processEvents()
    keys = list(panel.buttons.values())
    assert all(key.width() >= 64 and key.height() >= 64 for key in keys), [k.size() for k in keys]
    rows = {key.geometry().top() for key in keys}
    assert len(rows) == (1 if width == 820 else 2)
    assert all(key.geometry().bottom() <= panel.height() for key in keys)


def row_colours(app: MessagingSandbox, person: str) -> set[str]:
    row = app.list_screen.rows[person]
    image = row.grab().toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width() // 2)
        for y in range(image.height() // 2, image.height())
    }


def test_the_list_shows_the_ticks_of_my_last_message_as_whatsapp_does(qtbot, app):
    app.reset(SCENE_SOPHIE_BUSY)
    blue = READ_TICKS
    assert blue in row_colours(app, "lea")  # Léa has read my last message: blue ticks
    assert blue not in row_colours(app, "sophie")  # Sophie wrote last: no ticks
    click(qtbot, app, "list.sophie")
    app.perform(Action(TYPE, "chat.text", "Oui"))
    app.perform(tap("chat.send"))
    click(qtbot, app, "chat.back")
    assert blue not in row_colours(app, "sophie")  # sent, not read: grey
    app.cue("message_read")
    assert blue in row_colours(app, "sophie")

"""The practice "scams" app, driven with real clicks like a learner's finger."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget

from tests.sandboxes.helpers import click, open_sandbox, tap, visible
from tutor.core.actions import Action, ActionKind
from tutor.i18n import _
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.scams import widget as scams_widget
from tutor.sandboxes.scams.content import ACTIONS, SITUATIONS, password_strength
from tutor.sandboxes.scams.parts import label as scam_label
from tutor.sandboxes.scams.spec import CUES, SCENES, SPEC
from tutor.sandboxes.scams.widget import ScamsSandbox


@pytest.fixture
def app(qtbot):
    return open_sandbox(qtbot, ScamsSandbox(SPEC))


# Where each target can be seen: a scene, then the actions that bring it on screen.
def _routes() -> dict[str, tuple[str, list[Action]]]:
    routes: dict[str, tuple[str, list[Action]]] = {
        "verdict.safe": ("parcel_sms", []),
        "verdict.scam": ("parcel_sms", []),
        "call.answer": ("bank_call", []),
        "call.decline": ("bank_call", []),
        "action.hang_up": ("bank_call", [tap("call.answer")]),
        "password.field": ("password", []),
        "password.clear": ("password", []),
        "password.save": ("password", []),
        "keyboard.hide": ("password", [tap("password.field")]),
    }
    for scene, situation in SITUATIONS.items():
        before = [tap("call.answer")] if scene == "bank_call" else []
        for clue in situation.clue_ids():
            routes.setdefault(clue, (scene, before))
        for action in situation.actions:
            routes.setdefault(action, (scene, [*before, tap("verdict.scam")]))
        for part in situation.parts:
            if part.clue in ACTIONS:
                routes.setdefault(part.clue, (scene, []))
    return routes


ROUTES = _routes()


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
    assert len(shown) == 1, (target_id, scene)
    widget = shown[0]
    assert widget.accessibleName() == _(SPEC.targets[target_id].name)
    # Every lesson target, the keyboard's "hide" key included (letters are not targets).
    assert widget.width() >= 64 and widget.height() >= 64, (target_id, widget.size())
    top_left = widget.mapTo(app, widget.rect().topLeft())
    assert app.rect().contains(top_left) and app.rect().contains(
        top_left + widget.rect().bottomRight()
    ), f"{target_id} is cut off in {scene}"


@pytest.mark.parametrize("scene", SCENES)
def test_reset_shows_each_scene_fresh(app, scene):
    app.perform(tap("verdict.scam"))
    app.reset(scene)
    assert app.current_screen() == scene
    assert app.stack.currentWidget() is app.scene_screen()
    assert app.state.verdict is None and app.state.found == [] and app.state.done == []
    if scene != "password":
        visible(app, "verdict.safe")
        visible(app, "verdict.scam")
        assert app.target_widget("action.delete") is None  # choices come after the verdict


def test_default_scene_is_the_parcel_text(app):
    app.reset()
    assert app.current_screen() == "parcel_sms"
    assert "colis-suivi-fr.info" in visible(app, "clue.link").text()
    with pytest.raises(ValueError):
        app.reset("nowhere")


@pytest.mark.parametrize("cue", CUES)
def test_every_cue_shows_its_situation(app, cue):
    app.perform(tap("verdict.scam"))
    app.cue(cue)
    assert app.current_screen() == cue.removeprefix("show_")
    assert app.state.verdict is None


def test_unknown_cue_is_refused(app):
    with pytest.raises(ValueError):
        app.cue("show_nowhere")


def test_verdict_then_clues_circled_with_their_explanation(qtbot, app):
    click(qtbot, app, "verdict.scam")
    assert app.state.verdict == "scam"
    assert app.target_widget("verdict.scam") is None  # answered: the choices show instead
    visible(app, "action.report_33700")
    assert app.note() == _(SITUATIONS["parcel_sms"].verdict_note)
    link = visible(app, "clue.link")
    assert not link.found
    click(qtbot, app, "clue.link")
    assert link.found and app.state.found == ["clue.link"]
    assert app.note() == _(SITUATIONS["parcel_sms"].explanation("clue.link"))
    assert app.scene_screen().coach.note.text() == app.note()
    assert app.done == [tap("verdict.scam"), tap("clue.link")]


def test_safe_verdict_on_a_scam_asks_to_look_again(qtbot, app):
    click(qtbot, app, "verdict.safe")
    assert app.note() == _(scams_widget.LOOK_AGAIN)


def test_genuine_text_is_safe(qtbot, app):
    app.reset("real_sms")
    click(qtbot, app, "verdict.safe")
    assert app.note() == _(SITUATIONS["real_sms"].verdict_note)
    assert app.scene_screen().coach.title.text() == _("Your answer: safe")


def test_actions_get_a_check_and_a_calm_result(qtbot, app):
    app.perform(tap("verdict.scam"))
    click(qtbot, app, "action.report_33700")
    button = visible(app, "action.report_33700")
    assert button.done
    assert app.note() == _(ACTIONS["action.report_33700"].result)
    click(qtbot, app, "action.block")
    assert app.scene_screen().view.sender_area.detail_label.text() == _("Blocked")
    click(qtbot, app, "action.delete")
    assert not app.scene_screen().view.bubble.isVisibleTo(app)
    assert app.target_widget("clue.link") is None


def test_a_refusing_gate_changes_nothing(qtbot, app):
    app.gate = lambda action: False
    click(qtbot, app, "verdict.scam")
    click(qtbot, app, "clue.link")
    assert app.state.verdict is None and app.state.found == []
    app.perform(tap("verdict.scam"))
    click(qtbot, app, "action.click_link")
    click(qtbot, app, "action.delete")
    assert app.state.done == [] and app.note() == _(SITUATIONS["parcel_sms"].verdict_note)
    visible(app, "clue.link")
    assert app.done == []  # perform() is not a learner action


def test_the_caller_speaks_after_answering(qtbot, app):
    app.reset("bank_call")
    assert app.target_widget("clue.code_request") is None
    click(qtbot, app, "call.answer")
    assert app.state.answered and app.target_widget("action.hang_up") is not None
    qtbot.waitUntil(lambda: bool(app.spoken), timeout=scams_widget.CALLER_DELAY_MS + 2000)
    words = app.spoken[0]
    assert _(SITUATIONS["bank_call"].parts[2].text) in words
    visible(app, "clue.code_request")
    click(qtbot, app, "verdict.scam")
    click(qtbot, app, "action.give_code")
    assert app.note() == _(ACTIONS["action.give_code"].result)
    click(qtbot, app, "action.hang_up")
    assert app.state.call_over and app.target_widget("action.hang_up") is None
    assert app.scene_screen().view.status.text() == _("Call ended.")


def test_replaying_the_call_shows_the_words_at_once_and_silently(qtbot, app):
    app.reset("bank_call")
    app.perform(tap("call.answer"))
    visible(app, "clue.code_request")
    qtbot.wait(scams_widget.CALLER_DELAY_MS + 300)
    assert app.spoken == []


def test_declining_the_call(qtbot, app):
    app.reset("bank_call")
    click(qtbot, app, "call.decline")
    assert app.state.call_over and app.target_widget("call.answer") is None
    assert app.note() == _(scams_widget.CALL_DECLINED)


def test_closing_a_page_hides_it(qtbot, app):
    app.reset("illegal_download")
    click(qtbot, app, "verdict.scam")
    click(qtbot, app, "action.close_page")
    assert app.target_widget("action.download") is None
    assert app.target_widget("clue.file") is None
    visible(app, "action.library")


def test_shocking_page_is_never_shown_only_a_placeholder(app):
    app.reset("illicit_content")
    hidden = visible(app, "clue.hidden")
    assert hidden.kind == "hidden"
    assert hidden.height() >= 200


def test_password_is_typed_on_the_keyboard_and_the_meter_fills(qtbot, app):
    app.reset("password")
    assert not app.keyboard.isVisibleTo(app)
    click(qtbot, app, "password.field")
    assert app.keyboard.isVisibleTo(app)
    view = app.scene_screen().view
    for char in "chat":
        qtbot.mouseClick(app.keyboard.key(char), Qt.MouseButton.LeftButton)
    assert view.field.text == "chat" and view.meter.level == 1
    assert view.meter.word() == _("Weak")
    click(qtbot, app, "password.clear")
    assert app.state.password == ""

    def type_words(text: str) -> None:
        for char in text:
            key = app.keyboard.key("space" if char == " " else char)
            qtbot.mouseClick(key, Qt.MouseButton.LeftButton)

    type_words("chat bleu jardin")  # three small words: not strong (CNIL 2022)
    assert view.meter.level == 1 and view.meter.word() == _("Weak")
    click(qtbot, app, "password.clear")
    type_words("mon chat bleu dort sur le lit")  # a passphrase of 7 words
    assert app.state.password == "mon chat bleu dort sur le lit" and view.meter.level == 3
    assert view.meter.word() == _("Strong")
    click(qtbot, app, "password.save")
    assert app.state.saved and not app.keyboard.isVisibleTo(app)
    assert app.note() == _(scams_widget.PASSWORD_SAVED)


def test_keyboard_hide_key(qtbot, app):
    app.reset("password")
    click(qtbot, app, "password.field")
    click(qtbot, app, "keyboard.hide")
    assert not app.keyboard.isVisibleTo(app)


def test_password_meter_follows_the_one_rule_the_lessons_teach():
    assert password_strength("") == 0
    assert password_strength("chat") == 1
    assert password_strength("chat bleu jardin") == 1  # three small words are weak
    assert password_strength("Soleil24") == 2  # on its way: 8 signs of 3 kinds, not strong
    assert password_strength("mon chat bleu dort") == 2  # a passphrase on its way
    assert password_strength("Ch4t-Bleu-J4rdin!") == 3  # 12 signs of 4 kinds
    assert password_strength("mon chat bleu dort sur le lit") == 3  # 7 words
    assert password_strength("my blue cat naps on the bed") == 3


def test_texts_and_calls_arrive_on_a_phone_and_the_rest_on_the_tablet(app):
    app.resize(820, 640)
    for scene, situation in SITUATIONS.items():
        app.reset(scene)
        app.come_to_rest()
        view = app.scene_screen().view
        on_phone = situation.kind in ("sms", "call")
        assert app.phone.isVisibleTo(app) is on_phone, scene
        assert app.body.isVisibleTo(app) is not on_phone, scene
        assert view.isVisibleTo(app), scene
        assert app.phone.isAncestorOf(view) is on_phone, scene
        if on_phone:
            phone, side = app.phone.geometry(), app.side.geometry()
            assert phone.height() > phone.width()  # upright, as a phone is held
            assert not phone.intersects(side) and side.left() > phone.right()
            assert app.side.isAncestorOf(app.scene_screen().coach)
            assert app.rect().contains(phone) and app.rect().contains(side)


@pytest.mark.parametrize("target_id", sorted(SPEC.targets))
def test_perform_reaches_every_target_from_its_scene(app, target_id):
    scene, actions = ROUTES[target_id]
    app.reset(scene)
    for action in actions:
        app.perform(action)
    if target_id == "password.field":
        app.perform(Action(ActionKind.TYPE, target_id, "abc"))
        assert app.state.password == "abc" and app.state.writing
        return
    app.perform(tap(target_id))
    state = app.state
    if target_id.startswith("clue."):
        assert target_id in state.found and app.note()
    elif target_id in ACTIONS:
        assert target_id in state.done
    elif target_id.startswith("verdict."):
        assert state.verdict == target_id.removeprefix("verdict.")
    elif target_id == "call.answer":
        assert state.answered and state.speaking
    elif target_id == "call.decline":
        assert state.call_over
    elif target_id == "password.clear":
        assert state.password == ""
    elif target_id == "password.save":
        assert state.saved
    elif target_id == "keyboard.hide":
        assert not state.writing
    assert app.current_screen() == scene


def test_the_password_form_keeps_a_finger_s_size_above_the_keyboard_at_200_percent(app, qtbot):
    """At 200 % the tablet is drawn smaller and its words bigger: with the keyboard up the
    heading slides out of sight and the tips that do not fit are put away, never squeezed."""
    app.resize(692, 516)  # the practice app's place beside a 200 % lesson
    app.look.set_reader_factor(1.3)
    app.reset("password")
    app.perform(tap("password.field"))
    qtbot.wait(20)
    screen = app.scenes["password"]
    view, coach = screen.view, screen.coach
    assert isinstance(view, scams_widget.PasswordView)
    assert app.keyboard.isVisible() and not view.heading.isVisible()
    for name in ("password.field", "password.clear", "password.save", "keyboard.hide"):
        widget = visible(app, name)
        assert min(widget.width(), widget.height()) >= 64, (name, widget.size())
    shown = [tip for tip in coach.tips if tip.isVisible()]
    assert shown and len(shown) < len(coach.tips)
    for upper, lower in itertools.pairwise(shown):
        assert upper.geometry().bottom() < lower.geometry().top()  # not drawn over each other
    assert all(tip.geometry().bottom() <= coach.height() for tip in shown)
    app.perform(tap("keyboard.hide"))
    qtbot.wait(20)
    assert view.heading.isVisible() and all(tip.isVisible() for tip in coach.tips)


def test_an_e_mail_address_breaks_around_its_at_sign_rather_than_running_off_the_screen(qtbot):
    """At 200 % on a small screen the scam e-mail's sender address is wider than its column:
    it breaks around "@" and after "." (as a phone's mail app does), every line inside."""
    address = "remboursement@assurance-sante-fr.co"
    shown = scam_label(Look(), address, 21)
    qtbot.addWidget(shown)
    assert shown.text() == address  # the words as written, for the lesson and the audit
    metrics = shown.fontMetrics()
    narrow = metrics.horizontalAdvance("remboursement") + 4
    assert metrics.horizontalAdvance("remboursement@") > narrow
    lines = metrics.boundingRect(
        QRect(0, 0, narrow, 10_000), Qt.TextFlag.TextWordWrap, QLabel.text(shown)
    )
    assert lines.width() <= narrow

"""A learner's voice settings: chosen by tapping, stored in the database, applied at once."""

from __future__ import annotations

from tests.ui.driver import click
from tests.ui.test_play_lessons import sign_in_new


def test_voice_settings_are_stored_per_learner_and_applied(qtbot, app_parts):
    window, _controller, services = app_parts
    sign_in_new(qtbot, window, "Odette")
    click(qtbot, window.catalogue.settings_button)
    assert window.current_screen() is window.settings
    screen = window.settings
    click(qtbot, screen.findChild(object, "settings.speed.slow"))
    click(qtbot, screen.findChild(object, "settings.volume.down"))
    click(qtbot, screen.findChild(object, "settings.voice.off"))
    learner = services.store.learners.all()[0]
    assert (learner.voice_on, learner.voice_rate, learner.volume) == (False, "slow", 60)
    assert services.narrator.settings == ("fr", False, "slow", 60)
    click(qtbot, screen.findChild(object, "settings.try"))
    assert services.narrator.spoken[-1]
    click(qtbot, screen.back_button)
    assert window.current_screen() is window.catalogue
    # Signing in again applies that learner's own settings.
    click(qtbot, window.catalogue.sign_out_button)
    services.narrator.settings = None
    click(qtbot, window.sign_in.findChild(object, f"signin.learner.{learner.id}"))
    assert services.narrator.settings == ("fr", False, "slow", 60)


def test_the_choice_of_movement_is_kept_per_learner_and_stills_the_practice_apps(qtbot, app_parts):
    from tutor.sandboxes.kit import motion

    window, _controller, services = app_parts
    sign_in_new(qtbot, window, "Odette")
    click(qtbot, window.catalogue.settings_button)
    screen = window.settings
    assert screen.findChild(object, "settings.motion.full").isChecked()
    click(qtbot, screen.findChild(object, "settings.motion.reduced"))
    assert services.store.learners.all()[0].motion == "reduced"
    assert motion.reduced()
    click(qtbot, screen.back_button)
    click(qtbot, window.catalogue.sign_out_button)
    assert not motion.reduced()  # the next person starts with the usual movement
    learner = services.store.learners.all()[0]
    click(qtbot, window.sign_in.findChild(object, f"signin.learner.{learner.id}"))
    assert motion.reduced()
    click(qtbot, window.catalogue.settings_button)
    assert screen.findChild(object, "settings.motion.reduced").isChecked()
    click(qtbot, screen.findChild(object, "settings.motion.full"))
    assert not motion.reduced() and services.store.learners.all()[0].motion == "full"

"""Learners (add, edit, archive, erase) and workshops (attendance, lessons for the day)."""

from __future__ import annotations

import datetime as dt

from tests.ui.driver import click
from tests.ui.facilitator.helpers import enter_space, open_tile, tick


def test_add_edit_archive_a_learner(qtbot, app_parts):
    window, _controller, services = app_parts
    screens = window.facilitator
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "learners")
    assert window.current_screen() is screens.learners
    click(qtbot, screens.learners.add_button)
    edit = screens.learner
    assert window.current_screen() is edit
    click(qtbot, edit.save_button)  # no name yet: told kindly, nothing saved
    assert edit.banner.isVisible() and services.store.learners.all() == []
    edit.name_edit.setText("Odette")
    click(qtbot, edit.findChild(object, "fac_learner.avatar.3"))
    click(qtbot, edit.findChild(object, "fac_learner.colour.2"))
    click(qtbot, edit.findChild(object, "fac_learner.size.150"))
    click(qtbot, edit.findChild(object, "fac_learner.speed.slow"))
    assert edit.findChild(object, "fac_learner.motion.full").isChecked()
    click(qtbot, edit.findChild(object, "fac_learner.motion.reduced"))
    click(qtbot, edit.save_button)
    assert window.current_screen() is screens.learners
    [odette] = services.store.learners.all()
    assert (odette.first_name, odette.text_size, odette.voice_rate) == ("Odette", 150, "slow")
    assert odette.motion == "reduced"
    assert odette.avatar == "mdi6.white-balance-sunny" and odette.colour == "#8e244d"

    click(qtbot, screens.learners.findChild(object, f"fac_learners.learner.{odette.id}"))
    assert edit.name_edit.text() == "Odette"
    assert edit.findChild(object, "fac_learner.size.150").isChecked()
    edit.name_edit.setText("Odette B.")
    click(qtbot, edit.findChild(object, "fac_learner.voice.off"))
    click(qtbot, edit.findChild(object, "fac_learner.volume.down"))
    click(qtbot, edit.save_button)
    odette = services.store.learners.get(odette.id)
    assert (odette.first_name, odette.voice_on, odette.volume) == ("Odette B.", False, 60)

    click(qtbot, screens.learners.findChild(object, f"fac_learners.learner.{odette.id}"))
    click(qtbot, edit.archive_button)
    assert services.store.learners.get(odette.id).archived
    assert screens.learners.findChild(object, f"fac_learners.learner.{odette.id}") is None
    click(qtbot, screens.learners.show_archived)  # archived people can be found again
    card = screens.learners.findChild(object, f"fac_learners.learner.{odette.id}")
    assert card is not None
    click(qtbot, screens.learners.back_button)
    click(qtbot, screens.home.back_button)  # lock
    assert window.sign_in.findChild(object, f"signin.learner.{odette.id}") is None


def test_erasing_asks_twice_naming_the_person(qtbot, app_parts):
    window, _controller, services = app_parts
    screens = window.facilitator
    marcel = services.store.learners.add("Marcel", "mdi6.bicycle", "#0b4a85")
    services.store.notes.add(marcel.id, "Vient le mardi")
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "learners")
    click(qtbot, screens.learners.findChild(object, f"fac_learners.learner.{marcel.id}"))
    click(qtbot, screens.learner.erase_button)
    confirm = screens.confirm
    assert window.current_screen() is confirm
    assert "Marcel" in confirm.title.text() and "Marcel" in confirm.yes_button.text()
    assert "Marcel" in confirm.no_button.text()
    click(qtbot, confirm.no_button)  # keep him
    assert window.current_screen() is screens.learner
    assert services.store.learners.get(marcel.id).first_name == "Marcel"
    click(qtbot, screens.learner.erase_button)
    click(qtbot, confirm.yes_button)
    assert window.current_screen() is screens.learners
    assert services.store.learners.all(include_archived=True) == []
    assert services.store.notes.all(marcel.id) == []
    assert "Marcel" in screens.learners.banner.text()


def test_a_workshop_with_attendance_and_lessons_gives_today_to_who_came(qtbot, app_parts):
    window, controller, services = app_parts
    screens = window.facilitator
    store = services.store
    jeanne = store.learners.add("Jeanne", "mdi6.flower", "#8e244d")
    paul = store.learners.add("Paul", "mdi6.dog", "#1b5e20")
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "workshops")
    click(qtbot, screens.workshops.add_button)
    edit = screens.workshop
    assert edit.day() == dt.date.today().isoformat()
    edit.place_edit.setText("Médiathèque")
    edit.facilitator_edit.setText("Claire")
    face = edit.findChild(object, f"fac_workshop.face.{jeanne.id}")
    click(qtbot, face)
    assert face.isChecked()
    click(qtbot, face)  # a slip, touched again: untouched
    assert not face.isChecked()
    click(qtbot, face)
    chosen = ["tablet-keyboard", "tablet-open-app"]
    for lesson_id in chosen:
        tick(qtbot, edit.findChild(object, f"fac_workshop.lesson.{lesson_id}"))
    click(qtbot, edit.save_button)
    assert window.current_screen() is screens.workshops
    [workshop] = store.workshops.all()
    assert (workshop.place, workshop.facilitator) == ("Médiathèque", "Claire")
    assert store.workshops.attendance(workshop.id) == [jeanne.id]
    assert sorted(store.workshops.assigned(workshop.id)) == chosen
    # Opened again, the workshop shows what was saved.
    click(qtbot, screens.workshops.findChild(object, f"fac_workshops.workshop.{workshop.id}"))
    assert edit.face_toggles[jeanne.id].isChecked() and not edit.face_toggles[paul.id].isChecked()
    assert edit.lesson_boxes["tablet-keyboard"].isChecked()
    click(qtbot, edit.back_button)
    click(qtbot, screens.workshops.back_button)
    click(qtbot, screens.home.back_button)

    # Jeanne came: her catalogue starts with today's lessons.
    click(qtbot, window.sign_in.findChild(object, f"signin.learner.{jeanne.id}"))
    catalogue = window.catalogue
    assert catalogue.today_box.isVisible()
    for lesson_id in chosen:
        assert catalogue.findChild(object, f"catalogue.today.{lesson_id}") is not None
    click(qtbot, catalogue.findChild(object, "catalogue.today.tablet-keyboard"))
    assert window.current_screen() is window.player
    assert controller.lesson.run.lesson.id == "tablet-keyboard"
    click(qtbot, window.player.quit_button)
    assert window.current_screen() is window.lessons  # "Back" leads to the lesson's module

    # Paul did not come: no "Today" for him.
    controller.show_sign_in()
    click(qtbot, window.sign_in.findChild(object, f"signin.learner.{paul.id}"))
    assert not catalogue.today_box.isVisible()


def test_erasing_cleans_the_programs_copies_and_offers_to_delete_damaged_ones(qtbot, app_parts):
    from pathlib import Path

    from tutor.storage.copies import SET_ASIDE_PREFIX

    window, _controller, services = app_parts
    screens = window.facilitator
    marcel = services.store.learners.add("Marcel", "mdi6.bicycle", "#0b4a85")
    folder = Path(services.store.path).parent
    damaged = folder / f"{SET_ASIDE_PREFIX}20250101-120000.db"
    damaged.write_bytes(b"not a database " * 50 + marcel.id.encode() + b" Marcel")
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "learners")
    click(qtbot, screens.learners.findChild(object, f"fac_learners.learner.{marcel.id}"))
    click(qtbot, screens.learner.erase_button)
    confirm = screens.confirm
    asked = f"{confirm.text.text()} {confirm.details.text()}"
    assert "clé USB" in asked and "sauvegardes" in asked  # what stays out of reach
    click(qtbot, confirm.yes_button)
    # The damaged copy cannot be cleaned: it is named, and deleting it is offered.
    assert window.current_screen() is confirm
    assert damaged.name in confirm.text.text()
    click(qtbot, confirm.yes_button)
    assert not damaged.exists()
    assert window.current_screen() is screens.learners
    assert "Marcel" in screens.learners.banner.text()
    assert services.store.learners.all(include_archived=True) == []

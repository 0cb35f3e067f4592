"""On a read-only progress folder, every change a facilitator makes that cannot be saved is
said plainly on the screen (what was not saved, and why), is never shown as saved, and
leaves the database as it was. The folder is a real tmpfs remounted read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import LESSONS
from tests.storage.faults import make_read_only, make_writable, small_disk
from tests.ui.driver import click
from tests.ui.facilitator.helpers import PIN, enter_space, open_tile, type_pin
from tutor.storage.database import DATABASE_NAME
from tutor.storage.store import open_store
from tutor.typography import keep_together

READ_ONLY = "le dossier des progrès est en lecture seule"


def _populate(folder: Path) -> dict[str, str]:
    store = open_store(folder)
    gisele = store.learners.add("Gisèle", "mdi6.cat", "#0b4a85")
    marcel = store.learners.add("Marcel", "mdi6.bicycle", "#1b5e20")
    note = store.notes.add(gisele.id, "Vient le mardi")
    other = store.learners.add("Gisele", "mdi6.flower", "#8e244d")  # from another tablet
    store.opened.db.execute(
        "UPDATE learners SET origin_device = 'tablet-2' WHERE id = ?", [other.id]
    )
    store.opened.db.conn.commit()
    workshop = store.workshops.add("2026-03-02", "Médiathèque", "Claire")
    store.workshops.set_attendance(workshop.id, [gisele.id])
    store.pin.set(PIN)
    store.close()
    return {
        "gisele": gisele.id,
        "other": other.id,
        "marcel": marcel.id,
        "note": note.id,
        "workshop": workshop.id,
    }


def _contents(folder: Path) -> dict[str, list[tuple]]:
    """Every row of every table, read without writing anything."""
    uri = f"file:{folder / DATABASE_NAME}?mode=ro&immutable=1"
    with sqlite3.connect(uri, uri=True) as conn:
        tables = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {t: sorted(map(tuple, conn.execute(f"SELECT * FROM [{t}]"))) for t in tables}


@pytest.fixture
def read_only_space(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """The real window on a read-only folder, in the facilitator space."""
    from tutor.app import build_services, build_window, create_qt_application

    with small_disk(tmp_path, 4096) as disk:
        ids = _populate(disk)
        before = _contents(disk)
        make_read_only(disk)
        try:
            create_qt_application([])
            services = build_services(disk, [LESSONS])
            assert services.store.read_only
            window, controller = build_window(services)
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            enter_space(qtbot, window, services)
            yield window, controller, services, ids
            controller.facilitator.idle.stop()
            services.store.close()
            assert _contents(disk) == before  # nothing changed in the database
        finally:
            make_writable(disk)


def _said(banner, what: str) -> None:  # type: ignore[no-untyped-def]
    text = banner.text()
    assert banner.isVisible(), what
    assert keep_together(what) in text and keep_together(READ_ONLY) in text, text
    assert "Traceback" not in text and "sqlite" not in text.lower()
    assert " est enregistré" not in text and " sont enregistrés" not in text  # never "saved"


def test_learner_changes_are_refused_plainly(qtbot, read_only_space):
    window, _controller, services, ids = read_only_space
    screens = window.facilitator
    open_tile(qtbot, window, "learners")
    # A new person.
    click(qtbot, screens.learners.add_button)
    screens.learner.name_edit.setText("Odette")
    click(qtbot, screens.learner.save_button)
    assert window.current_screen() is screens.learner  # the form keeps what was typed
    assert screens.learner.name_edit.text() == "Odette"
    _said(screens.learner.banner, "La fiche de Odette n’a pas été enregistrée")
    click(qtbot, screens.learner.back_button)
    assert sorted(x.first_name for x in services.store.learners.all()) == [
        "Gisele",
        "Gisèle",
        "Marcel",
    ]
    # A new name for someone.
    card = screens.learners.findChild(object, f"fac_learners.learner.{ids['gisele']}")
    click(qtbot, card)
    screens.learner.name_edit.setText("Gigi")
    click(qtbot, screens.learner.save_button)
    _said(screens.learner.banner, "La fiche de Gigi n’a pas été enregistrée")
    assert services.store.learners.get(ids["gisele"]).first_name == "Gisèle"
    # Archived.
    click(qtbot, screens.learner.archive_button)
    _said(screens.learner.banner, "L’archivage de la fiche de Gisèle n’a pas été")
    assert not services.store.learners.get(ids["gisele"]).archived
    # Erased (already refused plainly before: still so).
    click(qtbot, screens.learner.erase_button)
    click(qtbot, screens.confirm.yes_button)
    assert window.current_screen() is screens.learners
    assert "Gisèle" in screens.learners.banner.text()
    assert "Traceback" not in screens.learners.banner.text()
    assert services.store.learners.get(ids["gisele"]).first_name == "Gisèle"


def test_notes_are_refused_plainly_and_the_text_typed_is_kept(qtbot, read_only_space):
    window, controller, services, ids = read_only_space
    page = window.facilitator.learner_page
    controller.facilitator.pages["progress"].open_learner_page(ids["gisele"])
    assert page.note_texts() == ["Vient le mardi"]
    page.note_edit.setPlainText("A besoin de lunettes")
    click(qtbot, page.add_note_button)
    _said(page.banner, "La note n’a pas été enregistrée")
    assert page.note_texts() == ["Vient le mardi"]  # not listed as if it were kept
    assert page.note_edit.toPlainText() == "A besoin de lunettes"
    click(qtbot, page.findChild(object, f"fac_learner_page.delete.{ids['note']}"))
    _said(page.banner, "La note n’a pas été supprimée")
    assert page.note_texts() == ["Vient le mardi"]
    assert [n.text for n in services.store.notes.all(ids["gisele"])] == ["Vient le mardi"]


def test_workshop_changes_are_refused_plainly(qtbot, read_only_space):
    window, _controller, services, ids = read_only_space
    screens = window.facilitator
    open_tile(qtbot, window, "workshops")
    click(qtbot, screens.workshops.add_button)
    screens.workshop.place_edit.setText("Mairie")
    click(qtbot, screens.workshop.save_button)
    assert window.current_screen() is screens.workshop
    _said(screens.workshop.banner, "n’a pas été enregistré")
    assert screens.workshop.place_edit.text() == "Mairie"
    click(qtbot, screens.workshop.back_button)
    assert len(services.store.workshops.all()) == 1
    row = screens.workshops.findChild(object, f"fac_workshops.workshop.{ids['workshop']}")
    click(qtbot, row)
    screens.workshop.place_edit.setText("Salle des fêtes")
    click(qtbot, screens.workshop.save_button)
    _said(screens.workshop.banner, "L’atelier du")
    assert services.store.workshops.get(ids["workshop"]).place == "Médiathèque"
    click(qtbot, screens.workshop.delete_button)
    click(qtbot, screens.confirm.yes_button)
    assert window.current_screen() is screens.workshop
    _said(screens.workshop.banner, "n’a pas été supprimé")
    assert [w.id for w in services.store.workshops.all()] == [ids["workshop"]]


def test_the_pin_stand_settings_look_and_packs_are_refused_plainly(qtbot, read_only_space):
    from tutor.ui.display import Display

    window, controller, services, _ids = read_only_space
    screens = window.facilitator
    # A new PIN: checked, hashed, then not kept; the PIN stays the same.
    click(qtbot, screens.home.findChild(object, "facilitator.tile.change_pin"))
    type_pin(qtbot, window, PIN)
    type_pin(qtbot, window, "1357")
    type_pin(qtbot, window, "1357")
    assert window.current_screen() is screens.home
    _said(screens.home.banner, "Le nouveau code PIN n’a pas été enregistré")
    assert services.store.pin.check(PIN).ok and not services.store.pin.check("1357").ok
    # The stand's settings, and switching it on.
    open_tile(qtbot, window, "stand")
    stand = window.stand.settings
    stand.help_edit.setPlainText("Accueil, premier étage")
    click(qtbot, stand.save_button)
    _said(stand.banner, "Les réglages du stand n’ont pas été enregistrés")
    assert stand.help_edit.toPlainText() == "Accueil, premier étage"
    assert services.store.stand.settings().help_text == ""
    click(qtbot, stand.start_button)
    _said(stand.banner, "Le mode stand n’a pas été activé")
    assert not controller.stand.active and not services.store.stand.settings().enabled
    # The facilitator's look: used now, but said not kept.
    controller.display.choose(Display(150, "standard"))
    _said(stand.banner, "Cet affichage est utilisé maintenant")
    assert services.store.settings.get("facilitator_text_size") in (None, "100")
    # Packs: refused before any file is chosen.
    click(qtbot, stand.back_button)
    open_tile(qtbot, window, "packs")
    chosen: list[str] = []
    controller.stand_admin.choose_open_paths = lambda *args: chosen.append("asked") or []
    click(qtbot, window.stand.packs.import_button)
    _said(window.stand.packs.banner, "Aucun paquet ne peut être importé")
    assert chosen == []


def test_the_first_pin_on_a_read_only_folder_is_said_not_kept_and_later_lets_everyone_in(
    qtbot, tmp_path
):
    from PySide6.QtWidgets import QWidget

    from tutor.app import build_services, build_window, create_qt_application

    with small_disk(tmp_path, 4096) as disk:
        store = open_store(disk)  # learners, and no PIN yet
        store.learners.add("Gisèle", "mdi6.cat", "#0b4a85")
        store.close()
        before = _contents(disk)
        make_read_only(disk)
        try:
            create_qt_application([])
            services = build_services(disk, [LESSONS])
            window, controller = build_window(services, first_setup=True)
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            setup = window.setup
            click(qtbot, setup.findChild(QWidget, "setup.language.fr"))
            pin = setup.pin
            for _time in range(2):  # chosen, then typed again
                for digit in "1357":
                    click(qtbot, pin.findChild(QWidget, f"setup.pin.key.{digit}"))
                click(qtbot, pin.ok_button)
            qtbot.waitUntil(lambda: not pin.checking(), timeout=10_000)
            assert window.current_screen() is setup and not services.store.pin.is_set()
            _said(pin.message, "Le code PIN n’a pas été enregistré")
            assert setup.later_button.isVisible()  # nothing can be kept: everyone goes on
            click(qtbot, setup.later_button)
            assert window.current_screen() is window.sign_in
            controller.facilitator.idle.stop()
            services.store.close()
            assert _contents(disk) == before
        finally:
            make_writable(disk)


def test_joining_or_keeping_apart_two_records_is_refused_plainly(qtbot, read_only_space):
    window, _controller, services, ids = read_only_space
    open_tile(qtbot, window, "packs")
    packs = window.stand.packs
    # The older record comes first; both were made within the same clock tick, so either order.
    pair = next(
        f"{a}.{b}"
        for a, b in ((ids["gisele"], ids["other"]), (ids["other"], ids["gisele"]))
        if packs.findChild(object, f"fac_packs.apart.{a}.{b}") is not None
    )
    click(qtbot, packs.findChild(object, f"fac_packs.apart.{pair}"))
    _said(packs.banner, "« Deux personnes différentes » n’a pas été enregistré")
    click(qtbot, packs.findChild(object, f"fac_packs.link.{pair}"))
    click(qtbot, window.facilitator.confirm.yes_button)
    _said(packs.banner, "Les deux fiches n’ont pas été réunies")
    assert packs.findChild(object, f"fac_packs.link.{pair}") is not None  # still offered
    assert len(services.store.learners.all()) == 3


def test_switches_chosen_are_refused_plainly(qtbot, read_only_space):
    from PySide6.QtWidgets import QWidget

    from tutor.core.switches import SwitchAccess
    from tutor.ui import switch_access

    window, _controller, services, _ids = read_only_space
    open_tile(qtbot, window, "switches")
    click(qtbot, window.findChild(QWidget, "fac_switches.mode.two"))
    screen = window.current_screen()
    _said(screen.banner, "Le choix n’a pas été enregistré")
    assert window.findChild(QWidget, "fac_switches.mode.off").isChecked()  # what is kept
    assert switch_access.current() == SwitchAccess()  # nothing in force that is not kept
    assert services.store.settings.switch_access() == SwitchAccess()

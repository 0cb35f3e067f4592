"""The facilitator's side: stand settings, the figures and their exports, packs with a bar."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QWidget

from tests.storage.helpers import play
from tests.ui.driver import click
from tests.ui.facilitator.helpers import enter_space, open_tile, tick
from tests.ui.stand.helpers import KEYBOARD_LESSON, begin_visit, open_stand_lesson, start_stand
from tutor.storage.packs import export_pack
from tutor.storage.store import open_store


def test_settings_choose_the_stand_lessons_and_start_it(qtbot, app_parts):
    window, controller, services = app_parts
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "stand")
    screen = window.stand.settings
    assert window.current_screen() is screen
    tick(qtbot, screen.lesson_boxes["tablet-swipe-pages"])
    click(qtbot, screen.more)
    screen.help_edit.setPlainText("Mairie, mardi")
    click(qtbot, screen.save_button)
    saved = services.store.stand.settings()
    assert saved.lessons == ("tablet-swipe-pages",) and saved.idle_minutes == 4
    assert saved.help_text == "Mairie, mardi"
    click(qtbot, screen.start_button)
    assert controller.stand.active and window.current_screen() is window.stand.attract
    assert services.store.stand.settings().enabled  # also at the next start
    begin_visit(qtbot, window)
    assert window.stand.home.lesson_ids()[0] == "tablet-swipe-pages"


def test_figures_are_shown_and_exported(qtbot, app_parts, tmp_path):
    window, controller, services = app_parts
    start_stand(qtbot, controller, services)
    begin_visit(qtbot, window)
    open_stand_lesson(qtbot, window, KEYBOARD_LESSON)
    click(qtbot, window.player.quit_button)
    click(qtbot, window.stand.home.exit_button)
    from tests.ui.facilitator.helpers import PIN, type_pin

    type_pin(qtbot, window, PIN)
    open_tile(qtbot, window, "stand")
    assert window.stand.settings.stop_button.isVisible()
    click(qtbot, window.stand.settings.figures_button)
    figures = window.stand.figures
    assert window.current_screen() is figures
    assert "1" in figures.totals.text()
    assert figures.findChild(QWidget, f"fac_stand_figures.lesson.{KEYBOARD_LESSON}") is not None
    out = tmp_path / "stand.csv"
    controller.facilitator.documents.choose_save_path = lambda *_a: out
    click(qtbot, figures.csv_button)
    qtbot.waitUntil(lambda: figures.csv_button.isEnabled() and out.exists(), timeout=5000)
    with open(out, encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[1] == ["1", "1", "0"] and any(KEYBOARD_LESSON in row for row in rows)
    pdf = tmp_path / "stand.pdf"
    controller.facilitator.documents.choose_save_path = lambda *_a: pdf
    click(qtbot, figures.pdf_button)
    qtbot.waitUntil(lambda: figures.pdf_button.isEnabled() and pdf.exists(), timeout=5000)
    assert pdf.read_bytes().startswith(b"%PDF")
    click(qtbot, figures.back_button)
    click(qtbot, window.stand.settings.stop_button)
    assert not controller.stand.active and not services.store.stand.settings().enabled


def test_packs_export_import_with_a_bar_and_join_a_duplicate(qtbot, app_parts, tmp_path):
    window, controller, services = app_parts
    here = services.store.learners.add("Jeanne", "mdi6.cat", "#0b4a85")
    play(services.store, here.id, "tablet-open-app", 3)
    other = open_store(tmp_path / "other-tablet")
    jeanne = other.learners.add("Jeanne", "mdi6.dog", "#1b5e20")
    play(other, jeanne.id, "tablet-keyboard", 4)
    export_pack(other.opened.db, tmp_path / "other.pack")
    other.close()
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "packs")
    screen = window.stand.packs
    documents = controller.facilitator.documents
    mine = tmp_path / "mine.pack"
    documents.choose_save_path = lambda *_a: mine
    click(qtbot, screen.export_button)
    qtbot.waitUntil(lambda: screen.export_button.isEnabled() and mine.exists(), timeout=5000)
    controller.stand_admin.choose_open_paths = lambda *_a: [tmp_path / "other.pack", mine]
    click(qtbot, screen.import_button)
    qtbot.waitUntil(lambda: screen.import_button.isEnabled(), timeout=5000)
    qtbot.waitUntil(lambda: "1" in screen.banner.text(), timeout=5000)
    assert screen.progress.value() == screen.progress.maximum()
    assert len(services.store.learners.all()) == 2  # two Jeannes: offered, never merged
    name = f"fac_packs.link.{here.id}.{jeanne.id}"
    # The pair is listed once the import's result has come back to the screen.
    qtbot.waitUntil(lambda: _shown(screen.findChild(QWidget, name)), timeout=5000)
    link = screen.findChild(QWidget, name)
    click(qtbot, link)
    click(qtbot, window.facilitator.confirm.yes_button)
    assert [x.id for x in services.store.learners.all()] == [here.id]
    lessons = services.store.progress.for_learner(here.id)
    assert {"tablet-open-app", "tablet-keyboard"} <= set(lessons)


def test_the_visits_per_hour_are_drawn_in_the_look_s_colours(qtbot, qapp):
    # In strong contrast its numbers and hours were near-black on the black page.
    from tutor.ui.display import Display, apply_display
    from tutor.ui.stand.admin_screens import HourBars

    bars = HourBars()
    qtbot.addWidget(bars)
    bars.resize(900, 240)
    bars.set_values({9: 4, 10: 10, 14: 6})
    try:
        for display, ink, fill in (
            (Display(100, "high_contrast"), "#ffffff", "#ffeb3b"),
            (Display(), "#141414", "#0b4a85"),
        ):
            apply_display(display)
            image = bars.grab().toImage()
            colours = {
                image.pixelColor(x, y).name()
                for x in range(0, image.width(), 2)
                for y in range(0, image.height(), 2)
            }
            assert ink in colours and fill in colours, display
    finally:
        apply_display(Display())


def test_a_hostile_pack_among_good_ones_is_refused_and_the_others_imported(
    qtbot, app_parts, tmp_path
):
    """Choosing a damaged pack with a good one: the banner says which was refused and why,
    the good one is merged, nothing of the bad one is kept."""
    from tests.storage.crafted_packs import learner, new_id, write_pack

    window, controller, services = app_parts
    other = open_store(tmp_path / "other-tablet")
    odette = other.learners.add("Odette", "mdi6.dog", "#1b5e20")
    export_pack(other.opened.db, tmp_path / "good.pack")
    other.close()
    bad = write_pack(tmp_path / "bad.pack", {"learners": [learner(new_id(), "Paul", volume=500)]})
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "packs")
    screen = window.stand.packs
    controller.stand_admin.choose_open_paths = lambda *_a: [bad, tmp_path / "good.pack"]
    click(qtbot, screen.import_button)
    qtbot.waitUntil(lambda: "bad.pack" in screen.banner.text(), timeout=10000)
    qtbot.waitUntil(screen.import_button.isEnabled, timeout=5000)
    text = screen.banner.text()
    assert "volume" in text and "Traceback" not in text
    assert text.startswith("1 paquet importé")
    assert [x.id for x in services.store.learners.all()] == [odette.id]


def _shown(widget) -> bool:  # type: ignore[no-untyped-def]
    return widget is not None and widget.isVisible()

"""Progress table, a learner's page with notes, difficult steps with pictures, charts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.driver import click
from tests.ui.facilitator.helpers import click_header, enter_space, open_tile, pick
from tutor.storage.demo import make_demo_data


@pytest.fixture
def demo(app_parts):
    window, controller, services = app_parts
    make_demo_data(services.store, services.catalogue, learners=12, seed=4)
    return window, controller, services


def ranks(screen, column: int) -> list[int]:
    from tutor.ui.facilitator.progress import SORT_ROLE

    model = screen.model
    return [model.index(row, column).data(SORT_ROLE) for row in range(model.rowCount())]


def test_progress_table_sorts_by_a_column_and_filters_by_workshop(qtbot, demo):
    window, _controller, services = demo
    screen = window.facilitator.progress
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "progress")
    assert window.current_screen() is screen
    store = services.store
    assert screen.model.rowCount() == len(store.learners.all())
    names = screen.column_texts(0)
    assert names == sorted(names, key=str.casefold)
    # How many of the module's lessons are done, beside the status's picture; the status in
    # words for screen readers.
    lessons = sum(1 for lesson in services.catalogue.lessons.values() if lesson.module == "tablet")
    model = screen.model
    for row, text in enumerate(screen.column_texts(1)):
        done, _slash, total = text.partition("/")
        assert int(total) == lessons and 0 <= int(done) <= lessons, text
        spoken = model.index(row, 1).data(Qt.ItemDataRole.AccessibleTextRole)
        status = spoken.partition("\u00a0:")[0]
        assert status in {"Terminé", "En cours", "Pas commencé"}, spoken
        assert (status == "Terminé") == (int(done) == lessons), spoken
        faites = "faites" if int(done) > 1 else "faite"
        assert spoken.endswith(f"sur {total} {faites}"), spoken
    header = screen.table.horizontalHeader()
    column = next(c for c in range(1, screen.model.columnCount()) if len(set(ranks(screen, c))) > 1)
    click_header(qtbot, header, column)
    first = ranks(screen, column)
    assert first in (sorted(first), sorted(first, reverse=True))
    click_header(qtbot, header, column)
    second = ranks(screen, column)
    assert second == list(reversed(first)) or second == sorted(
        first, reverse=second[0] > second[-1]
    )
    assert second != first

    workshop = next(w for w in store.workshops.all() if store.workshops.attendance(w.id))
    present = set(store.workshops.attendance(workshop.id))
    active = {learner.id for learner in store.learners.all()}
    pick(qtbot, screen.workshop, workshop.id)
    assert screen.workshop.currentData() == workshop.id
    from tutor.ui.facilitator.progress import ID_ROLE

    shown = {screen.model.index(r, 0).data(ID_ROLE) for r in range(screen.model.rowCount())}
    assert shown == present & active
    pick(qtbot, screen.workshop, "")  # everyone again
    assert screen.model.rowCount() == len(active)


def test_learner_page_shows_lessons_and_keeps_notes(qtbot, demo):
    window, _controller, services = demo
    screens = window.facilitator
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "progress")
    table = screens.progress.table
    first = screens.progress.model.index(0, 0)
    rect = table.visualRect(first)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = screens.learner_page
    assert window.current_screen() is page
    name = first.data()
    assert page.title.text() == name
    lessons = page.table
    titles = [lessons.item(r, 0).text() for r in range(lessons.rowCount()) if lessons.item(r, 0)]
    for lesson in services.catalogue.lessons.values():
        assert lesson.text(lesson.title, "fr") in titles
    page.note_edit.setPlainText("Préfère les gros boutons.")
    click(qtbot, page.add_note_button)
    learner_id = next(
        learner.id for learner in services.store.learners.all()
        if learner.first_name == name
    )  # fmt: skip
    [note] = services.store.notes.all(learner_id)
    assert note.text == "Préfère les gros boutons." and page.note_texts() == [note.text]
    click(qtbot, page.findChild(object, f"fac_learner_page.delete.{note.id}"))
    assert services.store.notes.all(learner_id) == [] and page.note_texts() == []
    click(qtbot, page.back_button)
    assert window.current_screen() is screens.progress


def test_difficult_steps_show_a_picture_of_each_step(qtbot, demo):
    window, controller, services = demo
    screen = window.facilitator.difficult
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "difficult")
    assert window.current_screen() is screen
    assert screen.pictures, "no difficult step listed"
    qtbot.waitUntil(
        lambda: all(
            label.pixmap() is not None and not label.pixmap().isNull()
            for label in screen.pictures.values()
        ),
        timeout=60000,
    )
    key = next(iter(screen.pictures))
    assert controller.facilitator.thumbnails.cached(*key) is not None  # kept for next time
    image = screen.pictures[key].pixmap().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)
    }
    assert len(colours) > 10  # a real picture, not a blank
    ranked = controller.facilitator.store.reports.difficult_steps(20)
    assert screen.findChild(
        object, f"fac_difficult.step.{ranked[0].lesson_id}.{ranked[0].step_index}"
    )


def test_difficult_steps_show_the_help_given_and_the_steps_the_app_did(qtbot):
    from tutor.ui.facilitator.difficult import DifficultRow, DifficultStepsScreen

    screen = DifficultStepsScreen()
    qtbot.addWidget(screen)
    screen.set_steps(
        [
            DifficultRow(1, "tablet-open-app", 1, "Ouvrir", "Touchez Notes.", 3, 2, 2, 2, 0),
            DifficultRow(2, "tablet-open-app", 2, "Ouvrir", "Touchez OK.", 0, 1, 1, 3, 1),
            DifficultRow(3, "tablet-open-app", 3, "Ouvrir", "Touchez X.", 4, 0, 1),
        ]
    )
    texts = {
        index: [w.text() for w in screen.findChildren(QLabel) if w.parent().objectName() == name]
        for index, name in (
            (1, "fac_difficult.help.tablet-open-app.1"),
            (2, "fac_difficult.help.tablet-open-app.2"),
        )
    }
    # (French, the facilitator's language here.)
    assert "aide la plus forte\xa0: la cible entourée" in texts[1]
    assert "faite par l’application 1 fois («\xa0Montrez-moi\xa0»)" in texts[2]
    assert screen.findChild(QWidget, "fac_difficult.help.tablet-open-app.3") is None  # no help
    pictures = [
        w
        for w in screen.findChildren(QLabel)
        if w.parent().objectName().startswith("fac_difficult.help") and not w.text()
    ]
    assert len(pictures) == 2 and all(not p.pixmap().isNull() for p in pictures)


def test_charts_are_drawn(qtbot, demo):
    window, _controller, services = demo
    screen = window.facilitator.charts
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "charts")
    assert window.current_screen() is screen
    assert sum(count for _day, count in screen.days.days) > 0
    for chart, colour in ((screen.days, "#0b4a85"), (screen.modules, None)):
        image = chart.grab().toImage()
        pixels = {
            image.pixel(x, y)
            for x in range(0, image.width(), 4)
            for y in range(0, image.height(), 4)
        }
        assert len(pixels) > 3, f"{chart.objectName()} looks blank"
        if colour:
            assert QColor(colour).rgb() in pixels  # the bars are there


def test_shaded_lines_and_icons_follow_the_facilitators_colours(qtbot, demo):
    # In strong contrast the module lines were light beige under white text, and the status
    # icons dark on black; a change of look while on a page recolours them at once.
    from tutor.ui.display import Display
    from tutor.ui.theme import MIN_CONTRAST, contrast_ratio

    window, controller, services = demo
    screens = window.facilitator
    enter_space(qtbot, window, services)
    learner = services.store.learners.all()[0]
    controller.facilitator.pages["progress"].open_learner_page(learner.id)
    page = screens.learner_page
    try:
        for theme in ("standard", "high_contrast"):
            controller.display.choose(Display(100, theme))
            table = page.table
            rows = range(table.rowCount())
            bands = [table.item(r, 0) for r in rows if table.columnSpan(r, 0) > 1]
            assert bands
            for band in bands:
                ink, shade = band.foreground().color().name(), band.background().color().name()
                assert contrast_ratio(ink, shade) >= MIN_CONTRAST[theme], (theme, ink, shade)
            background = "#000000" if theme == "high_contrast" else "#ffffff"
            icons = [table.item(r, 1).icon() for r in rows if table.item(r, 1)]
            assert icons
            for icon in icons:
                image = icon.pixmap(48).toImage()
                drawn = {
                    image.pixelColor(x, y).name()
                    for x in range(48)
                    for y in range(48)
                    if image.pixelColor(x, y).alpha() == 255
                }
                assert drawn, theme
                assert all(contrast_ratio(colour, background) >= 3 for colour in drawn), (
                    theme,
                    drawn,
                )
    finally:
        controller.display.choose(Display())


def test_charts_are_drawn_in_the_facilitators_colours(qtbot, demo):
    # In strong contrast the charts' words were near-black on the black panel.
    from tutor.ui.display import Display

    window, controller, services = demo
    screen = window.facilitator.charts
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "charts")
    try:
        for display, ink, bar in (
            (Display(100, "high_contrast"), "#ffffff", "#ffeb3b"),
            (Display(), "#141414", "#0b4a85"),
        ):
            controller.display.choose(display)
            for chart in (screen.days, screen.modules):
                image = chart.grab().toImage()
                colours = {
                    image.pixelColor(x, y).name()
                    for x in range(0, image.width(), 2)
                    for y in range(0, image.height(), 2)
                }
                assert ink in colours, (display, chart.objectName())
            days = screen.days.grab().toImage()
            assert QColor(bar).rgb() in {
                days.pixel(x, y) for x in range(days.width()) for y in range(0, days.height(), 4)
            }, display
    finally:
        controller.display.choose(Display())

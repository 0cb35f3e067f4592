"""Non-text contrast (WCAG 1.4.11): the audit finds pictures, boxes, edges and tracks under
3:1 on small real screens, and the tutor's own screens reach it in both themes.

Each defect is planted in a shown window, and the same screen with the defect mended is
checked too, so a check that reports everything (or nothing) fails.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QWidget,
)

from tests.ui.test_audit_checks import Painted
from tutor.core.modules import MODULES
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.touch import TouchButton
from tutor.ui.audit.checks import Rules, check_screen
from tutor.ui.audit.non_text import CHECK, check_non_text
from tutor.ui.audit.pixels import ratio
from tutor.ui.display import Display, apply_display
from tutor.ui.theme import (
    HIGH_CONTRAST,
    LIGHT_INK_CONTRAST,
    MIN_NON_TEXT_CONTRAST,
    PALETTES,
    STANDARD,
    contrast_ratio,
    ink_on,
    non_text_pairs,
    picture_ink,
)
from tutor.ui.widgets import COLOURS, avatar_pixmap, picture


def _page(qtbot, colour: str) -> Painted:
    page = Painted(colour)
    page.resize(700, 400)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def _found(page: QWidget, practice: QWidget | None = None) -> list[str]:
    """The names of the widgets reported under 3:1 on ``page``."""
    image = page.grab().toImage()
    return [v.control for v in check_non_text("test", page, page, image, practice)]


def _placed(widget: QWidget, page: QWidget, x: int = 40, y: int = 40, w: int = 300, h: int = 80):
    widget.setParent(page)
    widget.setGeometry(x, y, w, h)
    widget.show()
    return widget


def _icon_label(page: QWidget, name: str, colour: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setPixmap(picture("mdi6.account-plus", colour, 96))
    label.setStyleSheet("background: transparent;")
    return _placed(label, page, w=120, h=120)


def test_a_dark_icon_on_black_is_reported_and_a_light_one_is_not(qtbot):
    page = _page(qtbot, "#000000")
    _icon_label(page, "dark", "#0b4a85")  # 2.5:1 on black
    light = _icon_label(page, "light", picture_ink("#0b4a85", "high_contrast"))
    light.move(300, 40)
    qtbot.wait(10)
    assert _found(page) == ["dark"]


def test_a_picture_half_cut_by_its_list_is_judged_on_what_shows_around_its_seen_part(qtbot):
    # A dark icon in a white list whose lower part runs past the list's edge, over a
    # near-black bezel: what lies behind the hidden part is not the icon's background.
    page = _page(qtbot, "#202225")
    listing = _placed(Painted("#ffffff"), page, y=40, w=300, h=100)
    icon_label = QLabel(listing)
    icon_label.setObjectName("half")
    icon_label.setPixmap(picture("mdi6.flag", "#0d3c78", 110))  # 10:1 on white
    icon_label.setStyleSheet("background: transparent;")
    icon_label.setGeometry(20, 40, 110, 110)  # 60 of its 110 px seen
    icon_label.show()
    qtbot.wait(10)
    assert _found(page) == []
    # The same icon seen whole on the bezel is reported (1.5:1).
    _icon_label(page, "on_bezel", "#0d3c78").move(400, 40)
    qtbot.wait(10)
    assert _found(page) == ["on_bezel"]


def test_the_report_names_the_widget_the_figures_and_the_check(qtbot):
    page = _page(qtbot, "#000000")
    _icon_label(page, "dark", "#0b4a85")
    found = check_non_text("sign-in [200 % high_contrast]", page, page, page.grab().toImage())
    assert len(found) == 1
    violation = found[0]
    assert violation.check == CHECK == "non-text-contrast"
    assert violation.screen == "sign-in [200 % high_contrast]"
    assert "#0b4a85 on #000000" in violation.detail
    assert "2.33:1" in violation.detail  # the measured ratio


def test_the_audit_of_a_screen_includes_the_non_text_check(qtbot):
    page = _page(qtbot, "#000000")
    _icon_label(page, "dark", "#0b4a85")
    found = check_screen("test", page, page, Rules(Display(100, "high_contrast")))
    assert [v.control for v in found if v.check == CHECK] == ["dark"]


def test_a_dark_avatar_disc_on_black_is_reported_and_its_strong_contrast_one_is_not(qtbot):
    page = _page(qtbot, "#000000")
    for index, theme in enumerate(("standard", "high_contrast")):
        label = QLabel()
        label.setObjectName(f"avatar.{theme}")
        label.setPixmap(avatar_pixmap("mdi6.flower", "#8e244d", 100, theme))
        _placed(label, page, x=40 + 200 * index, w=120, h=120)
    qtbot.wait(10)
    assert _found(page) == ["avatar.standard"]


def test_a_picture_on_its_disc_under_3_to_1_is_reported(qtbot):
    """A light disc with a white picture in it: the disc shows, the picture does not."""
    page = _page(qtbot, "#000000")
    label = QLabel()
    label.setObjectName("pale picture")
    pixmap = picture("mdi6.circle", "#ffd7e6", 100)
    painter = QPainter(pixmap)
    painter.drawPixmap(20, 20, picture("mdi6.flower", "#ffffff", 60))
    painter.end()
    label.setPixmap(pixmap)
    _placed(label, page, w=120, h=120)
    qtbot.wait(10)
    found = check_non_text("test", page, page, page.grab().toImage())
    assert [v.control for v in found] == ["pale picture"]
    assert "disc" in found[0].detail


def test_a_borderless_field_on_its_own_colour_is_reported_and_a_framed_one_is_not(qtbot):
    page = _page(qtbot, "#ffffff")
    bare = _placed(QLineEdit(), page)
    bare.setObjectName("bare")
    bare.setStyleSheet("background: #ffffff; border: none; color: #141414;")
    framed = _placed(QLineEdit(), page, y=200)
    framed.setObjectName("framed")
    framed.setStyleSheet("background: #ffffff; border: 3px solid #5a5a5a; color: #141414;")
    qtbot.wait(10)
    assert _found(page) == ["bare"]


def test_a_filled_button_needs_no_border_but_a_button_lost_on_its_page_is_reported(qtbot):
    page = _page(qtbot, "#f4f1ea")
    filled = _placed(QPushButton("Go"), page)
    filled.setObjectName("filled")
    filled.setStyleSheet("background: #0b4a85; color: #ffffff; border: none;")
    lost = _placed(QPushButton("Lost"), page, y=200)
    lost.setObjectName("lost")
    lost.setStyleSheet("background: #ffffff; color: #141414; border: 2px solid #e0dcd2;")
    qtbot.wait(10)
    assert _found(page) == ["lost"]


def test_a_progress_bar_without_a_track_is_reported_and_one_with_a_track_is_not(qtbot):
    page = _page(qtbot, "#000000")
    for index, (name, sheet) in enumerate(
        (
            ("no track", "QProgressBar { background: #000000; border: none; }"),
            ("track", "QProgressBar { background: #000000; border: 2px solid #ffffff; }"),
        )
    ):
        bar = QProgressBar()
        bar.setObjectName(name)
        bar.setTextVisible(False)
        bar.setRange(0, 100)
        bar.setValue(40)
        bar.setStyleSheet(sheet + "QProgressBar::chunk { background: #ffeb3b; }")
        _placed(bar, page, y=40 + 120 * index, w=400, h=28)
    qtbot.wait(10)
    assert _found(page) == ["no track"]


def test_a_progress_bar_whose_done_part_matches_its_track_is_reported(qtbot):
    page = _page(qtbot, "#ffffff")
    bar = QProgressBar()
    bar.setObjectName("pale chunk")
    bar.setTextVisible(False)
    bar.setValue(50)
    bar.setStyleSheet(
        "QProgressBar { background: #ffffff; border: 2px solid #5a5a5a; }"
        "QProgressBar::chunk { background: #e6e6e6; }"
    )
    _placed(bar, page, w=400, h=28)
    qtbot.wait(10)
    found = check_non_text("test", page, page, page.grab().toImage())
    assert [v.control for v in found] == ["pale chunk"]
    assert "done part" in found[0].detail


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_a_box_at_1_5_to_1_is_reported_and_a_box_at_7_to_1_is_not(qtbot, kind):
    page = _page(qtbot, "#ffffff")
    indicator = "QCheckBox" if kind is QCheckBox else "QRadioButton"
    for index, (name, edge) in enumerate((("faint box", "#d0d0d0"), ("clear box", "#5a5a5a"))):
        box = kind("Lesson")
        box.setObjectName(name)
        box.setStyleSheet(
            f"{indicator} {{ color: #141414; font-size: 24px; }}"
            f"{indicator}::indicator {{ width: 40px; height: 40px; background: #ffffff;"
            f" border: 3px solid {edge}; }}"
        )
        _placed(box, page, y=40 + 120 * index, w=300, h=64)
    assert contrast_ratio("#d0d0d0", "#ffffff") < 1.6
    qtbot.wait(10)
    assert _found(page) == ["faint box"]


def test_a_practice_control_that_does_not_show_is_reported(qtbot):
    """A practice app keeps a real tablet's look (no border needed), but something of a
    control must show at 3:1: its fill, its edge or what is drawn in it."""
    page = _page(qtbot, "#ffffff")
    practice = QWidget(page)
    practice.setGeometry(0, 0, 700, 400)
    practice.show()
    look = Look()
    ghost = TouchButton(look, "Envoyer", background="#ffffff", foreground="#e4e4e4")
    ghost.setObjectName("ghost")
    _placed(ghost, practice)
    blue = TouchButton(look, "Envoyer", background="#1565c0", foreground="#ffffff")
    blue.setObjectName("blue")
    _placed(blue, practice, y=160)
    plain = TouchButton(look, "Annuler", background="#ffffff", foreground="#1565c0")
    plain.setObjectName("link")
    _placed(plain, practice, y=280)
    qtbot.wait(10)
    assert _found(page, practice) == ["ghost"]


def test_disabled_and_covered_controls_are_not_judged(qtbot):
    page = _page(qtbot, "#ffffff")
    faint = _placed(QLineEdit(), page)
    faint.setStyleSheet("background: #ffffff; border: none;")
    faint.setEnabled(False)
    hidden = _placed(QLineEdit(), page, y=200)
    hidden.setStyleSheet("background: #ffffff; border: none;")
    sheet = Painted("#141414", page)
    sheet.setGeometry(0, 180, 700, 200)
    sheet.show()
    qtbot.wait(10)
    assert _found(page) == []


# -- the tutor's colours --------------------------------------------------------------------
@pytest.mark.parametrize("theme", sorted(PALETTES))
def test_every_edge_and_track_of_the_style_sheet_reaches_3_to_1(theme):
    for what, (colour, background) in non_text_pairs(PALETTES[theme]).items():
        assert contrast_ratio(colour, background) >= MIN_NON_TEXT_CONTRAST, what


def test_pictures_take_light_colours_in_strong_contrast_and_keep_theirs_otherwise():
    colours = {*COLOURS, *(module.colour for module in MODULES), "#b33c00", "#0b4a85"}
    for colour in colours:
        assert picture_ink(colour, "standard") == colour
        assert contrast_ratio(colour, STANDARD.window) >= MIN_NON_TEXT_CONTRAST, colour
        light = picture_ink(colour, "high_contrast")
        assert contrast_ratio(light, HIGH_CONTRAST.window) >= LIGHT_INK_CONTRAST, colour
        # what is drawn on a learner's disc stands out on it, in both themes
        for disc in (colour, light):
            assert contrast_ratio(ink_on(disc), disc) >= MIN_NON_TEXT_CONTRAST, disc
    assert picture_ink("#1b5e9e", "high_contrast") != picture_ink("#2e7d32", "high_contrast")


@pytest.fixture
def strong_contrast(qapp):
    apply_display(Display(100, "high_contrast"))
    yield
    apply_display(Display())


def _screen_found(screen: QWidget, qtbot) -> list[str]:
    screen.resize(1280, 800)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.wait(20)
    return [str(v) for v in check_non_text("screen", screen, screen, screen.grab().toImage())]


def test_the_sign_in_pictures_show_in_strong_contrast_even_after_a_change_of_look(qtbot, qapp):
    from tutor.ui.screens.sign_in import SignInScreen

    screen = SignInScreen()
    learner = _learner("Jeanne", "mdi6.flower", "#8e244d")
    screen.set_learners([learner, _learner("Marcel", "mdi6.bicycle", "#0b4a85")])
    apply_display(Display(100, "high_contrast"))  # the look changes on the shown screen
    try:
        assert _screen_found(screen, qtbot) == []
        new = screen.findChild(QPushButton, "signin.new")
        drawn = new._picture.pixmap().toImage()
        inks = {
            drawn.pixelColor(x, y).name()
            for x in range(0, drawn.width(), 4)
            for y in range(0, drawn.height(), 4)
            if drawn.pixelColor(x, y).alpha() == 255
        }
        assert picture_ink("#0b4a85", "high_contrast") in inks
    finally:
        apply_display(Display())


def _learner(name: str, avatar: str, colour: str):
    from tutor.storage.learners import Learner

    return Learner(id=name, first_name=name, avatar=avatar, colour=colour)


def test_the_new_person_screen_shows_every_picture_and_colour_in_strong_contrast(
    qtbot, strong_contrast
):
    from tutor.ui.screens.new_learner import NewLearnerScreen

    assert _screen_found(NewLearnerScreen(), qtbot) == []


def test_the_summary_faces_show_in_strong_contrast(qtbot, strong_contrast):
    from tutor.ui.screens.summary import SummaryScreen

    screen = SummaryScreen()
    screen.show_summary("Bravo", "You did it.")
    assert _screen_found(screen, qtbot) == []
    face = screen.face_buttons[0].icon().pixmap(QSize(72, 72)).toImage()
    colours = {
        face.pixelColor(x, y).rgb() & 0xFFFFFF
        for x in range(72)
        for y in range(72)
        if face.pixelColor(x, y).alpha() == 255
    }
    assert colours and min(ratio(c, 0x000000) for c in colours) >= MIN_NON_TEXT_CONTRAST


def test_the_module_pictures_show_in_strong_contrast(qtbot, strong_contrast):
    from tutor.ui.screens.catalogue import CatalogueScreen

    screen = CatalogueScreen()
    screen.show_modules("Jeanne", [(module, 3, 1) for module in MODULES])
    assert _screen_found(screen, qtbot) == []


def test_icon_pictures_are_not_all_reported_in_the_usual_colours(qtbot):
    page = _page(qtbot, "#f4f1ea")
    button = QPushButton("Lessons")
    button.setObjectName("with icon")
    button.setIcon(QIcon(picture("mdi6.star", "#b33c00", 48)))
    button.setIconSize(QSize(48, 48))
    button.setStyleSheet("background: #ffffff; border: 3px solid #5a5a5a; color: #141414;")
    _placed(button, page)
    pale = QPushButton("Pale")
    pale.setObjectName("pale icon")
    pale.setIcon(QIcon(picture("mdi6.star", "#f0e0c0", 48)))
    pale.setIconSize(QSize(48, 48))
    pale.setStyleSheet("background: #ffffff; border: 3px solid #5a5a5a; color: #141414;")
    _placed(pale, page, y=200)
    qtbot.wait(10)
    assert _found(page) == ["pale icon"]


@pytest.mark.parametrize("theme", sorted(PALETTES))
def test_the_facilitator_s_check_boxes_show_their_box_and_their_mark(qtbot, theme):
    from tutor.ui.facilitator.common import facilitator_sheet

    look = Display(100, theme)
    apply_display(look)
    try:
        page = QWidget()
        page.setStyleSheet(
            facilitator_sheet(look) + f"QWidget {{ background: {look.palette.window}; }}"
        )
        page.resize(500, 240)
        ticked = QCheckBox("Ticked", page)
        ticked.setChecked(True)
        ticked.setGeometry(20, 20, 400, 80)
        empty = QCheckBox("Not ticked", page)
        empty.setGeometry(20, 130, 400, 80)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        image = page.grab().toImage()
        assert check_non_text("facilitator", page, page, image) == []
        # the ticked box holds a mark in the colour on its fill, not the fill alone
        box = ticked.geometry()
        mark = {
            image.pixelColor(x, y).name()
            for x in range(box.left(), box.left() + 60)
            for y in range(box.top(), box.bottom())
        }
        assert look.palette.primary in mark and look.palette.on_primary in mark
    finally:
        apply_display(Display())


def test_a_practice_field_must_show_its_edge_even_when_its_words_show(qtbot):
    """Words in a box show the box is there only once something is written: a field's edge
    (``boundary`` property) is what shows where to write."""
    page = _page(qtbot, "#ffffff")
    practice = QWidget(page)
    practice.setGeometry(0, 0, 700, 400)
    practice.show()
    look = Look()
    button = TouchButton(look, "Votre nom", background="#ffffff", foreground="#141414")
    button.setObjectName("words only")
    _placed(button, practice)
    field = TouchButton(look, "Votre nom", background="#ffffff", foreground="#141414")
    field.setObjectName("field without edge")
    field.setProperty("boundary", True)
    _placed(field, practice, y=200)
    qtbot.wait(10)
    assert _found(page, practice) == ["field without edge"]


def test_the_practice_apps_fields_show_their_edge(qtbot):
    from tutor.sandboxes.browser.chrome import AddressField
    from tutor.sandboxes.browser.parts import Field
    from tutor.sandboxes.social.parts import text_field

    page = _page(qtbot, "#e4e7eb")  # the browser's bar, darker than its pages
    practice = QWidget(page)
    practice.setGeometry(0, 0, 700, 400)
    practice.show()
    look = Look()
    address = AddressField(look)
    address.set_address("www.belcastel-sur-mer.fr", "/", True)
    _placed(address, practice, h=66, w=500)
    field = _placed(Field(look, "form.name"), practice, y=140, h=68)
    box = _placed(text_field(look, "Écrivez ici"), practice, y=260, h=72)
    for widget in (address, field, box):
        assert widget.property("boundary")
    qtbot.wait(10)
    assert _found(page, practice) == []


def test_the_facilitator_s_list_of_learners_redraws_its_discs_in_a_new_look(qtbot):
    from tutor.ui.facilitator.learners import LearnerListScreen

    screen = LearnerListScreen()
    screen.set_learners([_learner("Jeanne", "mdi6.flower", "#8e244d")])
    apply_display(Display(100, "high_contrast"))  # the facilitator's "Aa", on the page
    try:
        assert _screen_found(screen, qtbot) == []
        pictures = [
            label.pixmap().toImage()
            for label in screen.findChildren(QLabel)
            if label.pixmap() is not None and not label.pixmap().isNull()
        ]
        colours = {
            image.pixelColor(x, y).name()
            for image in pictures
            for x in range(0, image.width(), 3)
            for y in range(0, image.height(), 3)
        }
        assert picture_ink("#8e244d", "high_contrast") in colours
        assert "#8e244d" not in colours
    finally:
        apply_display(Display())


def test_a_control_redrawn_in_other_colours_at_the_same_place_is_measured_again(qtbot):
    """Measures are remembered by what is drawn (the same button at every step is measured
    once): a change of colours where nothing moved must still be seen."""
    page = _page(qtbot, "#ffffff")
    field = QLineEdit(page)
    field.setObjectName("field")
    field.setStyleSheet("QLineEdit { background: #ffffff; border: 3px solid #5a5a5a; }")
    _placed(field, page)
    qtbot.wait(10)
    assert _found(page) == []
    field.setStyleSheet("QLineEdit { background: #ffffff; border: 3px solid #d8d8d8; }")
    qtbot.wait(10)
    assert _found(page) == ["field"]
    assert _found(page) == ["field"]  # remembered, and still reported

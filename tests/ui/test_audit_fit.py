"""The audit's fit checks on planted defects: a window bigger than its screen, words cut by
the box that holds them, words drawn over words, and a player whose instruction does not
read whole. Each defect is built from real widgets and must be reported; its fixed twin
must not be."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from tutor.ui.audit.checks import Rules, check_screen
from tutor.ui.audit.fit import (
    cut_by_holder,
    instruction_problems,
    overlapping_texts,
    window_size_problem,
)
from tutor.ui.display import Display, apply_display
from tutor.ui.screens.player import PlayerScreen


class Painted(QWidget):
    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor("#ffffff"))


@pytest.fixture
def window(qtbot):
    root = Painted()
    root.setObjectName("test.window")
    root.resize(800, 500)
    qtbot.addWidget(root)
    root.show()
    qtbot.waitExposed(root)
    return root


def _label(parent: QWidget, text: str, x: int, y: int, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setStyleSheet("color: #141414; background: transparent; font-size: 30px;")
    label.setGeometry(x, y, 360, 60)
    label.show()
    return label


def _found(window: QWidget, check: str) -> list[str]:
    violations = check_screen("test", window, window, Rules(Display(100, "standard")))
    return [v.control for v in violations if v.check == check]


def test_a_window_asking_for_more_than_its_screen_is_reported(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    wide = QLabel("A very wide line that will not wrap")
    wide.setMinimumSize(1100, 300)
    column.addWidget(wide)
    window.resize(1100, 400)
    assert "the screen has 1024x768" in window_size_problem(window, (1024, 768))
    wide.setMinimumSize(600, 300)
    window.resize(1024, 768)
    assert window_size_problem(window, (1024, 768)) == ""


def test_a_window_that_grew_past_its_screen_is_reported(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1280, 835)
    assert window_size_problem(window, (1280, 800)) == ("is 1280x835 px; the screen has 1280x800")


def test_words_cut_by_a_fixed_height_box_are_reported(window, qtbot):
    box = QFrame(window)
    box.setObjectName("test.box")
    box.setGeometry(20, 20, 400, 70)  # a fixed-height box, without a layout
    box.show()
    _label(box, "Cut at the bottom", 0, 40, "test.cut")
    _label(box, "Whole", 0, 0, "test.whole").resize(360, 40)
    qtbot.wait(10)
    assert "cut by test.box" in cut_by_holder(box.findChild(QLabel, "test.cut"), window)
    assert _found(window, "clipped") == ["test.cut"]


def test_words_beyond_the_window_are_reported(window, qtbot):
    _label(window, "Half out of the window", 600, 20, "test.out")
    qtbot.wait(10)
    assert _found(window, "clipped") == ["test.out"]


def test_words_a_scroll_area_can_bring_into_view_are_not_cut(window, qtbot):
    area = QScrollArea(window)
    area.setGeometry(20, 20, 400, 120)
    inner = QWidget()
    column = QVBoxLayout(inner)
    for number in range(6):
        line = QLabel(f"Line {number}")
        line.setObjectName(f"test.line{number}")
        line.setMinimumHeight(50)
        column.addWidget(line)
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.show()
    qtbot.wait(10)
    assert area.verticalScrollBar().maximum() > 0
    assert not [name for name in _found(window, "clipped") if name.startswith("test.line")]


def test_words_drawn_over_words_are_reported(window, qtbot):
    first = _label(window, "Micro coupé", 20, 20, "test.first")
    _label(window, "Caméra", 150, 40, "test.second")
    _label(window, "Far away", 20, 300, "test.apart")
    qtbot.wait(10)
    pairs = overlapping_texts([*window.findChildren(QLabel)], window)
    assert [(a.objectName(), b.objectName()) for a, b in pairs] == [("test.first", "test.second")]
    assert _found(window, "overlap") == [first.objectName()]


@pytest.fixture
def player(qtbot):
    apply_display(Display(200, "high_contrast"))
    screen = PlayerScreen()
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    qtbot.waitExposed(screen)
    yield screen
    apply_display(Display())


def _show(player: PlayerScreen, qtbot, instruction: str, said: str) -> None:
    player.show_step("Lesson", 0, 3, instruction, explanation=False)
    player.show_speech(said)
    qtbot.wait(50)  # the lines are measured once the layout has settled


def test_the_player_shows_the_instruction_and_first_sentence_whole(player, qtbot):
    _show(player, qtbot, "Touchez l'icône Notes.", "Notes garde vos idées. " * 12)
    assert instruction_problems(player, player, player.grab().toImage()) == []
    assert player.more_button.isVisible()  # the rest is one touch away


def test_an_instruction_too_long_for_the_panel_is_reported(player, qtbot):
    _show(player, qtbot, "Touchez doucement le bouton. " * 12, "Bien. " * 5)
    problems = instruction_problems(player, player, player.grab().toImage())
    assert "the instruction is not seen whole" in problems


def test_a_first_sentence_too_long_for_the_panel_is_reported(player, qtbot):
    long_sentence = " ".join(["un mot"] * 60) + "."
    _show(player, qtbot, "Touchez Notes.", long_sentence)
    problems = instruction_problems(player, player, player.grab().toImage())
    assert any(problem.startswith("the first sentence") for problem in problems)


def test_a_sliced_line_is_reported_and_the_player_hides_it(player, qtbot):
    player.resize(1024, 740)  # a line half in the box (not only its blank leading)
    _show(player, qtbot, "Touchez l'icône Notes.", "Notes garde vos idées. " * 12)
    bottom_mask, _top = player.whole_lines.masks
    assert bottom_mask.isVisible()  # a line would be sliced: it is covered
    bottom_mask.hide()  # plant the defect: the sliced line shows
    problems = instruction_problems(player, player, player.grab().toImage())
    assert "a line of the words is sliced at the edge of their box" in problems


def _scrolled_lines(holder: QWidget, height: int) -> QScrollArea:
    area = QScrollArea(holder)
    area.setGeometry(0, 0, 400, height)
    inner = QWidget()
    column = QVBoxLayout(inner)
    for number in range(6):
        line = _label(inner, f"Line {number}", 0, 0, f"test.line{number}")
        line.setFixedHeight(50)
        column.addWidget(line)
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.show()
    return area


def test_words_scrolled_inside_a_box_are_judged_by_what_the_box_shows(window, qtbot):
    """A scroll area held by a box (a web page's view, the player's panel): lines below
    its bottom can be scrolled to, and the box beyond it does not cut them; a scroll area
    the box itself cuts to a sliver leaves no line readable whole."""
    page = QFrame(window)
    page.setObjectName("test.page")
    page.setGeometry(20, 20, 400, 160)
    page.show()
    area = _scrolled_lines(page, 160)
    qtbot.wait(10)
    assert area.verticalScrollBar().maximum() > 0
    assert not [name for name in _found(window, "clipped") if name.startswith("test.line")]
    page.setFixedHeight(30)  # the box now shows 30 px of its 160 px scroll area
    qtbot.wait(10)
    line = area.widget().findChild(QLabel, "test.line5")
    found = cut_by_holder(line, window)
    assert "scrolled into view, only" in found and "x29 px of its scroll area" in found


def test_a_line_ending_on_the_last_row_is_covered_as_cut(player, qtbot):
    """Ink down to the very last row shows no end: it reads as a cut line, so it is
    covered like one; a line with room under it is left as it is."""
    _show(player, qtbot, "Touchez l'icône Notes.", "Notes garde vos idées. " * 12)
    lines = player.whole_lines
    bar = player.words.verticalScrollBar()
    height = player.words.viewport().height()
    bottom_mask, _top = lines.masks
    for top, end in lines.bands:
        if end - height + 1 > 0 and end - height + 1 + 2 * lines.ROOM_BELOW <= bar.maximum():
            bar.setValue(end - height + 1)  # this line's last row on the viewport's last
            qtbot.wait(10)
            assert bottom_mask.isVisible()
            assert bottom_mask.geometry().top() <= top - bar.value() + lines.area.viewport().y()
            bar.setValue(end - height + 1 + 2 * lines.ROOM_BELOW)  # now with room below it
            qtbot.wait(10)
            _seen_top, seen_bottom = lines.visible_rows()
            assert seen_bottom > end - bar.value()  # shown whole, not covered
            return
    raise AssertionError("no line could be put on the last row")


def test_read_on_goes_when_the_words_fit_without_it(player, qtbot):
    """'Read on' takes room from the words: after a long text, a shorter one that fits
    once the button is gone must not keep it (it lost a line to it)."""
    _show(player, qtbot, "Touchez l'icône Notes.", "Notes garde vos idées. " * 12)
    assert player.more_button.isVisible()
    bar = player.words.verticalScrollBar()
    text = "Notes garde vos idées."
    while True:  # the longest text that fits without the button
        longer = text + " Notes garde vos idées."
        _show(player, qtbot, "Touchez l'icône Notes.", longer)
        if player.more_button.isVisible():
            break
        text = longer
    _show(player, qtbot, "Touchez l'icône Notes.", "Notes garde vos idées. " * 12)
    assert player.more_button.isVisible()
    _show(player, qtbot, "Touchez l'icône Notes.", text)
    assert not player.more_button.isVisible()
    assert bar.maximum() == 0  # all of it seen, nothing below


def test_words_wider_than_a_page_fingers_scroll_up_and_down_are_cut(window, qtbot):
    """A finger-scrolled page has no sideways bar: what runs off its right edge is cut."""
    area = QScrollArea(window)
    area.setGeometry(20, 20, 300, 200)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    inner = QWidget()
    column = QVBoxLayout(inner)
    wide = _label(inner, "A line far wider than the page", 0, 0, "test.wide")
    wide.setMinimumWidth(500)
    column.addWidget(wide)
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.show()
    qtbot.wait(10)
    assert "test.wide" in _found(window, "clipped")
    wide.setMinimumWidth(200)  # now it wraps within the page
    wide.setWordWrap(True)
    qtbot.wait(10)
    assert "test.wide" not in _found(window, "clipped")

"""The audit's checks on small real widget trees: what is reported, what is not seen.

Each test builds a few real widgets in a shown window and runs ``check_screen`` on it, so a
check that stops finding a real problem (or starts reporting what nobody can see) fails.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QWidget

from tutor.sandboxes.kit.keyboard import HIDE_OBJECT_NAME, OnScreenKeyboard
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.touch import TouchButton
from tutor.ui.audit.checks import Rules, check_screen, covers, drawn_at
from tutor.ui.display import Display
from tutor.ui.theme import MIN_TARGET_PX


class Painted(QWidget):
    """A plain widget painting one colour all over (a sheet, a toast, a practice screen)."""

    def __init__(self, colour: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.colour = QColor(colour)

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), self.colour)


def _label(parent: QWidget, text: str, colour: str, x: int, y: int) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(f"color: {colour}; background: transparent; font-size: 30px;")
    label.setGeometry(x, y, 360, 60)
    label.show()
    return label


@pytest.fixture
def window(qtbot):
    root = Painted("#ffffff")
    root.resize(800, 500)
    qtbot.addWidget(root)
    root.show()
    qtbot.waitExposed(root)
    return root


def _found(window: QWidget, practice=None, targets=frozenset(), theme="standard"):
    return check_screen("test", window, window, Rules(Display(100, theme)), practice, targets)


def test_a_label_covered_by_a_sibling_is_not_seen_so_not_checked(window, qtbot):
    hidden = _label(window, "Under the sheet", "#141414", 20, 20)
    sheet = Painted("#141414", window)  # a dark sheet drawn over the label
    sheet.setGeometry(0, 0, 800, 200)
    sheet.show()
    qtbot.wait(10)
    assert drawn_at(window, hidden.geometry().center()) is sheet
    assert covers(hidden, window) is None
    assert [v for v in _found(window) if v.control == "QLabel('Under the sheet')"] == []


def test_a_label_not_covered_is_still_checked(window, qtbot):
    _label(window, "Pale words", "#c8c8c8", 20, 300)  # 1.7:1 on white
    sheet = Painted("#141414", window)  # elsewhere: covers nothing of the label
    sheet.setGeometry(0, 0, 800, 200)
    sheet.show()
    qtbot.wait(10)
    found = [v for v in _found(window) if v.check == "contrast"]
    assert [v.control for v in found] == ["QLabel('Pale words')"]


def test_a_half_covered_label_is_judged_on_its_own_background(window, qtbot):
    label = _label(window, "Half seen", "#141414", 20, 20)  # dark words on white
    toast = Painted("#141414", window)  # dark toast over the label's right part
    toast.setGeometry(100, 0, 700, 200)  # most of it: sampled, it would be 1:1
    toast.show()
    qtbot.wait(10)
    assert covers(label, window) == [toast.geometry()]
    assert [v for v in _found(window) if v.check == "contrast"] == []


def test_a_toast_that_lets_touches_through_still_hides_what_is_under_it(window, qtbot):
    from PySide6.QtCore import Qt

    hidden = _label(window, "Under the toast", "#2b2f33", 20, 20)  # the toast's colour
    toast = Painted("#2b2f33", window)
    toast.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    toast.setGeometry(0, 0, 800, 200)
    toast.show()
    qtbot.wait(10)
    assert covers(hidden, window) is None
    assert _found(window) == []


def test_a_see_through_overlay_hides_nothing(window, qtbot):
    from PySide6.QtCore import Qt

    _label(window, "Pale words", "#c8c8c8", 20, 20)
    ring = QWidget(window)  # like the "Show me" ring: no background, lets touches through
    ring.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    ring.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
    ring.setGeometry(window.rect())
    ring.raise_()
    ring.show()
    qtbot.wait(10)
    assert [v.check for v in _found(window)] == ["contrast"]


def test_a_practice_app_target_under_64_px_is_reported(window, qtbot):
    app = Painted("#ffffff", window)
    app.setGeometry(400, 0, 400, 500)
    small = Painted("#1565c0", app)
    small.setObjectName("app.small")
    small.setAccessibleName("Small")
    small.setGeometry(10, 10, 60, 60)
    big = Painted("#1565c0", app)
    big.setObjectName("app.big")
    big.setAccessibleName("Big")
    big.setGeometry(10, 100, MIN_TARGET_PX, MIN_TARGET_PX)
    app.show()
    qtbot.wait(10)
    found = _found(window, app, frozenset({"app.small", "app.big"}))
    assert [(v.control, v.check, v.where) for v in found] == [
        ("app.small", "target", "practice-app")
    ]
    assert "at least 64x64" in found[0].detail


def test_a_practice_label_is_held_to_the_theme_s_contrast(window, qtbot):
    app = Painted("#ffffff", window)
    app.setGeometry(400, 0, 400, 500)
    _label(app, "Pale", "#ef6c00", 10, 10)  # orange on white: 3.1:1
    _label(app, "Grey", "#5f6368", 10, 100)  # 6.0:1: enough for 4.5:1, not for 7:1
    _label(app, "Dark", "#494e53", 10, 190)  # 8.4:1
    app.show()
    qtbot.wait(10)
    found = {
        theme: [(v.control, v.check, v.where) for v in _found(window, app, theme=theme)]
        for theme in ("standard", "high_contrast")
    }
    assert found["standard"] == [("QLabel('Pale')", "contrast", "practice-app")]
    assert found["high_contrast"] == [
        ("QLabel('Pale')", "contrast", "practice-app"),
        ("QLabel('Grey')", "contrast", "practice-app"),
    ]


def test_a_cut_practice_label_is_reported(window, qtbot):
    app = Painted("#ffffff", window)
    app.setGeometry(400, 0, 400, 500)
    cut = _label(app, "Compte créé il y a 3 jours", "#111111", 10, 10)
    cut.setWordWrap(True)
    cut.setFixedSize(120, 24)  # two lines' worth of words in one line's height
    app.show()
    qtbot.wait(10)
    found = _found(window, app)
    assert [(v.check, v.where) for v in found] == [("clipped", "practice-app")]


def test_touch_px_never_gives_less_than_a_finger(qtbot):
    look = Look()
    look.set_scale(0.8)
    assert look.px(64) == 51
    assert look.touch_px(64) == MIN_TARGET_PX
    assert look.touch_px(100) == 80  # bigger designs keep their own size
    button = TouchButton(look, "OK")
    qtbot.addWidget(button)
    assert button.sizeHint().height() >= MIN_TARGET_PX
    assert button.minimumSizeHint().width() >= MIN_TARGET_PX


def test_the_hide_key_is_a_finger_s_size_on_a_small_keyboard(qtbot):
    look = Look()
    look.set_scale(0.8)
    keyboard = OnScreenKeyboard(look)
    qtbot.addWidget(keyboard)
    keyboard.resize(keyboard.sizeHint())
    keyboard.show()
    qtbot.waitExposed(keyboard)
    hide = keyboard.findChild(QWidget, HIDE_OBJECT_NAME)
    assert hide is not None
    assert min(hide.width(), hide.height()) >= MIN_TARGET_PX
    letter = keyboard.key("a")
    assert letter is not None and letter.height() == look.px(52)  # letters keep their size
    assert hide.geometry().bottom() < keyboard.height()


def test_under_display_scaling_colours_are_read_at_the_widget_s_own_place():
    # A 200x100 window grabbed at 150 % scaling: 300x150 pixels, white left, black right.
    from PySide6.QtGui import QImage

    from tutor.ui.audit.checks import in_logical_pixels

    grabbed = QImage(300, 150, QImage.Format.Format_RGB32)
    grabbed.fill(QColor("#ffffff"))
    QPainter(grabbed).fillRect(150, 0, 150, 150, QColor("#000000"))
    grabbed.setDevicePixelRatio(1.5)
    # A widget at x = 120 (logical) is on the black half; read unscaled, it looked white.
    assert QColor(grabbed.pixel(120, 50)).name() == "#ffffff"
    logical = in_logical_pixels(grabbed, 200, 100)
    assert (logical.width(), logical.height()) == (200, 100)
    assert QColor(logical.pixel(120, 50)).name() == "#000000"
    assert QColor(logical.pixel(80, 50)).name() == "#ffffff"

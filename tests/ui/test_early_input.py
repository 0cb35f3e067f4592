"""Input kept while the app starts: delivered once, in order, to the screen as it is then."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from tutor.ui.early_input import hold_early_input


def _window(qtbot) -> QWidget:
    window = QWidget()
    window.resize(400, 300)
    QVBoxLayout(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_tap_waits_for_the_button_made_meanwhile_and_presses_it_once(qtbot):
    window = _window(qtbot)
    early = hold_early_input(window.windowHandle())
    centre = QPoint(200, 150)
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=centre)
    # The build: a button now fills the window where the finger was.
    button = QPushButton("Jeanne")
    pressed: list[bool] = []
    button.clicked.connect(lambda: pressed.append(True))
    window.layout().addWidget(button)
    assert pressed == []
    early.release()
    assert pressed == [True]
    early.release()  # twice changes nothing
    assert pressed == [True]
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=centre)
    assert pressed == [True, True]  # later taps go straight through


def test_keys_are_kept_then_delivered_once_in_the_order_they_came(qtbot):
    window = _window(qtbot)
    typed: list[str] = []

    class Typing(QWidget):
        def keyPressEvent(self, event):
            typed.append(event.text())

    field = Typing()
    field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    window.layout().addWidget(field)
    window.activateWindow()
    field.setFocus()
    early = hold_early_input(window.windowHandle())
    for key in (Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_C):
        QTest.keyClick(window.windowHandle(), key)
    assert typed == []  # kept, not acted on yet
    early.release()
    assert typed == ["a", "b", "c"]

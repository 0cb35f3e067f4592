"""What a facilitator does often: type a PIN on the keypad, get into the space."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QHeaderView

from tests.ui.driver import assert_reachable, click, scroll_into_view, settle

PIN = "2468"


def type_pin(qtbot, window, digits: str) -> None:
    """Type ``digits`` and press OK, then wait for the check (hashed on a worker thread)."""
    pin = window.facilitator.pin
    for digit in digits:
        click(qtbot, pin.findChild(object, f"pin.key.{digit}"))
    click(qtbot, pin.ok_button)
    qtbot.waitUntil(lambda: not pin.checking(), timeout=10_000)


def enter_space(qtbot, window, services, pin: str = PIN) -> None:
    """From the sign-in screen into the facilitator home (the PIN set beforehand, as the
    first-start set-up does, when there is none yet)."""
    if window.current_screen() is not window.sign_in:
        window.show_screen(window.sign_in)
    if not services.store.pin.is_set():
        services.store.pin.set(pin)
    click(qtbot, window.sign_in.facilitator_button)
    assert window.current_screen() is window.facilitator.pin
    type_pin(qtbot, window, pin)
    assert window.current_screen() is window.facilitator.home


def open_tile(qtbot, window, key: str) -> None:
    click(qtbot, window.facilitator.home.findChild(object, f"facilitator.tile.{key}"))


def tick(qtbot, box: QCheckBox) -> None:
    """Touch the box itself (a check box reacts on its square and its words)."""
    scroll_into_view(box)
    assert_reachable(box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(20, box.height() // 2))
    settle(qtbot)


def pick(qtbot, box: QComboBox, data: str) -> None:
    """Open the list and touch the line for ``data`` (a workshop's or a person's id)."""
    click(qtbot, box)
    view = box.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    qtbot.wait(QApplication.doubleClickInterval() + 100)  # as a person: look, then touch
    for row in range(box.count()):
        if box.itemData(row) == data:
            index = view.model().index(row, 0)
            view.scrollTo(index)
            rect = view.visualRect(index)
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            settle(qtbot)
            return
    raise AssertionError(f"no line {data!r} in {box.objectName()}")


def click_header(qtbot, header: QHeaderView, section: int) -> None:
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    settle(qtbot)

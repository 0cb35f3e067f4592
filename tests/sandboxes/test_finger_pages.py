"""A finger-moved page lets the practice app's panel show through it.

The tutor's strong-contrast theme makes the application's window colour black; a practice
app keeps a real tablet's look. ``QScrollArea.setWidget`` turns on its page's own fill, in
that window colour: the scam coach's cream and the scam web page's white showed black, and
their dark words could not be read.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.scrolling import finger_scroll_area
from tutor.sandboxes.scams.parts import Panel, column

CREAM = "#fff8e1"


def test_the_panel_under_a_finger_page_shows_whatever_the_window_colour(qtbot):
    look = Look()
    panel = Panel(look, CREAM)
    qtbot.addWidget(panel)
    page = QWidget()
    QVBoxLayout(page).addWidget(QLabel("Que faire ?"))
    column(panel).addWidget(finger_scroll_area(page))
    black = panel.palette()
    black.setColor(QPalette.ColorRole.Window, QColor("#000000"))  # the strong theme's window
    panel.setPalette(black)
    panel.resize(300, 200)
    panel.show()
    qtbot.waitExposed(panel)
    picture = panel.grab().toImage()
    below_the_words = picture.pixelColor(150, 180)
    assert below_the_words.name() == CREAM

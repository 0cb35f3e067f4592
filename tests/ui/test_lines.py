"""Lines of a label as the whole-lines view reads them from the picture."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from tutor.ui.lines import label_lines


@pytest.mark.parametrize("size", [18, 24, 36, 48])
@pytest.mark.parametrize("first", ["À votre avis ?", "Écrivez le code.", "Îles, Ô, Ç"])
def test_a_capital_s_accent_belongs_to_its_line(qtbot, size, first):
    # The accent over a capital is drawn apart from its letter: read as a line of its own,
    # it stayed in sight above a covered line (a stray mark at the panel's edge).
    label = QLabel(f"Il veut une photo.\n{first}\nTouchez votre réponse.")
    font = QFont(label.font())
    font.setPixelSize(size)
    label.setFont(font)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    lines = label_lines(label)
    assert len(lines) == 3, lines
    spacing = label.fontMetrics().lineSpacing()
    assert all(bottom - top + 1 > spacing // 3 for top, bottom in lines), lines


def test_a_line_of_one_small_mark_stays_a_line(qtbot):
    label = QLabel("Bonjour\n.\nMerci")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    assert len(label_lines(label)) == 3

"""Lines of a label as the whole-lines view reads them from the picture."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics
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


def _line_starts(text: str, font: QFont, width: int) -> list[str]:
    """The lines of ``text`` as Qt wraps it at ``width`` (as a word-wrapped label does)."""
    from PySide6.QtGui import QTextLayout, QTextOption

    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_no_french_line_starts_with_a_question_mark(qtbot):
    # safety-online-strangers step 2 at 200 %: "?" stood alone at the start of a line.
    from tests.conftest import LESSONS
    from tutor.core.lesson import pick
    from tutor.core.loader import load_lessons
    from tutor.sandboxes import sandbox_specs

    lessons = load_lessons([LESSONS], sandbox_specs()).lessons
    lesson = next(lesson for lesson in lessons if lesson.id == "safety-online-strangers")
    raw = pick(lesson.steps[1].show, "fr", "fr")
    shown = lesson.text(lesson.steps[1].show, "fr")
    font = QLabel().font()
    font.setPixelSize(40)

    def bad(text: str) -> list[int]:
        # Widths where every word (with its sign) fits, as in the player's panel.
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(word) for word in shown.split(" "))
        widths = range(widest + 4, 900, 4)
        return [
            width
            for width in widths
            if any(
                line.lstrip()[:1] in "?!:;»" or line.rstrip().endswith("«")
                for line in _line_starts(text, font, width)[1:]
            )
        ]

    assert bad(raw.replace("\u00a0", " ")), "the plain text can break before its '?'"
    assert bad(shown) == []


@pytest.mark.parametrize("amount", ["€0.99", "€1.99", "12.50"])
def test_an_amount_in_a_practice_mail_never_breaks(amount):
    # The English scam e-mail wrapped "€0." / "99" at 200 %: addresses may break after a
    # dot, amounts may not.
    from tutor.sandboxes.scams.parts import BREAK, breakable

    assert BREAK not in breakable(f"Have your bank card ready: {amount} of fees.")
    assert BREAK in breakable("assurance-sante-fr.co")

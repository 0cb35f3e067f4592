"""The practice keyboard follows the lesson's language: AZERTY in French, QWERTY in English,
its space bar and return key labelled in that language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.sandboxes.helpers import open_sandbox
from tutor.i18n import set_language
from tutor.sandboxes.kit.keyboard import (
    BACKSPACE,
    LAYER,
    RETURN,
    SHIFT,
    SPACE,
    OnScreenKeyboard,
)
from tutor.sandboxes.kit.look import MIN_TOUCH_PX, Look


@pytest.fixture
def keyboard(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    board = OnScreenKeyboard(Look(holder), holder)
    board.resize(board.sizeHint())
    holder.resize(board.sizeHint())
    holder.show()
    qtbot.waitExposed(holder)
    board.typed = []  # type: ignore[attr-defined]
    board.key_pressed.connect(board.typed.append)  # type: ignore[attr-defined]
    yield board
    set_language("fr")


def letters(board: OnScreenKeyboard) -> list[str]:
    """Each row's letter keys, as written on them."""
    return ["".join(k.label for k in row if len(k.value) == 1) for row in board.rows]


def press(qtbot, board: OnScreenKeyboard, value: str) -> None:
    key = board.key(value)
    assert key is not None, f"no key {value!r}"
    assert key.isVisible() and key.width() > 0
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton, pos=key.rect().center())


def type_word(qtbot, board: OnScreenKeyboard, word: str) -> None:
    for char in word:
        if char == " ":
            press(qtbot, board, SPACE)
            continue
        if char.isupper():
            press(qtbot, board, SHIFT)
        press(qtbot, board, char.lower())


def test_french_is_azerty_with_its_accents_and_french_words_on_its_keys(qtbot, keyboard):
    assert keyboard.language == "fr"
    assert letters(keyboard) == ["azertyuiop", "qsdfghjklm", "wxcvbn'", "éèàç,"]
    assert keyboard.key(SPACE).label == "espace"
    assert keyboard.key(RETURN).label == "retour"
    type_word(qtbot, keyboard, "Bonjour à")
    assert keyboard.typed == list("Bonjour à")


def test_english_is_qwerty_with_english_words_on_its_keys(qtbot, keyboard):
    keyboard.set_language("en")
    assert keyboard.language == "en"
    assert letters(keyboard) == ["qwertyuiop", "asdfghjkl'", "zxcvbnm", "@.-,"]
    assert keyboard.key(SPACE).label == "space"
    assert keyboard.key(RETURN).label == "return"
    assert keyboard.key("é") is None  # an English answer needs no accent
    type_word(qtbot, keyboard, "Hello Mary")
    assert keyboard.typed == list("Hello Mary")


def test_the_words_on_keys_are_the_keyboards_language_not_the_screens(qtbot, keyboard):
    set_language("fr")  # a French screen...
    keyboard.set_language("en")  # ...for an English lesson
    assert keyboard.key(SPACE).label == "space"
    set_language("en")
    keyboard.set_language("fr")
    assert keyboard.key(SPACE).label == "espace"


def test_changing_language_keeps_one_set_of_keys_and_an_unknown_one_is_french(qtbot, keyboard):
    count = len(keyboard.all_keys())
    keyboard.set_language("en")
    keyboard.set_language("fr")
    qtbot.wait(10)  # the old keys are gone
    assert len(keyboard.findChildren(type(keyboard.all_keys()[0]))) == count
    keyboard.set_language("xx")
    assert keyboard.language == "fr" and keyboard.key("a") is not None


def test_both_layouts_fit_the_keyboard_and_keep_hide_and_symbols_usable(qtbot, keyboard):
    for language in ("fr", "en"):
        keyboard.set_language(language)
        keyboard.resize(keyboard.width(), keyboard.sizeHint().height())
        keyboard._place_keys()
        for key in keyboard.all_keys():
            geometry = key.geometry()
            assert keyboard.rect().contains(geometry), (language, key.value, geometry)
        hide = keyboard.findChild(QWidget, "keyboard.hide")
        assert hide.width() >= MIN_TOUCH_PX and hide.height() >= MIN_TOUCH_PX
        press(qtbot, keyboard, LAYER)
        press(qtbot, keyboard, "4")
        press(qtbot, keyboard, "@")
        press(qtbot, keyboard, LAYER)
        assert keyboard.typed[-2:] == ["4", "@"]


def test_return_and_erase_report_themselves(qtbot, keyboard):
    returned = []
    keyboard.return_pressed.connect(lambda: returned.append(True))
    press(qtbot, keyboard, RETURN)
    assert returned == [True] and keyboard.typed == []  # return types nothing
    press(qtbot, keyboard, "backspace")
    assert keyboard.typed == [BACKSPACE]


def test_a_practice_app_passes_the_lessons_language_to_its_keyboard(qtbot):
    from tutor.sandboxes.tablet.spec import SPEC
    from tutor.sandboxes.tablet.widget import TabletSandbox

    tablet = open_sandbox(qtbot, TabletSandbox(SPEC))
    tablet.set_language("en")
    (board,) = tablet.findChildren(OnScreenKeyboard)
    assert board.language == "en" and board.rows[0][0].label == "q"
    tablet.set_language("fr")
    assert board.language == "fr" and board.rows[0][0].label == "a"

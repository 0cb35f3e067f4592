"""The on-screen keyboard of the practice apps: AZERTY for a lesson in French, QWERTY for
one in English, its space bar and return key labelled in that language (as the tablet of a
French or an English learner shows them).

Typing in a practice app happens only through this keyboard, never through the computer's
own keyboard: the learner is practising the tablet's keyboard. Letter keys are big (52
design pixels tall, a real keyboard's shape: they are typed, never lesson targets); the
bottom row, with "hide the keyboard" (a lesson target), is at least 64 real pixels tall
(``Look.touch_px``). There is no auto-repeat, and a long press types the key once (a slow,
shaky finger still types). Shift is one-shot, like on a tablet. The keyboard only reports
keys; the practice app decides what they do (through its lesson gate). The return key
types nothing: it reports ``return_pressed``, for an app where return does something.

The keyboard's language is the lesson's: the lesson controller gives it to the practice app
(:meth:`SandboxWidget.set_language`), which gives it to its keyboards
(:meth:`OnScreenKeyboard.set_language`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from tutor.i18n import DEFAULT_LANGUAGE, N_, _, gettext_in
from tutor.sandboxes.kit.look import MIN_TOUCH_PX, Look
from tutor.sandboxes.kit.touch import Pressable, icon_pixmap

BACKSPACE = "\b"

# Special keys (every other key value is the character it types).
SHIFT = "shift"
ERASE = "backspace"
LAYER = "layer"
SPACE = "space"
RETURN = "return"
HIDE = "hide"
HIDE_OBJECT_NAME = "keyboard.hide"  # a lesson target: "hide the keyboard"

KEY_HEIGHT = 52
KEY_GAP = 7
PADDING = 8
ROW_UNITS = 11  # the widest row, in letter keys; narrower rows are centred


@dataclass(frozen=True)
class Slot:
    """One key position: what it is on the letters layer and on the symbols layer."""

    letters: str
    symbols: str
    units: float = 1.0


def _row(letters: str, symbols: str) -> list[Slot]:
    return [Slot(a, b) for a, b in zip(letters, symbols, strict=True)]


AZERTY: tuple[list[Slot], ...] = (
    _row("azertyuiop", "1234567890"),
    [*_row("qsdfghjklm", "@€-+:;()?!"), Slot(RETURN, RETURN, 1.0)],
    [Slot(SHIFT, ".", 1.5), *_row("wxcvbn'", '"/%&*#='), Slot(ERASE, ERASE, 1.5)],
    [
        Slot(LAYER, LAYER, 1.5),
        *_row("éèàç", "éèàç"),
        Slot(SPACE, SPACE, 2.0),
        Slot(",", ","),
        Slot(HIDE, HIDE, 1.5),
    ],
)
"""French: AZERTY, with é è à ç at hand (a French answer needs them)."""

QWERTY: tuple[list[Slot], ...] = (
    _row("qwertyuiop", "1234567890"),
    [*_row("asdfghjkl'", "@€-+:;()?!"), Slot(RETURN, RETURN, 1.0)],
    [Slot(SHIFT, ".", 1.5), *_row("zxcvbnm", '"/%&*#='), Slot(ERASE, ERASE, 1.5)],
    [
        Slot(LAYER, LAYER, 1.5),
        *_row("@.-", "@.-"),
        Slot(SPACE, SPACE, 3.0),
        Slot(",", ","),
        Slot(HIDE, HIDE, 1.5),
    ],
)
"""English: QWERTY, with "@", "." and "-" at hand for addresses (no accents)."""

LAYOUTS: dict[str, tuple[list[Slot], ...]] = {"fr": AZERTY, "en": QWERTY}
ROWS = AZERTY  # the French layout, the default

# The labels written on keys, in the keyboard's language (not the screens' language).
_KEY_LABELS = {SPACE: N_("space"), RETURN: N_("return")}


def layout_for(language: str) -> tuple[list[Slot], ...]:
    """The keyboard of ``language`` (French for a language without its own)."""
    return LAYOUTS.get(language, LAYOUTS[DEFAULT_LANGUAGE])


_ICONS = {
    SHIFT: "mdi6.apple-keyboard-shift",
    ERASE: "mdi6.backspace-outline",
    HIDE: "mdi6.keyboard-close",
}


def apply_key(text: str, key: str) -> str:
    """The text after typing ``key`` (a character, or :data:`BACKSPACE`)."""
    if key == BACKSPACE:
        return text[:-1]
    return text + key


def _object_name(value: str) -> str:
    return HIDE_OBJECT_NAME if value == HIDE else f"key.{value}"


def _accessible_name(value: str) -> str:
    names = {
        SHIFT: _("Capital letter"),
        ERASE: _("Erase"),
        LAYER: _("Numbers and symbols"),
        SPACE: _("Space"),
        RETURN: _("Return"),
        HIDE: _("Hide the keyboard"),
    }
    return names.get(value, value)


class KeyButton(Pressable):
    """One key; it paints its label (or icon) and reports itself to the keyboard."""

    def __init__(self, keyboard: OnScreenKeyboard, slot: Slot):
        super().__init__(keyboard)
        self.keyboard = keyboard
        self.slot = slot
        self.value = slot.letters
        self.label = slot.letters
        self.active = False  # shift on
        self.setObjectName(_object_name(slot.letters))
        self.setAccessibleName(_accessible_name(slot.letters))
        self.tapped.connect(self._on_self_tapped)
        self.long_pressed.connect(self._on_self_tapped)

    @property
    def special(self) -> bool:
        return len(self.value) > 1

    def set_value(self, value: str, label: str) -> None:
        self.value = value
        self.label = label
        self.setAccessibleName(_accessible_name(label))
        self.update()

    def _on_self_tapped(self) -> None:
        self.keyboard._on_key_tapped(self)

    def paintEvent(self, event):
        look = self.keyboard.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.active:
            color = QColor("#1565c0")
        elif self.special:
            color = QColor("#aeb4bd")
        else:
            color = QColor("#ffffff")
        if self.is_down:
            color = color.darker(130)
        rect = QRectF(self.rect()).adjusted(0, 0, 0, -look.px(2))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#8a9099"))  # a thin shadow under the key
        painter.drawRoundedRect(rect.translated(0, look.px(2)), look.px(9), look.px(9))
        painter.setBrush(color)
        painter.drawRoundedRect(rect, look.px(9), look.px(9))
        ink = QColor("#ffffff") if self.active else QColor("#111111")
        icon = _ICONS.get(self.value)
        if icon:
            size = min(self.height(), self.width()) * 55 // 100
            pix = icon_pixmap(icon, ink, size)
            painter.drawPixmap(
                (self.width() - size) // 2, (rect.toRect().height() - size) // 2, pix
            )
            return
        font = look.font(self, 26 if not self.special else 20, bold=not self.special)
        font.setPixelSize(min(font.pixelSize(), self.height() * 6 // 10))
        # A word on a narrow key ("retour", "return") gets smaller until it fits.
        while font.pixelSize() > 9 and (
            QFontMetrics(font).horizontalAdvance(self.label) > self.width() - look.px(6)
        ):
            font.setPixelSize(font.pixelSize() - 1)
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(
            QRect(0, 0, self.width(), rect.toRect().height()),
            Qt.AlignmentFlag.AlignCenter,
            self.label,
        )


class OnScreenKeyboard(QWidget):
    """A keyboard in the lesson's language (AZERTY or QWERTY) with a letters layer and a
    numbers/symbols layer.

    ``key_pressed`` carries a character to insert (already capitalised when shift was on) or
    :data:`BACKSPACE`; ``hide_requested`` asks the owner to hide it; ``return_pressed`` says
    the return key was touched. Shift and the layer key only change the keyboard itself and
    report nothing.
    """

    key_pressed = Signal(str)
    hide_requested = Signal()
    return_pressed = Signal()

    def __init__(self, look: Look, parent: QWidget | None = None, language: str = DEFAULT_LANGUAGE):
        super().__init__(parent)
        self.look = look
        self.shift = False
        self.symbols = False
        self.language = language if language in LAYOUTS else DEFAULT_LANGUAGE
        self.rows: list[list[KeyButton]] = self._build(self.language)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        look.changed.connect(self._on_look_changed)
        self._relabel()

    def _build(self, language: str) -> list[list[KeyButton]]:
        rows = [[KeyButton(self, slot) for slot in row] for row in layout_for(language)]
        for key in (key for row in rows for key in row):
            key.show()
        return rows

    def set_language(self, language: str) -> None:
        """Become the keyboard of ``language`` (a lesson in English types on QWERTY): its
        keys, and the words on its space and return keys. Back to lower-case letters."""
        language = language if language in LAYOUTS else DEFAULT_LANGUAGE
        if language != self.language:
            for key in self.all_keys():
                key.hide()
                key.deleteLater()
            self.language = language
            self.rows = self._build(language)
            self._keep_keys_in_the_chain()
            self._place_keys()
        self.reset()

    def _keep_keys_in_the_chain(self) -> None:
        """New keys go right after the keyboard in Tab's chain, as the first ones were:
        made later, they sat at the chain's end, past every other control, and Tab
        leaving the practice app came back into it there, for ever."""
        previous: QWidget = self
        for key in self.all_keys():
            QWidget.setTabOrder(previous, key)
            previous = key

    def all_keys(self) -> list[KeyButton]:
        return [key for row in self.rows for key in row]

    def key(self, value: str) -> KeyButton | None:
        """The key currently typing ``value`` (case-insensitive for letters), if any."""
        for key in self.all_keys():
            if key.value == value or (len(value) == 1 and key.value == value.lower()):
                return key
        return None

    def reset(self) -> None:
        """Back to lower-case letters."""
        self.shift = False
        self.symbols = False
        self._relabel()

    def _row_heights(self) -> list[int]:
        """Letter keys keep a real keyboard's height (they are typed, not lesson targets);
        the bottom row holds "hide the keyboard", a lesson target: a finger's size."""
        look = self.look
        heights = [look.px(KEY_HEIGHT)] * len(self.rows)
        heights[-1] = look.touch_px(KEY_HEIGHT)
        return heights

    def sizeHint(self) -> QSize:
        look = self.look
        rows = len(self.rows)
        height = sum(self._row_heights()) + (rows - 1) * look.px(KEY_GAP) + 2 * look.px(PADDING)
        return QSize(look.px(700), height)

    def _on_look_changed(self) -> None:
        self.updateGeometry()
        self._place_keys()

    def _on_key_tapped(self, key: KeyButton) -> None:
        value = key.value
        if value == SHIFT:
            self.shift = not self.shift
            self._relabel()
        elif value == LAYER:
            self.symbols = not self.symbols
            self.shift = False
            self._relabel()
        elif value == HIDE:
            self.hide_requested.emit()
        elif value == RETURN:
            self.return_pressed.emit()
        elif value == ERASE:
            self.key_pressed.emit(BACKSPACE)
        else:
            char = " " if value == SPACE else value
            if self.shift:
                char = char.upper()
                self.shift = False
                self._relabel()
            self.key_pressed.emit(char)

    def _relabel(self) -> None:
        for key in self.all_keys():
            value = key.slot.symbols if self.symbols else key.slot.letters
            if value == LAYER:
                label = "ABC" if self.symbols else "?123"
            elif value in _KEY_LABELS:
                label = gettext_in(self.language, _KEY_LABELS[value])
            elif len(value) == 1 and self.shift:
                label = value.upper()
            else:
                label = value
            key.set_value(value, label)
            key.active = value == SHIFT and self.shift
            key.update()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._place_keys()

    def _place_keys(self) -> None:
        look = self.look
        pad, gap = look.px(PADDING), look.px(KEY_GAP)
        inner = self.width() - 2 * pad
        unit = (inner - (ROW_UNITS - 1) * gap) / ROW_UNITS
        y = pad
        for row, key_h in zip(self.rows, self._row_heights(), strict=True):
            widths = self._key_widths(row, unit, gap)
            x = pad + max(0.0, (inner - sum(widths) - (len(row) - 1) * gap) / 2)  # centred
            for key, width in zip(row, widths, strict=True):
                key.setGeometry(round(x), y, round(x + width) - round(x), key_h)
                x += width + gap
            y += key_h + gap

    def _key_widths(self, row: list[KeyButton], unit: float, gap: int) -> list[float]:
        """Each key's share of the row; "hide the keyboard", a lesson target, is never
        narrower than a finger (MIN_TOUCH_PX): the widest key (the space bar) gives it room
        on a small keyboard."""
        widths = [key.slot.units * unit + (key.slot.units - 1) * gap for key in row]
        for index, key in enumerate(row):
            short = MIN_TOUCH_PX - widths[index]
            if key.slot.letters == HIDE and short > 0:
                widest = max(range(len(row)), key=widths.__getitem__)
                if widest != index:
                    widths[widest] -= short
                    widths[index] += short
        return widths

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#d5d9de"))

"""The facilitator's PIN: a big digit keypad, the digits shown as dots.

While a PIN is checked or kept (half a second of hashing on a worker thread, see
``ui/pin_hashing.py``) the screen says so in a calm line and every press is ignored, so
that nothing typed meanwhile is lost in a check already under way."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from tutor.i18n import _
from tutor.ui.flow import FlowLayout
from tutor.ui.widgets import button, display_button, finger_scroll, label, set_role

MAX_DIGITS = 8


class PinScreen(QWidget):
    """``prefix`` names its controls (``pin.key.1``…); ``context`` is the small line above the
    prompt (where the person is: the facilitator space, the first-start set-up)."""

    pin_entered = Signal(str)
    back_requested = Signal()

    def __init__(self, prefix: str = "pin", context: str = "") -> None:
        super().__init__()
        self.setObjectName(f"screen.{prefix}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._digits = ""
        self._checking = False
        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 28, 40, 24)
        outer.setSpacing(40)

        # The words on the left move with a finger when they are taller than the screen
        # (a small screen at 200 %), rather than being squeezed and cut.
        words = QWidget()
        left = QVBoxLayout(words)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(20)
        self.back_button = button(_("Back"), "mdi6.arrow-left", name=f"{prefix}.back")
        self.back_button.clicked.connect(self._on_back_clicked)
        self.top = FlowLayout(spacing=16)  # "Back", and "Later" in the set-up: they wrap
        self.top.add(self.back_button)
        left.addLayout(self.top)
        # The facilitator's own text size and colours, from the first screen of their space.
        self.display_button = display_button(prefix)
        self.context = label(context or _("Facilitator space"), "muted")
        self.context.setObjectName(f"{prefix}.context")
        left.addWidget(self.context)
        self.prompt = label("", "title")
        self.prompt.setObjectName(f"{prefix}.prompt")
        left.addWidget(self.prompt)
        self.hint = label("", "muted")
        self.hint.setObjectName(f"{prefix}.hint")
        left.addWidget(self.hint)
        self.dots = label("", "title")
        self.dots.setObjectName(f"{prefix}.dots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(80)
        set_role(self.dots, "pin_dots")  # drawn by the theme: see tutor.ui.theme
        left.addWidget(self.dots)
        self.message = label("", "feedback")
        self.message.setObjectName(f"{prefix}.message")
        self.message.hide()
        left.addWidget(self.message)
        left.addStretch(1)
        self._words = area = finger_scroll(QScrollArea())
        area.setObjectName(f"{prefix}.words")
        area.setWidget(words)
        outer.addWidget(area, 1)

        pad = QGridLayout()
        pad.setSpacing(14)
        for digit in range(10):
            key = button(str(digit), name=f"{prefix}.key.{digit}")
            key.setMinimumSize(124, 104)
            set_role(key, "pin_key")
            key.clicked.connect(lambda _c=False, d=str(digit): self.press(d))
            row, column = (3, 1) if digit == 0 else divmod(digit - 1, 3)
            pad.addWidget(key, row, column)
        self.erase_button = button("", "mdi6.backspace-outline", name=f"{prefix}.erase")
        self.erase_button.setAccessibleName(_("Erase"))
        self.erase_button.setToolTip(_("Erase"))
        self.erase_button.setMinimumSize(124, 104)
        self.erase_button.clicked.connect(self.erase)
        pad.addWidget(self.erase_button, 3, 0)
        self.ok_button = button(_("OK"), "mdi6.check", "primary", name=f"{prefix}.ok")
        self.ok_button.setMinimumSize(124, 104)
        self.ok_button.clicked.connect(self._on_ok_clicked)
        pad.addWidget(self.ok_button, 3, 2)
        self.keypad = QWidget()  # hidden when there is no PIN to type (see show_no_pin)
        self.keypad.setObjectName(f"{prefix}.keypad")
        self.keypad.setLayout(pad)
        pad.setContentsMargins(0, 0, 0, 0)
        pad_holder = QVBoxLayout()
        pad_holder.addWidget(self.display_button, 0, Qt.AlignmentFlag.AlignRight)
        pad_holder.addStretch(1)
        pad_holder.addWidget(self.keypad)
        pad_holder.addStretch(1)
        outer.addLayout(pad_holder)

    def add_top_button(self, widget: QWidget) -> None:
        """Another button beside "Back" (the set-up's "Later")."""
        self.top.add(widget)

    # -- what the controller says -----------------------------------------------------------
    def ask(self, prompt: str, hint: str = "") -> None:
        self.prompt.setText(prompt)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.keypad.show()
        self.dots.show()
        self.clear()

    def show_no_pin(self, prompt: str, hint: str) -> None:
        """Nothing to type: the words say where the PIN is chosen, the keypad is away."""
        self.ask(prompt, hint)
        self.keypad.hide()
        self.dots.hide()

    def keypad_shown(self) -> bool:
        return not self.keypad.isHidden()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text:
            self._words.ensureWidgetVisible(self.message, 0, 8)

    def clear(self) -> None:
        self._digits = ""
        self._refresh()

    def set_checking(self, checking: bool, words: str = "") -> None:
        """While ``checking``: ``words`` say what is going on (calmly, no countdown) and
        every key, "OK" and "Back" are ignored."""
        self._checking = checking
        if checking:
            self.show_message(words)
        else:
            self.show_message("")
            self.clear()

    def checking(self) -> bool:
        return self._checking

    def digits(self) -> str:
        return self._digits

    # -- typing -------------------------------------------------------------------------------
    def press(self, digit: str) -> None:
        if not self._checking and len(self._digits) < MAX_DIGITS:
            self._digits += digit
            self._refresh()

    def erase(self) -> None:
        if self._checking:
            return
        self._digits = self._digits[:-1]
        self._refresh()

    def keyPressEvent(self, event):
        if self.keypad.isHidden():
            super().keyPressEvent(event)
            return
        text = event.text()
        if text.isdigit():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.erase()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_ok_clicked()
        else:
            super().keyPressEvent(event)

    def _refresh(self) -> None:
        self.dots.setText("●" * len(self._digits))
        self.dots.setAccessibleName(_("{count} digits typed").format(count=len(self._digits)))
        if self._digits:  # each digit typed shows, even when the words had to scroll
            self._words.ensureWidgetVisible(self.dots, 0, 8)

    def _on_ok_clicked(self) -> None:
        if self._checking:
            return
        digits = self._digits
        self.clear()
        self.pin_entered.emit(digits)

    def _on_back_clicked(self) -> None:
        if not self._checking:  # the check under way ends first (half a second)
            self.back_requested.emit()

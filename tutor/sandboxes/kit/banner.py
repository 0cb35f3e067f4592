"""A short, calm note shown over a practice app's screen, that goes away by itself.

It never takes a touch (the control under it stays usable), and it is added to the app's
notifications, so it also goes away at once when it would hide the step's target.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from tutor.sandboxes.kit.look import Look

NOTE_BACKGROUND = "#2b2f33"
MAX_WIDTH = 560  # design pixels
BOTTOM_GAP = 24  # design pixels between the note and the screen's bottom edge


class Toast(QLabel):
    """White bold text on a dark rounded card near the bottom of ``parent``, for
    ``lasts_ms`` milliseconds after each :meth:`say`."""

    def __init__(
        self,
        look: Look,
        parent: QWidget,
        lasts_ms: int,
        font_px: float = 22,
        radius: float = 16,
        side: float = 60,
    ):
        super().__init__(parent)
        self.look = look
        self.radius = radius
        self.side = side  # design pixels kept free on the left and right, together
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._timer = QTimer(self, singleShot=True, interval=lasts_ms)
        self._timer.timeout.connect(self.hide)
        look.keep_font(self, font_px, bold=True)
        self.hide()

    def say(self, text: str, background: str = NOTE_BACKGROUND) -> None:
        """Show ``text`` now, for the note's time, whatever it showed before."""
        look = self.look
        self.setText(text)
        self.setStyleSheet(
            f"color: white; background: {background};"
            f" border-radius: {look.px(self.radius)}px; padding: {look.px(14)}px;"
        )
        self.place()
        self.show()
        self.raise_()
        self._timer.start()

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        look = self.look
        width = min(parent.width() - look.px(self.side), look.px(MAX_WIDTH))
        self.setFixedWidth(width)
        height = max(self.heightForWidth(width), self.sizeHint().height())
        self.setGeometry((parent.width() - width) // 2, self.top_for(height), width, height)

    def top_for(self, height: int) -> int:
        """Where the note's top goes: above the screen's bottom edge."""
        parent = self.parentWidget()
        bottom = parent.height() if parent is not None else height
        return bottom - height - self.look.px(BOTTOM_GAP)

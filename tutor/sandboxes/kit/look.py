"""Sizes of a practice app, so it can be drawn at any size and with bigger text.

A practice app is designed at one reference size; :class:`Look` turns design pixels into
real pixels (``px``) and text sizes into real font sizes (``font_px``), which also follow
the app's own "text size" setting and the learner's text size in the tutor
(``reader_factor``, moderated: the practice app keeps a real tablet's shape). Widgets ask
it at paint and layout time and listen to ``changed`` to lay themselves out again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QSizePolicy, QWidget

from tutor.core.sizes import MIN_TARGET_PX

# Text size levels a practice app offers in its settings (small .. extra large).
TEXT_FACTORS = (0.85, 1.0, 1.2, 1.4)
DEFAULT_TEXT_LEVEL = 1
# The smallest control a learner touches is the tutor's own MIN_TARGET_PX in REAL pixels,
# whatever the drawing's scale, so a tablet drawn smaller beside the lesson never shrinks a
# finger's target under it. MIN_TOUCH_PX is the same number under its older name, still
# read by the on-screen keyboard.
MIN_TOUCH_PX = MIN_TARGET_PX


# How a control grows in its layout (width, height), for ``Drawn`` and ``Pressable(sizing=...)``.
Sizing = tuple[QSizePolicy.Policy, QSizePolicy.Policy]
FIXED: Sizing = (QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # a button, a picture
ROW: Sizing = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # a full-width row
FILL: Sizing = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)  # all the room
LINE: Sizing = (QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # as wide as its words


class Look(QObject):
    """Scale of the drawing and text size level, shared by all widgets of one practice app."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._scale = 1.0
        self._text_level = DEFAULT_TEXT_LEVEL
        self._reader_factor = 1.0

    @property
    def scale(self) -> float:
        return self._scale

    @property
    def text_level(self) -> int:
        return self._text_level

    def set_scale(self, scale: float) -> None:
        scale = max(0.3, scale)
        if abs(scale - self._scale) > 1e-3:
            self._scale = scale
            self.changed.emit()

    def set_text_level(self, level: int) -> None:
        level = max(0, min(len(TEXT_FACTORS) - 1, level))
        if level != self._text_level:
            self._text_level = level
            self.changed.emit()

    @property
    def reader_factor(self) -> float:
        return self._reader_factor

    def set_reader_factor(self, factor: float) -> None:
        """The learner's own text size (1.0 at 100 %), on top of the app's text level."""
        if abs(factor - self._reader_factor) > 1e-3:
            self._reader_factor = factor
            self.changed.emit()

    def px(self, design_px: float) -> int:
        """A length of the design, in real pixels."""
        return max(1, round(design_px * self._scale))

    def touch_px(self, design_px: float) -> int:
        """A touchable control's length (height, or width of a square key), in real pixels:
        the design's length, but never under :data:`MIN_TARGET_PX` real pixels."""
        return max(self.px(design_px), MIN_TARGET_PX)

    def font_px(self, design_px: float) -> int:
        """A text size of the design, in real pixels, after the text size setting."""
        factor = TEXT_FACTORS[self._text_level] * self._reader_factor
        return max(6, round(design_px * self._scale * factor))

    def font(self, widget: QWidget, design_px: float, bold: bool = False) -> QFont:
        font = QFont(widget.font())
        font.setPixelSize(self.font_px(design_px))
        font.setBold(bold)
        return font

    def keep_font(self, widget: QWidget, design_px: float, bold: bool = False) -> None:
        """Give ``widget`` its font now and again at every change of the look.

        The size and weight are also written in the widget's own style sheet: the tutor's
        style sheet gives every widget a font size, and a font set with setFont() loses to
        it (every label of an app would show one size, whatever the design and the text size
        setting). Own style sheets win over inherited ones; a later setStyleSheet() by the
        widget's code gets the size back (see :class:`_FontKeeper`)."""
        _FontKeeper(self, widget, design_px, bold)

    def follow(self, owner: QObject, refresh: Callable[[], None]) -> None:
        """Call ``refresh`` now and at every change of the look, for as long as ``owner``
        lives. A closure connected to ``changed`` directly would outlive a row deleted from
        a feed, and touch a deleted widget at the next change."""
        _Follower(self, owner, refresh)


class _Follower(QObject):
    """Owned by the widget it serves, so Qt drops its connection when that widget goes."""

    def __init__(self, look: Look, owner: QObject, refresh: Callable[[], None]) -> None:
        super().__init__(owner)
        self._refresh = refresh
        refresh()
        look.changed.connect(self.refresh)

    def refresh(self) -> None:
        self._refresh()


# Marks the part of a widget's own style sheet that :class:`_FontKeeper` writes.
_FONT_MARK = "/* look-font */"


class _FontKeeper(QObject):
    """Keeps a widget's font size and weight in its own style sheet, through changes of the
    look and through the widget's own later setStyleSheet() calls (a toast restyled for
    each message, a clue marked as found)."""

    def __init__(self, look: Look, widget: QWidget, design_px: float, bold: bool) -> None:
        super().__init__(widget)
        self._look = look
        self._widget = widget
        self._design_px = design_px
        self._bold = bold
        widget.installEventFilter(self)
        self.refresh()
        look.changed.connect(self.refresh)

    def refresh(self) -> None:
        widget = self._widget
        widget.setFont(self._look.font(widget, self._design_px, self._bold))
        self._write()

    def _write(self) -> None:
        widget = self._widget
        base = widget.styleSheet().split(_FONT_MARK)[0].strip()
        if base and not base.endswith((";", "}")):
            base += ";"
        weight = "bold" if self._bold else "normal"
        rule = f"font-size: {self._look.font_px(self._design_px)}px; font-weight: {weight};"
        if "{" in base:  # a sheet with selectors: the rule needs one too
            rule = f"* {{ {rule} }}"
        sheet = f"{base} {_FONT_MARK} {rule}".strip()
        if sheet != widget.styleSheet():
            widget.setStyleSheet(sheet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._widget
            and event.type() == QEvent.Type.StyleChange
            and _FONT_MARK not in self._widget.styleSheet()
        ):
            self._write()
        return False


def follow_look(widget: QWidget, look: Look, repaints: bool = False) -> None:
    """``widget``, drawn from ``look``, lays itself out again whenever the look changes (its
    size hint follows the drawing's scale and text size), and repaints too with
    ``repaints`` (what it draws depends on the look beyond its size)."""
    look.changed.connect(widget.updateGeometry)
    if repaints:
        look.changed.connect(widget.update)


class Drawn(QWidget):
    """A part of a practice app drawn from its :class:`Look` (kept as ``self.look``), laid
    out again when the look changes (:func:`follow_look`); ``sizing`` says how it grows in
    its layout (:data:`FIXED`, :data:`ROW`, :data:`FILL`, :data:`LINE` or a pair of size
    policies). The controls a finger touches are :class:`~tutor.sandboxes.kit.touch.Pressable`,
    which takes the same set-up."""

    def __init__(
        self,
        look: Look,
        parent: QWidget | None = None,
        *,
        sizing: Sizing | None = None,
        repaints: bool = False,
    ):
        super().__init__(parent)
        self.look = look
        if sizing is not None:
            self.setSizePolicy(*sizing)
        follow_look(self, look, repaints)

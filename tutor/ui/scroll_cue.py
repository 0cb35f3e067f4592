""" "There is more below": a cue on every finger-scrolled area whose content is taller
than the room it has.

Scroll bars are hidden (fingers scroll), so without a cue a learner sees the first two
pictures of four and does not know the others exist. While there is more below, the
bottom of the area fades into the page's colour and a "More below" button shows at the
bottom's centre; touching it moves the content up by most of a page. The fade lets touches
through to what it covers; the button is at least 64 pixels high, in the learner's text size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QPushButton, QWidget

from tutor.i18n import _
from tutor.ui import display

FADE_PX = 56
ARROW_PX = 64


class _Fade(QWidget):
    """The bottom strip of the area, fading into the colour behind the content."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self.setObjectName("scroll_cue.fade")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)

    def paintEvent(self, _event) -> None:
        area = self.parentWidget()
        page = area.parentWidget() if area is not None else None
        holder = page or area or self
        colour = QColor(holder.palette().color(holder.backgroundRole()))
        clear = QColor(colour)
        clear.setAlpha(0)
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0, clear)
        gradient.setColorAt(1, colour)
        QPainter(self).fillRect(self.rect(), gradient)


class ScrollCue(QObject):
    """Watches one scroll area and shows the fade and the arrow while more is below."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self.area = area
        self.fade = _Fade(area)
        self.arrow = QPushButton(_("More below"), area)
        self.arrow.setObjectName("scroll_cue.more")
        self.arrow.setAccessibleName(_("More below"))
        self.arrow.setAccessibleDescription(_("Shows what is further down."))
        self.arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the content takes the focus
        self.arrow.clicked.connect(self._on_arrow_clicked)
        bar = area.verticalScrollBar()
        bar.rangeChanged.connect(self._update)
        bar.valueChanged.connect(self._update)
        area.installEventFilter(self)
        display.notifier().changed.connect(self._restyle)
        self._restyle()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.area and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._update()
        return False

    def _restyle(self) -> None:
        from PySide6.QtCore import QSize

        from tutor.ui.widgets import icon

        self.arrow.setIcon(icon("mdi6.chevron-double-down", display.current().palette.on_primary))
        look = display.current()
        size, palette = look.sizes.body, look.palette
        self.arrow.setIconSize(QSize(size, size))
        # Its own style: the facilitator pages have a style sheet of their own.
        self.arrow.setStyleSheet(
            f"QPushButton {{ background: {palette.primary}; color: {palette.on_primary}; "
            f"border: 3px solid {palette.on_primary}; border-radius: 30px; "
            f"padding: 6px 26px; font-size: {size}px; font-weight: bold; }}"
        )
        self._update()

    def more_below(self) -> bool:
        bar = self.area.verticalScrollBar()
        return bar.value() < bar.maximum()

    def _update(self, *_args: int) -> None:
        viewport = self.area.viewport()
        hint = self.arrow.sizeHint()
        shown = (
            self.more_below()
            and viewport.height() > 2 * max(ARROW_PX, hint.height())
            and viewport.width() > hint.width() + 16
        )
        self.fade.setVisible(shown)
        self.arrow.setVisible(shown)
        if not shown:
            return
        origin = viewport.mapTo(self.area, QPoint(0, 0))
        width, height = viewport.width(), viewport.height()
        self.fade.setGeometry(origin.x(), origin.y() + height - FADE_PX, width, FADE_PX)
        arrow_width, arrow_height = hint.width(), max(ARROW_PX, hint.height())
        self.arrow.setGeometry(
            origin.x() + (width - arrow_width) // 2,
            origin.y() + height - arrow_height - 6,
            arrow_width,
            arrow_height,
        )
        self.fade.raise_()
        self.arrow.raise_()

    def _on_arrow_clicked(self) -> None:
        bar = self.area.verticalScrollBar()
        bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep() * 3 // 4))


def add_scroll_cue(area: QAbstractScrollArea) -> ScrollCue:
    cue = area.findChild(ScrollCue)
    return cue if isinstance(cue, ScrollCue) else ScrollCue(area)

""" "There is more below": a bar under every finger-scrolled area whose content is taller
than the room it has.

Scroll bars are hidden (fingers scroll), so without a cue a learner sees the first two
pictures of four and does not know the others exist. While there is more below, the area
gives up a strip at its bottom (it covers nothing) holding a "More below" button in the
page's colours; touching it moves the content up by most of a page. The button is at least
64 pixels high, in the learner's text size, with a name a screen reader reads. At the end
of the content the strip goes, and the content takes its room back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QPushButton, QWidget

from tutor.core.sizes import MIN_TARGET_PX
from tutor.i18n import _
from tutor.ui import display

GAP = 6


class ScrollCue(QObject):
    """Watches one scroll area and shows the "More below" bar while more is below."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self.area = area
        self.bar = QWidget(area)
        self.bar.setObjectName("scroll_cue.bar")
        self.arrow = QPushButton(_("More below"), self.bar)
        self.arrow.setObjectName("scroll_cue.more")
        self.arrow.setAccessibleName(_("More below"))
        self.arrow.setAccessibleDescription(_("Shows what is further down."))
        self.arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the content takes the focus
        self.arrow.clicked.connect(self._on_arrow_clicked)
        self.bar.hide()
        self._strip = 0
        self._busy = False  # an update changes the margins, which asks for an update
        self._again = False
        scroll = area.verticalScrollBar()
        scroll.rangeChanged.connect(self._update)
        scroll.valueChanged.connect(self._update)
        area.installEventFilter(self)
        display.notifier().changed.connect(self._restyle)
        self._restyle()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.area and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._update()
        return False

    def _restyle(self) -> None:
        from tutor.glyphs import named_icon  # (widgets.icon: widgets imports this module)

        look = display.current()
        size, palette = look.sizes.body, look.palette
        self.arrow.setIcon(named_icon("mdi6.chevron-double-down", palette.on_primary))
        self.arrow.setIconSize(QSize(size, size))
        # Its own style: the facilitator pages have a style sheet of their own.
        self.arrow.setStyleSheet(
            f"QPushButton {{ background: {palette.primary}; color: {palette.on_primary}; "
            f"border: 3px solid {palette.on_primary}; border-radius: 30px; "
            f"padding: 6px 26px; font-size: {size}px; font-weight: bold; }}"
        )
        self._strip = 0  # measured again for the new size
        self._set_strip(0)
        self._update()

    def more_below(self) -> bool:
        scroll = self.area.verticalScrollBar()
        return scroll.value() < scroll.maximum()

    def _set_strip(self, height: int) -> None:
        margins = self.area.viewportMargins()
        if margins.bottom() != height:
            self.area.setViewportMargins(margins.left(), margins.top(), margins.right(), height)

    def _update(self, *_args: int) -> None:
        """Shows or hides the bar; the change of margins it makes asks for another look,
        which is taken once this one is over (never inside it: that looped)."""
        if self._busy:
            self._again = True
            return
        self._busy = True
        try:
            self._place()
        finally:
            self._busy = False
        if self._again:
            self._again = False
            QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        self._busy = True
        try:
            self._place()
        finally:
            self._busy = False
            self._again = False

    def _place(self) -> None:
        hint = self.arrow.sizeHint()
        height = max(MIN_TARGET_PX, hint.height())
        strip = height + 2 * GAP
        viewport = self.area.viewport()
        room = viewport.height() + self.area.viewportMargins().bottom()
        shown = self.more_below() and room > 2 * strip and viewport.width() > hint.width()
        self._set_strip(strip if shown else 0)
        self.bar.setVisible(shown)
        if not shown:
            return
        origin = viewport.mapTo(self.area, QPoint(0, 0))
        width = viewport.width()
        self.bar.setGeometry(origin.x(), origin.y() + viewport.height(), width, strip)
        self.arrow.setGeometry((width - hint.width()) // 2, GAP, hint.width(), height)
        self.bar.raise_()

    def _on_arrow_clicked(self) -> None:
        scroll = self.area.verticalScrollBar()
        scroll.setValue(min(scroll.maximum(), scroll.value() + scroll.pageStep() * 3 // 4))


def add_scroll_cue(area: QAbstractScrollArea) -> ScrollCue:
    cue = area.findChild(ScrollCue)
    return cue if isinstance(cue, ScrollCue) else ScrollCue(area)

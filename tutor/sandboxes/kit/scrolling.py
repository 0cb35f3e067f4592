"""Bringing a lesson's target into view: one rule for every practice app's scrolling pages.

When a step starts, the control it asks for must show whole: not scrolled out of sight,
not under the on-screen keyboard, not cut by the edge of the page. Every practice app puts
its pages in scroll areas (moved by a finger, never by a scrollbar), so one function does
it for all: :func:`scroll_into_view` moves each scroll area holding the control, innermost
first, just enough for it to show whole with a small margin, above the keyboard. A page
that glides calmly (:class:`Glides`) glides there, from where it was going; others move at
once.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import (
    QCoreApplication,
    QEasingCurve,
    QEvent,
    QObject,
    QPoint,
    QRect,
    Qt,
    QTimer,
)
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QScrollArea,
    QScrollBar,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tutor.sandboxes.kit import motion
from tutor.sandboxes.kit.gestures import TAP_SLOP_PX, GestureArea
from tutor.sandboxes.kit.look import Look

MARGIN_PX = 12  # room kept between a revealed control and the edge of the page
SETTLE_MS = 600  # a glide is over by then (the pages glide for less than half a second)


@runtime_checkable
class Glides(Protocol):
    """A page that moves with a calm glide (its scroll area is a child of it)."""

    def glide_to(self, value: int) -> None: ...

    def destination(self) -> int:
        """Where the page will rest (its position now when it is not moving)."""
        ...

    def finish_glide(self) -> None:
        """Be where the glide was going, at once."""
        ...


def apply_pending_layouts() -> None:
    """Lay out what is waiting to be (a keyboard just shown, a page just filled), so the
    positions read next are the ones the learner will see."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def scroll_areas_holding(widget: QWidget) -> list[QAbstractScrollArea]:
    """The scroll areas ``widget`` is in, innermost first."""
    areas: list[QAbstractScrollArea] = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            areas.append(parent)
        parent = parent.parentWidget()
    return areas


def _window_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def usable_rect(viewport: QWidget, covering: list[QWidget]) -> QRect:
    """The part of ``viewport`` (its own pixels) not under a covering widget that rises
    from the bottom (the on-screen keyboard drawn over the page)."""
    usable = viewport.rect()
    seen = _window_rect(viewport)
    for widget in covering:
        if not widget.isVisible():
            continue
        over = _window_rect(widget).intersected(seen)
        if over.isEmpty():
            continue
        usable.setBottom(min(usable.bottom(), over.top() - seen.top() - 1))
    return usable


def _needed(start: int, length: int, first: int, span: int, margin: int) -> int:
    """The smallest move of a view showing ``[first, first + span)`` of the content so that
    ``[start, start + length)`` shows whole, with ``margin`` around it when there is room."""
    margin = max(0, min(margin, (span - length) // 2))
    if length + 2 * margin > span or start - margin < first:
        return start - margin  # too big for the view: its beginning shows
    if start + length + margin > first + span:
        return start + length + margin - span
    return first


def _move(
    area: QAbstractScrollArea, bar: QScrollBar, value: int, glider: Glides | None, glide: bool
) -> None:
    value = max(bar.minimum(), min(value, bar.maximum()))
    if glider is not None and bar is area.verticalScrollBar():
        if glide:
            if value != glider.destination():
                glider.glide_to(value)
            return
        glider.finish_glide()  # at once: where it was going first, then where it must be
    if value != bar.value():
        bar.setValue(value)


def scroll_into_view(
    widget: QWidget, covering: list[QWidget], glide: bool = True, margin: int = MARGIN_PX
) -> None:
    """Move every scroll area holding ``widget`` so that it shows whole, above whatever in
    ``covering`` (the keyboard) lies over the page. ``glide=False``: at once, even on a
    gliding page (after a resize, when everything has moved already)."""
    apply_pending_layouts()
    for area in scroll_areas_holding(widget):
        viewport = area.viewport()
        owner = area.parentWidget()
        glider = owner if isinstance(owner, Glides) else None
        usable = usable_rect(viewport, covering)
        here = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
        vertical, horizontal = area.verticalScrollBar(), area.horizontalScrollBar()
        now_y = vertical.value()
        rest_y = glider.destination() if glider is not None else now_y
        top = here.top() + now_y - usable.top()
        wanted_y = _needed(top, here.height(), rest_y, usable.height(), margin)
        _move(area, vertical, wanted_y, glider, glide)
        now_x = horizontal.value()
        left = here.left() + now_x
        wanted_x = _needed(left, here.width(), now_x, usable.width(), margin)
        _move(area, horizontal, wanted_x, None, glide)


def finish_glides(root: QWidget) -> None:
    """Every gliding page under ``root`` at its resting place at once."""
    for area in root.findChildren(QAbstractScrollArea):  # a gliding page holds one
        owner = area.parentWidget()
        if isinstance(owner, Glides):
            owner.finish_glide()


def bare_scroll_area(
    content: QWidget,
    parent: QWidget | None = None,
    *,
    see_through: bool = True,
    style: str = "",
) -> QScrollArea:
    """``content`` in a borderless area without scroll bars, as tablets show a page: a
    finger, a swipe or the lesson's target moves it (``style``: the area's style sheet).

    ``see_through``: neither the area's viewport nor ``content`` fills itself, so what is
    drawn under the area shows (``QScrollArea.setWidget`` makes its page fill itself with
    the palette's window colour, the tutor's black in strong contrast, whereas a practice
    app keeps a real tablet's look)."""
    area = QScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if style:
        area.setStyleSheet(style)
    if see_through:
        area.viewport().setAutoFillBackground(False)
    area.setWidget(content)
    if see_through:
        content.setAutoFillBackground(False)  # after setWidget, which turns it on
    return area


SEE_THROUGH = "QScrollArea { background: transparent; }"


def finger_scroll_area(content: QWidget) -> QScrollArea:
    """``content`` in a borderless, see-through area moved by a finger (no scrollbars),
    see-through all the way down (:func:`bare_scroll_area`)."""
    area = bare_scroll_area(content, style=SEE_THROUGH)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(area.viewport())
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    scroller.setScrollerProperties(properties)
    return area


def finger_page(page: QWidget) -> QScrollArea:
    """A screen's content, ``page``, moved by a finger when it is taller than the tablet's
    screen (a small window, big text, the keyboard up): every control keeps a finger's size
    and every line its words instead of being squeezed, and the lesson's target is brought
    into view (:func:`scroll_into_view`). Never wider than the screen: its lines wrap."""
    page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return finger_scroll_area(page)


GLIDE_STEP_MS = 30  # one step of a glide: about 33 steps a second


class Glide(QObject):
    """A calm move of a page's scroll bar to a value: eased out over ``duration_ms``,
    stepped by a timer; at once when the page is not on screen or the learner asked for
    reduced motion."""

    def __init__(self, page: QWidget, bar: QScrollBar, duration_ms: int):
        super().__init__(page)
        self.page = page
        self.bar = bar
        self.duration_ms = duration_ms
        self.target = 0  # where the page goes, or went last
        self._start = 0
        self._step = 0
        self._curve = QEasingCurve(QEasingCurve.Type.OutCubic)
        self._timer = QTimer(self, interval=GLIDE_STEP_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def to(self, value: int) -> None:
        """Glide to ``value`` (kept within the page), from wherever the page is now."""
        self._timer.stop()
        self.target = max(0, min(value, self.bar.maximum()))
        if not self.page.isVisible() or motion.reduced():
            self.bar.setValue(self.target)
            return
        self._start = self.bar.value()
        self._step = 0
        self._timer.start()

    def jump(self, value: int) -> None:
        """Be at ``value`` now, without a glide."""
        self._timer.stop()
        self.target = max(0, min(value, self.bar.maximum()))
        self.bar.setValue(self.target)

    def is_active(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        """Stop where the page is now."""
        self._timer.stop()

    def destination(self) -> int:
        """Where the page will rest (see :class:`Glides`)."""
        return self.target if self._timer.isActive() else self.bar.value()

    def finish(self) -> None:
        """Be at once where a glide under way was going."""
        if self._timer.isActive():
            self._timer.stop()
            self.bar.setValue(self.target)

    def _on_timer_timeout(self) -> None:
        self._step += 1
        steps = max(1, self.duration_ms // GLIDE_STEP_MS)
        progress = self._curve.valueForProgress(min(1.0, self._step / steps))
        self.bar.setValue(self._start + round((self.target - self._start) * progress))
        if self._step >= steps:
            self._timer.stop()


class SwipedPage(GestureArea):
    """A page the finger moves (``area``, its page ``content`` laid out by ``column``): it
    follows the finger while pressed, and glides to where a swipe takes it (a web page, a
    feed of posts). Not opaque, so the page itself counts as touchable: the subclass paints
    what lies under it. ``TOUCH_FINISHES_GLIDE``: a new touch ends a glide at its
    destination (else where it is)."""

    TOUCH_FINISHES_GLIDE = False

    def __init__(
        self,
        look: Look,
        name: str,
        content: QWidget,
        glide_ms: int,
        parent: QWidget | None = None,
    ):
        super().__init__(parent, accepts_swipe=True)
        self.look = look
        self.setObjectName(name)
        self.content = content
        self.column = QVBoxLayout(content)
        self.area = bare_scroll_area(content, self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.area)
        self.bar = self.area.verticalScrollBar()
        self._glide = Glide(self, self.bar, glide_ms)  # a calm glide, stepped by a timer
        self._anchor: int | None = None  # where the page was when the finger touched it

    def mousePressEvent(self, event: QMouseEvent):
        super().mousePressEvent(event)
        if self.TOUCH_FINISHES_GLIDE:
            self._glide.finish()
        else:
            self._glide.stop()
        self._anchor = self.bar.value()

    def mouseMoveEvent(self, event: QMouseEvent):
        super().mouseMoveEvent(event)
        if self._press is not None and self._anchor is not None:
            dy = round(event.position().y()) - self._press.y()
            if abs(dy) > TAP_SLOP_PX:
                self.bar.setValue(self._anchor - dy)  # the page follows the finger

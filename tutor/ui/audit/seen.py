"""What a person sees of a widget on the window: the parts the audit's checks share.

The text checks (``checks``), the non-text contrast (``non_text``) and the targets
(``targets``) all ask what is drawn on top at a point and what covers a widget, and report
:class:`Violation`; kept here, below all three, so none of them imports another's module.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Violation:
    screen: str
    control: str
    check: str  # target, text-size, contrast, clipped, overlap, name, window-size, …
    detail: str
    where: str = "tutor"  # or "practice-app"

    def as_dict(self) -> dict[str, str]:
        return asdict(self)

    def __str__(self) -> str:
        return f"{self.screen} | {self.control} | {self.check}: {self.detail}"


def name_of(widget: QWidget) -> str:
    if widget.objectName():
        return widget.objectName()
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}({text[:30]!r})"


def seen_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` not hidden by a scroll area or its parents, in window pixels."""
    seen = widget.visibleRegion().boundingRect()
    top_left = widget.mapTo(window, seen.topLeft())
    return seen.translated(top_left - seen.topLeft()).intersected(window.rect())


def _see_through(widget: QWidget) -> bool:
    """An overlay that lets touches through and paints no background of its own (a
    highlight ring, a dimming layer) hides nothing under it; a toast that lets touches
    through but paints its box does."""
    return widget.testAttribute(
        Qt.WidgetAttribute.WA_TransparentForMouseEvents
    ) and widget.testAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)


def drawn_at(root: QWidget, point: QPoint) -> QWidget:
    """The widget drawn on top at ``point`` (in ``root``'s pixels): the last shown child
    (children are painted in order) holding the point, and so on down. Unlike
    ``QWidget.childAt`` it sees widgets that let touches through, such as a toast."""
    for child in reversed(root.children()):
        if not isinstance(child, QWidget) or child.isWindow() or child.isHidden():
            continue
        if child.geometry().contains(point) and not _see_through(child):
            return drawn_at(child, point - child.pos())
    return root


def covers(widget: QWidget, window: QWidget) -> list[QRect] | None:
    """The rectangles (window pixels) of the widgets drawn over ``widget``; None when it is
    covered all over (under a sheet, a scrim or a toast: not seen, so not checked).

    Five points of the widget's seen part (its centre and four points towards its corners)
    are asked for the widget drawn on top there
    (:func:`drawn_at`). A point is the widget's own when that is the widget, one of its
    children, or one of its parents (a parent is never drawn over its child).
    """
    rect = seen_rect(widget, window)
    if rect.width() < 1 or rect.height() < 1:
        return None  # nothing of it seen: scrolled out of sight, or under an opaque widget
    found: list[QRect] = []
    own = 0
    for fx, fy in ((3, 3), (1, 1), (5, 1), (1, 5), (5, 5)):
        point = QPoint(rect.left() + rect.width() * fx // 6, rect.top() + rect.height() * fy // 6)
        top = drawn_at(window, point)
        if top is widget or widget.isAncestorOf(top) or top.isAncestorOf(widget):
            own += 1
            continue
        cover = QRect(top.mapTo(window, QPoint(0, 0)), top.size())
        if cover not in found:
            found.append(cover)
    return found if own else None

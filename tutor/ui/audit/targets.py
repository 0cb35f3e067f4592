"""The step's target in view: whole and uncovered when the step starts.

A step asks the learner to touch one control of the practice app. If that control is
scrolled out of sight, half under the on-screen keyboard, under a banner or a sheet, or cut
by the edge of the practice tablet's screen, the learner is asked for something they cannot
see. So, when a step starts, the target's rectangle (in window pixels) must lie inside the
window and inside the seen part of every widget holding it (a scroll area's viewport, the
tablet's screen, the app's pages), and the widget drawn on top at its corners, the middles
of its sides and its centre must be the target itself (or one of its children).

A step with nothing to touch (the player's "Continue") has no target to check. A swipe
step's target is the area swiped, which must show too; what the swipe brings into view is
the next step's target, checked when that step starts.

At a lesson's step the target must also be one Tab reaches (``target-not-by-keys``): the
practice app's keyboard order (``TabletApp.reachable_controls``), which switches follow too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from tutor.core.actions import CONTINUE_TARGET
from tutor.ui.audit.checks import Rules, Violation, drawn_at

if TYPE_CHECKING:
    from tutor.sandboxes.base import SandboxWidget
    from tutor.ui.controllers.lesson_controller import LessonController

CHECK = "target-hidden"
KEYS_CHECK = "target-not-by-keys"
WHERE = "practice-app"
INSET = 2  # sample points this far inside the target's edges (an anti-aliased border)


def window_rect(widget: QWidget, window: QWidget) -> QRect:
    """``widget``'s whole rectangle in ``window``'s pixels (seen or not)."""
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def describe(widget: QWidget) -> str:
    """A name a reader can find: the object name, else the class, with a scroll area's
    viewport named after the area and what holds it."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        if parent.objectName():
            return f"the scrolling area {parent.objectName()}"
        holder = parent.parentWidget()
        around = f" in {describe(holder)}" if holder is not None else ""
        return f"the scrolling area{around}"
    if widget.objectName():
        return widget.objectName()
    return type(widget).__name__


def _branch_over(top: QWidget, target: QWidget) -> QWidget:
    """The widget that holds ``top`` and lies beside ``target``'s own line of parents (the
    keyboard, a sheet, a banner): what covers the target, named as a whole."""
    branch = top
    parent = branch.parentWidget()
    while parent is not None and not parent.isAncestorOf(target):
        branch = parent
        parent = branch.parentWidget()
    return branch


def _own(top: QWidget, target: QWidget) -> bool:
    return top is target or target.isAncestorOf(top) or top.isAncestorOf(target)


def sample_points(rect: QRect) -> list[QPoint]:
    """Corners, middles of the sides and centre of ``rect``, a little inside it."""
    left, right = rect.left() + INSET, rect.right() - INSET
    top, bottom = rect.top() + INSET, rect.bottom() - INSET
    mid_x, mid_y = rect.center().x(), rect.center().y()
    return [QPoint(x, y) for y in (top, mid_y, bottom) for x in (left, mid_x, right)]


def _sides(whole: QRect, seen: QRect) -> str:
    """Which sides of ``whole`` are cut away in ``seen``, and by how many pixels."""
    if seen.isEmpty():
        return "all of it"
    cuts = [
        (seen.top() - whole.top(), "top"),
        (whole.bottom() - seen.bottom(), "bottom"),
        (seen.left() - whole.left(), "left"),
        (whole.right() - seen.right(), "right"),
    ]
    return ", ".join(f"{px} px at the {side}" for px, side in cuts if px > 0)


def cut_problems(widget: QWidget, window: QWidget) -> list[str]:
    """What cuts ``widget``: each holder (and the window) whose seen part does not hold it
    whole, with the pixels hidden and what is drawn where the hidden part would be."""
    whole = window_rect(widget, window)
    found: list[str] = []
    seen = QRect(whole)
    holder = widget.parentWidget()
    holders: list[QWidget] = []
    while holder is not None and holder is not window:
        holders.append(holder)
        holder = holder.parentWidget()
    for holder in holders:
        area = window_rect(holder, window)
        if not area.contains(seen):
            clipped = seen.intersected(area)
            found.append(
                f"cut by the edge of {describe(holder)} "
                f"({_sides(seen, clipped)} hidden{_drawn_instead(seen, clipped, window, widget)})"
            )
            seen = clipped
            if seen.isEmpty():
                return found  # out of sight: what holds it further out says no more
    if not window.rect().contains(seen):
        clipped = seen.intersected(window.rect())
        found.append(f"outside the window ({_sides(seen, clipped)} hidden)")
    return found


def _drawn_instead(whole: QRect, seen: QRect, window: QWidget, target: QWidget) -> str:
    """What the learner sees where the hidden part is (the keyboard, the navigation bar)."""
    if seen.isEmpty():
        return ""
    for point in (
        QPoint(whole.center().x(), (seen.bottom() + whole.bottom()) // 2 + 1),
        QPoint(whole.center().x(), (seen.top() + whole.top()) // 2 - 1),
        QPoint((seen.right() + whole.right()) // 2 + 1, whole.center().y()),
        QPoint((seen.left() + whole.left()) // 2 - 1, whole.center().y()),
    ):
        if whole.contains(point) and not seen.contains(point) and window.rect().contains(point):
            top = drawn_at(window, point)
            if not _own(top, target):
                return f"; {describe(_branch_over(top, target))} is drawn there"
    return ""


def seen_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` inside every holder and the window, in window pixels."""
    seen = window_rect(widget, window)
    holder = widget.parentWidget()
    while holder is not None and holder is not window:
        seen = seen.intersected(window_rect(holder, window))
        holder = holder.parentWidget()
    return seen.intersected(window.rect())


def cover_problems(widget: QWidget, window: QWidget) -> list[str]:
    """What is drawn over the seen part of ``widget`` (a banner, a sheet, another
    control), found at its corners, the middles of its sides and its centre."""
    seen = seen_rect(widget, window)
    if seen.width() < 1 or seen.height() < 1:
        return []
    covers: dict[str, int] = {}
    points = sample_points(seen)
    for point in points:
        top = drawn_at(window, point)
        if _own(top, widget):
            continue
        name = describe(_branch_over(top, widget))
        covers[name] = covers.get(name, 0) + 1
    return [
        f"under {name} ({count} of its {len(points)} sample points)"
        for name, count in covers.items()
    ]


def target_problems(widget: QWidget, window: QWidget) -> list[str]:
    """Everything that keeps ``widget`` from being seen whole: cuts, then covers."""
    if not widget.isVisibleTo(window):
        return ["not shown"]
    return cut_problems(widget, window) + cover_problems(widget, window)


def check_step_target(
    screen: str, window: QWidget, sandbox: SandboxWidget, target_id: str
) -> list[Violation]:
    """The audit's check at a step's start (``sandbox``: the practice app shown, a
    :class:`tutor.sandboxes.base.SandboxWidget`). Moves in progress (a page gliding to its
    place) are finished first: the check looks at the screen at rest."""
    if not target_id or target_id == CONTINUE_TARGET:
        return []
    for _round in range(3):  # the step's start, laid out and brought into view
        QApplication.processEvents()
    sandbox.come_to_rest()
    QApplication.processEvents()
    widget = sandbox.target_widget(target_id)
    if widget is None:
        return [Violation(screen, target_id, CHECK, "not on the practice screen", WHERE)]
    return [
        Violation(screen, target_id, CHECK, problem, WHERE)
        for problem in target_problems(widget, window)
    ]


def check_lesson_step_target(
    window: QWidget, lesson: LessonController, rules: Rules
) -> list[Violation]:
    """The check at the step a :class:`LessonController` (``lesson``) is showing, its
    messages naming the lesson, the step, the text size, the theme and the window's size."""
    run, sandbox = lesson.run, lesson.sandbox
    if run is None or sandbox is None or run.finished:
        return []
    display = rules.display
    screen = (
        f"player {run.lesson.id} step {run.index + 1} "
        f"[{display.text_size} % {display.theme}, {window.width()}x{window.height()}]"
    )
    target_id = run.expected.target
    return check_step_target(screen, window, sandbox, target_id) + check_target_by_keys(
        screen, sandbox, target_id
    )


def check_target_by_keys(screen: str, sandbox: SandboxWidget, target_id: str) -> list[Violation]:
    """The step's target is among the controls Tab reaches on the practice screen (and so
    the switches too): a step a keyboard, a switch or a screen reader cannot do is a step
    those learners cannot finish. Run after :func:`check_step_target` (the screen at rest)."""
    if not target_id or target_id == CONTINUE_TARGET:
        return []
    widget = sandbox.target_widget(target_id)
    if widget is None:
        return []  # (said by check_step_target)
    reachable = getattr(sandbox, "reachable_controls", None)
    tab_reaches = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    if reachable is not None and widget in reachable() and tab_reaches:
        return []
    return [Violation(screen, target_id, KEYS_CHECK, "Tab does not reach it", WHERE)]

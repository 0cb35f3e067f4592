"""Checks that a screen fits its window and that its words can be read whole.

- the window asks for no more room than its screen has, and stays the screen's size;
- nothing is cut by the box that holds it: a widget seen only in part, where the part
  beyond cannot be scrolled to (a scroll area that can move that way lets it be);
- no text is drawn over other text;
- in the lesson player, the step's instruction and the first sentence of what is said are
  seen whole when the step starts, and no line is sliced at the edge of the words.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

from tutor.ui.lines import in_pixels, ink_bands

SLACK = 2  # pixels of rounding forgiven


def window_size_problem(window: QWidget, screen: tuple[int, int]) -> str:
    """A window larger than its screen, or asking for more room than the screen has."""
    width, height = screen
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if least.width() > width or least.height() > height:
        return (
            f"asks for at least {least.width()}x{least.height()} px; "
            f"the screen has {width}x{height}"
        )
    if window.width() > width or window.height() > height:
        return f"is {window.width()}x{window.height()} px; the screen has {width}x{height}"
    return ""


def _scrollable_area(widget: QWidget) -> QAbstractScrollArea | None:
    """The scroll area whose viewport ``widget`` is, if it is one."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return parent
    return None


def _widened(box: QRect, inner: QRect, along_x: bool, along_y: bool) -> QRect:
    """``box``, but reaching ``inner``'s edges along the directions given."""
    return QRect(
        QPoint(inner.left() if along_x else box.left(), inner.top() if along_y else box.top()),
        QPoint(
            inner.right() if along_x else box.right(),
            inner.bottom() if along_y else box.bottom(),
        ),
    )


def cut_by_holder(widget: QWidget, window: QWidget) -> str:
    """Part of ``widget`` lies outside a box that holds it (or the window) and cannot be
    scrolled into view: it is cut."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    seen = QRect(rect)
    holder_name = ""
    # Directions in which a scroll area between the widget and a holder can move: along
    # them, what a holder further out cuts is the scroll area (judged on its own), not
    # the widget, which can be scrolled into view.
    scrolls_x = scrolls_y = False
    view: QRect | None = None  # what shows of the scroll area(s) it is moved through
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        box = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        area = _scrollable_area(parent)
        if area is not None:
            # Inside a scroll area: along a direction it can move, the whole content can
            # be brought into view, so only the content's own edges cut.
            content = QRect(child.mapTo(window, QPoint(0, 0)), child.size())
            # Sideways only with a bar to show it: fingers scroll these pages up and down,
            # and a card wider than its page is cut for a person who never swipes sideways.
            scrolls_x = scrolls_x or (
                area.horizontalScrollBar().maximum() > 0
                and area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            )
            scrolls_y = scrolls_y or area.verticalScrollBar().maximum() > 0
            box = _widened(box, content, scrolls_x, scrolls_y)
            shown = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
            view = shown if view is None else view.intersected(shown)
        else:
            if view is not None:
                view = view.intersected(box)
            box = _widened(box, seen, scrolls_x, scrolls_y)
        clipped = seen.intersected(box)
        if clipped != seen and not holder_name:
            holder_name = parent.objectName() or type(parent).__name__
        seen = clipped
        if parent is window:
            break
        if area is not None:  # the scroll area itself was judged through its viewport
            child, parent = area, area.parentWidget()
            continue
        child, parent = parent, parent.parentWidget()
    if view is not None:
        # Scrolled into view, it still has to fit what shows of the area (words that wrap
        # are read a line at a time: a line has to fit).
        need = rect.size()
        if isinstance(widget, QLabel) and widget.wordWrap():
            need.setHeight(min(need.height(), QFontMetrics(widget.font()).lineSpacing()))
        elif isinstance(widget, QLabel):  # a line in a tall cell: its words, not the cell
            need.setHeight(min(need.height(), widget.sizeHint().height()))
        too_tall = scrolls_y and view.height() + SLACK < need.height()
        too_wide = scrolls_x and view.width() + SLACK < need.width()
        if too_tall or too_wide:
            return (
                f"is {rect.width()}x{rect.height()} px; scrolled into view, only "
                f"{view.width()}x{view.height()} px of its scroll area can be seen"
            )
    lost_w, lost_h = rect.width() - seen.width(), rect.height() - seen.height()
    if seen.isEmpty() or (lost_w <= SLACK and lost_h <= SLACK):
        return ""
    return (
        f"only {seen.width()}x{seen.height()} of its {rect.width()}x{rect.height()} px "
        f"can be seen (cut by {holder_name or 'the window'})"
    )


def text_rect(widget: QWidget, window: QWidget) -> QRect:
    """Where ``widget``'s words are drawn (window pixels), near enough: its contents box,
    shrunk to the words' width and height where they are shorter."""
    contents = widget.contentsRect()
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    if not text or (isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.RichText):
        box = contents
    else:
        metrics = QFontMetrics(widget.font())
        flags = int(Qt.AlignmentFlag.AlignCenter)
        if isinstance(widget, QLabel):
            flags = int(widget.alignment())
            if widget.wordWrap():
                flags |= int(Qt.TextFlag.TextWordWrap)
        needed = metrics.boundingRect(contents, flags, text)
        box = needed.intersected(contents) if isinstance(widget, QLabel) else contents
    # Only what shows: words scrolled out of a scroll area's sight are drawn nowhere.
    box = box.intersected(widget.visibleRegion().boundingRect())
    return QRect(widget.mapTo(window, box.topLeft()), box.size())


def overlapping_texts(widgets: list[QWidget], window: QWidget) -> list[tuple[QWidget, QWidget]]:
    """Pairs of words drawn over each other (neither holding the other)."""
    boxes = [(widget, text_rect(widget, window)) for widget in widgets]
    found = []
    for index, (first, first_box) in enumerate(boxes):
        for second, second_box in boxes[index + 1 :]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            common = first_box.intersected(second_box)
            if common.width() > 3 and common.height() > 3:
                found.append((first, second))
    return found


def first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.!?…])(\s|$)", text.strip(), re.DOTALL)
    return match.group(1) if match else text.strip()


def instruction_problems(player, window: QWidget, image: QImage) -> list[str]:
    """The step's instruction and the first sentence said are seen whole when the step
    starts, and no line of the words is sliced by their box (``player``: the player)."""
    area = player.words
    viewport = area.viewport()
    top, bottom = player.whole_lines.visible_rows()
    origin = viewport.mapTo(window, QPoint(0, 0))
    seen = QRect(origin.x(), origin.y() + top, viewport.width(), max(0, bottom - top))
    problems = []
    instruction = player.instruction
    if instruction.isVisible() and instruction.text():
        box = QRect(instruction.mapTo(window, QPoint(0, 0)), instruction.size())
        if not seen.contains(box):
            problems.append("the instruction is not seen whole")
    feedback = player.feedback
    if feedback.isVisible() and feedback.text():
        sentence = first_sentence(player.spoken_text())
        contents = feedback.contentsRect()
        flags = int(Qt.TextFlag.TextWordWrap)
        height = (
            QFontMetrics(feedback.font())
            .boundingRect(QRect(0, 0, contents.width(), 100000), flags, sentence)
            .height()
        )
        end = feedback.mapTo(window, QPoint(0, contents.top())).y() + height
        if end > seen.bottom() + 1 + SLACK:
            problems.append(f"the first sentence is not seen whole: “{sentence[:40]}…”")
    ratio = image.devicePixelRatio() or 1.0
    inner = feedback.contentsRect() if feedback.isVisible() else instruction.contentsRect()
    left = feedback.mapTo(window, inner.topLeft()).x() if feedback.isVisible() else seen.left()
    columns = QRect(left, seen.top(), inner.width(), seen.height())
    scaled = in_pixels(columns, ratio)
    bands = ink_bands(image, scaled)
    last = scaled.height() - 1
    if bands and (bands[0][0] == 0 or bands[-1][1] == last):
        problems.append("a line of the words is sliced at the edge of their box")
    return problems

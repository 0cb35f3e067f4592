"""What the accessibility audit checks on one rendered screen.

Targets at least a finger's size, body text at least the size's minimum, text contrast at
least the theme's minimum (the declared text colour against the background really drawn
under the widget, sampled from the window's picture), no text cut or squeezed, and an
accessible name on every control.

A practice app's lesson targets are held to the tutor's own 64 px, and its words to the
theme's contrast (7:1 in high contrast) and to the no-cut rule, like the tutor's. A practice
app keeps a real tablet's look whatever the tutor's theme (it is drawn in the standard
palette), so its colours are chosen dark enough to give 7:1 in both themes.

A widget drawn over by another one (under a sheet, a dimming scrim or a toast) is not
seen: it is checked only where it is seen, and not at all when it is covered all over.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontInfo, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from tutor.ui.audit.fit import cut_by_holder, overlapping_texts
from tutor.ui.display import Display
from tutor.ui.theme import MIN_BODY_PX, MIN_CONTRAST, MIN_TARGET_PX, contrast_ratio


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


@dataclass(frozen=True)
class Rules:
    """The same everywhere, the facilitator space and the stand included."""

    display: Display

    @property
    def min_target(self) -> int:
        return MIN_TARGET_PX

    @property
    def min_text(self) -> int:
        return self.display.sizes.px(MIN_BODY_PX)

    @property
    def min_contrast(self) -> float:
        return MIN_CONTRAST.get(self.display.theme, 4.5)


def name_of(widget: QWidget) -> str:
    if widget.objectName():
        return widget.objectName()
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}({text[:30]!r})"


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _in_practice_app(widget: QWidget, practice: QWidget | None) -> bool:
    return practice is not None and (widget is practice or practice.isAncestorOf(widget))


def _text_inside(widget: QWidget) -> bool:
    """A label that only draws a picture, or a button with no words, has no text to read."""
    return bool(getattr(widget, "text", lambda: "")().strip())


def _seen_rect(widget: QWidget, window: QWidget) -> QRect:
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
    rect = _seen_rect(widget, window)
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


def _background(
    image: QImage, widget: QWidget, window: QWidget, hidden_by: list[QRect] | None = None
) -> QColor | None:
    """The colour drawn most under ``widget`` (its background), from the window's picture,
    leaving out what is drawn over it (``hidden_by``)."""
    seen = widget.visibleRegion().boundingRect()  # not what a scroll area hides
    if seen.isEmpty() or seen.height() < widget.height() / 2:
        return None  # mostly scrolled out of sight: checked where it is seen whole
    rect = _seen_rect(widget, window)
    if rect.width() < 4 or rect.height() < 4:
        return None
    counts: Counter[int] = Counter()
    step_x = max(1, rect.width() // 24)
    step_y = max(1, rect.height() // 12)
    for y in range(rect.top() + 2, rect.bottom() - 1, step_y):
        for x in range(rect.left() + 2, rect.right() - 1, step_x):
            if hidden_by and any(cover.contains(x, y) for cover in hidden_by):
                continue
            counts[image.pixel(x, y)] += 1
    if not counts:
        return None
    return QColor.fromRgb(counts.most_common(1)[0][0])


def _foreground(widget: QWidget) -> QColor:
    role = widget.foregroundRole()
    if isinstance(widget, QAbstractButton):
        role = QPalette.ColorRole.ButtonText
    return widget.palette().color(role)


def _clipped(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        if widget.pixmap() is not None and not widget.pixmap().isNull():
            return ""
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 2:
                return f"needs {needed} px of height, has {widget.height()}"
            return ""
        needed = widget.sizeHint().width()
        if needed > widget.width() + 2:
            return f"needs {needed} px of width, has {widget.width()}"
        return ""
    if isinstance(widget, QAbstractButton) and type(widget).__name__ == "QPushButton":
        hint = widget.sizeHint()
        if hint.width() > widget.width() + 2:
            return f"needs {hint.width()} px of width, has {widget.width()}"
        if hint.height() > widget.height() + 2:
            return f"needs {hint.height()} px of height, has {widget.height()}"
    return ""


def in_logical_pixels(image: QImage, width: int, height: int) -> QImage:
    """The window's picture with one pixel per logical pixel, as the checks read it at
    widgets' places: under display scaling (``QT_SCALE_FACTOR`` 1.5) a grab holds 1.5
    times more pixels a side, and a colour read at a widget's place came from elsewhere."""
    if image.width() == width and image.height() == height:
        return image
    logical = image.scaled(
        width,
        height,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,  # true colours, not blends of edges
    )
    logical.setDevicePixelRatio(1.0)
    return logical


def check_screen(
    screen: str,
    window: QWidget,
    root: QWidget,
    rules: Rules,
    practice: QWidget | None = None,
    practice_targets: set[str] | frozenset[str] = frozenset(),
) -> list[Violation]:
    """Every check on the widgets shown under ``root`` (``practice``: the practice app)."""
    image = in_logical_pixels(window.grab().toImage(), window.width(), window.height())
    found: list[Violation] = []
    texts: list[QWidget] = []
    hidden_cache: dict[int, list[QRect] | None] = {}  # what covers each widget, asked once

    def report(widget: QWidget, check: str, detail: str) -> None:
        where = "practice-app" if _in_practice_app(widget, practice) else "tutor"
        found.append(Violation(screen, name_of(widget), check, detail, where))

    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, window) or isinstance(widget, QAbstractScrollArea):
            continue
        in_app = _in_practice_app(widget, practice)
        interactive = isinstance(widget, QAbstractButton | QLineEdit | QComboBox) or (
            in_app and widget.objectName() in practice_targets
        )
        textual = isinstance(widget, QLabel | QAbstractButton) and _text_inside(widget)
        if not interactive and not textual:
            continue
        hidden_by = hidden_cache[id(widget)] = covers(widget, window)
        if hidden_by is None:
            continue  # drawn over all over: not seen (its own screen shows it uncovered)
        if interactive and not (in_app and widget.objectName() not in practice_targets):
            smallest = min(widget.width(), widget.height())
            if smallest < rules.min_target:
                least = rules.min_target  # a practice app's targets too: no exemption
                report(
                    widget,
                    "target",
                    f"{widget.width()}x{widget.height()} px, at least {least}x{least} expected",
                )
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
            if not name.strip():
                report(widget, "name", "no accessible name")
        if not textual:
            continue
        least_ratio = rules.min_contrast
        if not in_app:  # a practice app's text keeps a real tablet's sizes
            pixels = QFontInfo(widget.font()).pixelSize()
            if pixels < rules.min_text and not widget.property("preview"):
                report(widget, "text-size", f"{pixels} px, at least {rules.min_text} expected")
        texts.append(widget)
        cut = _clipped(widget) or cut_by_holder(widget, window)
        if cut:
            report(widget, "clipped", cut)
        background = _background(image, widget, window, hidden_by)
        if background is not None:
            ratio = contrast_ratio(_foreground(widget).name(), background.name())
            if ratio < least_ratio:
                report(
                    widget,
                    "contrast",
                    f"{ratio:.2f}:1 ({_foreground(widget).name()} on {background.name()}), "
                    f"at least {least_ratio}:1 expected",
                )
    for first, second in overlapping_texts(texts, window):
        report(first, "overlap", f"its words are drawn over those of {name_of(second)}")
    # Pictures, boxes, edges and tracks (WCAG 1.4.11): their own module.
    from tutor.ui.audit.non_text import check_non_text

    found += check_non_text(screen, window, root, image, practice, hidden_cache)
    return found

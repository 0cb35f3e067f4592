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
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
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
from tutor.ui.audit.seen import Violation, covers, name_of, seen_rect
from tutor.ui.audit.seen import drawn_at as drawn_at  # (where the tests and targets look)
from tutor.ui.display import Display
from tutor.ui.theme import MIN_BODY_PX, MIN_CONTRAST, MIN_TARGET_PX, contrast_ratio


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


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _in_practice_app(widget: QWidget, practice: QWidget | None) -> bool:
    return practice is not None and (widget is practice or practice.isAncestorOf(widget))


def _text_inside(widget: QWidget) -> bool:
    """A label that only draws a picture, or a button with no words, has no text to read."""
    return bool(getattr(widget, "text", lambda: "")().strip())


def _background(
    image: QImage, widget: QWidget, window: QWidget, hidden_by: list[QRect] | None = None
) -> QColor | None:
    """The colour drawn most under ``widget`` (its background), from the window's picture,
    leaving out what is drawn over it (``hidden_by``)."""
    seen = widget.visibleRegion().boundingRect()  # not what a scroll area hides
    if seen.isEmpty() or seen.height() < widget.height() / 2:
        return None  # mostly scrolled out of sight: checked where it is seen whole
    rect = seen_rect(widget, window)
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

"""Non-text contrast (WCAG 2.2, success criterion 1.4.11): what is not words must show too.

A picture (an icon, an avatar), the box of a check box or a radio button, the edge of a
field or a button, and a progress bar's track must reach 3:1 against what lies behind them,
in both themes. Like the text check, this one measures what is really drawn: the window's
picture (``window.grab()``), not the colours the code asked for.

How each thing is measured, so that anti-aliased edges and small highlights do not decide:

- **Colours in clusters.** Pixels are grouped by colour (16 levels per channel); a cluster
  counts when it holds enough of the pixels looked at. A cluster stands for the colour most
  of its pixels have.
- **A picture** (a label's pixmap, a button's icon, an avatar): its own pixels say what is
  drawn (the icon's opaque pixels), the window's picture says what lies behind (under the
  picture's transparent pixels, or the button's fill just inside its border). A picture
  with no transparent pixel (a photo, a screen's thumbnail) is shown as it is: not judged.
  The picture's main colour (its largest cluster: a glyph's ink, an avatar's disc) must
  reach 3:1 against what lies behind. When that main colour is a filled shape (a disc),
  the picture drawn on it must reach 3:1 against it too.
- **A boundary** (a field, a tutor's button or tile, a check box's box, a progress bar):
  on each side, a few pixels just outside the edge (what lies behind) and a thin band just
  inside it (the border). A side's border contrast is the most contrasting pixel of the
  band, taken at several places along the middle of the side (the median: one dark dot does
  not make a border). The boundary shows when two sides do, or when the control's own fill
  reaches 3:1 against what lies behind (a filled button needs no border).
- **A progress bar**: its track's boundary as above, and the done part against the track.
- **A practice app's control** keeps a real tablet's look (often no border): something of it
  must show, its fill against what lies behind, its border, or what is drawn in it (words,
  an icon: enough of its pixels, looked at densely) against its fill. A practice field
  (``boundary`` property) must show its edge; a painted photo (``photo`` property) is
  shown as it is, like a photo in a label.

Disabled controls are not judged (WCAG leaves inactive controls out), and what a sheet, a
scrim or a toast covers is not seen, so not checked (as for text).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from tutor.ui.audit.measures import (
    MAX_BAND_PX,
    OUTSIDE_PX,
    Measure,
    boundary_measure,
    button_icon_measure,
    indicator_measure,
    label_picture_measure,
    painted_measure,
    progress_measure,
)
from tutor.ui.audit.pixels import Picture
from tutor.ui.audit.seen import Violation, covers, name_of, seen_rect

CHECK = "non-text-contrast"
# A widget is judged when at least this share of it shows (a sliver under a keyboard is not).
MOSTLY_SEEN = 0.5


# -- the check ------------------------------------------------------------------------------
FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def _measures(
    widget: QWidget, window: QWidget, picture: Picture, hidden: list[QRect], practice: bool
) -> Iterator[Measure | None]:
    if isinstance(widget, QLabel):
        pixmap = widget.pixmap()
        if pixmap is not None and not pixmap.isNull():
            yield label_picture_measure(widget, window, picture, hidden)
        return
    if isinstance(widget, QProgressBar):
        yield progress_measure(widget, window, picture, hidden)
        return
    if not widget.isEnabled():
        return  # an inactive control is not judged (WCAG 1.4.11)
    if isinstance(widget, QCheckBox | QRadioButton):
        yield indicator_measure(widget, window, picture, hidden)
        return
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    seen = seen_rect(widget, window)
    needs_edge = isinstance(widget, FIELDS) or bool(widget.property("boundary"))
    if needs_edge or (isinstance(widget, QAbstractButton) and not practice):
        # a field's edge shows where to write; the tutor's buttons and tiles all show theirs
        yield boundary_measure(picture, rect, hidden, seen=seen)
    elif practice and _is_control(widget) and not widget.property("photo"):
        yield painted_measure(rect, picture, hidden, seen)  # a photo is shown as it is
    if isinstance(widget, QAbstractButton) and not widget.icon().isNull():
        yield button_icon_measure(widget, window, picture, hidden)


def _is_control(widget: QWidget) -> bool:
    """A control a learner touches in a practice app (kit's Pressable and its kin)."""
    from tutor.sandboxes.kit.touch import Pressable

    return isinstance(widget, Pressable | QAbstractButton)


def check_non_text(
    screen: str,
    window: QWidget,
    root: QWidget,
    image: QImage,
    practice: QWidget | None = None,
    hidden_cache: dict[int, list[QRect] | None] | None = None,
) -> list[Violation]:
    """Every picture, box, edge and track shown under ``root`` below 3:1 (see the module).
    ``hidden_cache``: what covers each widget (by ``id``), as the text checks found it."""
    hidden_cache = {} if hidden_cache is None else hidden_cache
    picture = Picture(image)
    found: list[Violation] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) or widget.width() < 4 or widget.height() < 4:
            continue
        in_app = practice is not None and (widget is practice or practice.isAncestorOf(widget))
        if not _may_matter(widget, in_app):
            continue
        if id(widget) not in hidden_cache:
            hidden_cache[id(widget)] = covers(widget, window)
        hidden = hidden_cache[id(widget)]
        if hidden is None or _seen_share(widget, window, hidden) < MOSTLY_SEEN:
            continue  # not seen, or a sliver of it: judged where it is seen (another step)
        key = _drawn_alike(widget, window, picture, hidden, in_app)
        details = _ALREADY_MEASURED.get(key)
        if details is None:
            details = [
                str(measure)
                for measure in _measures(widget, window, picture, hidden, in_app)
                if measure is not None
            ]
            if len(_ALREADY_MEASURED) > 50_000:
                _ALREADY_MEASURED.clear()
            _ALREADY_MEASURED[key] = details
        where = "practice-app" if in_app else "tutor"
        found += [Violation(screen, _name(widget), CHECK, detail, where) for detail in details]
    return found


# What was measured, by what decides it: the same control drawn alike (the player's bottom
# row at every step, a practice app's buttons from one step to the next) is measured once.
_ALREADY_MEASURED: dict[tuple[object, ...], list[str]] = {}


def _drawn_alike(
    widget: QWidget, window: QWidget, picture: Picture, hidden: list[QRect], in_app: bool
) -> tuple[object, ...]:
    """Everything a measure of ``widget`` reads: its kind and state, its pictures, where it
    is, what covers it, and the pixels in and just around it."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    around = OUTSIDE_PX + MAX_BAND_PX + 2
    pictures: tuple[int, ...] = ()
    if isinstance(widget, QLabel) and widget.pixmap() is not None:
        pictures = (widget.pixmap().cacheKey(),)
    elif isinstance(widget, QAbstractButton):
        icon_size = widget.iconSize()
        pictures = (widget.icon().cacheKey(), icon_size.width(), icon_size.height())
    state: tuple[object, ...] = (
        type(widget).__qualname__,
        in_app,
        widget.isEnabled(),
        isinstance(widget, QAbstractButton) and widget.isChecked(),
        bool(widget.property("boundary")),
        bool(widget.property("photo")),
    )
    if isinstance(widget, QProgressBar):
        state += (widget.minimum(), widget.value(), widget.maximum())
    return (
        state,
        pictures,
        rect.getRect(),
        seen_rect(widget, window).getRect(),
        tuple(cover.getRect() for cover in hidden),
        picture.fingerprint(rect.adjusted(-around, -around, around, around)),
    )


def _seen_share(widget: QWidget, window: QWidget, hidden: list[QRect]) -> float:
    """How much of ``widget`` shows: not scrolled out of sight, not under another widget."""
    seen = seen_rect(widget, window)
    origin = widget.mapTo(window, QPoint(0, 0))
    points = [
        (
            origin.x() + widget.width() * (2 * i + 1) // 16,
            origin.y() + widget.height() * (2 * j + 1) // 16,
        )
        for i in range(8)
        for j in range(8)
    ]
    shown = [
        (x, y)
        for x, y in points
        if seen.contains(x, y) and not any(cover.contains(x, y) for cover in hidden)
    ]
    return len(shown) / len(points)


def _name(widget: QWidget) -> str:
    """The widget's name; a nameless picture is named after what holds it."""
    if widget.objectName() or not isinstance(widget, QLabel):
        return name_of(widget)
    holder = widget.parentWidget()
    while holder is not None and not holder.objectName():
        holder = holder.parentWidget()
    where = f"{name_of(holder)} > " if holder is not None else ""
    return f"{where}picture ({widget.width()}x{widget.height()} px)"


def _may_matter(widget: QWidget, in_app: bool) -> bool:
    if isinstance(widget, QLabel):
        pixmap = widget.pixmap()
        return pixmap is not None and not pixmap.isNull()
    if isinstance(widget, (QAbstractButton, QProgressBar, *FIELDS)):
        return True
    return bool(widget.property("boundary")) or (in_app and _is_control(widget))

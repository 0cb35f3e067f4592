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

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QIcon, QImage, QPixmap
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
    QStyle,
    QStyleOptionButton,
    QTextEdit,
    QWidget,
)

from tutor.ui.audit.seen import Violation, covers, name_of

CHECK = "non-text-contrast"
MIN_NON_TEXT = 3.0
# A cluster counts when it holds at least this share of the pixels looked at (and a few).
SIGNIFICANT_SHARE = 0.04
SIGNIFICANT_PIXELS = 4
# A picture's main colour is a filled shape (a disc) when it covers this share of its box.
FILLED_SHARE = 0.3
# Pixels looked at along each side of a boundary, and how deep the border band is.
SIDE_POSITIONS = (0.3, 0.4, 0.5, 0.6, 0.7)
OUTSIDE_PX = 3
MAX_BAND_PX = 6
# Two colours this close are one (a shade that only rounding sets apart).
SAME_COLOUR = 1.05
# A colour this close to the page around a control is taken for the page, not its drawing.
LIKE_THE_PAGE = 1.2
# A widget is judged when at least this share of it shows (a sliver under a keyboard is not).
MOSTLY_SEEN = 0.5


# -- colours --------------------------------------------------------------------------------
@lru_cache(maxsize=4096)
def luminance(rgb: int) -> float:
    """WCAG 2 relative luminance of ``0xRRGGBB``."""
    linear = []
    for shift in (16, 8, 0):
        c = ((rgb >> shift) & 0xFF) / 255
        linear.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(a: int, b: int) -> float:
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def hex_of(rgb: int) -> str:
    return f"#{rgb:06x}"


def _bucket(rgb: int) -> int:
    return (rgb >> 4) & 0x0F0F0F


def clusters(colours: Iterable[int]) -> list[tuple[int, int]]:
    """(colour, pixel count) of each cluster, the largest first; a cluster's colour is the
    one most of its pixels have."""
    exact: Counter[int] = Counter(colours)
    by_bucket: dict[int, Counter[int]] = {}
    for colour, count in exact.items():
        by_bucket.setdefault(_bucket(colour), Counter())[colour] += count
    found = [(members.most_common(1)[0][0], members.total()) for members in by_bucket.values()]
    return sorted(found, key=lambda item: -item[1])


def significant(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    total = sum(count for _colour, count in found)
    least = max(SIGNIFICANT_PIXELS, SIGNIFICANT_SHARE * total)
    return [(colour, count) for colour, count in found if count >= least]


def dominant(colours: Iterable[int]) -> int | None:
    found = clusters(colours)
    return found[0][0] if found else None


# -- the window's picture -------------------------------------------------------------------
class Picture:
    """A drawn picture read pixel by pixel (RGB, and alpha for a pixmap), quickly: its
    bytes are read once rather than asking Qt for each pixel."""

    def __init__(self, image: QImage):
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
        self.width, self.height = image.width(), image.height()
        self._line = image.bytesPerLine()
        self._bits = bytes(image.constBits())

    def contains(self, x: int, y: int) -> bool:
        return 0 <= x < self.width and 0 <= y < self.height

    def rgb(self, x: int, y: int) -> int:
        at = y * self._line + 4 * x
        bits = self._bits
        return bits[at] | bits[at + 1] << 8 | bits[at + 2] << 16

    def alpha(self, x: int, y: int) -> int:
        return self._bits[y * self._line + 4 * x + 3]

    def fingerprint(self, rect: QRect) -> bytes:
        """A digest of the pixels of ``rect``: two places drawn alike give the same."""
        rect = rect.intersected(QRect(0, 0, self.width, self.height))
        digest = hashlib.blake2b(digest_size=16)
        digest.update(f"{rect.x()},{rect.y()},{rect.width()},{rect.height()}".encode())
        left, right = 4 * rect.left(), 4 * (rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1):
            start = y * self._line
            digest.update(self._bits[start + left : start + right])
        return digest.digest()

    def points(self, rect: QRect, most: int = 2500) -> Iterator[tuple[int, int]]:
        """Points of ``rect`` on a grid, at most about ``most`` of them."""
        rect = rect.intersected(QRect(0, 0, self.width, self.height))
        if rect.isEmpty():
            return
        step = max(1, int((rect.width() * rect.height() / most) ** 0.5))
        for y in range(rect.top(), rect.bottom() + 1, step):
            for x in range(rect.left(), rect.right() + 1, step):
                yield x, y


# -- measures -------------------------------------------------------------------------------
class Measure:
    """One figure under the least expected: what was measured, for the message."""

    def __init__(self, what: str, figure: float, colour: int, behind: int):
        self.what, self.figure, self.colour, self.behind = what, figure, colour, behind

    def __str__(self) -> str:
        return (
            f"{self.what} {self.figure:.2f}:1 ({hex_of(self.colour)} on {hex_of(self.behind)}),"
            f" at least {MIN_NON_TEXT:g}:1 expected"
        )


def picture_measure(drawn: list[int], behind: int, box_pixels: int) -> Measure | None:
    """A picture's pixels (``drawn``) against what lies behind it: its main colour against
    ``behind``, and what is drawn on that colour when it is a filled shape (a disc).
    None when it shows (or when nothing is drawn)."""
    found = significant(clusters(drawn))
    if not found:
        return None
    main, count = found[0]
    seen = ratio(main, behind)
    if seen < MIN_NON_TEXT:
        return Measure("picture", seen, main, behind)
    # what is drawn on it (a shade that only rounding sets apart is the disc itself)
    drawn_on = [item for item in found[1:] if ratio(item[0], main) >= SAME_COLOUR]
    if count >= FILLED_SHARE * box_pixels and drawn_on:
        inside = max(drawn_on, key=lambda item: ratio(item[0], main))[0]
        if ratio(inside, main) < MIN_NON_TEXT:
            return Measure("picture on its disc", ratio(inside, main), inside, main)
    return None


def _seen_rect(widget: QWidget, window: QWidget) -> QRect:
    seen = widget.visibleRegion().boundingRect()
    origin = widget.mapTo(window, QPoint(0, 0))
    return seen.translated(origin).intersected(window.rect())


def _free(x: int, y: int, picture: Picture, hidden: list[QRect]) -> bool:
    """A pixel of the picture that nothing drawn over the widget hides."""
    if not (0 <= x < picture.width and 0 <= y < picture.height):
        return False
    return not hidden or not any(cover.contains(x, y) for cover in hidden)


def fill_of(picture: Picture, rect: QRect, hidden: list[QRect]) -> int | None:
    """The colour drawn most inside ``rect`` (its fill), leaving out its border band."""
    band = min(MAX_BAND_PX + 2, rect.width() // 4, rect.height() // 4)
    inner = rect.adjusted(band, band, -band, -band)
    return dominant(
        picture.rgb(x, y) for x, y in picture.points(inner, 240) if _free(x, y, picture, hidden)
    )


def lining_of(picture: Picture, rect: QRect, hidden: list[QRect]) -> int | None:
    """The colour drawn most just inside the border band of ``rect``: a button's fill where
    its icon is not (an icon may take most of a small button's middle)."""
    depth = max(2, min(MAX_BAND_PX, rect.width() // 6, rect.height() // 6)) + 2
    inner = rect.adjusted(depth, depth, -depth, -depth)
    if inner.width() < 2 or inner.height() < 2:
        return None
    colours = []
    for share in (0.2, 0.35, 0.5, 0.65, 0.8):
        x = inner.left() + round(share * (inner.width() - 1))
        y = inner.top() + round(share * (inner.height() - 1))
        for px, py in (
            (x, inner.top()),
            (x, inner.bottom()),
            (inner.left(), y),
            (inner.right(), y),
        ):
            if _free(px, py, picture, hidden):
                colours.append(picture.rgb(px, py))
    return dominant(colours)


def boundary_measure(
    picture: Picture,
    rect: QRect,
    hidden: list[QRect],
    fill: int | None = None,
    seen: QRect | None = None,
) -> Measure | None:
    """The edge of ``rect`` (window pixels) against what lies just outside it; None when it
    shows, or when what lies outside cannot be seen (nothing to judge). Only the sides
    whose edge is ``seen`` (not scrolled out of sight) are looked at."""
    seen = seen or rect
    band = max(2, min(MAX_BAND_PX, rect.width() // 6, rect.height() // 6))
    sides: list[list[tuple[list[int], int]]] = [[], [], [], []]  # (band pixels, outside)
    for share in SIDE_POSITIONS:
        x = rect.left() + round(share * (rect.width() - 1))
        y = rect.top() + round(share * (rect.height() - 1))
        probes = (
            ((x, rect.top()), (0, 1)),
            ((x, rect.bottom()), (0, -1)),
            ((rect.left(), y), (1, 0)),
            ((rect.right(), y), (-1, 0)),
        )
        for side, ((ex, ey), (dx, dy)) in enumerate(probes):
            ox, oy = ex - dx * OUTSIDE_PX, ey - dy * OUTSIDE_PX
            if not seen.contains(ex, ey) or not _free(ox, oy, picture, hidden):
                continue
            edge = [
                picture.rgb(ex + dx * depth, ey + dy * depth)
                for depth in range(band)
                if _free(ex + dx * depth, ey + dy * depth, picture, hidden)
            ]
            if edge:
                sides[side].append((edge, picture.rgb(ox, oy)))
    outside_colours = [out for places in sides for _edge, out in places]
    if not outside_colours:
        return None
    outside = dominant(outside_colours)
    assert outside is not None
    fill = fill if fill is not None else fill_of(picture, rect, hidden)
    if fill is not None and ratio(fill, outside) >= MIN_NON_TEXT:
        return None
    figures: list[tuple[float, int]] = []
    for places in sides:
        if places:
            best = [max((ratio(c, outside), c) for c in edge) for edge, _out in places]
            figures.append(sorted(best)[len(best) // 2])  # the median place of the side
    figures.sort(reverse=True)
    border = figures[1] if len(figures) > 1 else figures[0]
    if border[0] >= MIN_NON_TEXT:
        return None
    if fill is not None and ratio(fill, outside) > border[0]:
        return Measure("boundary (fill)", ratio(fill, outside), fill, outside)
    return Measure("boundary", border[0], border[1], outside)


# -- what a widget shows --------------------------------------------------------------------
def _pixmap_pixels(pixmap: QPixmap) -> tuple[Picture, QSize]:
    ratio_ = pixmap.devicePixelRatio() or 1.0
    logical = QSize(round(pixmap.width() / ratio_), round(pixmap.height() / ratio_))
    return Picture(pixmap.toImage()), logical


def _drawn_pixels(own: Picture) -> tuple[list[int], int]:
    """The opaque pixels of a picture (its transparent ones show what lies behind), and
    how many pixels were looked at (the picture's box)."""
    points = list(own.points(QRect(0, 0, own.width, own.height), 900))
    drawn = [own.rgb(x, y) for x, y in points if own.alpha(x, y) >= 160]
    return drawn, len(points)


def label_picture_measure(
    label: QLabel, window: QWidget, picture: Picture, hidden: list[QRect]
) -> Measure | None:
    """A label's pixmap: its pixels against the window's pixels under its transparent ones
    (else around it)."""
    pixmap = label.pixmap()
    own, logical = _pixmap_pixels(pixmap)
    if label.hasScaledContents():
        place = label.contentsRect()
    else:
        place = QStyle.alignedRect(
            label.layoutDirection(), label.alignment(), logical, label.contentsRect()
        )
    place = place.translated(label.mapTo(window, QPoint(0, 0)))
    # Only where the picture is seen: a picture half scrolled out of its list has, under
    # its hidden half, what is drawn beyond the list's edge (a tablet's bezel), not its own
    # background.
    seen = _seen_rect(label, window)
    behind_colours: list[int] = []
    for x, y in own.points(QRect(0, 0, own.width, own.height), 900):
        if own.alpha(x, y) == 0:
            wx = place.left() + x * place.width() // max(1, own.width)
            wy = place.top() + y * place.height() // max(1, own.height)
            if seen.contains(wx, wy) and _free(wx, wy, picture, hidden):
                behind_colours.append(picture.rgb(wx, wy))
    if not behind_colours:
        return None  # an opaque picture (a photo, a screen's thumbnail): shown as it is
    behind = dominant(behind_colours)
    if behind is None:
        return None
    drawn, box = _drawn_pixels(own)
    return picture_measure(drawn, behind, box)


def button_icon_measure(
    button: QAbstractButton, window: QWidget, picture: Picture, hidden: list[QRect]
) -> Measure | None:
    """A button's icon against the button's own fill, as drawn."""
    mode = QIcon.Mode.Normal if button.isEnabled() else QIcon.Mode.Disabled
    state = QIcon.State.On if button.isChecked() else QIcon.State.Off
    pixmap = button.icon().pixmap(button.iconSize(), 1.0, mode, state)
    if pixmap.isNull():
        return None
    own, _logical = _pixmap_pixels(pixmap)
    fill = lining_of(picture, _seen_rect(button, window), hidden)
    if fill is None:
        return None
    drawn, box = _drawn_pixels(own)
    return picture_measure(drawn, fill, box)


def painted_measure(
    rect: QRect, picture: Picture, hidden: list[QRect], seen: QRect
) -> Measure | None:
    """A painted control of a practice app: something of it must show at 3:1 (its fill
    against what lies around it, its edge, or what is drawn in it against its fill)."""
    fill = fill_of(picture, seen, hidden)
    if fill is None:
        return None
    edge = boundary_measure(picture, rect, hidden, fill, seen)
    if edge is None:
        return None
    # What is drawn in it (words, an icon): enough of its pixels at 3:1 against its fill,
    # leaving out what looks like the page around it (a round picture in a square, a
    # gradient behind). Looked at densely (a word's strokes are thin), stopping once seen.
    dense = list(picture.points(seen, 6000))
    enough = max(2 * SIGNIFICANT_PIXELS, len(dense) // 400)
    found, best, best_ratio = 0, None, 1.0
    for x, y in dense:
        if not _free(x, y, picture, hidden):
            continue
        colour = picture.rgb(x, y)
        against_fill = ratio(colour, fill)
        if against_fill > best_ratio and ratio(colour, edge.behind) >= LIKE_THE_PAGE:
            best, best_ratio = colour, against_fill
        if against_fill >= MIN_NON_TEXT and ratio(colour, edge.behind) >= LIKE_THE_PAGE:
            found += 1
            if found >= enough:
                return None
    if best is not None and best_ratio > edge.figure and best_ratio < MIN_NON_TEXT:
        return Measure("control", best_ratio, best, fill)
    return edge


def indicator_measure(
    box: QAbstractButton, window: QWidget, picture: Picture, hidden: list[QRect]
) -> Measure | None:
    """A check box's or radio button's box: its edge (or fill) against what lies around it."""
    option = QStyleOptionButton()
    option.initFrom(box)
    element = (
        QStyle.SubElement.SE_RadioButtonIndicator
        if isinstance(box, QRadioButton)
        else QStyle.SubElement.SE_CheckBoxIndicator
    )
    rect = box.style().subElementRect(element, option, box)
    if rect.width() < 4 or rect.height() < 4:
        return None
    rect = rect.translated(box.mapTo(window, QPoint(0, 0)))
    return boundary_measure(picture, rect, hidden, seen=_seen_rect(box, window))


def progress_measure(
    bar: QProgressBar, window: QWidget, picture: Picture, hidden: list[QRect]
) -> Measure | None:
    """A progress bar: its track's boundary, and the part done against the track."""
    rect = QRect(bar.mapTo(window, QPoint(0, 0)), bar.size())
    track = boundary_measure(picture, rect, hidden, seen=_seen_rect(bar, window))
    if track is not None:
        return Measure("progress track " + track.what, track.figure, track.colour, track.behind)
    span = bar.maximum() - bar.minimum()
    if span <= 0 or not bar.minimum() < bar.value() < bar.maximum():
        return None
    done = (bar.value() - bar.minimum()) / span
    y = rect.center().y()
    inset = min(MAX_BAND_PX + 2, rect.height() // 3)
    inner_w = rect.width() - 2 * inset
    done_x = rect.left() + inset + round(inner_w * done * 0.3)
    rest_x = rect.left() + inset + round(inner_w * (done + (1 - done) * 0.7))
    probes = [(done_x, y - 2), (done_x, y + 2), (rest_x, y - 2), (rest_x, y + 2)]
    if not all(_free(x, py, picture, hidden) for x, py in probes):
        return None
    done_colour, rest_colour = picture.rgb(done_x, y - 2), picture.rgb(rest_x, y - 2)
    figure = ratio(done_colour, rest_colour)
    if figure < MIN_NON_TEXT:
        return Measure("progress (done part on its track)", figure, done_colour, rest_colour)
    return None


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
    seen = _seen_rect(widget, window)
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
        _seen_rect(widget, window).getRect(),
        tuple(cover.getRect() for cover in hidden),
        picture.fingerprint(rect.adjusted(-around, -around, around, around)),
    )


def _seen_share(widget: QWidget, window: QWidget, hidden: list[QRect]) -> float:
    """How much of ``widget`` shows: not scrolled out of sight, not under another widget."""
    seen = _seen_rect(widget, window)
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

"""What each kind of non-text thing is measured by (see ``non_text`` for the rules): a
picture against what lies behind it, a boundary against what lies outside it, a practice
app's painted control, a check box's box, a progress bar's track and its done part."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QProgressBar,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from tutor.ui.audit.pixels import (
    SIGNIFICANT_PIXELS,
    Picture,
    clusters,
    dominant,
    hex_of,
    ratio,
    significant,
)
from tutor.ui.audit.seen import seen_rect

MIN_NON_TEXT = 3.0
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
    seen = seen_rect(label, window)
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
    fill = lining_of(picture, seen_rect(button, window), hidden)
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
    return boundary_measure(picture, rect, hidden, seen=seen_rect(box, window))


def progress_measure(
    bar: QProgressBar, window: QWidget, picture: Picture, hidden: list[QRect]
) -> Measure | None:
    """A progress bar: its track's boundary, and the part done against the track."""
    rect = QRect(bar.mapTo(window, QPoint(0, 0)), bar.size())
    track = boundary_measure(picture, rect, hidden, seen=seen_rect(bar, window))
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

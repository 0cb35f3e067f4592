"""Where the lines of a text are drawn, found from the picture of it.

The player shows only whole lines of its instructions (a line sliced in half is hard to
read and looks broken). Qt does not say where a label's lines fall, and computing it
again would drift from what Qt draws by a pixel or two. So the label is drawn to a
picture and its rows are read: a row is blank when every pixel across the text is the
same as the first; a line is a run of rows that are not.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QScrollArea, QScroller, QWidget


def ink_bands(image: QImage, area: QRect) -> list[tuple[int, int]]:
    """The runs of rows of ``area`` (in ``image``'s pixels) where something is drawn, as
    ``(first row, last row)`` relative to ``area``'s top."""
    area = area.intersected(image.rect())
    if area.width() < 2 or area.height() < 1:
        return []
    # Only the area is read, in a format whose pixels are four bytes each.
    picture = image.copy(area).convertToFormat(QImage.Format.Format_ARGB32)
    area = QRect(0, 0, area.width(), area.height())
    bits = bytes(picture.constBits())
    stride = picture.bytesPerLine()
    left, right = area.left() * 4, (area.right() + 1) * 4
    count = area.width()
    bands: list[tuple[int, int]] = []
    start = -1
    for y in range(area.top(), area.bottom() + 1):
        row = bits[y * stride + left : y * stride + right]
        inked = row != row[:4] * count
        if inked and start < 0:
            start = y
        elif not inked and start >= 0:
            bands.append((start - area.top(), y - 1 - area.top()))
            start = -1
    if start >= 0:
        bands.append((start - area.top(), area.bottom() - area.top()))
    return bands


def in_pixels(rect: QRect, ratio: float) -> QRect:
    """``rect`` (in logical pixels) in a picture's own pixels, under display scaling."""
    return QRect(
        round(rect.x() * ratio),
        round(rect.y() * ratio),
        round(rect.width() * ratio),
        round(rect.height() * ratio),
    )


def label_lines(label: QLabel) -> list[tuple[int, int]]:
    """The lines of ``label``'s text, as ``(top, bottom)`` rows in the label's pixels."""
    if not label.isVisible() or not label.text():
        return []
    rect = label.contentsRect()
    image = label.grab().toImage()
    ratio = image.devicePixelRatio() or 1.0
    bands = ink_bands(image, in_pixels(rect, ratio))
    top = rect.y()
    lines = [(top + round(a / ratio), top + round(b / ratio)) for a, b in bands]
    spacing = QFontMetrics(label.font()).lineSpacing()
    return _split_merged(_join_marks(lines, spacing), spacing)


def _join_marks(lines: list[tuple[int, int]], spacing: int) -> list[tuple[int, int]]:
    """An accent over a capital (À, É, Ô) is drawn a few rows above its letter, so it
    reads as a thin band of its own: joined to the line just under it. Read apart, it
    stayed in sight as a stray mark above a line the view covered."""
    result: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        top, bottom = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        thin = bottom - top + 1 < spacing * 0.3
        if following is not None and thin and following[0] - bottom - 1 <= spacing * 0.15:
            result.append((top, following[1]))
            index += 2
            continue
        result.append((top, bottom))
        index += 1
    return result


def _split_merged(lines: list[tuple[int, int]], spacing: int) -> list[tuple[int, int]]:
    """Lines whose ink touches (an accent under a descender) read as one tall band: cut it
    back into lines of the font's spacing."""
    result = []
    for top, bottom in lines:
        count = round((bottom - top + 1) / max(1, spacing))
        if count <= 1:
            result.append((top, bottom))
            continue
        step = (bottom - top + 1) / count
        result += [
            (top + round(step * index), top + round(step * (index + 1)) - 1)
            for index in range(count)
        ]
    return result


class WholeLines(QObject):
    """Keeps a finger-scrolled column of labels showing whole lines only.

    A line that the bottom (or the top) of the area would slice is covered by a strip of
    the panel's colour, so the last line seen is a whole one; finger scrolling comes to
    rest at the top of a line, and "next page" moves the first line not wholly seen to the
    top. Lines are measured again when the texts or the area's size change.
    """

    GAP = 4  # pixels kept above a line's ink (accents) when a page starts at it
    ROOM_BELOW = 2  # pixels a line seen whole keeps under its ink, above the edge

    def __init__(self, area: QAbstractScrollArea, labels: list[QLabel]) -> None:
        super().__init__(area)
        self.area = area
        self.labels = labels
        self.bands: list[tuple[int, int]] = []  # (top, bottom) in the content's pixels
        self.masks = (_Mask(area), _Mask(area))  # bottom, top
        for mask in self.masks:
            mask.setObjectName("whole_lines.mask")
            mask.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.measure)
        area.verticalScrollBar().valueChanged.connect(self._place_masks)
        area.installEventFilter(self)
        for label in labels:
            label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Move):
            self.remeasure()
        return False

    def remeasure(self) -> None:
        """Measure again once the layout has settled (texts or sizes changed)."""
        self._timer.start()

    def measure(self) -> None:
        content = self.area.widget() if isinstance(self.area, QScrollArea) else None
        bands: list[tuple[int, int]] = []
        for label in self.labels:
            if content is None or not label.isVisibleTo(content):
                continue
            origin = label.mapTo(content, QPoint(0, 0)).y()
            bands += [(origin + top, origin + bottom) for top, bottom in label_lines(label)]
        self.bands = sorted(bands)
        scroller = QScroller.scroller(self.area.viewport())
        scroller.setSnapPositionsY([float(max(0, top - self.GAP)) for top, _b in self.bands])
        self._place_masks()

    def visible_rows(self) -> tuple[int, int]:
        """The rows of the viewport left uncovered, top and bottom (viewport pixels)."""
        bottom_mask, top_mask = self.masks
        height = self.area.viewport().height()
        top = top_mask.height() if top_mask.isVisible() else 0
        bottom = height - bottom_mask.height() if bottom_mask.isVisible() else height
        return top, bottom

    def next_page(self) -> None:
        """The first line not wholly seen goes to the top."""
        bar = self.area.verticalScrollBar()
        _top, bottom = self.visible_rows()
        for top, end in self.bands:
            if end - bar.value() > bottom:  # always onwards, even past a very tall line
                bar.setValue(min(bar.maximum(), max(bar.value() + 1, top - self.GAP)))
                return
        bar.setValue(bar.maximum())

    def show_row(self, row: int) -> None:
        """Scrolls so the line holding content row ``row`` is seen, at a line's top."""
        bar = self.area.verticalScrollBar()
        _top, bottom = self.visible_rows()
        if bar.value() <= row <= bar.value() + bottom - 1:
            return
        for top, end in self.bands:
            if end >= row:
                bar.setValue(min(bar.maximum(), max(0, top - self.GAP)))
                return

    def _place_masks(self, *_args: int) -> None:
        viewport = self.area.viewport()
        value, height, width = (
            self.area.verticalScrollBar().value(),
            viewport.height(),
            viewport.width(),
        )
        origin = viewport.mapTo(self.area, QPoint(0, 0))
        bottom_mask, top_mask = self.masks
        # A line whose ink reaches the last row reads as cut (nothing shows it ends there):
        # it is covered too, unless it has a little room below it.
        room = self.ROOM_BELOW
        cut_bottom = next(
            (top - value for top, end in self.bands if top - value < height <= end - value + room),
            None,
        )
        if cut_bottom is None:
            bottom_mask.hide()
        else:
            start = max(0, cut_bottom - 1)
            bottom_mask.setGeometry(origin.x(), origin.y() + start, width, height - start)
            bottom_mask.show()
            bottom_mask.raise_()
        cut_top = next(
            (end - value for top, end in self.bands if top - value < 0 <= end - value), None
        )
        if cut_top is None:
            top_mask.hide()
        else:
            top_mask.setGeometry(origin.x(), origin.y(), width, cut_top + 2)
            top_mask.show()
            top_mask.raise_()


class _Mask(QWidget):
    """A strip of the panel's colour over a line that would be sliced."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # fingers scroll on

    def paintEvent(self, _event) -> None:
        from tutor.ui import display

        QPainter(self).fillRect(self.rect(), QColor(display.current().palette.surface))

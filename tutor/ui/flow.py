"""A row of buttons that wraps onto the next line when the text grows too big for it.

At 100 % the buttons sit side by side; at 200 % they flow onto two or three lines instead of
being squeezed and cut (Qt has no flow layout of its own; this is its usual recipe).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


def _hidden(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is not None and widget.isHidden()


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 16, align_right=False):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._align_right = align_right
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._visible()) + self._spacing * max(
            0, len(self._visible()) - 1
        )
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """As wide as the widest item wants: an item is moved to a new line, never cut."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize()).expandedTo(QSize(item.sizeHint().width(), 0))
        return size

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not _hidden(i)]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Place the items line by line; return the height used."""
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            width = min(item.sizeHint().width(), rect.width())
            if lines[-1] and used + self._spacing + width > rect.width():
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + width
            lines[-1].append(item)
        y = rect.y()
        for line in lines:
            if not line:
                continue
            widths = [min(i.sizeHint().width(), rect.width()) for i in line]
            heights = [i.sizeHint().height() for i in line]
            for item, width in zip(line, widths, strict=True):
                if item.hasHeightForWidth():
                    heights[line.index(item)] = item.heightForWidth(width)
            total = sum(widths) + self._spacing * (len(line) - 1)
            x = rect.x() + (rect.width() - total if self._align_right else 0)
            height = max(heights)
            if apply:
                for item, width in zip(line, widths, strict=True):
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                    x += width + self._spacing
            y += height + self._spacing
        return max(0, y - rect.y() - self._spacing)

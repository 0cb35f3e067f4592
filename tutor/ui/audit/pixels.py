"""Colours and pixels for the non-text contrast check (``non_text``): WCAG contrast, colours
grouped in clusters so that anti-aliased edges do not decide, and the window's picture read
pixel by pixel."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

# A cluster counts when it holds at least this share of the pixels looked at (and a few).
SIGNIFICANT_SHARE = 0.04
SIGNIFICANT_PIXELS = 4


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

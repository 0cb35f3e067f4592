"""Tutor icons drawn straight from QtAwesome's Material Design font (quick start-up)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QIcon

from tutor.glyphs import GlyphMissing, character, glyph_icon
from tutor.ui.widgets import AVATARS, icon


def test_same_character_as_qtawesome(qapp):
    import qtawesome

    for name in (*AVATARS, "mdi6.lock-outline", "mdi6.account-plus"):
        assert character(name) == qtawesome.charmap(name)


def test_glyph_is_painted_in_its_colour(qapp):
    image = glyph_icon("mdi6.heart", "#b33c00").pixmap(96).toImage()
    colours = {
        QColor(image.pixel(x, y)).name()
        for x in range(0, 96, 2)
        for y in range(0, 96, 2)
        if QColor.fromRgba(image.pixel(x, y)).alpha() == 255
    }
    assert "#b33c00" in colours  # a solid heart, in the colour asked
    assert len(colours) <= 3  # and nothing else but its anti-aliased edge


def test_disabled_glyph_is_grey(qapp):
    image = glyph_icon("mdi6.heart", "#b33c00").pixmap(96, QIcon.Mode.Disabled).toImage()
    assert QColor(image.pixel(48, 48)).name() == "#8a8a8a"


def test_unknown_names_are_refused(qapp):
    with pytest.raises(GlyphMissing):
        character("mdi6.no-such-icon-anywhere")
    with pytest.raises(GlyphMissing):
        character("fa5s.star")


def test_other_icon_sets_still_come_through_qtawesome(qapp):
    star = icon("fa5s.star", "#0b4a85")
    assert not star.isNull()
    assert not star.pixmap(48).toImage().isNull()


def test_every_icon_named_in_the_code_is_in_the_font(qapp):
    import re
    from pathlib import Path

    source = Path(__file__).resolve().parents[1] / "tutor"
    names = set()
    for path in source.rglob("*.py"):
        names.update(re.findall(r"[\"'](mdi6\.[a-z0-9-]+)[\"']", path.read_text(encoding="utf-8")))
    assert len(names) > 50
    missing = []
    for name in sorted(names):
        try:
            character(name)
        except GlyphMissing:
            missing.append(name)
    assert missing == []


def test_a_glyph_is_drawn_once_per_size_and_state(qapp):
    # A table of status icons repaints them at every scroll: each size is drawn only once.
    engine = glyph_icon("mdi6.check-circle", "#1b5e20")
    first = engine.pixmap(48)
    assert engine.pixmap(48).cacheKey() == first.cacheKey()
    assert engine.pixmap(64).cacheKey() != first.cacheKey()
    disabled = engine.pixmap(48, QIcon.Mode.Disabled)
    assert disabled.cacheKey() != first.cacheKey()
    assert QColor(disabled.toImage().pixelColor(24, 24)).name() != "#1b5e20"

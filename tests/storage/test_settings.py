"""The device's settings: the facilitator's own look is kept, anything odd reads as unset."""

from __future__ import annotations

import pytest

from tutor.storage.store import open_store


def test_the_facilitators_look_is_kept_and_checked(tmp_path):
    store = open_store(tmp_path)
    assert store.settings.facilitator_look() is None
    store.settings.save_facilitator_look(200, "high_contrast")
    store.close()
    store = open_store(tmp_path)
    assert store.settings.facilitator_look() == (200, "high_contrast")
    with pytest.raises(ValueError):
        store.settings.save_facilitator_look(120, "standard")
    with pytest.raises(ValueError):
        store.settings.save_facilitator_look(150, "neon")
    assert store.settings.facilitator_look() == (200, "high_contrast")
    store.close()


@pytest.mark.parametrize(
    ("text_size", "theme"), [("big", "standard"), ("175", "standard"), ("150", "pink")]
)
def test_an_odd_value_in_the_table_reads_as_no_choice(tmp_path, text_size, theme):
    store = open_store(tmp_path)
    store.settings.put({"facilitator_text_size": text_size, "facilitator_theme": theme})
    assert store.settings.facilitator_look() is None
    store.close()

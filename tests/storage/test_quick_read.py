"""The sign-in list read before the store opens: the same learners, in the same order,
and nothing at all touched; anything unusual hands over to the store's own opening."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace

from tutor.storage.device import Device
from tutor.storage.quick_read import (
    DATABASE_NAME,
    device_language,
    pin_is_set,
    sign_in_learners,
)
from tutor.storage.store import open_store


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_same_learners_in_the_same_order_as_the_store(tmp_path):
    store = open_store(tmp_path)
    store.pin.set("2468")
    store.learners.add("zoé", "mdi6.cat", "#0b4a85")
    marcel = store.learners.add("Marcel", "mdi6.dog", "#1b5e20")
    store.learners.add("Anne", "mdi6.tree", "#8e244d", language="en")
    store.learners.update(marcel.id, archived=True)  # archived: not on the sign-in screen
    expected = store.learners.all()
    store.close()

    assert sign_in_learners(tmp_path) == expected
    assert [learner.first_name for learner in expected] == ["Anne", "zoé"]


def test_first_start_is_left_to_the_set_up_and_creates_nothing(tmp_path):
    assert sign_in_learners(tmp_path) is None  # the long way: the set-up comes first
    assert device_language(tmp_path) is None
    assert list(tmp_path.iterdir()) == []


def test_a_device_without_a_pin_starts_the_long_way_to_its_set_up(tmp_path):
    store = open_store(tmp_path)
    store.learners.add("Jeanne", "mdi6.flower", "#8e244d")
    store.close()
    assert sign_in_learners(tmp_path) is None
    assert pin_is_set(tmp_path) is False
    store = open_store(tmp_path)
    store.pin.set("2468")
    store.close()
    assert pin_is_set(tmp_path) is True
    assert [learner.first_name for learner in sign_in_learners(tmp_path) or []] == ["Jeanne"]


def test_the_language_chosen_at_the_set_up_is_read_without_the_store(tmp_path):
    store = open_store(tmp_path)
    assert device_language(tmp_path) is None
    Device(store.opened.db).save_language("en")
    store.close()
    assert device_language(tmp_path) == "en"


def test_reading_changes_nothing_in_the_file(tmp_path):
    store = open_store(tmp_path)
    store.pin.set("2468")
    store.learners.add("Jeanne", "mdi6.flower", "#8e244d")
    store.close()
    path = tmp_path / DATABASE_NAME
    before = _digest(path)
    assert len(sign_in_learners(tmp_path) or []) == 1
    assert _digest(path) == before


def test_stand_mode_starts_the_long_way(tmp_path):
    store = open_store(tmp_path)
    store.learners.add("Jeanne", "mdi6.flower", "#8e244d")
    store.stand.save(replace(store.stand.settings(), enabled=True))
    store.close()
    assert sign_in_learners(tmp_path) is None


def test_damaged_file_is_left_to_the_store_untouched(tmp_path):
    path = tmp_path / DATABASE_NAME
    path.write_bytes(b"this is not a database" * 100)
    before = _digest(path)
    assert sign_in_learners(tmp_path) is None
    assert pin_is_set(tmp_path) is False  # (what "tutor --stand" reads before starting)
    assert device_language(tmp_path) is None
    assert _digest(path) == before


def test_database_without_tables_yet_is_left_to_the_store(tmp_path):
    sqlite3.connect(tmp_path / DATABASE_NAME).close()
    assert sign_in_learners(tmp_path) is None

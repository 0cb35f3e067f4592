"""A first name is stored the same way whoever typed it and whatever pack brought it."""

from __future__ import annotations

import pytest

from tutor.storage.learners import MAX_NAME_LENGTH, normal_first_name


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  Jeanne   Marie ", "Jeanne Marie"),
        ("\u202eenaeJ", "enaeJ"),  # a right-to-left override would turn the names after it
        ("Je\u200banne\u2066", "Jeanne"),  # zero-width space, isolate
        ("Jé\x00rôme\x1b", "Jérôme"),
        ("Je\u0301ro\u0302me", "Jérôme"),  # decomposed accents are composed (NFC)
        ("Zoé\tLou\nise", "Zoé Lou ise"),
        ("\u202e\u200f ", ""),
        ("x" * 10_000, "x" * MAX_NAME_LENGTH),
    ],
)
def test_names_are_normalised(typed, stored):
    assert normal_first_name(typed) == stored


def test_adding_and_renaming_go_through_the_same_rule(store):
    learner = store.learners.add("\u202eMa\u0000rie  ", "mdi6.cat", "#0b4a85")
    assert learner.first_name == "Marie"
    assert store.learners.update(learner.id, first_name="Lou\u2067ise ").first_name == "Louise"
    with pytest.raises(ValueError):
        store.learners.update(learner.id, first_name="\u200b")
    with pytest.raises(ValueError):
        store.learners.add("\u202e", "mdi6.cat", "#0b4a85")
    assert store.learners.get(learner.id).first_name == "Louise"

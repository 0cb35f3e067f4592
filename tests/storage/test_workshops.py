"""Workshops, attendance, planned lessons, and notes about learners."""

from __future__ import annotations

import pytest

from tutor.storage.store import open_store


def test_workshops_are_listed_newest_first_and_updated(store):
    older = store.workshops.add("2025-01-10", "Mairie", "Claire")
    newer = store.workshops.add("2025-02-14", "Médiathèque", "Jérôme")
    assert [w.id for w in store.workshops.all()] == [newer.id, older.id]
    changed = store.workshops.update(older.id, place="Salle des fêtes", day="2025-03-01")
    assert (changed.place, changed.day, changed.facilitator) == (
        "Salle des fêtes",
        "2025-03-01",
        "Claire",
    )
    assert [w.id for w in store.workshops.all()] == [older.id, newer.id]
    with pytest.raises(ValueError):
        store.workshops.add("14/02/2025", "Mairie", "Claire")
    with pytest.raises(ValueError):
        store.workshops.update(older.id, colour="red")
    with pytest.raises(KeyError):
        store.workshops.get("nope")


def test_attendance_assignment_and_todays_lessons(tmp_path):
    store = open_store(tmp_path)
    ana = store.learners.add("Ana", "mdi6.cat", "#0b4a85")
    bob = store.learners.add("Bob", "mdi6.dog", "#0b4a85")
    morning = store.workshops.add("2025-03-04", "Mairie", "Claire")
    afternoon = store.workshops.add("2025-03-04", "Mairie", "Claire")
    other_day = store.workshops.add("2025-03-05", "Mairie", "Claire")
    store.workshops.set_attendance(morning.id, [bob.id, ana.id, ana.id])
    store.workshops.set_attendance(afternoon.id, [ana.id])
    store.workshops.set_attendance(other_day.id, [bob.id])
    store.workshops.assign(morning.id, ["tablet-open-app", "tablet-keyboard"])
    store.workshops.assign(afternoon.id, ["video-make-call", "tablet-keyboard"])
    store.workshops.assign(other_day.id, ["social-privacy"])
    assert store.workshops.attendance(morning.id) == [ana.id, bob.id]
    assert store.workshops.assigned(afternoon.id) == ["video-make-call", "tablet-keyboard"]
    assert store.workshops.today_for(ana.id, "2025-03-04") == [
        "tablet-open-app",
        "tablet-keyboard",
        "video-make-call",
    ]
    assert store.workshops.today_for(bob.id, "2025-03-04") == [
        "tablet-open-app",
        "tablet-keyboard",
    ]
    assert store.workshops.today_for(bob.id, "2025-03-06") == []
    store.workshops.set_attendance(morning.id, [bob.id])
    assert store.workshops.attendance(morning.id) == [bob.id]
    store.close()
    again = open_store(tmp_path)
    assert again.workshops.today_for(ana.id, "2025-03-04") == [
        "video-make-call",
        "tablet-keyboard",
    ]
    again.workshops.delete(afternoon.id)
    assert again.workshops.today_for(ana.id, "2025-03-04") == []
    assert [w.id for w in again.workshops.all()] == [other_day.id, morning.id]
    again.close()


def test_notes_newest_first_and_deleted(store):
    learner = store.learners.add("Lucienne", "mdi6.cat", "#0b4a85")
    first = store.notes.add(learner.id, "  A peur de casser la tablette.  ")
    second = store.notes.add(learner.id, "Très à l'aise avec les appels vidéo")
    assert first.text == "A peur de casser la tablette."
    assert [n.id for n in store.notes.all(learner.id)] == [second.id, first.id]
    store.notes.delete(first.id)
    assert store.notes.all(learner.id) == [second]
    with pytest.raises(ValueError):
        store.notes.add(learner.id, "   ")
    with pytest.raises(KeyError):
        store.notes.add("unknown", "text")


def test_a_workshop_is_saved_whole_or_not_at_all(store):
    """The form's save: the workshop, who came and the lessons planned in one go. A write
    that fails midway (here the lessons' table refuses, as a full disk would) leaves the
    workshop as it was, its attendance too."""
    import sqlite3

    jeanne = store.learners.add("Jeanne", "mdi6.flower", "#8e244d")
    kept = store.workshops.save(None, "2025-01-10", "Mairie", "Claire", [jeanne.id], ["a"])
    assert store.workshops.attendance(kept.id) == [jeanne.id]
    db = store.workshops._db
    db.execute(
        "CREATE TRIGGER full_disk BEFORE INSERT ON workshop_lessons "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    before = store.workshops.all()
    with pytest.raises(sqlite3.Error):
        store.workshops.save(None, "2025-02-14", "Médiathèque", "Jérôme", [jeanne.id], ["b"])
    with pytest.raises(sqlite3.Error):
        store.workshops.save(kept.id, "2025-03-01", "Salle", "Claire", [], ["b"])
    assert store.workshops.all() == before  # no new workshop, the old one unchanged
    assert store.workshops.attendance(kept.id) == [jeanne.id]

"""Progress packs: several tablets merged into one record, in any order, any number of times."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.storage.helpers import play
from tutor.storage.packs import Merger, PackError, export_pack, import_packs, read_pack
from tutor.storage.store import Store, open_store

TABLES = {
    "learners": "id",
    "lesson_progress": "learner_id, lesson_id",
    "step_events": "id",
    "notes": "id",
}


def content(store: Store) -> dict[str, list[tuple]]:
    """Every row of the merged tables, in a fixed order (rowids left out)."""
    db = store.opened.db
    return {
        table: [tuple(row) for row in db.execute(f"SELECT * FROM {table} ORDER BY {order}")]
        for table, order in TABLES.items()
    }


def count(store: Store, table: str) -> int:
    return store.opened.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def tablet(folder: Path, names: list[str], seed: int) -> Store:
    """A tablet with its own learners, lessons done and not, wrong taps, help, a note."""
    store = open_store(folder)
    for index, name in enumerate(names):
        learner = store.learners.add(name, "mdi6.cat", "#0b4a85")
        play(store, learner.id, "tablet-first", 4, wrong_at={1: seed % 3}, helped_at=(2,))
        play(store, learner.id, f"video-call-{seed}", 5, finish=index % 2 == 0)
        store.notes.add(learner.id, f"note {seed}-{index}")
    return store


@pytest.fixture(scope="module")
def packs(tmp_path_factory) -> list[Path]:
    """Three tablets' packs; the third also knows one of the first tablet's learners."""
    root = tmp_path_factory.mktemp("packs")
    first = tablet(root / "a", ["Jeanne", "Marcel"], 1)
    second = tablet(root / "b", ["Yvette", "Jeanne"], 2)  # another Jeanne, another UUID
    paths = [root / "a.pack", root / "b.pack"]
    export_pack(first.opened.db, paths[0])
    export_pack(second.opened.db, paths[1])
    third = open_store(root / "c")
    import_packs(third.opened.db, [paths[0]])
    marcel = next(x for x in third.learners.all() if x.first_name == "Marcel")
    # A newer edit of Marcel, made on tablet C: bigger text, and no moving pictures.
    third.learners.update(marcel.id, text_size=150, motion="reduced")
    play(third, marcel.id, "tablet-first", 4, helped_at=(0,))  # he did it again on C
    play(third, third.learners.add("Odette", "mdi6.dog", "#1b5e20").id, "tablet-first", 4)
    paths.append(root / "c.pack")
    export_pack(third.opened.db, paths[2])
    for store in (first, second, third):
        store.close()
    return paths


def test_a_pack_holds_the_device_learners_and_events(packs):
    pack = read_pack(packs[0])
    assert pack.device_id
    assert {row["first_name"] for row in pack.tables["learners"]} == {"Jeanne", "Marcel"}
    assert pack.tables["events"] and pack.tables["progress"] and pack.tables["notes"]
    with zipfile.ZipFile(packs[0]) as archive:
        assert "manifest.json" in archive.namelist()


def test_importing_twice_changes_nothing_more(tmp_path, packs):
    store = open_store(tmp_path)
    first = import_packs(store.opened.db, packs)
    before = content(store)
    again = import_packs(store.opened.db, packs)
    assert content(store) == before
    assert first.events_added > 0 and again.events_added == 0
    assert again.events_known == sum(len(read_pack(p).tables["events"]) for p in packs)
    store.close()


def test_every_event_is_there_once_and_counters_match_the_events(tmp_path, packs):
    store = open_store(tmp_path)
    import_packs(store.opened.db, packs)
    ids = {row["id"] for path in packs for row in read_pack(path).tables["events"]}
    assert count(store, "step_events") == len(ids)
    db = store.opened.db
    for learner_id, lesson_id, wrong, helped in db.execute(
        "SELECT learner_id, lesson_id, wrong_taps, help_used FROM lesson_progress"
    ).fetchall():
        events = store.progress.events(learner_id, lesson_id)
        assert wrong == sum(1 for e in events if not e["correct"])
        assert helped == sum(1 for e in events if e["correct"] and e["help_level"])


def test_the_newer_learner_edit_wins_and_done_stays_done(tmp_path, packs):
    store = open_store(tmp_path)
    import_packs(store.opened.db, [packs[2], packs[0]])  # newer first, older after
    marcel = next(x for x in store.learners.all() if x.first_name == "Marcel")
    assert (marcel.text_size, marcel.motion) == (150, "reduced")
    line = {x.lesson_id: x for x in store.reports.learner_lessons(marcel.id)}
    assert line["tablet-first"].status == "done"
    store.close()


def test_same_first_name_from_another_device_is_offered_not_merged(tmp_path, packs):
    store = open_store(tmp_path)
    import_packs(store.opened.db, packs)
    jeannes = [x for x in store.learners.all() if x.first_name == "Jeanne"]
    assert len(jeannes) == 2  # never merged silently
    merger = Merger(store.opened.db)
    [duplicate] = merger.possible_duplicates()
    assert {duplicate.first_id, duplicate.second_id} == {x.id for x in jeannes}
    events = count(store, "step_events")
    merger.link(duplicate.first_id, duplicate.second_id)
    assert [x.id for x in store.learners.all() if x.first_name == "Jeanne"] == [duplicate.first_id]
    assert count(store, "step_events") == events  # nothing lost
    assert merger.possible_duplicates() == []
    import_packs(store.opened.db, packs)  # the old packs do not bring the second Jeanne back
    assert len([x for x in store.learners.all() if x.first_name == "Jeanne"]) == 1
    assert count(store, "step_events") == events
    store.close()


def test_keeping_two_people_apart_stops_the_offer(tmp_path, packs):
    store = open_store(tmp_path)
    import_packs(store.opened.db, packs)
    merger = Merger(store.opened.db)
    [duplicate] = merger.possible_duplicates()
    merger.keep_apart(duplicate.second_id, duplicate.first_id)
    assert merger.possible_duplicates() == []
    assert len([x for x in store.learners.all() if x.first_name == "Jeanne"]) == 2
    store.close()


def test_a_link_travels_to_the_other_tablets(tmp_path, packs):
    hub = open_store(tmp_path / "hub")
    import_packs(hub.opened.db, packs)
    merger = Merger(hub.opened.db)
    [duplicate] = merger.possible_duplicates()
    merger.link(duplicate.first_id, duplicate.second_id)
    export_pack(hub.opened.db, tmp_path / "hub.pack")
    other = open_store(tmp_path / "other")
    import_packs(other.opened.db, [packs[1], packs[0], tmp_path / "hub.pack"])
    assert content(other)["learners"] == content(hub)["learners"]
    assert count(other, "step_events") == count(hub, "step_events")
    hub.close()
    other.close()


def test_a_damaged_or_foreign_file_is_refused_clearly(tmp_path, packs):
    cut = tmp_path / "cut.pack"
    cut.write_bytes(packs[0].read_bytes()[:300])
    with pytest.raises(PackError, match=r"cut\.pack"):
        read_pack(cut)
    other = tmp_path / "photo.pack"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("hello.txt", "hello")
    with pytest.raises(PackError, match=r"photo\.pack"):
        read_pack(other)
    store = open_store(tmp_path / "db")
    with pytest.raises(PackError):
        import_packs(store.opened.db, [packs[0], cut])
    assert count(store, "learners") == 2  # the first pack is merged, the cut one is not
    store.close()


# -- property: any order, any repetition, one same result ----------------------------------------
@pytest.fixture(scope="module")
def reference(tmp_path_factory, packs):
    folder = tmp_path_factory.mktemp("reference")
    store = open_store(folder)
    import_packs(store.opened.db, packs)
    result = content(store)
    store.close()
    return result


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(order=st.lists(st.integers(min_value=0, max_value=2), min_size=3, max_size=8))
def test_any_order_and_repetition_gives_the_same_database(
    tmp_path_factory, packs, reference, order
):
    order = [*order, 0, 1, 2]  # each pack at least once, after any mix
    store = open_store(tmp_path_factory.mktemp("merge"))
    for index in order:
        import_packs(store.opened.db, [packs[index]])
    assert content(store) == reference
    ids = [row[0] for row in reference["step_events"]]
    assert len(ids) == len(set(ids))
    store.close()


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(order=st.permutations([0, 1, 2]), local_first=st.booleans())
def test_a_tablet_with_its_own_data_reaches_the_same_record(
    tmp_path_factory, packs, order, local_first
):
    """Two tablets importing each other's packs end with the same learners and events."""
    root = tmp_path_factory.mktemp("pair")
    store = open_store(root)
    first = [packs[i] for i in order]
    import_packs(store.opened.db, first if local_first else list(reversed(first)))
    import_packs(store.opened.db, first)
    assert content(store) == content_of(packs, root / "check")
    store.close()


def content_of(paths: list[Path], folder: Path) -> dict[str, list[tuple]]:
    store = open_store(folder)
    import_packs(store.opened.db, paths)
    result = content(store)
    store.close()
    return result

"""Damaged and crafted packs: each is refused with a clear reason and changes nothing, or is
merged with its rows brought to the app's own rules. Never a traceback, never a bomb."""

from __future__ import annotations

import json
import resource
import time
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.storage.crafted_packs import (
    LATER,
    STAMP,
    event,
    learner,
    manifest,
    new_id,
    newline_bomb,
    write_pack,
)
from tests.storage.test_packs import content
from tutor.i18n import set_language
from tutor.storage.learners import MAX_NAME_LENGTH, normal_first_name
from tutor.storage.packs import MAX_LINE_BYTES, PackError, import_packs
from tutor.storage.store import Store, open_store


@pytest.fixture(autouse=True)
def _english_messages():
    set_language("en")


@pytest.fixture
def hub(tmp_path) -> Store:
    """A facilitator's computer that already holds one learner and their progress."""
    store = open_store(tmp_path / "hub")
    jeanne = store.learners.add("Jeanne", "mdi6.cat", "#0b4a85")
    run = store.progress.start(jeanne.id, "tablet-open-app", 3)
    assert run is not None
    yield store
    store.close()


def refused(store: Store, path: Path) -> str:
    """Import ``path``; it must be refused, change nothing, and say why (returned)."""
    before = content(store)
    with pytest.raises(PackError) as caught:
        import_packs(store.opened.db, [path])
    assert content(store) == before
    message = str(caught.value)
    assert path.name in message and "Traceback" not in message
    return message


# -- bombs and sizes -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    return newline_bomb(tmp_path_factory.mktemp("bomb") / "bomb.pack")


def test_a_pack_bomb_is_refused_in_under_two_seconds_with_little_memory(hub, bomb):
    assert bomb.stat().st_size < 2 * 1024 * 1024  # 1 MB on the disk, 1 GB once unpacked
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    started = time.perf_counter()
    try:
        message = refused(hub, bomb)
        elapsed = time.perf_counter() - started
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 2.0
    assert peak < 16 * 1024 * 1024
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
    assert grown_kb < 64 * 1024
    assert "events.jsonl" in message and "1024 MB" in message


def test_a_long_member_is_read_as_a_stream(hub, tmp_path):
    """30 MB of blank lines stored as they are (no bomb by ratio), then a bad line: refused
    at its line number, never holding more than a piece of the member in memory."""
    filler = b"\n" * (30 * 1024 * 1024)
    path = write_pack(
        tmp_path / "long.pack",
        {},
        raw={"events.jsonl": filler + b'{"id": 1}\n'},
        compression=zipfile.ZIP_STORED,
    )
    tracemalloc.start()
    try:
        message = refused(hub, path)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert f"line {len(filler) + 1}" in message
    assert peak < 8 * 1024 * 1024


def test_a_line_too_long_is_refused(hub, tmp_path):
    name = "J" * (10 * 1024 * 1024)  # a 10 MB first name
    path = write_pack(
        tmp_path / "long-name.pack",
        {"learners": [learner(new_id(), name)]},
        compression=zipfile.ZIP_STORED,  # deflated, it would be refused as a bomb even sooner
    )
    message = refused(hub, path)
    assert "learners.jsonl, line 1" in message and f"{MAX_LINE_BYTES // 1024} KB" in message


def test_too_many_members_are_refused(hub, tmp_path):
    raw = {f"extra-{index}.txt": b"x" for index in range(40)}
    assert "unexpected files" in refused(hub, write_pack(tmp_path / "many.pack", {}, raw=raw))


# -- malformed manifests and lines ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("the_manifest", "words"),
    [
        (manifest(version=None), "manifest.json: the field 'version' is empty"),
        (manifest(version="1"), "'version' should be a number"),
        (manifest(version=True), "'version' should be a number"),
        (manifest(version=0), "'version' is out of range"),
        (manifest(version=99), "newer version"),
        ({"format": "pas-a-pas-progress-pack"}, "the field 'version' is missing"),
        (manifest(device_id="../../etc"), "'device_id' should be an identifier"),
        ([1, 2, 3], "is not a progress pack"),
        ("pas-a-pas-progress-pack", "is not a progress pack"),
        ({"format": None, "version": 1}, "is not a progress pack"),
    ],
)
def test_a_bad_manifest_is_refused_clearly(hub, tmp_path, the_manifest, words):
    path = write_pack(tmp_path / "bad.pack", {"learners": [learner(new_id())]}, the_manifest)
    assert words in refused(hub, path)


JEANNE = "5c7e0f7e-3f7e-4f55-8d0e-3b9d2c1e0a11"


@pytest.mark.parametrize(
    ("table", "row", "words"),
    [
        ("learners", [JEANNE, "Jeanne"], "learners.jsonl, line 1: expected a group of fields"),
        ("learners", "Jeanne", "expected a group of fields"),
        ("learners", {"first_name": "Jeanne"}, "'id' is missing"),
        ("learners", learner(None), "'id' is empty"),
        ("learners", learner("42"), "'id' should be an identifier"),
        ("learners", learner(JEANNE, None), "'first_name' is empty"),
        ("learners", learner(JEANNE, "\u202e\u200b "), "'first_name' should be a first name"),
        ("learners", learner(JEANNE, text_size=300), "'text_size' cannot be 300"),
        ("learners", learner(JEANNE, text_size="150"), "'text_size' cannot be '150'"),
        ("learners", learner(JEANNE, theme="neon"), "'theme' cannot be 'neon'"),
        ("learners", learner(JEANNE, language="xx"), "'language' cannot be 'xx'"),
        ("learners", learner(JEANNE, volume=1000), "'volume' is out of range"),
        ("learners", learner(JEANNE, voice_rate=None), "'voice_rate' is empty"),
        ("learners", learner(JEANNE, colour="red; drop"), "'colour' does not have"),
        ("learners", learner(JEANNE, created_at="yesterday"), "'created_at' should be a date"),
        ("events", event(new_id(), JEANNE, step_index=-1), "'step_index' is out of range"),
        ("events", event(new_id(), JEANNE, duration_s="2"), "'duration_s' should be a number"),
        ("events", event(new_id(), JEANNE, lesson_id="../x"), "'lesson_id' should be a lesson"),
        ("events", event(new_id(), JEANNE, help_level=9), "'help_level' is out of range"),
        ("progress", {"learner_id": JEANNE, "lesson_id": "a", "status": "won"}, "'status'"),
        ("notes", {"id": new_id(), "learner_id": JEANNE, "created_at": STAMP}, "'text'"),
        ("links", {"alias_id": JEANNE, "learner_id": 7}, "'learner_id' should be a text"),
    ],
)
def test_a_row_that_breaks_the_rules_refuses_the_whole_pack(hub, tmp_path, table, row, words):
    good = learner(JEANNE, "Jeanne")
    tables: dict[str, list[Any]] = {"learners": [good], "events": [event(new_id(), JEANNE)]}
    if table == "learners":
        tables["learners"] = [good, row] if row is not good else [good]
        words = words.replace("line 1", "line 2")
    else:
        tables[table] = [*tables.get(table, []), row]
    message = refused(hub, write_pack(tmp_path / "rows.pack", tables))
    assert words in message, message


def test_a_line_that_is_not_json_names_its_line(hub, tmp_path):
    raw = {"learners.jsonl": json.dumps(learner(JEANNE)).encode() + b"\n\n{oops\n"}
    message = refused(hub, write_pack(tmp_path / "oops.pack", {}, raw=raw))
    assert "learners.jsonl, line 3: expected one JSON object" in message


def test_a_bad_row_at_the_very_end_leaves_nothing_of_the_pack(hub, tmp_path):
    learners = [learner(new_id(), f"Personne {index}") for index in range(50)]
    events = [event(new_id(), row["id"]) for row in learners for _ in range(20)]
    events.append(event(new_id(), learners[0]["id"], correct=7))
    refused(hub, write_pack(tmp_path / "late.pack", {"learners": learners, "events": events}))
    assert len(hub.learners.all()) == 1


# -- names and settings: the app's rules ---------------------------------------------------------
def test_names_are_normalised_as_when_typed_in_the_app(hub, tmp_path):
    odd = new_id()
    name = "  \u202eMa\u0000rie\u200f \t  Lou\u2066ise " + "x" * 200
    import_packs(
        hub.opened.db, [write_pack(tmp_path / "n.pack", {"learners": [learner(odd, name)]})]
    )
    stored = hub.learners.get(odd).first_name
    assert (
        stored
        == normal_first_name(name)
        == hub.learners.add(name, "mdi6.cat", "#000000").first_name
    )
    assert stored.startswith("Marie Louise x") and len(stored) == MAX_NAME_LENGTH
    assert not any(ord(c) < 32 or c in "\u202e\u200f\u2066" for c in stored)


def test_a_row_from_a_newer_program_keeps_what_this_one_knows(hub, tmp_path):
    row = {**learner(new_id(), "Odette"), "favourite_colour": "blue"}
    import_packs(hub.opened.db, [write_pack(tmp_path / "newer.pack", {"learners": [row]})])
    assert hub.learners.get(row["id"]).first_name == "Odette"


# -- conflicts: one rule, any order --------------------------------------------------------------
def two_conflicting_packs(folder: Path) -> tuple[Path, Path, str]:
    person = learner(JEANNE, "Jeanne")
    shared = new_id()
    first = write_pack(
        folder / "first.pack",
        {"learners": [person], "events": [event(shared, JEANNE, correct=1, duration_s=4.0)],
         "notes": [{"id": JEANNE, "learner_id": JEANNE, "text": "À l’aise",
                    "created_at": STAMP}]},
    )  # fmt: skip
    second = write_pack(
        folder / "second.pack",
        {"learners": [{**person, "updated_at": LATER}],
         "events": [event(shared, JEANNE, correct=0, duration_s=9.0, help_level=2)],
         "notes": [{"id": JEANNE, "learner_id": JEANNE, "text": "Revoir", "created_at": STAMP}]},
    )  # fmt: skip
    return first, second, shared


def test_a_conflict_ends_the_same_in_either_order_and_is_reported(tmp_path):
    first, second, shared = two_conflicting_packs(tmp_path)
    results = []
    for name, order in (("ab", [first, second]), ("ba", [second, first])):
        store = open_store(tmp_path / name)
        conflicts = 0
        for path in order:
            conflicts += import_packs(store.opened.db, [path]).conflicts
        results.append(content(store))
        assert conflicts == 2  # the event and the note
        counters = store.opened.db.execute(
            "SELECT wrong_taps, help_used FROM lesson_progress"
        ).fetchall()
        assert counters == []  # no progress row was in the packs: nothing invented
        store.close()
    assert results[0] == results[1]
    assert [row for row in results[0]["step_events"] if row[0] == shared]
    assert len(results[0]["step_events"]) == 1 and len(results[0]["notes"]) == 1


def test_one_uuid_twice_in_one_pack_is_settled_by_the_same_rule(tmp_path):
    shared = new_id()
    rows = [event(shared, JEANNE, duration_s=1.0), event(shared, JEANNE, duration_s=3.0)]
    results = []
    for name, events in (("one", rows), ("two", list(reversed(rows)))):
        store = open_store(tmp_path / name)
        pack = write_pack(
            tmp_path / f"{name}.pack", {"learners": [learner(JEANNE)], "events": events}
        )
        import_packs(store.opened.db, [pack])
        results.append(content(store))
        store.close()
    assert results[0] == results[1]


# -- fuzzing rows --------------------------------------------------------------------------------
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(
        [JEANNE, STAMP, "tablet-open-app", "done", "in_progress", 150, "high_contrast"]
    ),
)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3), max_leaves=6)


def mutated(base: dict[str, Any]) -> st.SearchStrategy[Any]:
    keys = st.sampled_from([*base, "extra"])
    return st.one_of(
        st.dictionaries(keys, VALUES, max_size=len(base) + 1).map(
            lambda change: {**base, **change}
        ),
        st.lists(keys, max_size=3).map(
            lambda drop: {k: v for k, v in base.items() if k not in drop}
        ),
        VALUES,
    )


@settings(
    max_examples=120,
    deadline=3000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    table=st.sampled_from(["learners", "events", "progress", "notes", "links"]),
    data=st.data(),
)
def test_fuzzed_rows_are_merged_by_the_rules_or_refused_cleanly(hub, tmp_path, table, data):
    bases = {
        "learners": learner(JEANNE),
        "events": event(new_id(), JEANNE),
        "progress": {"learner_id": JEANNE, "lesson_id": "tablet-open-app", "status": "done",
                     "current_step": 2, "step_count": 3, "runs": 1, "updated_at": STAMP},
        "notes": {"id": new_id(), "learner_id": JEANNE, "text": "Bien", "created_at": STAMP},
        "links": {"alias_id": new_id(), "learner_id": JEANNE},
    }  # fmt: skip
    row = data.draw(mutated(bases[table]))
    tables: dict[str, list[Any]] = {"learners": [learner(JEANNE)]}
    tables[table] = [*tables.get(table, []), row]
    path = write_pack(tmp_path / "fuzz.pack", tables)
    before = content(hub)
    try:
        import_packs(hub.opened.db, [path])
    except PackError as error:
        assert content(hub) == before
        assert "fuzz.pack" in str(error) and "Traceback" not in str(error)
        return
    for person in hub.learners.all(include_archived=True):  # what was merged keeps the rules
        assert person.first_name == normal_first_name(person.first_name) != ""
        assert person.text_size in (100, 150, 200) and person.theme in ("standard", "high_contrast")
        assert 0 <= person.volume <= 100 and person.language in ("fr", "en")
    for (duration,) in hub.opened.db.execute("SELECT duration_s FROM step_events"):
        assert 0 <= duration <= 24 * 3600
    assert hub.opened.db.execute("PRAGMA foreign_key_check").fetchall() == []

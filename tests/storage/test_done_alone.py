"""'Your turn, on your own': recorded apart from the guided run, kept across an upgrade."""

from __future__ import annotations

from tests.storage.test_store import event
from tutor.storage.database import DATABASE_NAME, open_database
from tutor.storage.progress import DONE_ALONE, DONE_ALONE_WITH_HELP
from tutor.storage.store import open_store

MODULES = {"tablet-open-app": "tablet", "tablet-keyboard": "tablet"}


def finish(store, learner_id: str, lesson_id: str, steps: int = 2) -> None:
    record = store.progress.start(learner_id, lesson_id, steps)
    for index in range(steps):
        store.progress.record(record, event(index), index + 1, finished=index + 1 == steps)


def test_a_database_of_the_older_schema_keeps_its_rows_when_upgraded(tmp_path):
    """A store made before "on your own" existed: every learner, run and event is kept, and
    the new result starts empty."""
    path = tmp_path / DATABASE_NAME
    old = open_database(path)
    db = old.db
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_done_alone'")
    db.execute("DROP INDEX idx_lesson_progress_alone")
    for column in ("alone_at", "alone_helped_at", "alone_runs"):
        db.execute(f"ALTER TABLE lesson_progress DROP COLUMN {column}")
    assert "alone_at" not in db.table("lesson_progress").columns_dict
    db.execute("INSERT INTO learners (id, first_name, created_at) VALUES ('L', 'Léa', 'x')")
    db.execute(
        "INSERT INTO lesson_progress (learner_id, lesson_id, run_id, status, current_step, "
        "step_count, runs, completed_at, last_completed_at, confidence, wrong_taps) VALUES "
        "('L', 'tablet-open-app', 'r', 'done', 3, 3, 2, '2025-01-01T09:00:00.000+00:00', "
        "'2025-01-01T09:00:00.000+00:00', 3, 4)"
    )
    db.execute(
        "INSERT INTO step_events (id, learner_id, lesson_id, step_index, correct) "
        "VALUES ('e1', 'L', 'tablet-open-app', 0, 1)"
    )
    old.close()

    store = open_store(tmp_path)
    try:
        names = [row[0] for row in store.opened.db.execute("SELECT name FROM _sqlite_migrations")]
        assert "m006_done_alone" in names
        record = store.progress.get("L", "tablet-open-app")
        assert record is not None and record.done and record.runs == 2
        assert record.confidence == 3 and record.done_alone == ""
        assert len(store.progress.events("L")) == 1
        line = store.reports.learner_lessons("L")[0]
        assert (line.wrong_taps, line.done_alone, line.alone_runs) == (4, "", 0)
        store.progress.record_alone("L", "tablet-open-app", helped=False)
        assert store.progress.get("L", "tablet-open-app").done_alone == DONE_ALONE
    finally:
        store.close()


def test_done_alone_is_kept_apart_and_the_best_result_counts(store):
    learner = store.learners.add("Marcel", "mdi6.bicycle", "#0b4a85")
    finish(store, learner.id, "tablet-open-app")
    before = store.progress.get(learner.id, "tablet-open-app")
    events_before = store.progress.events(learner.id)
    assert before.done_alone == ""

    store.progress.record_alone(learner.id, "tablet-open-app", helped=True)
    helped = store.progress.get(learner.id, "tablet-open-app")
    assert helped.done_alone == DONE_ALONE_WITH_HELP and helped.alone_at is None
    # The guided run is untouched: same run, state, counters and events.
    assert (helped.run_id, helped.status, helped.current_step, helped.runs) == (
        before.run_id,
        before.status,
        before.current_step,
        before.runs,
    )
    assert store.progress.events(learner.id) == events_before

    store.progress.record_alone(learner.id, "tablet-open-app", helped=False)
    store.progress.record_alone(learner.id, "tablet-open-app", helped=True)
    line = store.reports.learner_lessons(learner.id)[0]
    assert line.done_alone == DONE_ALONE  # done once without help: that stays
    assert line.alone_runs == 3 and line.alone_at and line.alone_helped_at

    # Starting the guided lesson again keeps the result.
    store.progress.start(learner.id, "tablet-open-app", 2)
    assert store.progress.get(learner.id, "tablet-open-app").done_alone == DONE_ALONE


def test_the_progress_matrix_counts_lessons_done_alone(store):
    ana = store.learners.add("Ana", "mdi6.flower", "#8e244d")
    bob = store.learners.add("Bob", "mdi6.bicycle", "#0b4a85")
    for lesson in MODULES:
        finish(store, ana.id, lesson)
    finish(store, bob.id, "tablet-open-app")
    store.progress.record_alone(ana.id, "tablet-open-app", helped=False)
    store.progress.record_alone(ana.id, "tablet-keyboard", helped=True)
    store.progress.record_alone(ana.id, "not-a-lesson-any-more", helped=False)
    rows = {row.first_name: row for row in store.reports.progress_matrix(MODULES)}
    assert (rows["Ana"].alone, rows["Ana"].alone_helped) == (1, 1)
    assert (rows["Bob"].alone, rows["Bob"].alone_helped) == (0, 0)
    store.progress.record_alone(bob.id, "tablet-open-app", helped=True)
    rows = {row.first_name: row for row in store.reports.progress_matrix(MODULES)}
    assert (rows["Bob"].alone, rows["Bob"].alone_helped) == (0, 1)


def test_a_lesson_without_a_row_gets_one_rather_than_losing_the_result(store):
    learner = store.learners.add("Jeanne", "mdi6.flower", "#8e244d")
    store.progress.record_alone(learner.id, "tablet-keyboard", helped=False, step_count=4)
    record = store.progress.get(learner.id, "tablet-keyboard")
    assert record.done and record.done_alone == DONE_ALONE and record.step_count == 4


def test_done_alone_travels_in_a_pack_and_the_best_result_is_kept(tmp_path):
    from tutor.storage.packs import export_pack, import_packs

    first = open_store(tmp_path / "a")
    learner = first.learners.add("Jeanne", "mdi6.cat", "#0b4a85")
    finish(first, learner.id, "tablet-open-app")
    first.progress.record_alone(learner.id, "tablet-open-app", helped=True)
    export_pack(first.opened.db, tmp_path / "a.pack")
    other = open_store(tmp_path / "b")
    import_packs(other.opened.db, [tmp_path / "a.pack"])
    assert other.progress.get(learner.id, "tablet-open-app").done_alone == DONE_ALONE_WITH_HELP
    other.progress.record_alone(learner.id, "tablet-open-app", helped=False)  # on tablet B
    export_pack(other.opened.db, tmp_path / "b.pack")
    import_packs(first.opened.db, [tmp_path / "b.pack"])
    back = first.reports.learner_lessons(learner.id)[0]
    assert back.done_alone == DONE_ALONE and back.alone_helped_at and back.alone_runs == 2
    # An older pack imported again takes nothing away.
    import_packs(first.opened.db, [tmp_path / "a.pack"])
    assert first.progress.get(learner.id, "tablet-open-app").done_alone == DONE_ALONE
    first.close()
    other.close()

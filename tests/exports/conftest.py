from __future__ import annotations

import pytest

from tests.storage.helpers import play


@pytest.fixture(scope="session")
def catalogue():
    from tutor.core.catalogue import load_catalogue
    from tutor.paths import bundled_lessons_dir
    from tutor.sandboxes import sandbox_specs

    return load_catalogue([bundled_lessons_dir()], sandbox_specs())


@pytest.fixture
def filled(store, catalogue):
    """Two learners with real runs of bundled lessons; an archived one; a workshop."""
    lessons = sorted(catalogue.lessons.values(), key=lambda x: x.id)
    first, second = lessons[0], lessons[1]
    helene = store.learners.add("Hélène-Françoise", "mdi6.cat", "#0b4a85")
    jerome = store.learners.add("Jérôme", "mdi6.dog", "#1b5e20")
    gone = store.learners.add("Archivée", "mdi6.fish", "#1b5e20")
    play(store, helene.id, first.id, first.step_count, wrong_at={0: 2}, helped_at=(1,))
    store.progress.rate_confidence(helene.id, first.id, 3)
    play(store, helene.id, second.id, second.step_count, finish=False, duration=30.0)
    play(store, jerome.id, first.id, first.step_count)
    play(store, gone.id, first.id, first.step_count)
    store.learners.archive(gone.id)
    workshop = store.workshops.add("2025-03-04", "Médiathèque", "Claire")
    store.workshops.set_attendance(workshop.id, [jerome.id])
    return helene, jerome, workshop, first, second


@pytest.fixture(autouse=True)
def _the_apps_qapplication(qapp):
    """As in the app, a QApplication already runs when a PDF is written: in a process where
    an export came first, the export's own QGuiApplication would keep the widget tests that
    follow from making theirs (the suite's workers take tests in any order)."""
    return qapp

"""``tutor screenshot``: a screen rendered offscreen at a 10-inch tablet's size.

For documentation, handouts and tests, at any text size (``--size``), theme (``--theme``)
and language (``--lang``). It uses a throw-away data folder, so no personal
data can ever appear in a picture.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.i18n import _, current_language

if TYPE_CHECKING:
    from tutor.app import Services
    from tutor.ui.controllers.app_controller import AppController


def screenshot(
    lesson_id: str | None,
    step: int,
    screen: str | None,
    out: Path,
    lesson_dirs: list[Path] | None,
    text_size: int = 100,
    theme: str = "standard",
) -> int:
    from PySide6.QtWidgets import QApplication

    from tutor.app import build_services, build_window, create_qt_application
    from tutor.ui.display import Display
    from tutor.ui.main_window import TABLET_SIZE

    create_qt_application(sys.argv[:1], offscreen=True)
    with tempfile.TemporaryDirectory(prefix="tutor-shot-") as folder:
        services = build_services(Path(folder), lesson_dirs)
        window, controller = build_window(services)
        window.resize(*TABLET_SIZE)
        learners = services.store.learners
        # The set-up as on a new device: nobody yet (so "Later" shows), no PIN.
        first_start = screen is not None and screen.startswith("setup-")
        for name, avatar, colour in () if first_start else DEMO_LEARNERS:
            added = learners.add(name, avatar, colour, current_language())
            learners.update(added.id, text_size=text_size, theme=theme)
        if not first_start:
            services.store.pin.set(DEMO_PIN)  # a device in use has its PIN
        first = learners.all()[0] if not first_start else None
        controller.display._session = Display(text_size, theme)
        controller.display.facilitator = Display(text_size, theme)  # the facilitator's "Aa"
        if screen is not None and screen.startswith(("facilitator-", "stand-")):
            _add_demo_data(services)
        try:
            if first_start:
                controller.display.session_display()
                _open_setup_screen(controller, (screen or "").removeprefix("setup-"))
            elif lesson_id is not None:
                assert first is not None
                error = _open_lesson_step(controller, services, first.id, lesson_id, step)
                if error:
                    print(error, file=sys.stderr)
                    return 1
            elif screen in (None, "sign-in"):
                controller.show_sign_in()
            elif screen.startswith("facilitator-"):
                assert first is not None
                controller.display.facilitator_look()
                _open_facilitator_screen(controller, first.id, screen.removeprefix("facilitator-"))
            elif screen.startswith("stand-"):
                from tutor.commands.stand_screenshot import open_stand_screen

                open_stand_screen(
                    controller, screen.removeprefix("stand-"), Display(text_size, theme)
                )
            else:
                assert first is not None
                _open_screen(controller, first.id, screen)
            window.show()
            for _round in range(5):
                QApplication.processEvents()
            out.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(out)):
                print(_("cannot write {path}").format(path=out), file=sys.stderr)
                return 1
        finally:
            window.close()
            services.store.close()
    print(out)
    return 0


def _open_lesson_step(
    controller: AppController, services: Services, learner_id: str, lesson_id: str, step: int
) -> str | None:
    catalogue = services.catalogue
    if lesson_id not in catalogue.lessons:
        return _("unknown lesson '{id}'; expected one of: {known}").format(
            id=lesson_id, known=", ".join(sorted(catalogue.lessons))
        )
    lesson = catalogue.get(lesson_id)
    if not 1 <= step <= lesson.step_count:
        return _("the lesson '{id}' has steps 1 to {count}").format(
            id=lesson_id, count=lesson.step_count
        )
    progress = services.store.progress
    record = progress.start(learner_id, lesson_id, lesson.step_count)
    progress.move_to(record, step - 1)
    controller.choose_learner(learner_id)
    controller.module_id = lesson.module
    controller.open_lesson(lesson_id)
    return None


def _open_screen(controller: AppController, learner_id: str, screen: str) -> None:
    controller.choose_learner(learner_id)
    if screen == "new-learner":
        controller.open_new_learner()
    elif screen == "settings":
        controller.open_settings()
    elif screen == "lessons":
        controller.open_module("tablet")
    elif screen == "summary":
        lesson = next(iter(controller.catalogue.lessons.values()))
        controller.module_id = lesson.module
        controller.open_lesson(lesson.id)
        controller.show_summary(lesson.id)


def _open_setup_screen(controller: AppController, page: str) -> None:
    """The first-start set-up: its language page, or its PIN page (``pin``)."""
    setup = controller.setup
    if page == "pin":
        setup.ask_pin(controller.show_sign_in)
    else:
        setup.start(controller.show_sign_in)


DEMO_LEARNERS = (
    ("Jeanne", "mdi6.flower", "#8e244d"),
    ("Marcel", "mdi6.bicycle", "#0b4a85"),
    ("Yvette", "mdi6.cat", "#1b5e20"),
)
DEMO_PIN = "2468"
SETUP_SCREENS = ("language", "pin")
STAND_SCREENS = ("attract", "home", "still-there", "sheet", "stats", "settings", "packs")

FACILITATOR_SCREENS = (
    "pin",
    "home",
    "learners",
    "learner",
    "confirm",
    "workshops",
    "workshop",
    "progress",
    "learner-page",
    "difficult",
    "charts",
    "exports",
    "backup",
)


def _add_demo_data(services: Services) -> None:
    """Fictional learners, progress and workshops, for pictures of the facilitator space."""
    from tutor.storage.demo import make_demo_data

    make_demo_data(services.store, services.catalogue, learners=14, seed=7)


def _open_facilitator_screen(controller: AppController, learner_id: str, screen: str) -> None:
    from PySide6.QtWidgets import QApplication

    space = controller.facilitator
    if screen == "pin":
        space.open()
        return
    space.unlock()
    views = space.views
    store = controller.store
    busiest = max(
        store.learners.all(), key=lambda learner: len(store.reports.learner_lessons(learner.id))
    )
    workshops = store.workshops.all()
    if screen == "learners":
        views.show_learners()
    elif screen == "learner":
        views._on_learners_learner_chosen(busiest.id)
    elif screen == "confirm":  # the question before erasing a person for good
        views._on_learners_learner_chosen(busiest.id)
        views._on_learner_erase_requested()
    elif screen == "workshops":
        views.show_workshops()
    elif screen == "workshop":
        views.open_workshop(workshops[0].id if workshops else None)
    elif screen == "progress":
        views.show_progress()
    elif screen == "learner-page":
        store.notes.add(busiest.id, _("Prefers big buttons. Comes on Tuesdays."))
        views.open_learner_page(busiest.id)
    elif screen == "difficult":
        views.show_difficult()
        while space.thumbnails._queue:
            QApplication.processEvents()
    elif screen == "charts":
        views.show_charts()
    elif screen == "exports":
        space.documents.show_exports()
    elif screen == "backup":
        space.documents.show_backup()

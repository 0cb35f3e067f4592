"""Every screen of the app, opened by name, on a throw-away data folder.

``tutor screenshot``, ``tutor review`` and ``tutor audit`` all visit the screens through
this one list, so a screen added here is pictured, reviewed and audited alike. The
facilitator space and the stand's figures are filled with fictional data (fixed seeds):
no personal data can ever appear in a picture.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.i18n import _

if TYPE_CHECKING:
    from tutor.app import Services
    from tutor.ui.controllers.app_controller import AppController
    from tutor.ui.display import Display


def _fictional_figures(controller: AppController) -> None:
    """A day at a stand: visits from 9 h to 18 h, a few lessons each (fixed seed)."""
    db = controller.store.opened.db
    chance = random.Random(5)
    lessons = sorted(controller.catalogue.lessons)[:8]
    with db.atomic():
        for number in range(60):
            hour = chance.choice((9, 10, 10, 11, 11, 11, 14, 15, 15, 16, 16, 17, 18))
            visit = f"visit-{number}"
            stamp = f"2025-10-0{6 + number % 2}T{hour:02d}:10:00"
            db.execute(  # (the same visits whenever asked again: one stand, one day)
                "INSERT OR IGNORE INTO stand_visits (id, started_at, ended_at, day, hour) "
                "VALUES (?, ?, ?, ?, ?)",
                [visit, stamp, stamp, stamp[:10], hour],
            )
            for index in range(chance.choice((1, 1, 2))):
                db.execute(
                    "INSERT OR IGNORE INTO stand_lessons (id, visit_id, lesson_id, started_at, "
                    "day, hour, finished) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [f"{visit}-{index}", visit, chance.choice(lessons), stamp, stamp[:10], hour,
                     int(chance.random() < 0.6)],
                )  # fmt: skip


ADMIN_SCREENS = ("stats", "settings", "packs")  # behind the PIN, in the facilitator's look


def open_stand_screen(
    controller: AppController, screen: str, display: Display | None = None
) -> None:
    """``display``: the look a visitor chose with "Aa" (the stand's admin screens are in
    the facilitator's own look)."""
    if screen in ADMIN_SCREENS:
        _stand_settings(controller)
        _fictional_figures(controller)
        controller.display.facilitator_look()  # as reached from the facilitator space
        controller.facilitator.unlock()
        admin = controller.stand_admin
        {"stats": admin.show_figures, "settings": admin.show_settings, "packs": admin.show_packs}[
            screen
        ]()
        return
    for shown in stand_visit(controller, display):
        if shown == screen:
            return


def stand_visit(controller: AppController, display: Display | None = None) -> Iterator[str]:
    """One visitor's way through the stand, in the look ``display`` they chose with "Aa":
    yields the name of each screen once it shows (the attract screen, the home, the sheet
    with one lesson finished and one begun, then "Are you still there?" over a lesson).
    One visit shows them all in one look: each change of look restyles every widget."""
    from tutor.storage.stand import Practised

    lessons = _stand_settings(controller)
    stand = controller.stand
    stand.start()
    if display is not None:
        controller.display.choose(display)  # as a visitor touching "Aa"
    yield "attract"
    stand._on_attract_touched()
    yield "home"
    first, second = (controller.catalogue.get(i) for i in lessons[:2])
    stand.guest.practised = {
        first.id: Practised(first.id, first.step_count, first.step_count, True),
        second.id: Practised(second.id, 2, second.step_count, False),
    }
    stand._on_home_finish_requested()
    yield "sheet"
    stand.show_home()
    controller.open_lesson(lessons[0])
    stand._on_idle()
    yield "still-there"


def _stand_settings(controller: AppController) -> list[str]:
    """A PIN and the stand's settings as a facilitator would set them; the lessons, sorted."""
    from dataclasses import replace

    store = controller.store
    if not store.pin.is_set():  # (a PIN costs half a second to hash: once is enough)
        store.pin.set(DEMO_PIN)
    lessons = sorted(controller.catalogue.lessons)
    settings = replace(
        store.stand.settings(),
        lessons=tuple(lessons[:3]),
        help_text=_("Digital help desk, town hall, Tuesdays 2 pm to 5 pm. Phone: 02 97 00 00 00"),
    )
    store.stand.save(settings)
    return lessons


def open_lesson_step(
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


def open_learner_screen(controller: AppController, learner_id: str, screen: str) -> None:
    controller.choose_learner(learner_id)
    if screen == "sign-in":
        controller.show_sign_in()
    elif screen == "new-learner":
        controller.open_new_learner()
    elif screen == "settings":
        controller.open_settings()
    elif screen == "lessons":
        controller.open_module("tablet")
    elif screen in ("summary", "alone"):
        lessons = list(controller.catalogue.lessons.values())
        lesson = next((x for x in lessons if x.remember), lessons[0])  # with its points
        controller.module_id = lesson.module
        controller.open_lesson(lesson.id)
        controller.show_summary(lesson.id)
        if screen == "alone":  # "Your turn, on your own", at its first step to do
            from PySide6.QtWidgets import QApplication

            controller._on_summary_alone_requested()
            run = controller.lesson.run
            for _turn in range(len(lesson.steps)):  # the steps that only explain go by
                if run is None or run.finished or run.step.expect is not None:
                    break
                QApplication.processEvents()


LEARNER_SCREENS = (
    "sign-in", "new-learner", "catalogue", "lessons", "settings", "summary", "alone",
)  # fmt: skip
SETUP_SCREENS = ("language", "pin")  # the first-start set-up
DEMO_PIN = "2468"
STAND_SCREENS = ("attract", "home", "still-there", "sheet", "stats", "settings", "packs")


def facilitator_screens() -> tuple[str, ...]:
    """The facilitator space's PIN and home, then every view its pages picture."""
    from tutor.ui.facilitator import registry

    return ("pin", "home", *registry.pictures())


def add_demo_data(services: Services) -> None:
    """Fictional learners, progress and workshops, for pictures of the facilitator space."""
    from tutor.storage.demo import make_demo_data

    make_demo_data(services.store, services.catalogue, learners=14, seed=7)


def open_facilitator_screen(controller: AppController, learner_id: str, screen: str) -> None:
    """``screen``: ``pin``, ``home``, or a view a page pictures (``registry.pictures``)."""
    from tutor.ui.facilitator import registry

    space = controller.facilitator
    if screen == "pin":
        space.open()
        return
    space.unlock()  # (the home)
    if screen != "home":
        space.pages[registry.page_pictured(screen)].picture(screen)


def open_setup_screen(controller: AppController, page: str) -> None:
    """The first-start set-up: its language page, or its PIN page (``pin``)."""
    setup = controller.setup
    if page == "pin":
        setup.ask_pin(controller.show_sign_in)
    else:
        setup.start(controller.show_sign_in)


def screen_names() -> tuple[str, ...]:
    """Every screen besides the lesson player's steps, as ``tutor screenshot --screen`` names
    them."""
    return (
        *LEARNER_SCREENS,
        *(f"facilitator-{name}" for name in facilitator_screens()),
        *(f"stand-{name}" for name in STAND_SCREENS),
        *(f"setup-{name}" for name in SETUP_SCREENS),
    )


FICTIONAL_LEARNERS = (
    ("Jeanne", "mdi6.flower", "#8e244d"),
    ("Marcel", "mdi6.bicycle", "#0b4a85"),
    ("Yvette", "mdi6.cat", "#1b5e20"),
)


class Tour:
    """The real window on a throw-away data folder, with three fictional learners, opened
    at any screen, step, look and window size (the Qt application must exist)."""

    def __init__(self, folder: Path, lesson_dirs: list[Path] | None) -> None:
        from tutor.app import build_services, build_window
        from tutor.i18n import current_language

        self.services = build_services(folder, lesson_dirs)
        self.window, self.controller = build_window(self.services)
        learners = self.services.store.learners
        for name, avatar, colour in FICTIONAL_LEARNERS:
            learners.add(name, avatar, colour, current_language())
        self.learner_id = learners.all()[0].id
        self.services.store.pin.set(DEMO_PIN)  # a device in use has its PIN
        self._demo = False
        self._window_size = (1280, 800)

    def set_window(self, width: int, height: int) -> None:
        """The size the window is given (as a tablet or laptop screen would give it)."""
        self._window_size = (width, height)
        self.window.showNormal()
        self.window.resize(width, height)

    def set_look(self, display: Display) -> None:
        """Every learner's, the visitor's and the facilitator's look at once."""
        learners = self.services.store.learners
        for learner in learners.all():
            learners.update(learner.id, text_size=display.text_size, theme=display.theme)
        self.controller.display.use_session(display)
        self.controller.display.facilitator = display  # the facilitator's "Aa"

    def open(self, screen: str, display: Display) -> None:
        """Opens ``screen`` (a :func:`screen_names` name) in ``display``."""
        controller = self.controller
        if controller.stand.active:
            controller.stand.stop()
        if controller.setup.pending:  # a set-up page shown before: left, as the audit does
            controller.setup.leave()
        if screen.startswith(("facilitator-", "stand-")) and not self._demo:
            add_demo_data(self.services)
            self._demo = True
        if screen.startswith("facilitator-"):
            controller.show_sign_in()
            controller.display.facilitator_look()
            open_facilitator_screen(
                controller, self.learner_id, screen.removeprefix("facilitator-")
            )
        elif screen.startswith("setup-"):
            controller.display.session_display()
            open_setup_screen(controller, screen.removeprefix("setup-"))
            self.window.setup.later_button.show()  # as on a new device, with nobody yet
        elif screen.startswith("stand-"):
            open_stand_screen(controller, screen.removeprefix("stand-"), display)
            if self.window.isFullScreen():  # the stand goes full screen: keep the size asked
                self.set_window(*self._window_size)
        else:
            open_learner_screen(controller, self.learner_id, screen)
        self.settle()

    def open_step(self, lesson_id: str, step: int) -> str | None:
        """The player at ``step`` (from 1) of a lesson; a message when there is none."""
        problem = open_lesson_step(self.controller, self.services, self.learner_id, lesson_id, step)
        self.settle()
        return problem

    def next_step(self) -> bool:
        """Does what the step asks, as "Show me" would; False once the lesson is over."""
        from tutor.core.actions import CONTINUE_TARGET

        lesson = self.controller.lesson
        run, sandbox = lesson.run, lesson.sandbox
        if run is None or sandbox is None or run.finished:
            return False
        action = run.expected
        if action.target == CONTINUE_TARGET:
            lesson._judge(action)
        elif lesson._judge(action, shown=True):
            sandbox.perform(action)
        self.settle()
        return not run.finished

    def settle(self) -> None:
        """Lets the window finish what it does, pages that glide included (a picture must
        not catch a page mid-glide)."""
        from PySide6.QtWidgets import QApplication

        for _round in range(5):
            QApplication.processEvents()
        lesson = getattr(self.controller, "lesson", None)
        sandbox = getattr(lesson, "sandbox", None)
        if sandbox is not None and self.window.current_screen() is self.window.player:
            sandbox.come_to_rest()
            QApplication.processEvents()

    def close(self) -> None:
        if self.controller.stand.active:
            self.controller.stand.stop()
        self.window.close()
        self.services.store.close()

"""``tutor screenshot --screen stand-*``: the stand's screens, with fictional figures."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from tutor.i18n import _

if TYPE_CHECKING:
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
    from dataclasses import replace

    store = controller.store
    store.pin.set("2468")
    lessons = sorted(controller.catalogue.lessons)
    settings = replace(
        store.stand.settings(),
        lessons=tuple(lessons[:3]),
        help_text=_("Digital help desk, town hall, Tuesdays 2 pm to 5 pm. Phone: 02 97 00 00 00"),
    )
    store.stand.save(settings)
    stand = controller.stand
    if screen in ADMIN_SCREENS:
        _fictional_figures(controller)
        controller.display.facilitator_look()  # as reached from the facilitator space
        controller.facilitator.unlock()
        admin = controller.stand_admin
        {"stats": admin.show_figures, "settings": admin.show_settings, "packs": admin.show_packs}[
            screen
        ]()
        return
    stand.start()
    if display is not None:
        controller.display.choose(display)  # as a visitor touching "Aa"
    if screen == "attract":
        return
    stand._on_attract_touched()
    if screen == "home":
        return
    if screen == "still-there":
        controller.open_lesson(lessons[0])
        stand._on_idle()
        return
    # The sheet: one lesson finished, one begun.
    from tutor.storage.stand import Practised

    first, second = (controller.catalogue.get(i) for i in lessons[:2])
    stand.guest.practised = {
        first.id: Practised(first.id, first.step_count, first.step_count, True),
        second.id: Practised(second.id, 2, second.step_count, False),
    }
    stand._on_home_finish_requested()

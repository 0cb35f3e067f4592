"""Walking every screen of the real window, offscreen, at each text size and theme.

The learner screens are audited at 100 %, 150 % and 200 %, in both themes. The player is
audited at every step of every lesson at every size and theme, practice apps included
(about a minute); ``every_step=False`` keeps every step at 100 % in the usual colours only,
and the first, a middle and the last step of every lesson elsewhere (faster).
The facilitator space and the stand's screens behind the PIN follow the facilitator's own
"Aa" choice, so they are audited at every size and theme too, with the same rules.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from tutor.core.actions import CONTINUE_TARGET
from tutor.ui.audit.checks import Rules, Violation, check_screen
from tutor.ui.audit.fit import instruction_problems, window_size_problem
from tutor.ui.audit.targets import check_lesson_step_target
from tutor.ui.display import Display

COMBINATIONS = tuple(
    (size, theme) for theme in ("standard", "high_contrast") for size in (100, 150, 200)
)
SAMPLING = "every step of every lesson at every size and theme"
QUICK_SAMPLING = (
    "every step of every lesson at 100 % standard; the first, a middle and the last step "
    "of every lesson at 150 %, 200 % and in high contrast"
)


@dataclass
class AuditReport:
    screens: list[str] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    sampling: str = SAMPLING

    def as_dict(self) -> dict[str, object]:
        return {
            "ok": not self.violations,
            "sampling": self.sampling,
            "screens_audited": len(self.screens),
            "screens": self.screens,
            "violations": [v.as_dict() for v in self.violations],
        }


def settle() -> None:
    """Let the screen finish what it started, and free what it let go of: outside an event
    loop Qt never deletes widgets handed to ``deleteLater`` (each lesson's practice app,
    each facilitator row), and every widget kept alive makes each later change of look
    slower (1,200 widgets more by the stand's screens)."""
    for _round in range(3):
        QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def run_audit(
    lesson_dirs: list[Path] | None = None,
    every_step: bool = True,
    progress: Callable[[str], None] | None = None,
    windows: Sequence[tuple[int, int]] = ((1280, 800),),
    themes: Sequence[str] = ("standard", "high_contrast"),
    sizes: Sequence[int] = (100, 150, 200),
) -> AuditReport:
    """``windows``: the window sizes audited, each as the whole of its screen; ``themes``:
    the colours audited (the facilitator's screens with no PIN yet and the stand's screens
    behind the PIN, seen in the usual colours only, go with "standard"); ``sizes``: the
    text sizes audited (a quicker look at the sizes that break first)."""
    from tutor.app import build_services, build_window, create_qt_application

    create_qt_application([], offscreen=True, screens=windows)
    report = AuditReport()
    if not every_step:
        report.sampling = QUICK_SAMPLING
    with tempfile.TemporaryDirectory(prefix="tutor-audit-") as folder:
        services = build_services(Path(folder), lesson_dirs)
        window, controller = build_window(services)
        window.show()
        try:
            walker = _Walker(report, window, controller, services, themes, sizes)
            for window_size in windows:
                walker.use_window(window_size)
                for size, theme in walker.combinations:
                    if progress:
                        progress(f"{size} % {theme} {window_size[0]}x{window_size[1]}")
                    full = every_step or (size, theme) == (100, "standard")
                    walker.learner_screens(Display(size, theme), full)
                if progress:
                    progress("facilitator space")
                walker.facilitator_screens()
                if progress:
                    progress("stand")
                walker.stand_screens()
        finally:
            window.close()
            services.store.close()
    return report


class _Walker:
    def __init__(self, report: AuditReport, window, controller, services, themes, sizes):
        self.combinations = [
            (size, theme) for size, theme in COMBINATIONS if theme in themes and size in sizes
        ]
        self.usual_colours = "standard" in themes
        self.report = report
        self.window = window
        self.controller = controller
        self.services = services
        learners = services.store.learners
        self.learner = learners.add("Jeanne", "mdi6.flower", "#8e244d")
        learners.add("Marcel-Alexandre", "mdi6.bicycle", "#0b4a85")
        self.window_size = (1280, 800)
        self.demo_added = False

    def use_window(self, size: tuple[int, int]) -> None:
        """The window as a maximised window on a screen of ``size``."""
        self.window_size = size
        if self.window.isFullScreen():
            self.window.showNormal()
        self.window.resize(*size)
        settle()

    def label(self, name: str, rules: Rules) -> str:
        width, height = self.window_size
        return f"{name} [{rules.display.text_size} % {rules.display.theme} {width}x{height}]"

    def check(self, name: str, rules: Rules, practice=None, targets=frozenset(), root=None) -> None:
        settle()
        if self.window.size().toTuple() != self.window_size and not self.window.isFullScreen():
            self.window.resize(*self.window_size)  # as a screen would give it back
            settle()
        screen = root or self.window.current_screen()
        label = self.label(name, rules)
        self.report.screens.append(label)
        problem = window_size_problem(self.window, self.window_size)
        if problem:
            self.report.violations.append(Violation(label, "main_window", "window-size", problem))
        self.report.violations += check_screen(
            label, self.window, screen, rules, practice, frozenset(targets)
        )

    def check_instruction(self, name: str, rules: Rules) -> None:
        """The player's words when the step starts (see ``fit.instruction_problems``)."""
        player = self.window.player
        image = self.window.grab().toImage()
        for problem in instruction_problems(player, self.window, image):
            self.report.violations.append(
                Violation(self.label(name, rules), "player.words", "instruction-lines", problem)
            )

    def learner_screens(self, display: Display, every_step: bool) -> None:
        c, w = self.controller, self.window
        rules = Rules(display)
        store = self.services.store
        store.learners.update(self.learner.id, text_size=display.text_size, theme=display.theme)
        c.display.use_session(display)
        c.show_sign_in()
        self.check("sign-in", rules)
        self.setup_screens(rules)
        c.open_new_learner()
        self.check("new learner", rules)
        c.choose_learner(self.learner.id)
        self.check("catalogue", rules)
        w.display_panel.open_panel(display)
        self.check("text size and colours", rules, root=w.display_panel)
        w.display_panel.close_panel()
        c.open_settings()
        self.check("settings", rules)
        modules = sorted({lesson.module for lesson in c.catalogue.lessons.values()})
        for module in modules:
            c.open_module(module)
            self.check(f"lessons of {module}", rules)
        summary_done = False
        for lesson in sorted(c.catalogue.lessons.values(), key=lambda item: item.id):
            store.progress.start(self.learner.id, lesson.id, lesson.step_count)
            record = store.progress.start(self.learner.id, lesson.id, lesson.step_count)
            store.progress.move_to(record, 0)
            c.module_id = lesson.module
            c.open_lesson(lesson.id)
            total = lesson.step_count
            sample = set(range(total)) if every_step else {0, total // 2, total - 1}
            for index in range(total):
                if index in sample:
                    self.report.violations += check_lesson_step_target(w, c.lesson, rules)
                    sandbox = c.lesson.sandbox
                    name = f"player {lesson.id} step {index + 1}"
                    self.check(
                        name,
                        rules,
                        sandbox,
                        set(sandbox.spec.targets) if sandbox is not None else set(),
                    )
                    self.check_instruction(name, rules)
                self._advance()
            settle()
            if not summary_done and w.current_screen() is w.summary:
                self.check("summary", rules)
                summary_done = True
                self.alone_screen(rules)

    def alone_screen(self, rules: Rules) -> None:
        """ "Your turn, on your own" from the summary: the player with the goal alone and the
        big "Help", at its first step to do; then "Quit", as a learner would."""
        c = self.controller
        c._on_summary_alone_requested()
        run = c.lesson.run
        for _turn in range(run.total if run is not None else 0):
            if run is None or run.finished or run.step.expect is not None:
                break
            settle()
        sandbox = c.lesson.sandbox
        self.check(
            "player on one's own",
            rules,
            sandbox,
            set(sandbox.spec.targets) if sandbox is not None else set(),
        )
        c.lesson._on_view_quit_requested()
        settle()

    def setup_screens(self, rules: Rules) -> None:
        """The first-start set-up (in the look chosen before anyone signs in), its "Later"
        shown as on a device with nobody yet; then back to the sign-in screen."""
        from tutor.walks.tour import SETUP_SCREENS, open_setup_screen

        c, w = self.controller, self.window
        for page in SETUP_SCREENS:
            open_setup_screen(c, page)
            self.check(f"set-up {page}", rules)
        w.setup.later_button.show()
        self.check("set-up pin with Later", rules)
        c.setup.leave()

    def _advance(self) -> None:
        lesson = self.controller.lesson
        run, sandbox = lesson.run, lesson.sandbox
        if run is None or sandbox is None or run.finished:
            return
        action = run.expected
        if action.target == CONTINUE_TARGET:
            lesson._judge(action)
        elif lesson._judge(action, shown=True):
            sandbox.perform(action)
        settle()

    def facilitator_screens(self) -> None:
        from tutor.storage.demo import make_demo_data
        from tutor.walks.tour import facilitator_screens, open_facilitator_screen

        c = self.controller
        store = self.services.store
        if not self.demo_added:
            make_demo_data(store, c.catalogue, learners=6, seed=7)
            self.demo_added = True
        c.show_sign_in()
        if self.usual_colours:
            c.facilitator.open()  # before any PIN: the words that say where it is chosen
            self.check("facilitator pin (none set yet)", Rules(Display()))
        if not store.pin.is_set():
            store.pin.set("2468")
        for size, theme in self.combinations:
            display = Display(size, theme)
            c.display.facilitator = display  # the facilitator's "Aa" choice
            c.display.facilitator_look()
            for name in facilitator_screens():
                open_facilitator_screen(c, self.learner.id, name)
                self.check(f"facilitator {name}", Rules(display))
        c.display.facilitator = Display()

    def stand_screens(self) -> None:
        """The stand's visitor screens at each size and theme (a visitor's "Aa"), then its
        screens behind the PIN in the facilitator space's usual look."""
        from tutor.walks.tour import ADMIN_SCREENS, open_stand_screen, stand_visit

        c, w = self.controller, self.window
        try:
            for size, theme in self.combinations:
                display = Display(size, theme)
                c.display.use_session(display)  # (no change of look before the stand's start)
                if c.facilitator.unlocked:
                    c.facilitator.lock()  # as the facilitator leaves: the session's look
                c.stand.reset()  # the visit before is forgotten (and its "still there?")
                for name in stand_visit(c, display):  # one visit: one change of look
                    if w.isFullScreen():  # full screen on the screen audited: its size
                        w.showNormal()
                    w.resize(*self.window_size)
                    root = c.stand.overlay if name == "still-there" else None
                    self.check(f"stand {name}", Rules(display), root=root)
            for size, theme in self.combinations:
                display = Display(size, theme)
                c.display.facilitator = display  # the facilitator's "Aa" choice
                for name in ADMIN_SCREENS:  # (the PIN's unlock ends the visit)
                    open_stand_screen(c, name)  # in the facilitator's look
                    self.check(f"stand {name}", Rules(display))
            c.display.facilitator = Display()
        finally:
            c.stand.stop()

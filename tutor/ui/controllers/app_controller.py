"""Navigation between screens: who is learning, which module, which lesson."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3

from PySide6.QtCore import QObject

from tutor.core.catalogue import Catalogue
from tutor.core.modules import MODULES, module_by_id
from tutor.i18n import _, current_language, set_language
from tutor.sandboxes.kit import motion
from tutor.speech import Narrator
from tutor.storage.learners import Learner
from tutor.storage.store import Store
from tutor.ui import switch_access
from tutor.ui.controllers.display_controller import DisplayController
from tutor.ui.controllers.lesson_controller import LessonController
from tutor.ui.controllers.sandbox_pool import SandboxPool
from tutor.ui.controllers.setup_controller import SetupController
from tutor.ui.facilitator.controller import FacilitatorController
from tutor.ui.main_window import MainWindow
from tutor.ui.retranslate import retranslate
from tutor.ui.screens.catalogue import LessonCard
from tutor.ui.stand.admin import StandAdminController
from tutor.ui.stand.controller import StandController
from tutor.ui.stand.policy import StandPolicy
from tutor.ui.system_dialogs import show_notice

log = logging.getLogger(__name__)


class AppController(QObject):
    def __init__(
        self,
        window: MainWindow,
        store: Store,
        catalogue: Catalogue,
        narrator: Narrator,
        notices: list[str] | None = None,
    ):
        super().__init__()
        self.window = window
        self.store = store
        self.catalogue = catalogue
        self.narrator = narrator
        self.notices = list(notices or [])
        self.learner: Learner | None = None
        self.module_id: str | None = None
        self.sandboxes = SandboxPool()  # the practice apps made so far
        # The sign-in's language when the device has none of its own yet (before the set-up,
        # or a command that renders the screens in a language it chose).
        self._start_language = current_language()
        self._summary_lesson = ""  # the lesson whose summary shows ("Your turn, on your own")
        self.lesson = LessonController(window.player, store.progress, narrator, self.sandboxes.get)
        self.facilitator = FacilitatorController(window, store, catalogue, self.show_sign_in)
        self.facilitator.store_replaced.connect(self._on_facilitator_store_replaced)
        switch_access.configure(store.settings.switch_access())  # from the sign-in on
        w = window
        w.sign_in.facilitator_requested.connect(self.facilitator.open)
        w.catalogue.today_lesson_chosen.connect(self._on_catalogue_today_lesson_chosen)
        w.sign_in.learner_chosen.connect(self.choose_learner)
        w.sign_in.new_learner_requested.connect(self.open_new_learner)
        w.sign_in.notices_requested.connect(self._on_sign_in_notices_requested)
        w.new_learner.created.connect(self._on_new_learner_created)
        w.new_learner.cancelled.connect(self.show_sign_in)
        w.catalogue.module_chosen.connect(self.open_module)
        w.catalogue.sign_out_requested.connect(self.show_sign_in)
        w.catalogue.settings_requested.connect(self.open_settings)
        w.settings.voice_changed.connect(self._on_settings_voice_changed)
        w.settings.motion_chosen.connect(self._on_settings_motion_chosen)
        w.settings.voice_tried.connect(self._on_settings_voice_tried)
        w.settings.back_requested.connect(self._on_settings_back_requested)
        w.lessons.lesson_chosen.connect(self.open_lesson)
        w.lessons.back_requested.connect(self.show_catalogue)
        self.lesson.lesson_finished.connect(self.show_summary)
        self.lesson.alone_finished.connect(self._on_lesson_alone_finished)
        self.lesson.alone_left.connect(self._on_lesson_alone_left)
        sentence_started = getattr(narrator, "sentence_started", None)
        if sentence_started is not None:  # a real voice: highlight what is heard
            sentence_started.connect(window.player.highlight_sentence)
            narrator.voice_unavailable.connect(self._on_narrator_voice_unavailable)  # type: ignore[attr-defined]
        self.lesson.lesson_left.connect(self._on_lesson_lesson_left)
        self.lesson.saving_failed.connect(self._on_lesson_saving_failed)
        w.summary.confidence_chosen.connect(self._on_summary_confidence_chosen)
        w.summary.finished.connect(self._on_summary_finished)
        w.summary.alone_requested.connect(self._on_summary_alone_requested)
        # Text size, colours, language (made before the stand and the set-up, which use it).
        self.display = DisplayController(window, self, self.sandboxes, self.facilitator.not_saved)
        self.sandboxes.fit_with(self.display.fit_sandbox)
        self.display.language_changed.connect(self._on_display_language_changed)
        self.stand = StandController(self, self.display)  # guests, idle reset, PIN to leave
        self.policy = StandPolicy(self.stand)  # all that differs while the stand is on
        self.setup = SetupController(window, self, self.show_sign_in)  # language, first PIN
        self.stand_admin = StandAdminController(
            window, self, catalogue, self.facilitator, self.stand, self.setup
        )

    def begin(self, stand: bool = False, first_setup: bool = False) -> None:
        """The first screen: the set-up while the device has no PIN (if asked), then the
        sign-in screen, or the stand's attract screen when the stand is on."""

        def after_setup() -> None:
            self.show_sign_in()
            if self.policy.starts_with_app(stand, self.store):
                self.stand.start()

        if first_setup and self.setup.needed():
            self.setup.start(after_setup)
        else:
            after_setup()

    def use_language(self, language: str) -> None:
        """Every later text, and every fixed text already on the learner's screens, in
        ``language``: a learner who reads English finds their screens in English, whoever
        signed in before."""
        old = current_language()
        set_language(language)
        language = current_language()  # (an unknown one falls back to the default)
        if old == language:
            return
        retranslate([*self.window.learner_screens(), self.window.display_panel], old, language)
        self.sandboxes.release()  # built again in the new language when next needed

    # -- screens ------------------------------------------------------------------------------
    def show_sign_in(self) -> None:
        self.policy.go_to_start(self._show_sign_in)  # at a stand: the attract screen

    def _show_sign_in(self) -> None:
        self.narrator.stop()
        self.learner = None
        motion.set_reduced(False)
        # The sign-in (and the facilitator space behind it) speaks the device's language,
        # not the last learner's.
        self.use_language(self.setup.device.language() or self._start_language)
        self.display.session_display()
        self.window.sign_in.set_learners(self.store.learners.all())
        self.window.sign_in.set_notice_count(len(self.notices))
        self.window.show_screen(self.window.sign_in)

    def show_catalogue(self) -> None:
        assert self.learner is not None
        records = self.store.progress.for_learner(self.learner.id)
        counts = []
        for module in MODULES:
            lessons = self.catalogue.in_module(module.id)
            done = sum(1 for lesson in lessons if (r := records.get(lesson.id)) and r.done)
            counts.append((module, len(lessons), done))
        today = self.store.workshops.today_for(self.learner.id, dt.date.today().isoformat())
        lang = self.learner.language
        lessons = [self.catalogue.lessons[i] for i in today if i in self.catalogue.lessons]
        self.window.catalogue.show_modules(
            self.learner.first_name,
            counts,
            [(lesson.id, lesson.text(lesson.title, lang)) for lesson in lessons],
        )
        self.window.show_screen(self.window.catalogue)

    def show_lessons(self, banner: str = "") -> None:
        assert self.learner is not None and self.module_id is not None
        module = module_by_id(self.module_id)
        done = self.store.progress.for_learner(self.learner.id)
        cards = []
        for lesson in self.catalogue.in_module(self.module_id):
            record = done.get(lesson.id)
            lang = self.learner.language
            if record is None:
                status, icon_name = _("New"), "mdi6.play-circle-outline"
            elif record.done and record.done_alone:
                status, icon_name = _("Done. Done on your own too."), "mdi6.check-all"
            elif record.done:
                status, icon_name = _("Done. Next time: on your own."), "mdi6.check-circle"
            else:
                status = _("To continue: step {number} of {total}").format(
                    number=record.current_step + 1, total=lesson.step_count
                )
                icon_name = "mdi6.progress-clock"
            cards.append(
                LessonCard(
                    lesson.id,
                    lesson.text(lesson.title, lang),
                    lesson.text(lesson.goal, lang),
                    lesson.duration,
                    status,
                    icon_name,
                )
            )
        title = module.display_title() if module else ""
        self.window.lessons.show_lessons(title, cards, banner)
        self.window.show_screen(self.window.lessons)

    # -- reactions ------------------------------------------------------------------------------
    def choose_learner(self, learner_id: str) -> None:
        if self.setup.pending:
            return  # (a touch held from before the set-up showed: the set-up comes first)
        self.learner = self.store.learners.get(learner_id)
        self.use_language(self.learner.language)
        self.display.apply_learner(self.learner)
        self._apply_learner_settings()
        self.show_catalogue()

    def open_new_learner(self) -> None:
        self.window.new_learner.clear()
        self.window.show_screen(self.window.new_learner)
        self.window.new_learner.name_edit.setFocus()

    def _on_sign_in_notices_requested(self) -> None:
        show_notice(self.window, _("Note for the facilitator"), "\n\n".join(self.notices))

    def _on_new_learner_created(self, first_name: str, avatar: str, colour: str) -> None:
        try:
            self.learner = self.store.learners.add(first_name, avatar, colour, current_language())
        except sqlite3.Error:  # a read-only folder, a full disk: the facilitator is told
            log.exception("could not add a learner")
            self.window.new_learner.show_advice(
                _("This computer cannot save a new person right now. A facilitator can help you.")
            )
            return
        self.learner = self.display.adopt_for_new(self.learner)
        self._apply_learner_settings()
        self.show_catalogue()

    def open_module(self, module_id: str) -> None:
        self.module_id = module_id
        self.show_lessons()

    def open_lesson(self, lesson_id: str) -> None:
        assert self.learner is not None
        lesson = self.catalogue.get(lesson_id)
        spec = self.catalogue.sandboxes[lesson.sandbox]
        self.lesson.start(lesson, self.learner, spec)
        self.window.show_screen(self.window.player)

    def _on_catalogue_today_lesson_chosen(self, lesson_id: str) -> None:
        self.module_id = self.catalogue.get(lesson_id).module  # "Back" leads to its module
        self.open_lesson(lesson_id)

    def _on_facilitator_store_replaced(self, store: Store) -> None:
        """A backup was restored: the reopened store replaces the closed one."""
        self.store = store
        self.lesson.use_progress(store.progress)
        switch_access.configure(store.settings.switch_access())

    def show_summary(self, lesson_id: str, alone: bool = False, helped: bool = False) -> None:
        """The end of a lesson: what was done, the lesson's ending, its points to remember
        (shown one a line and read after the ending), then "Your turn, on your own".
        ``alone``: the lesson was just done on one's own (``helped``: with "Help")."""
        assert self.learner is not None
        lesson = self.catalogue.get(lesson_id)
        lang = self.learner.language
        name = self.learner.first_name
        title = _("Well done, {name}!").format(name=name) if name else _("Well done!")
        lesson_title = lesson.text(lesson.title, lang)
        if alone and helped:
            parts = [
                _("You did the lesson “{title}” on your own, with a little help.").format(
                    title=lesson_title
                ),
                _("Next time, try it without help."),
            ]
        elif alone:
            parts = [
                _("You did the lesson “{title}” on your own, without help.").format(
                    title=lesson_title
                ),
                _("You know how to do it."),
            ]
        else:
            parts = [
                _("You finished the lesson “{title}”.").format(title=lesson_title),
                _("You did all {count} steps.").format(count=lesson.step_count),
                lesson.text(lesson.ending, lang),
            ]
        text = " ".join(part for part in parts if part)
        points = [lesson.text(point, lang) for point in lesson.remember]
        points = [point for point in points if point]
        self._summary_lesson = lesson_id
        self.window.summary.show_summary(title, text, points)
        self.window.show_screen(self.window.summary)
        spoken = [title, text]
        if points:
            spoken += [_("To remember:"), *points]
        spoken.append(_("How do you feel?"))
        self.narrator.say(" ".join(spoken))

    def _on_lesson_alone_finished(self, lesson_id: str, helped: bool) -> None:
        self.show_summary(lesson_id, alone=True, helped=helped)

    def _on_summary_alone_requested(self) -> None:
        """The same lesson again, on one's own: same practice app, same scene."""
        assert self.learner is not None
        lesson_id = self._summary_lesson
        if not lesson_id or lesson_id not in self.catalogue.lessons:
            return
        self.narrator.stop()
        lesson = self.catalogue.get(lesson_id)
        spec = self.catalogue.sandboxes[lesson.sandbox]
        self.lesson.start_alone(lesson, self.learner, spec)
        self.window.show_screen(self.window.player)

    def _on_lesson_alone_left(self, lesson_id: str) -> None:
        """ "Quit" while on one's own: back to the lessons (the guided run is as it was)."""
        self.policy.after_lesson(self.show_lessons)

    def _on_summary_finished(self) -> None:
        self.policy.after_lesson(self.show_lessons)

    def _on_lesson_lesson_left(self, lesson_id: str, step_index: int) -> None:
        banner = _("It is saved. Next time, you will start again at step {number}.").format(
            number=step_index + 1
        )
        self.policy.after_lesson(lambda: self.show_lessons(banner))

    def _on_summary_confidence_chosen(self, value: int) -> None:
        assert self.learner is not None and self.lesson.run is not None
        if not self.policy.keeps_feelings():
            return
        self.store.progress.rate_confidence(self.learner.id, self.lesson.run.lesson.id, value)

    def open_settings(self) -> None:
        assert self.learner is not None
        self.window.settings.show_learner(self.learner)
        self.window.show_screen(self.window.settings)

    def _on_settings_voice_changed(self, on: bool, speed: str, volume: int) -> None:
        assert self.learner is not None
        self.learner = self.store.learners.update(
            self.learner.id, voice_on=int(on), voice_rate=speed, volume=volume
        )
        self._apply_learner_settings()

    def _on_settings_motion_chosen(self, choice: str) -> None:
        assert self.learner is not None
        self.learner = self.store.learners.update(self.learner.id, motion=choice)
        self._apply_learner_settings()

    def _on_settings_voice_tried(self) -> None:
        self.narrator.say(_("Hello! This is the voice that reads the lessons to you."))

    def _on_settings_back_requested(self) -> None:
        self.narrator.stop()
        self.show_catalogue()

    def _apply_learner_settings(self) -> None:
        """The learner's voice, and their choice of movement in the practice apps."""
        learner = self.learner
        motion.set_reduced(learner is not None and learner.motion == "reduced")
        if learner is not None:
            self.narrator.configure(
                learner.language, learner.voice_on, learner.voice_rate, learner.volume
            )

    def _on_lesson_saving_failed(self, error: object) -> None:
        """A step could not be saved (a full disk, another program writing, a read-only
        folder): the learner goes on; the facilitator's note says why, once."""
        from tutor.storage.database import unavailable_from

        if not isinstance(error, sqlite3.Error) or self.store.read_only:
            return  # a read-only store is already explained in the notes
        problem = unavailable_from(error, self.store.path)
        notice = _("Some steps could not be saved. {reason}").format(reason=problem)
        if notice not in self.notices:
            self.notices.append(notice)

    def _on_narrator_voice_unavailable(self, reason: str) -> None:
        self.notices.append(
            _(
                "No voice can be heard ({reason}). Lessons work without it, the text stays on "
                "screen. To hear them, install the voice: sudo apt install espeak-ng "
                "libespeak-ng1 (Linux), or add a French voice in the system settings "
                "(Windows, macOS)."
            ).format(reason=reason)
        )
        if self.window.current_screen() is self.window.sign_in:
            self.window.sign_in.set_notice_count(len(self.notices))

    def _on_display_language_changed(self, language: str) -> None:
        """The screens and the practice apps take the new language (see ``use_language``);
        the narrator speaks it; the settings show it."""
        self.use_language(language)
        self._apply_learner_settings()
        self.open_settings()

    def forget_visitor(self) -> None:
        """Everything a stand's visitor touched is emptied: the lesson in progress, the
        practice apps (typed text, photos, calls: made anew next time), the player, the
        summary and the lesson list; nobody is signed in."""
        self.narrator.stop()
        self.lesson.abandon()
        self._summary_lesson = ""
        window = self.window
        window.player.clear()
        self.sandboxes.destroy()
        window.summary.show_summary("", "")
        window.lessons.show_lessons("", [], "")
        self.learner = None
        self.module_id = None

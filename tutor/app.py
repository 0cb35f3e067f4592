"""The one place that wires everything: Qt application, theme, store, narrator, window."""

from __future__ import annotations

# Standard modules first: once PySide6 is imported, every later import costs more (its
# import hook looks at each new module), and these are all needed before the first paint.
import gc
import importlib.util  # noqa: F401  (used by tutor.glyphs)
import logging
import os
import shutil
import sqlite3  # noqa: F401  (used by tutor.storage.quick_read)
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from tutor import APP_NAME
from tutor.i18n import _
from tutor.paths import data_dir

# Imported where used: the sign-in screen is painted before the lessons, the store and the
# voice are loaded (see ``run_gui``), and these modules take most of a second to import.
if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtWidgets import QApplication

    from tutor.core.catalogue import Catalogue
    from tutor.speech import Narrator
    from tutor.storage.store import Store
    from tutor.ui.early_input import EarlyInput
    from tutor.ui.main_window import MainWindow

log = logging.getLogger("tutor")


def setup_logging(folder: Path) -> None:
    """Everything worth a facilitator's or IT person's look goes to ``logs/tutor.log``."""
    import logging.handlers  # after the first paint: it pulls in sockets and pickling

    logs = folder / "logs"
    handler: logging.Handler
    try:
        logs.mkdir(exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            logs / "tutor.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:  # a read-only or full data folder: the log goes to standard error
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _log_uncaught(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """No traceback ever reaches a learner: it goes to the log, the app goes on."""
    log.error("unexpected problem:\n%s", "".join(traceback.format_exception(kind, value, tb)))


class Services:
    """What the window needs, built before it (and reusable by commands and tests).

    A plain class: defining a dataclass on the way to the first screen costs its time."""

    def __init__(
        self,
        store: Store,
        catalogue: Catalogue,
        narrator: Narrator,
        notices: list[str] | None = None,
    ) -> None:
        self.store = store
        self.catalogue = catalogue
        self.narrator = narrator
        self.notices = notices if notices is not None else []
        self.controller: object | None = None  # the app's controller, once built


def build_services(
    data: Path,
    lesson_dirs: list[Path] | None = None,
    narrator: Narrator | None = None,
    busy_wait_s: float | None = None,
) -> Services:
    """Raises a ``StoreUnavailable`` when the progress cannot be opened (see ``start_app``).
    ``busy_wait_s``: how long to wait for another program holding it (default 5 s)."""
    from tutor.core.catalogue import load_catalogue
    from tutor.paths import bundled_lessons_dir
    from tutor.sandboxes import sandbox_specs
    from tutor.speech import SilentNarrator
    from tutor.storage.store import open_store

    store = open_store(data, busy_wait_s=busy_wait_s)
    catalogue = load_catalogue(lesson_dirs or [bundled_lessons_dir()], sandbox_specs())
    notices = []
    if store.set_aside is not None:
        notices.append(
            _(
                "The progress file was damaged. It was set aside as {path} and a new "
                "one was started. Keep the old file for your IT support."
            ).format(path=store.set_aside)
        )
        log.warning("damaged database set aside as %s", store.set_aside)
    if not store.read_only and _disk_nearly_full(data):
        notices.append(
            _(
                "The disk that holds the progress ({folder}) is almost full: soon nothing new "
                "can be saved. Free some space (delete files you no longer need)."
            ).format(folder=data)
        )
    if store.read_only and store.problem is not None:
        notices.append(
            _(
                "The learners and their progress can be seen, but nothing new can be saved "
                "for now. {reason}"
            ).format(reason=store.problem)
        )
        log.warning("progress opened read-only: %s", store.problem.detail)
    if catalogue.problems:
        lines = "\n".join(str(problem) for problem in catalogue.problems)
        notices.append(
            _(
                "Some lesson files could not be loaded; the other lessons work. "
                "Check them with “tutor lessons check”:\n{lines}"
            ).format(lines=lines)
        )
        log.warning("lesson problems:\n%s", lines)
    return Services(store, catalogue, narrator or SilentNarrator(), notices)


NEARLY_FULL_BYTES = 5 * 2**20  # a few thousand steps: time to warn before nothing is saved


def _disk_nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _skip_pyside_feature_scan() -> None:
    """Spare every later import PySide6's source scan (about a third of a millisecond each,
    hundreds of modules when the lessons load).

    PySide6 hooks ``import`` to support ``from __feature__ import snake_case``: after each
    import it reads the new module's source to see whether it mentions PySide6. This app
    never uses those features, so every module may be treated as "not using them" (-1),
    which is what the scan answers for most modules anyway. Left as is if PySide6's
    internals differ (the scan then just costs its time).
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", lambda module: False)  # noqa: B010


def create_qt_application(
    argv: list[str], offscreen: bool = False, screens: Sequence[tuple[int, int]] = ()
) -> QApplication:
    """``offscreen``: no display (pictures, audits); ``screens``: the offscreen screens'
    sizes (one 1280×800 tablet screen by default)."""
    if offscreen:
        from tutor.ui.offscreen import use_offscreen_screens

        use_offscreen_screens(screens or [(1280, 800)])
    import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook, skipped below)

    _skip_pyside_feature_scan()
    from PySide6.QtWidgets import QApplication

    from tutor.ui.display import Display, apply_display

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    apply_display(Display())  # font, palette and style sheet; each learner's look comes later
    return app


def build_window(  # type: ignore[no-untyped-def]
    services: Services,
    stand: bool = False,
    window: MainWindow | None = None,
    first_setup: bool = False,
):
    """The main window and its controller, showing the sign-in screen (or, in stand mode,
    forced by ``stand`` or switched on by the facilitator, the attract screen).

    ``window``: one already on screen with only its sign-in screen (see ``run_gui``).
    ``first_setup``: a device without a facilitator PIN shows the first-start set-up
    before anything else (the real start; tests and renderings ask for it when needed)."""
    from tutor.ui import accessibility
    from tutor.ui.controllers.app_controller import AppController
    from tutor.ui.main_window import MainWindow

    # Choices as radio buttons, titles as headings for screen readers: from here, after the
    # first paint (it costs ~12 ms), the sign-in screen's widgets included.
    accessibility.install()
    if window is None:
        window = MainWindow()
    window.complete()
    controller = AppController(
        window, services.store, services.catalogue, services.narrator, services.notices
    )
    # After a restore the store is reopened: whoever closes it at the end gets the new one.
    controller.facilitator.store_replaced.connect(lambda store: setattr(services, "store", store))
    controller.begin(stand, first_setup)
    return window, controller


def speech_cache_dir(folder: Path) -> Path:
    """Synthesised sentences can contain a learner's first name: they stay in the data
    folder, and are cleared at each start so nothing lingers."""
    cache = folder / "cache" / "speech"
    shutil.rmtree(cache, ignore_errors=True)
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only or full data folder: a private temporary folder instead
        import tempfile

        return Path(tempfile.mkdtemp(prefix="pas-a-pas-speech-"))
    return cache


def create_narrator(folder: Path) -> Narrator:
    """The real voice: a synthesis worker started in the background, played through Qt."""
    from tutor.speech.narrator import SpeechNarrator
    from tutor.speech.synthesizer import Synthesizer

    synthesizer = Synthesizer(speech_cache_dir(folder))
    try:
        (folder / "logs").mkdir(parents=True, exist_ok=True)
        synthesizer.worker_log = folder / "logs" / "speech-worker.log"
    except OSError:  # a read-only data folder: the voice works all the same, without its log
        pass
    narrator = SpeechNarrator(synthesizer)
    synthesizer.start()
    return narrator


def _show_with_keyboard(window: MainWindow) -> None:
    """Show the window and ask for the keyboard: a window manager then gives it focus, and
    where there is none (a kiosk, a bare X session) Qt takes it as soon as the window is
    mapped. Without this a key pressed before the first click went to whatever window was
    under the pointer, or nowhere."""
    from tutor.ui.x11_focus import show_with_keyboard

    # With no window manager Qt asks only once it has read the "mapped" notice: a key
    # pressed the instant the window shows was lost. This has it asked before anyone sees
    # the window.
    show_with_keyboard(window)
    window.activateWindow()


def run_gui(data_override: str | None, lesson_dirs: list[Path] | None, stand: bool = False) -> int:
    """Start the app. The sign-in screen is painted first, from a quick read of the
    learners; the lessons, the store, the voice and the other screens are loaded right
    after that first paint, in one go (a touch or key press meanwhile is kept and
    delivered once everything is built: neither lost nor acted on twice). A stand, or
    anything unusual in the data folder, starts the long way."""
    from tutor.storage.quick_read import sign_in_learners

    folder = data_dir(data_override)
    sys.excepthook = _log_uncaught  # (to standard error until the log file is set up)
    learners = None if stand else sign_in_learners(folder)
    app = create_qt_application(sys.argv)
    from tutor.ui.main_window import MainWindow

    window = MainWindow(complete=False)
    probe = _startup_probe(window)
    started: list[Services] = []
    started_parts: list[Narrator] = []

    def finish_start() -> None:
        try:
            if not started_parts:
                setup_logging(folder)
                started_parts.append(create_narrator(folder))
            services = start_app(window, folder, lesson_dirs, started_parts[0], stand, started)
        finally:
            # What start-up built lives as long as the app: kept out of the collector's full
            # passes, which then stay short (a long one pauses the window mid-lesson).
            # Collection was off until now (see tutor.cli).
            gc.freeze()
            gc.enable()
        if services is not None:
            _ready(window, probe)

    if learners is None:
        finish_start()
        _show_with_keyboard(window)
    else:
        window.sign_in.set_learners(learners)
        _show_with_keyboard(window)
        early_input = _hold_early_input(window)

        def finish_then_deliver() -> None:
            try:
                finish_start()
            finally:
                early_input.release()  # even if the build failed: the window must answer

        _after_first_paint(window, finish_then_deliver)
    try:
        return int(app.exec())
    finally:
        gc.enable()
        for narrator in started_parts:
            narrator.stop()
            synthesizer = getattr(narrator, "synthesizer", None)
            if synthesizer is not None:
                synthesizer.close()
        for services in started:
            services.store.close()


def start_app(  # type: ignore[no-untyped-def]
    window: MainWindow,
    folder: Path,
    lesson_dirs: list[Path] | None,
    narrator: Narrator,
    stand: bool,
    started: list[Services],
    busy_wait_s: float | None = None,
):
    """Open the progress and build the app in ``window``; returns the services, or ``None``
    when the progress cannot be opened.

    Then the window shows why, instead of the sign-in screen (an empty sign-in would say
    "your progress is gone" while it is safe on disk), with a button to try again; a try
    that works builds the app as at start-up."""
    from tutor.storage.problems import StoreUnavailable

    try:
        services = build_services(folder, lesson_dirs, narrator, busy_wait_s=busy_wait_s)
    except StoreUnavailable as problem:
        log.warning("the progress cannot be opened: %s (%s)", problem.title(), problem.detail)
        _show_store_unavailable(
            window,
            problem,
            lambda: start_app(window, folder, lesson_dirs, narrator, stand, started, 1.0),
        )
        return None
    started.append(services)
    _window, controller = build_window(services, stand, window, first_setup=True)
    services.controller = controller
    if controller.stand.active:
        window.showFullScreen()
    return services


def _show_store_unavailable(window: MainWindow, problem, retry) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from tutor.ui.screens.unavailable import StoreUnavailableScreen

    screen = window.findChild(StoreUnavailableScreen)
    if screen is None:
        screen = StoreUnavailableScreen()
        window.stack.addWidget(screen)
        # The button's "One moment…" is painted before the try, which can wait a second.
        screen.retry_requested.connect(lambda: QTimer.singleShot(50, retry))
    screen.show_problem(problem.title(), str(problem))
    window.stack.setCurrentWidget(screen)


def _startup_probe(window: MainWindow):  # type: ignore[no-untyped-def]
    if not os.environ.get("TUTOR_STARTUP_PROBE"):
        return None
    from tutor.ui.startup_probe import install_startup_probe_if_requested

    return install_startup_probe_if_requested(window)


def _ready(window: MainWindow, probe) -> None:  # type: ignore[no-untyped-def]
    """Everything is built: automation (if asked) starts describing the screens."""
    from tutor.ui.automation import install_if_requested

    window.setProperty("automation", install_if_requested(window))
    if probe is not None:
        probe.ready()


def _hold_early_input(window: MainWindow) -> EarlyInput:
    """Every tap or key press on the window from now until the app is ready is kept and
    delivered once it is (see ``tutor.ui.early_input``): none is lost, none is acted on
    twice."""
    from tutor.ui.early_input import hold_early_input

    handle = window.windowHandle()
    assert handle is not None  # the window has been shown
    return hold_early_input(handle)


def _after_first_paint(window: MainWindow, then) -> None:  # type: ignore[no-untyped-def]
    """Run ``then`` once the window has been painted (or after a second if it never is,
    e.g. started minimised), and only once."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    done: list[bool] = []

    def run_once() -> None:
        if not done:
            done.append(True)
            then()

    class _FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, run_once)
            return False

    watcher = _FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(1000, run_once)

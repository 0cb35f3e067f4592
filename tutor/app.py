"""The one place that wires everything: Qt application, theme, store, narrator, window."""

from __future__ import annotations

import logging
import logging.handlers
import os
import shutil
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from tutor import APP_NAME
from tutor.core.catalogue import Catalogue, load_catalogue
from tutor.i18n import _
from tutor.paths import bundled_lessons_dir, data_dir
from tutor.sandboxes import sandbox_specs
from tutor.speech import Narrator, SilentNarrator
from tutor.storage.store import Store, open_store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger("tutor")


def setup_logging(folder: Path) -> None:
    """Everything worth a facilitator's or IT person's look goes to ``logs/tutor.log``."""
    logs = folder / "logs"
    logs.mkdir(exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        logs / "tutor.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _log_uncaught(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """No traceback ever reaches a learner: it goes to the log, the app goes on."""
    log.error("unexpected problem:\n%s", "".join(traceback.format_exception(kind, value, tb)))


@dataclass
class Services:
    """What the window needs, built before it (and reusable by commands and tests)."""

    store: Store
    catalogue: Catalogue
    narrator: Narrator
    notices: list[str] = field(default_factory=list)


def build_services(
    data: Path, lesson_dirs: list[Path] | None = None, narrator: Narrator | None = None
) -> Services:
    store = open_store(data)
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


def create_qt_application(argv: list[str], offscreen: bool = False) -> QApplication:
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from tutor.ui.display import Display, apply_display

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    apply_display(Display())  # font, palette and style sheet; each learner's look comes later
    return app


def build_window(services: Services, stand: bool = False):  # type: ignore[no-untyped-def]
    """The main window and its controller, showing the sign-in screen (or, in stand mode,
    forced by ``stand`` or switched on by the facilitator, the attract screen)."""
    from tutor.ui.controllers.app_controller import AppController
    from tutor.ui.main_window import MainWindow

    window = MainWindow()
    controller = AppController(
        window, services.store, services.catalogue, services.narrator, services.notices
    )
    # After a restore the store is reopened: whoever closes it at the end gets the new one.
    controller.facilitator.store_replaced.connect(lambda store: setattr(services, "store", store))
    controller.show_sign_in()
    if stand or services.store.stand.settings().enabled:
        controller.stand.start()
    return window, controller


def speech_cache_dir(folder: Path) -> Path:
    """Synthesised sentences can contain a learner's first name: they stay in the data
    folder, and are cleared at each start so nothing lingers."""
    cache = folder / "cache" / "speech"
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True, exist_ok=True)
    return cache


def create_narrator(folder: Path) -> Narrator:
    """The real voice: a synthesis worker started in the background, played through Qt."""
    from tutor.speech.narrator import SpeechNarrator
    from tutor.speech.synthesizer import Synthesizer

    synthesizer = Synthesizer(speech_cache_dir(folder))
    synthesizer.worker_log = folder / "logs" / "speech-worker.log"
    narrator = SpeechNarrator(synthesizer)
    synthesizer.start()
    return narrator


def run_gui(data_override: str | None, lesson_dirs: list[Path] | None, stand: bool = False) -> int:
    folder = data_dir(data_override)
    setup_logging(folder)
    sys.excepthook = _log_uncaught
    app = create_qt_application(sys.argv)
    narrator = create_narrator(folder)
    services = build_services(folder, lesson_dirs, narrator)
    window, controller = build_window(services, stand)
    from tutor.ui.automation import install_if_requested, install_startup_probe_if_requested

    _automation = install_if_requested(window)
    _probe = install_startup_probe_if_requested(window)
    if controller.stand.active:
        window.showFullScreen()
    else:
        window.show()
    try:
        return int(app.exec())
    finally:
        services.narrator.stop()
        synthesizer = getattr(services.narrator, "synthesizer", None)
        if synthesizer is not None:
            synthesizer.close()
        services.store.close()

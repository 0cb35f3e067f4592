"""``tutor self-check``: is this installation able to run? Prints what it checked, with
timings; exit 0 only if all is well. The installed bundle's smoke test runs it too."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tutor.commands import options
from tutor.i18n import _, ngettext


class _Checks:
    def __init__(self) -> None:
        self.failed = False

    def run(self, name: str, check: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail = check()
            status = "ok  "
        except Exception as exc:  # a self-check reports every failure, whatever it is
            detail = f"{type(exc).__name__}: {exc}"
            status = "FAIL"
            self.failed = True
        elapsed = (time.perf_counter() - started) * 1000
        print(f"{status} {name:<22} {elapsed:8.1f} ms  {detail}")


def self_check(data_override: str | None, lesson_dirs: list[Path] | None) -> int:
    from tutor.app import build_services, build_window, create_qt_application
    from tutor.core.catalogue import load_catalogue
    from tutor.paths import bundled_lessons_dir
    from tutor.sandboxes import create_sandbox, sandbox_specs
    from tutor.storage.store import open_store

    checks = _Checks()
    state: dict[str, object] = {}

    def lessons() -> str:
        catalogue = load_catalogue(lesson_dirs or [bundled_lessons_dir()], sandbox_specs())
        state["catalogue"] = catalogue
        if catalogue.problems:
            raise ValueError("; ".join(str(p) for p in catalogue.problems))
        if not catalogue.lessons:
            raise ValueError(_("no lesson found"))
        count = len(catalogue.lessons)
        return ngettext("{count} lesson", "{count} lessons", count).format(count=count)

    def database() -> str:
        from tutor.paths import data_dir

        folder = data_dir(data_override)
        store = open_store(folder)
        try:
            verdict = store.opened.db.execute("PRAGMA integrity_check").fetchone()[0]
            mode = store.opened.db.execute("PRAGMA journal_mode").fetchone()[0]
            if verdict != "ok":
                raise ValueError(verdict)
            if store.set_aside is not None:
                raise ValueError(
                    _("a damaged database was set aside as {path}").format(path=store.set_aside)
                )
            return f"{store.path} ({mode}, {len(store.learners.all(True))} learners)"
        finally:
            store.close()

    def qt() -> str:
        app = create_qt_application(sys.argv[:1], offscreen=True)
        return f"{app.platformName()}"

    def font() -> str:
        from tutor.fonts import FALLBACK_FAMILY, font_family

        family = font_family()
        if family == FALLBACK_FAMILY:
            raise ValueError(_("the bundled font did not load"))
        return family

    def icons() -> str:
        """The icon font loads and draws every picture a learner can choose and every
        module's picture (each glyph really has ink)."""
        from tutor.core.avatars import AVATARS
        from tutor.core.modules import MODULES
        from tutor.glyphs import glyph_icon

        names = [*AVATARS, *(module.icon for module in MODULES)]
        for name in names:
            image = glyph_icon(name, "#000000").pixmap(48).toImage()
            inked = any(
                image.pixelColor(x, y).alpha() > 0 for x in range(0, 48, 3) for y in range(0, 48, 3)
            )
            if not inked:
                raise ValueError(_("the icon {name} is empty").format(name=name))
        return _("{count} icons drawn").format(count=len(names))

    def window() -> str:
        with tempfile.TemporaryDirectory(prefix="tutor-check-") as folder:
            services = build_services(Path(folder), lesson_dirs)
            main, _controller = build_window(services)
            main.show()
            from PySide6.QtWidgets import QApplication

            QApplication.processEvents()
            size = main.size()
            main.close()
            services.store.close()
        return f"{size.width()}x{size.height()}"

    def voice() -> str:
        from tutor.speech.synthesizer import Synthesizer
        from tutor.speech.voices import RATES_WPM
        from tutor.speech.wav import duration_s

        with tempfile.TemporaryDirectory(prefix="tutor-voice-") as folder:
            synthesizer = Synthesizer(Path(folder))
            synthesizer.start()
            try:
                if not synthesizer.wait_ready(30):
                    raise RuntimeError(synthesizer.error or _("no speech engine"))
                chosen = synthesizer.voice_for("fr")
                if chosen is None:
                    raise RuntimeError(_("no French voice"))
                path = synthesizer.synthesize_now(_("Hello."), "fr", RATES_WPM["normal"])
                if path is None:
                    raise RuntimeError(_("the voice produced no sound"))
                return f"{chosen.name} ({chosen.id}), {duration_s(path):.1f} s"
            finally:
                synthesizer.close()

    def sandboxes() -> str:
        specs = sandbox_specs()
        for spec in specs.values():
            widget = create_sandbox(spec)
            widget.reset()
            widget.deleteLater()
        return ", ".join(sorted(specs))

    for name, check in (
        ("lessons", lessons),
        ("database", database),
        ("qt", qt),
        ("font", font),
        ("icons", icons),
        ("voice", voice),
        ("main window", window),
        ("practice apps", sandboxes),
    ):
        checks.run(name, check)
    print(_("All is well.") if not checks.failed else _("Some checks failed (see FAIL)."))
    return 1 if checks.failed else 0


def register(commands: options.Commands, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "self-check",
        parents=[common],
        help="check lessons, database and window; exit 0 if all is well",
    )
    parser.set_defaults(
        run=lambda args: self_check(options.data_override(args), options.lesson_dirs(args))
    )

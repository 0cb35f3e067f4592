"""Start-up: the sign-in screen is painted first, the rest is built right after."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import replace

import pytest

from tutor.cli import _app_arguments, _parser
from tutor.storage.store import open_store
from tutor.ui.main_window import MainWindow


def _run(code: str, data_dir, extra_env=None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(extra_env or {})}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _at_first_paint(body: str, data_dir, start: str = "app.run_gui(sys.argv[1], None)"):
    """Start the app in a child process and run ``body`` at its first paint, with ``window``
    and ``then`` (finishing the start) at hand; the app quits right after."""
    code = (
        "import gc, sys\n"
        "import tutor.app as app\n"
        "from tutor.cli import main\n"
        "def at_first_paint(window, then):\n"
        "    from PySide6.QtCore import QTimer\n"
        "    from PySide6.QtWidgets import QApplication, QWidget\n"
        + textwrap.indent(textwrap.dedent(body).strip(), "    ")
        + "\n    QTimer.singleShot(0, QApplication.quit)\n"
        "app._after_first_paint = at_first_paint\n"
        f"sys.exit({start})\n"
    )
    return _run(code, data_dir)


def _probe_lines(data_dir, *arguments: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TUTOR_STARTUP_PROBE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "tutor", "--data-dir", str(data_dir), *arguments],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return {line.split()[0]: float(line.split()[1]) for line in result.stdout.splitlines()}


def test_a_window_can_wait_for_its_other_screens(qtbot):
    window = MainWindow(complete=False)
    qtbot.addWidget(window)
    assert window.stack.count() == 1 and window.current_screen() is window.sign_in
    window.complete()
    count = window.stack.count()
    assert count > 10 and window.current_screen() is window.sign_in
    window.complete()  # twice is harmless
    assert window.stack.count() == count


def _in_use(folder) -> None:
    """A device in use: its facilitator PIN is set (else the first-start set-up shows)."""
    store = open_store(folder)
    if not store.pin.is_set():
        store.pin.set("2468")
    store.close()


def test_sign_in_is_painted_before_lessons_store_and_voice_load(tmp_path):
    store = open_store(tmp_path)
    jeanne = store.learners.add("Jeanne", "mdi6.flower", "#8e244d")
    store.close()
    _in_use(tmp_path)
    result = _run(
        """
        import sys
        from pathlib import Path
        import tutor.app as app
        from PySide6.QtWidgets import QLabel

        def at_first_paint(window, then):
            from PySide6.QtCore import QTimer
            from PySide6.QtWidgets import QApplication
            heavy = ("tutor.core.catalogue", "tutor.storage.store", "tutor.speech.narrator",
                     "tutor.ui.controllers.app_controller", "qtawesome", "pydantic")
            import PySide6.QtCore as QtCore

            print("loaded:", [name for name in heavy if name in sys.modules])
            print("tiles:", [t.objectName() for t in window.sign_in.grid._tiles])
            # Qt's namespace of enums is created at its first use (~17 ms): not before.
            print("Qt namespace before the first paint:", "Qt" in vars(QtCore))
            QTimer.singleShot(0, then)
            QTimer.singleShot(0, lambda: print("completed:", window.completed))
            QTimer.singleShot(0, lambda: print("finished:", finishing_touches(window)))
            QTimer.singleShot(0, QApplication.quit)

        def finishing_touches(window):
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QScroller

            tile = window.sign_in.grid._tiles[0]
            return (
                tile.cursor().shape() == Qt.CursorShape.PointingHandCursor,
                QScroller.hasScroller(window.sign_in.grid.viewport()),
                all(
                    child.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                    for child in tile.findChildren(QLabel)
                ),
            )

        app._after_first_paint = at_first_paint
        sys.exit(app.run_gui(sys.argv[1], None))
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "loaded: []" in result.stdout
    assert f"signin.learner.{jeanne.id}" in result.stdout
    assert "Qt namespace before the first paint: False" in result.stdout
    assert "completed: True" in result.stdout
    assert "finished: (True, True, True)" in result.stdout


def test_probe_reports_first_paint_then_ready(tmp_path):
    _in_use(tmp_path)
    times = _probe_lines(tmp_path)
    assert times["first-paint"] <= times["ready"]


def test_a_stand_starts_the_long_way_and_is_ready_too(tmp_path):
    _in_use(tmp_path)
    store = open_store(tmp_path)
    store.stand.save(replace(store.stand.settings(), enabled=True))
    store.close()
    times = _probe_lines(tmp_path)
    assert set(times) == {"first-paint", "ready"}


def test_plain_start_arguments_skip_the_full_parser():
    args = _app_arguments(["--data-dir", "/tmp/x", "--lang", "en", "--stand"])
    assert args is not None
    assert (args.data_dir, args.lang, args.stand, args.command) == ("/tmp/x", "en", True, None)
    assert _app_arguments([]) is not None


@pytest.mark.parametrize(
    "arguments",
    [
        [],
        ["--stand"],
        ["--data-dir", "/tmp/x"],
        ["--data-dir=/tmp/x", "--lang=fr"],
        ["--lessons", "a", "--lessons=b", "--lang", "en"],
        ["--lang", "en", "--stand", "--data-dir", "/tmp/my folder"],
    ],
)
def test_plain_start_arguments_read_as_the_full_parser_reads_them(arguments):
    assert _app_arguments(arguments) == _parser().parse_args(arguments)


def test_anything_else_goes_to_the_full_parser():
    for arguments in (
        ["lessons", "check"],
        ["--lang", "xx"],
        ["--lang"],
        ["--data-dir", "--stand"],
        ["--stand=yes"],
        ["--data", "/tmp/x"],
        ["--help"],
        ["--version"],
        ["--unknown"],
        ["--data-dir", "/tmp/x", "audit"],
    ):
        assert _app_arguments(arguments) is None, arguments


def test_a_tap_before_the_app_is_ready_is_kept_and_acted_on_once(tmp_path):
    # A tap reaching the window (through Qt's platform layer, as the screen's would) while
    # only the sign-in screen exists: kept, then delivered once everything is built.
    store = open_store(tmp_path)
    jeanne = store.learners.add("Jeanne", "mdi6.flower", "#8e244d")
    store.close()
    _in_use(tmp_path)
    result = _at_first_paint(
        f"""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        chosen = []
        window.sign_in.learner_chosen.connect(chosen.append)
        tile = window.findChild(QWidget, "signin.learner.{jeanne.id}")
        where = tile.mapTo(window, tile.rect().center())
        QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=where)
        print("before ready:", window.current_screen().objectName(), chosen)
        then()
        print("once ready:", window.current_screen().objectName(), chosen)
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "before ready: screen.sign_in []" in result.stdout
    assert f"once ready: screen.catalogue ['{jeanne.id}']" in result.stdout


def test_keys_before_the_app_is_ready_reach_the_screen_built_for_them(tmp_path):
    # Tab to "Aa", then Space, while starting: the "Aa" panel opens once ready (the build
    # puts the focus on the sign-in screen: a Tab acted on before it would be undone).
    _in_use(tmp_path)
    result = _at_first_paint(
        """
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        handle = window.windowHandle()
        QTest.keyClick(handle, Qt.Key.Key_Tab)
        QTest.keyClick(handle, Qt.Key.Key_Space)
        then()
        print("panel open:", window.display_panel.isVisible())
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "panel open: True" in result.stdout


def test_collection_is_off_while_starting_and_back_on_once_ready(tmp_path):
    _in_use(tmp_path)
    result = _at_first_paint(
        """
        print("collecting at the first paint:", gc.isenabled())
        then()
        print("collecting once ready:", gc.isenabled(), gc.get_freeze_count() > 10000)
        """,
        tmp_path,
        start='main(["--data-dir", sys.argv[1]])',
    )
    assert result.returncode == 0, result.stderr
    assert "collecting at the first paint: False" in result.stdout
    assert "collecting once ready: True True" in result.stdout


def test_the_first_paint_is_the_finished_sign_in_screen(tmp_path):
    # What is left for after the first paint (cursor, finger scrolling, the other screens)
    # must not change a pixel of the sign-in screen: nothing pops in a moment later.
    store = open_store(tmp_path)
    for name, avatar in (("Jeanne", "mdi6.flower"), ("Marcel", "mdi6.bicycle")):
        store.learners.add(name, avatar, "#8e244d")
    store.close()
    _in_use(tmp_path)
    result = _at_first_paint(
        """
        first = window.grab().toImage()
        then()
        QApplication.processEvents()
        finished = window.grab().toImage()
        print("same picture:", first == finished, first.size() == finished.size())
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "same picture: True True" in result.stdout

"""``tutor screenshot``: one screen rendered offscreen at a tablet's or laptop's size.

For documentation, handouts and tests, at any text size (``--size``), theme (``--theme``),
language (``--lang``) and window size (``--window``, 1280×800 by default). It uses a
throw-away data folder, so no personal data can ever appear in a picture.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from tutor.commands import options
from tutor.core.sizes import TABLET_SIZE
from tutor.i18n import _


def screenshot(
    lesson_id: str | None,
    step: int,
    screen: str | None,
    out: Path,
    lesson_dirs: list[Path] | None,
    text_size: int = 100,
    theme: str = "standard",
    window_size: tuple[int, int] = (1280, 800),
) -> int:
    from tutor.app import create_qt_application
    from tutor.ui.display import Display
    from tutor.ui.offscreen import place_on_screen
    from tutor.walks.tour import Tour

    create_qt_application(sys.argv[:1], offscreen=True, screens=[window_size])
    display = Display(text_size, theme)
    with tempfile.TemporaryDirectory(prefix="tutor-shot-") as folder:
        tour = Tour(Path(folder), lesson_dirs)
        try:
            tour.set_look(display)
            place_on_screen(tour.window, 0)
            tour.set_window(*window_size)  # kept when a screen (the stand) goes full screen
            tour.window.show()
            if lesson_id is not None:
                problem = tour.open_step(lesson_id, step)
                if problem:
                    print(problem, file=sys.stderr)
                    return 1
            else:
                tour.open(screen or "sign-in", display)
            out.parent.mkdir(parents=True, exist_ok=True)
            if not tour.window.grab().save(str(out)):
                print(_("cannot write {path}").format(path=out), file=sys.stderr)
                return 1
        finally:
            tour.close()
    print(out)
    return 0


def register(commands: options.Commands, common: argparse.ArgumentParser) -> None:
    from tutor.walks.tour import screen_names

    shot = commands.add_parser(
        "screenshot", parents=[common], help="render a screen offscreen to a PNG"
    )
    shot.add_argument("--lesson", help="lesson id (the player at --step)")
    shot.add_argument("--step", type=int, default=1, help="step number, from 1")
    shot.add_argument(
        "--screen",
        choices=screen_names(),
        help="another screen instead",
    )
    shot.add_argument("--out", type=Path, required=True)
    shot.add_argument(
        "--size", type=int, choices=options.TEXT_SIZES, default=100, help="text size (%%)"
    )
    shot.add_argument("--theme", choices=options.THEMES, default="standard", help="colours")
    shot.add_argument(
        "--window",
        type=options.window_size,
        default=TABLET_SIZE,
        metavar="WxH",
        help="window size in the app's pixels, as the screen gives it; under "
        "QT_SCALE_FACTOR=1.5, 1200x800 is an 1800x1200 picture (default: 1280x800)",
    )
    shot.set_defaults(
        run=lambda args: screenshot(
            args.lesson,
            args.step,
            args.screen,
            args.out,
            options.lesson_dirs(args),
            args.size,
            args.theme,
            args.window,
        )
    )

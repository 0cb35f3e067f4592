"""``tutor screenshot``: one screen rendered offscreen at a tablet's or laptop's size.

For documentation, handouts and tests, at any text size (``--size``), theme (``--theme``),
language (``--lang``) and window size (``--window``, 1280×800 by default). It uses a
throw-away data folder, so no personal data can ever appear in a picture.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

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
    from tutor.ui.tour import Tour

    create_qt_application(sys.argv[:1], offscreen=True, screens=[window_size])
    display = Display(text_size, theme)
    with tempfile.TemporaryDirectory(prefix="tutor-shot-") as folder:
        tour = Tour(Path(folder), lesson_dirs)
        try:
            tour.set_look(display)
            place_on_screen(tour.window, 0)
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

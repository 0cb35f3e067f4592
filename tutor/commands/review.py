"""``tutor review``: every screen and every lesson step as pictures, with contact sheets.

One process renders, for each language, window size, text size and theme asked, every
screen of the app (learner, facilitator, stand) and every step of every lesson, as the
learner would see them when the step starts. Each combination gets a contact sheet (an
HTML page of labelled pictures grouped by lesson) that a person can look through in
minutes; ``index.html`` links them. A picture that is not exactly the window's size (a
window that grew past its screen) is flagged on the sheet.
"""

from __future__ import annotations

import argparse
import html
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tutor.commands import options
from tutor.core.sizes import TABLET_SIZE
from tutor.i18n import SUPPORTED_LANGUAGES, _, set_language


@dataclass(frozen=True)
class Picture:
    group: str
    label: str
    file: str
    size: tuple[int, int]
    expected: tuple[int, int]

    @property
    def wrong_size(self) -> bool:
        return self.size != self.expected


@dataclass(frozen=True)
class Combination:
    language: str
    window: tuple[int, int]
    text_size: int
    theme: str

    @property
    def slug(self) -> str:
        width, height = self.window
        return f"{self.language}-{width}x{height}-{self.text_size}-{self.theme}"

    @property
    def title(self) -> str:
        width, height = self.window
        return f"{self.language} · {width}×{height} · {self.text_size} % · {self.theme}"


def review(
    out: Path,
    lesson_dirs: list[Path] | None,
    sizes: Sequence[int] = (100,),
    themes: Sequence[str] = ("standard",),
    languages: Sequence[str] = ("fr",),
    windows: Sequence[tuple[int, int]] = ((1280, 800),),
    only: Sequence[str] | None = None,
) -> int:
    from tutor.app import create_qt_application

    create_qt_application(sys.argv[:1], offscreen=True, screens=list(windows))
    out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    sheets: list[tuple[Combination, list[Picture]]] = []
    for language in languages:
        set_language(language)
        with tempfile.TemporaryDirectory(prefix="tutor-review-") as folder:
            sheets += _render_language(
                Path(folder), out, lesson_dirs, language, sizes, themes, windows, only
            )
    set_language("fr")
    _write_index(out, sheets)
    count = sum(len(pictures) for _combination, pictures in sheets)
    wrong = sum(picture.wrong_size for _combination, pictures in sheets for picture in pictures)
    print(
        _("{count} pictures in {seconds:.0f} s; {wrong} not the window's size: {path}").format(
            count=count,
            seconds=time.monotonic() - started,
            wrong=wrong,
            path=out / "index.html",
        )
    )
    return 0


def _render_language(
    folder: Path,
    out: Path,
    lesson_dirs: list[Path] | None,
    language: str,
    sizes: Sequence[int],
    themes: Sequence[str],
    windows: Sequence[tuple[int, int]],
    only: Sequence[str] | None,
) -> list[tuple[Combination, list[Picture]]]:
    from tutor.ui.display import Display
    from tutor.ui.offscreen import place_on_screen
    from tutor.walks.tour import Tour, screen_names

    tour = Tour(folder, lesson_dirs)
    sheets = []
    try:
        screens = [name for name in screen_names() if not only or name in only]
        lessons = sorted(tour.services.catalogue.lessons)
        lessons = [lesson for lesson in lessons if not only or lesson in only]
        for index, window in enumerate(windows):
            for theme in themes:
                for size in sizes:
                    combination = Combination(language, window, size, theme)
                    display = Display(size, theme)
                    tour.set_look(display)
                    place_on_screen(tour.window, index)
                    tour.window.show()
                    shooter = _Shooter(tour, out / combination.slug, window)
                    for screen in screens:
                        tour.open(screen, display)
                        place_on_screen(tour.window, index)
                        shooter.shoot(_("Screens"), screen)
                    for lesson_id in lessons:
                        shooter.lesson(lesson_id)
                    sheets.append((combination, shooter.pictures))
                    _write_sheet(out, combination, shooter.pictures)
    finally:
        tour.close()
    return sheets


class _Shooter:
    def __init__(self, tour, folder: Path, window: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
        self.tour = tour
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        ratio = tour.window.devicePixelRatioF()
        self.expected = (round(window[0] * ratio), round(window[1] * ratio))
        self.pictures: list[Picture] = []

    def shoot(self, group: str, label: str, name: str | None = None) -> None:
        self.tour.settle()
        image = self.tour.window.grab()
        file = f"{len(self.pictures):04d}-{name or label}.png"
        image.save(str(self.folder / file), "PNG", 80)
        size = (image.width(), image.height())
        self.pictures.append(
            Picture(group, label, f"{self.folder.name}/{file}", size, self.expected)
        )

    def lesson(self, lesson_id: str) -> None:
        tour = self.tour
        if tour.open_step(lesson_id, 1):
            return
        player = tour.window.player
        group = f"{player.lesson_title.text()} ({lesson_id})"
        step = 1
        while True:
            self.shoot(group, f"{step}. {player.instruction_text()}", f"{lesson_id}-{step}")
            if not tour.next_step():
                break
            step += 1


_STYLE = """
body { font-family: sans-serif; margin: 1.5em; background: #f4f4f4; color: #141414; }
section { margin-bottom: 2em; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr));
        gap: 14px; }
figure { margin: 0; background: #fff; padding: 8px; border: 1px solid #bbb; }
figure.wrong { border: 4px solid #b00020; }
img { width: 100%; height: auto; display: block; border: 1px solid #888; }
figcaption { font-size: 15px; margin-top: 6px; }
.flag { color: #b00020; font-weight: bold; }
"""


def _write_sheet(out: Path, combination: Combination, pictures: list[Picture]) -> None:
    groups: dict[str, list[Picture]] = {}
    for picture in pictures:
        groups.setdefault(picture.group, []).append(picture)
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>{html.escape(combination.title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(combination.title)}</h1><p><a href='index.html'>↑</a> · ",
        " · ".join(
            f"<a href='#g{number}'>{html.escape(group)}</a>" for number, group in enumerate(groups)
        ),
        "</p>",
    ]
    for number, (group, members) in enumerate(groups.items()):
        parts.append(f"<section id='g{number}'><h2>{html.escape(group)}</h2><div class='grid'>")
        for picture in members:
            flag = ""
            if picture.wrong_size:
                flag = (
                    f"<br><span class='flag'>{picture.size[0]}×{picture.size[1]} px, "
                    f"not {picture.expected[0]}×{picture.expected[1]}</span>"
                )
            parts.append(
                f"<figure class='{'wrong' if picture.wrong_size else ''}'>"
                f"<a href='{html.escape(picture.file)}'><img loading='lazy' "
                f"src='{html.escape(picture.file)}' alt=''></a>"
                f"<figcaption>{html.escape(picture.label)}{flag}</figcaption></figure>"
            )
        parts.append("</div></section>")
    parts.append("</body></html>")
    (out / f"{combination.slug}.html").write_text("".join(parts), encoding="utf-8")


def _write_index(out: Path, sheets: list[tuple[Combination, list[Picture]]]) -> None:
    rows = []
    for combination, pictures in sheets:
        wrong = sum(picture.wrong_size for picture in pictures)
        note = f" — <span class='flag'>{wrong} not the window's size</span>" if wrong else ""
        rows.append(
            f"<li><a href='{combination.slug}.html'>{html.escape(combination.title)}</a>: "
            f"{len(pictures)} pictures{note}</li>"
        )
    (out / "index.html").write_text(
        "<!doctype html><html><head><meta charset='utf-8'><title>Review</title>"
        f"<style>{_STYLE}</style></head><body><h1>Review</h1><ul>{''.join(rows)}</ul>"
        "</body></html>",
        encoding="utf-8",
    )


def register(commands: options.Commands, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "review",
        help="render every screen and every lesson step to pictures, with contact sheets "
        "(HTML) to look through",
    )
    parser.add_argument("--out", type=Path, required=True, help="folder for the pictures")
    parser.add_argument(
        "--size", type=int, nargs="+", choices=options.TEXT_SIZES, default=[100], help="text sizes"
    )
    parser.add_argument(
        "--theme", nargs="+", choices=options.THEMES, default=["standard"], help="colours"
    )
    options.add_lessons_option(parser)
    parser.add_argument(
        "--lang",
        dest="lang_list",
        nargs="+",
        choices=SUPPORTED_LANGUAGES,
        default=["fr"],
        help="languages (French by default)",
    )
    parser.add_argument(
        "--window",
        type=options.window_size,
        nargs="+",
        default=[TABLET_SIZE],
        metavar="WxH",
        help="window sizes (default: 1280x800)",
    )
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="NAME",
        help="only these lessons (ids) and screens (names, as for screenshot --screen)",
    )
    parser.set_defaults(
        run=lambda args: review(
            args.out,
            options.lesson_dirs(args),
            sizes=args.size,
            themes=args.theme,
            languages=args.lang_list,
            windows=args.window,
            only=args.only,
        )
    )

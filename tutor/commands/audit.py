"""``tutor audit``: every screen checked for big targets, big text, contrast, cut text, names.

Runs offscreen on a throw-away data folder. Exit 1 if anything is found.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from tutor.commands import options
from tutor.i18n import _
from tutor.ui.offscreen import WINDOW_SIZES


def audit(
    lesson_dirs: list[Path] | None,
    as_json: bool,
    every_step: bool,
    windows: Sequence[tuple[int, int]] = WINDOW_SIZES,
    themes: Sequence[str] = ("standard", "high_contrast"),
    sizes: Sequence[int] = (100, 150, 200),
) -> int:
    from tutor.walks.audit import run_audit

    started = time.monotonic()
    report = run_audit(lesson_dirs, every_step, windows=windows, themes=themes, sizes=sizes)
    seconds = time.monotonic() - started
    if as_json:
        data = report.as_dict()
        data["seconds"] = round(seconds, 1)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for violation in report.violations:
            print(violation)
        print(
            _(
                "{screens} screens audited in {seconds:.0f} s ({sampling}); {count} problems."
            ).format(
                screens=len(report.screens),
                seconds=seconds,
                sampling=report.sampling,
                count=len(report.violations),
            ),
            file=sys.stderr,
        )
    return 1 if report.violations else 0


def register(commands: options.Commands, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "audit",
        parents=[common],
        help="check every screen at every text size and theme (targets, text, contrast)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="every step only at 100 %% standard; elsewhere the first, a middle and the last "
        "step of every lesson (faster; by default every step at every size and theme)",
    )
    parser.add_argument(
        "--theme",
        choices=options.THEMES,
        nargs="+",
        default=list(options.THEMES),
        help="colours audited (default: both; two audits, one per theme, can run side by side)",
    )
    parser.add_argument(
        "--window",
        type=options.window_size,
        nargs="+",
        default=list(WINDOW_SIZES),
        metavar="WxH",
        help="window sizes audited, in the app's pixels: under QT_SCALE_FACTOR=1.5, "
        "1200x800 is an 1800x1200 screen (default: 1280x800 1200x800 1366x768 1024x768)",
    )
    parser.add_argument(
        "--size",
        type=int,
        choices=(100, 150, 200),
        nargs="+",
        default=[100, 150, 200],
        help="text sizes audited (%%; default: all three)",
    )
    parser.set_defaults(
        run=lambda args: audit(
            options.lesson_dirs(args), args.json, not args.quick, args.window, args.theme, args.size
        )
    )

"""``tutor audit``: every screen checked for big targets, big text, contrast, cut text, names.

Runs offscreen on a throw-away data folder. Exit 1 if anything is found.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

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
    from tutor.ui.audit.walk import run_audit

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

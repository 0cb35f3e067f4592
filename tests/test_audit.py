"""``tutor audit`` walks every screen at every size and theme and reports what it finds."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import LESSONS


def test_audit_walks_every_screen_and_the_tutor_itself_passes():
    done = subprocess.run(
        [sys.executable, "-m", "tutor", "audit", "--json", "--lessons", str(LESSONS)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(done.stdout)
    screens = report["screens"]
    assert report["screens_audited"] == len(screens) > 500
    for expected in ("sign-in", "new learner", "catalogue", "settings", "summary", "player"):
        for size in (100, 150, 200):
            for theme in ("standard", "high_contrast"):
                assert any(
                    s.startswith(expected) and f"[{size} % {theme}]" in s for s in screens
                ), (expected, size, theme)
    assert any(s.startswith("facilitator progress") for s in screens)
    # The tutor's own screens (not the practice apps' own drawings) have nothing to report.
    own = [v for v in report["violations"] if v["where"] == "tutor"]
    assert own == [], own
    assert done.returncode == (1 if report["violations"] else 0)

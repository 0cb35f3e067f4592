"""``tutor audit`` walks every screen, every step at every size and theme, and finds nothing."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import LESSONS

AUDIT = [sys.executable, "-m", "tutor", "audit"]


# The whole walk (about 2,500 screens) takes a few minutes on its own, and three times as
# long on a loaded machine.
@pytest.mark.timeout(1500)
def test_audit_walks_every_step_everywhere_and_the_whole_app_passes():
    # One walk per theme, side by side (one per core): the same screens as one walk.
    walks = [
        subprocess.Popen(
            [*AUDIT, "--json", "--lessons", str(LESSONS), "--window", "1280x800", "--theme", theme],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for theme in ("standard", "high_contrast")
    ]
    outputs = [walk.communicate(timeout=1450) for walk in walks]
    parts = [json.loads(out) for out, _err in outputs]
    report = {
        "screens_audited": sum(part["screens_audited"] for part in parts),
        "screens": [screen for part in parts for screen in part["screens"]],
        "violations": [found for part in parts for found in part["violations"]],
        "sampling": parts[0]["sampling"],
    }
    assert all(part["sampling"] == report["sampling"] for part in parts)
    assert len(set(report["screens"])) == len(report["screens"])  # nothing walked twice
    screens = report["screens"]
    assert report["screens_audited"] == len(screens) > 1500
    assert report["sampling"] == "every step of every lesson at every size and theme"
    for expected in ("sign-in", "new learner", "catalogue", "settings", "summary", "player"):
        for size in (100, 150, 200):
            for theme in ("standard", "high_contrast"):
                assert any(
                    s.startswith(expected) and f"[{size} % {theme} 1280x800]" in s for s in screens
                ), (expected, size, theme)
    # Every step of a lesson, at 200 % in high contrast too (not only a sample).
    steps = [s for s in screens if s.startswith("player tablet-keyboard step ")]
    assert (
        len({s for s in steps if "[200 % high_contrast 1280x800]" in s})
        == len({s for s in steps if "[100 % standard 1280x800]" in s})
        > 3
    )
    assert any(s.startswith("facilitator progress") for s in screens)
    for name in ("workshops", "confirm"):
        assert any(s.startswith(f"facilitator {name} [") for s in screens), name
    # The stand: what visitors see at every size and theme, its screens behind the PIN once.
    for name in ("attract", "home", "still-there", "sheet"):
        for size in (100, 150, 200):
            for theme in ("standard", "high_contrast"):
                assert f"stand {name} [{size} % {theme} 1280x800]" in screens, (name, size, theme)
    for name in ("stats", "settings", "packs"):
        assert f"stand {name} [100 % standard 1280x800]" in screens, name
    # The tutor's screens AND the practice apps: nothing to report, no exemption.
    assert report["violations"] == [], report["violations"][:20]
    assert [walk.returncode for walk in walks] == [0, 0]


# The other windows of issue 15 at the size that breaks first, in a few tens of seconds:
# every screen of the app, and the player at the first, a middle and the last step of two
# lessons with long words (the whole walk of every window takes far longer).
@pytest.mark.timeout(300)
def test_quick_audit_at_200_percent_on_small_and_wide_windows_finds_nothing(tmp_path):
    for module, lesson in (("social", "messages-photo"), ("safety", "safety-scam-sms")):
        (tmp_path / module).mkdir(exist_ok=True)
        for source in (LESSONS / module).glob(f"{lesson}.*yaml"):
            (tmp_path / module / source.name).write_text(source.read_text("utf-8"), "utf-8")
    walks = [
        subprocess.Popen(
            [
                *AUDIT,
                "--json",
                "--quick",
                "--lessons",
                str(tmp_path),
                "--window",
                "1024x768",
                "1366x768",
                "--size",
                "200",
                "--theme",
                theme,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for theme in ("standard", "high_contrast")
    ]
    parts = [json.loads(walk.communicate(timeout=280)[0]) for walk in walks]
    screens = [screen for part in parts for screen in part["screens"]]
    for window in ("1024x768", "1366x768"):
        for theme in ("standard", "high_contrast"):
            shown = f"[200 % {theme} {window}]"
            for name in ("sign-in", "catalogue", "player messages-photo step 1", "summary"):
                assert any(s.startswith(name) and shown in s for s in screens), (name, shown)
            assert any(s.startswith("facilitator") and shown in s for s in screens), shown
            assert any(s.startswith("stand home") and shown in s for s in screens), shown
    problems = [found for part in parts for found in part["violations"]]
    assert problems == [], problems[:20]
    assert [walk.returncode for walk in walks] == [0, 0]

"""``tutor review`` and ``tutor screenshot --window``: pictures at the window's exact size."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

LESSONS = Path(__file__).resolve().parents[1] / "lessons"


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[16:24]
    width, height = struct.unpack(">II", header)
    return width, height


def run(*arguments: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tutor", *arguments],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def test_review_renders_every_step_and_screen_asked_with_a_contact_sheet(tmp_path):
    out = tmp_path / "review"
    done = run(
        "review", "--out", str(out), "--lessons", str(LESSONS),
        "--only", "sign-in", "facilitator-charts", "tablet-open-app",
        "--size", "200", "--theme", "high_contrast",
        "--lang", "fr", "en", "--window", "1024x768",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    sheets = sorted(path.name for path in out.glob("*.html"))
    assert sheets == [
        "en-1024x768-200-high_contrast.html",
        "fr-1024x768-200-high_contrast.html",
        "index.html",
    ]
    french = (out / "fr-1024x768-200-high_contrast.html").read_text(encoding="utf-8")
    english = (out / "en-1024x768-200-high_contrast.html").read_text(encoding="utf-8")
    assert "Touchez une seule fois, doucement." in french  # each step labelled
    assert "Ouvrir une application" in french and "Open an app" in english
    pictures = sorted((out / "fr-1024x768-200-high_contrast").glob("*.png"))
    assert len(pictures) == 2 + 7  # two screens, seven steps
    assert {png_size(picture) for picture in pictures} == {(1024, 768)}
    assert "not the window's size" not in (out / "index.html").read_text(encoding="utf-8")


def test_screenshot_takes_the_window_size_asked(tmp_path):
    out = tmp_path / "shot.png"
    done = run(
        "screenshot", "--screen", "facilitator-progress", "--size", "200",
        "--window", "1366x768", "--out", str(out), "--lessons", str(LESSONS),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert png_size(out) == (1366, 768)


def test_a_stand_screen_in_full_screen_takes_the_window_size_asked(tmp_path):
    out = tmp_path / "shot.png"
    done = run(
        "screenshot", "--screen", "stand-home", "--window", "1024x768",
        "--out", str(out), "--lessons", str(LESSONS),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert png_size(out) == (1024, 768)


def test_screenshot_under_display_scaling_is_the_screens_pixels(tmp_path):
    """A Surface Go: 1800×1200 pixels at 150 %, so 1200×800 for the app."""
    out = tmp_path / "shot.png"
    done = run(
        "screenshot", "--lesson", "tablet-open-app", "--step", "2",
        "--window", "1200x800", "--out", str(out), "--lessons", str(LESSONS),
        env={"QT_SCALE_FACTOR": "1.5"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert png_size(out) == (1800, 1200)


def test_a_window_size_is_checked():
    done = run("screenshot", "--screen", "sign-in", "--window", "big", "--out", "x.png")
    assert done.returncode == 2
    assert "expected WIDTHxHEIGHT" in done.stderr

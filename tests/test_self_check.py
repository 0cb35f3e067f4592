"""`tutor self-check`: what an installation runs to know it works."""

import subprocess
import sys


def test_self_check_passes_and_names_what_it_checked(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "tutor", "self-check", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    checked = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("ok")]
    assert {"lessons", "database", "qt", "font", "voice"} <= set(checked)
    assert (tmp_path / "progress.db").exists()


def test_self_check_fails_on_a_broken_lesson(tmp_path):
    broken = tmp_path / "lessons"
    broken.mkdir()
    (broken / "bad.yaml").write_text("id: [oops\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tutor",
            "self-check",
            "--data-dir",
            str(tmp_path),
            "--lessons",
            str(broken),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 1
    assert "FAIL" in result.stdout and "bad.yaml:" in result.stdout

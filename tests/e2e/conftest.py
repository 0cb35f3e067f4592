"""The real application in a real X window (Xvfb), driven by xdotool like a person."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tutor.core.actions import CONTINUE_TARGET, Action, ActionKind

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def own_display_per_worker() -> Iterator[None]:
    """An X display of its own for each worker when the suite runs on several (pytest-xdist):
    the end-to-end tests move the pointer, press keys and start a window manager, and two
    of them on one display would take each other's clicks."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker or not _display_ready() or shutil.which("Xvfb") is None:
        yield
        return
    server, display = _start_xvfb(int(worker.removeprefix("gw") or 0))
    previous = os.environ["DISPLAY"]
    os.environ["DISPLAY"] = display
    try:
        yield
    finally:
        os.environ["DISPLAY"] = previous
        server.terminate()
        server.wait(10)


def _start_xvfb(worker: int) -> tuple[subprocess.Popen, str]:
    """A private Xvfb on the first free display number from 160 + 10 × the worker's."""
    for number in range(160 + 10 * worker, 170 + 10 * worker):
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp", "-noreset"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and server.poll() is None:
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                time.sleep(0.2)  # the socket is there; the server answers a moment later
                return server, f":{number}"
            time.sleep(0.05)
        server.kill()
        server.wait(10)
    raise RuntimeError("no free X display number for this worker's Xvfb")


def _display_ready() -> bool:
    return bool(os.environ.get("DISPLAY")) and shutil.which("xdotool") is not None


@pytest.fixture
def x_display():
    if not _display_ready():
        if os.environ.get("CI"):
            pytest.fail("CI must provide an X display (Xvfb) and xdotool for end-to-end tests")
        pytest.skip("needs an X display (Xvfb) and xdotool; scripts/test.sh starts them")
    return os.environ["DISPLAY"]


PIN = "2468"


def device_in_use(data_dir: Path, pin: str | None = PIN, learners: tuple[str, ...] = ()) -> None:
    """A data folder as a device in use has it: its facilitator PIN set (``None``: no PIN
    yet, as before the first-start set-up) and these learners."""
    from tutor.storage.store import open_store

    store = open_store(data_dir)
    for name in learners:
        store.learners.add(name, "mdi6.flower", "#8e244d")
    if pin is not None and not store.pin.is_set():
        store.pin.set(pin)
    store.close()


class RunningApp:
    """One ``python -m tutor`` process and what it says about its screen."""

    def __init__(self, data_dir: Path, display: str, arguments: tuple[str, ...] = ()):
        self.data_dir = data_dir
        self.map_file = data_dir / "automation.json"
        self.map_file.unlink(missing_ok=True)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "xcb",
            "DISPLAY": display,
            "TUTOR_AUTOMATION_FILE": str(self.map_file),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tutor", "--data-dir", str(data_dir), *arguments],
            env=env,
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )

    def screen(self) -> dict[str, dict]:
        try:
            return json.loads(self.map_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def wait_for(self, name: str, text: str | None = None, timeout: float = 20) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.output()
            entry = self.screen().get(name)
            if entry and (text is None or text in str(entry.get("text", ""))):
                return entry
            time.sleep(0.1)
        raise AssertionError(f"{name!r} ({text!r}) never appeared; screen: {sorted(self.screen())}")

    def centre(self, name: str) -> tuple[int, int]:
        entry = self.wait_for(name)
        return entry["x"] + entry["w"] // 2, entry["y"] + entry["h"] // 2

    def click(self, name: str) -> None:
        x, y = self.centre(name)
        xdotool("mousemove", str(x), str(y), "click", "1")
        time.sleep(0.35)

    def swipe(self, name: str, direction: str) -> None:
        x, y = self.centre(name)
        dx = {"left": -1, "right": 1}.get(direction, 0) * 260
        dy = {"up": -1, "down": 1}.get(direction, 0) * 200
        xdotool("mousemove", str(x), str(y), "mousedown", "1")
        for step in range(1, 9):
            xdotool("mousemove", str(x + dx * step // 8), str(y + dy * step // 8))
        xdotool("mouseup", "1")
        time.sleep(0.35)

    def do(self, action: Action) -> None:
        if action.target == CONTINUE_TARGET:
            self.click(CONTINUE_TARGET)
        elif action.kind is ActionKind.TAP:
            self.click(action.target)
        elif action.kind is ActionKind.SWIPE:
            self.swipe(action.target, action.value or "left")
        elif action.kind is ActionKind.TYPE:
            for char in action.value or "":
                if char.isupper():
                    self.click("key.shift")
                self.click("key.space" if char == " " else f"key.{char.lower()}")
        else:
            raise AssertionError(f"cannot do {action} from outside yet")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def output(self) -> str:
        if self.process.poll() is None or self.process.stdout is None:
            return ""
        return self.process.stdout.read().decode(errors="replace")


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=10)


@pytest.fixture
def start_app(x_display, tmp_path):
    started: list[RunningApp] = []

    def start(*arguments: str, first_start: bool = False) -> RunningApp:
        """``first_start``: leave the folder as it is (else a device in use, with a PIN)."""
        if not first_start:
            device_in_use(tmp_path)
        app = RunningApp(tmp_path, x_display, arguments)
        started.append(app)
        return app

    yield start
    for app in started:
        app.close()

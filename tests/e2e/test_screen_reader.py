"""The real app as a screen reader (Orca) meets it: walked through AT-SPI in a private D-Bus
session, and a whole lesson played with AT-SPI actions alone (no pointer, no key).

The app runs under Xvfb with Qt's AT-SPI bridge always on; ``atspi_bridge.py``, run by the
system's Python (which has ``pyatspi``), reads the tree and presses for this test."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import LESSONS
from tests.e2e.conftest import REPO, device_in_use
from tutor.core.actions import CONTINUE_TARGET, ActionKind
from tutor.core.loader import load_lessons
from tutor.sandboxes import sandbox_specs

pytestmark = pytest.mark.e2e

SYSTEM_PYTHON = "/usr/bin/python3"
BRIDGE = Path(__file__).with_name("atspi_bridge.py")
LESSON_ID = "tablet-open-app"
TYPING_LESSON_ID = "tablet-keyboard"  # taps, and "Bonjour" typed in a note
# Roles that act: each needs a name a screen reader can say.
CONTROLS = {"push button", "radio button", "toggle button", "check box", "link", "menu item"}
# Roles that show a value, and need a name to say what it is.
GAUGES = {"progress bar", "slider", "spin button", "scroll bar"}
MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")


def _missing() -> str:
    """What this machine lacks to run the test ("" when nothing)."""
    if shutil.which("dbus-run-session") is None:
        return "dbus-run-session (package dbus-daemon)"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        return "pyatspi for the system's Python (package python3-pyatspi)"
    return ""


class ScreenReader:
    """The bridge process: one JSON command a line, one JSON answer a line."""

    def __init__(self, data_dir: Path, display: str, *arguments: str) -> None:
        env = {**os.environ, "DISPLAY": display}
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        env.pop("AT_SPI_BUS_ADDRESS", None)
        self.data_dir = data_dir
        self.process = subprocess.Popen(
            ["dbus-run-session", "--", SYSTEM_PYTHON, str(BRIDGE), *self._app(data_dir, arguments)],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        ready = self._read()
        assert ready.get("ready"), ready

    @staticmethod
    def _app(data_dir: Path, arguments: tuple[str, ...]) -> list[str]:
        """The bridge's arguments: the app's Python, its data folder, the project, the app's
        own arguments."""
        return [sys.executable, str(data_dir), str(REPO), *arguments]

    def _read(self) -> dict:
        """The bridge's next answer; lines that are not one (a library's warning written
        to standard output) are kept for the message if the bridge ends."""
        assert self.process.stdout is not None
        others: list[str] = []
        while line := self.process.stdout.readline():
            if line.startswith("{"):
                return json.loads(line)
            others.append(line)
        self.process.wait(10)
        output = self.data_dir / "app-output.txt"
        said = output.read_text(errors="replace")[-3000:] if output.exists() else ""
        raise AssertionError(
            f"the AT-SPI bridge ended ({self.process.returncode}): {''.join(others)}{said}"
        )

    def ask(self, command: str, **arguments: str) -> dict:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"cmd": command, **arguments}) + "\n")
        self.process.stdin.flush()
        answer = self._read()
        assert "error" not in answer, answer["error"]
        return answer

    def tree(self) -> list[dict]:
        return self.ask("tree")["tree"]

    def press(self, name: str, action: str = "Press") -> dict:
        done = self.ask("do", id=name, action=action)["done"]
        time.sleep(0.3)
        return done

    def wait_for(self, what: str, found: Callable[[list[dict]], bool], timeout: float = 20) -> list:
        deadline = time.monotonic() + timeout
        while True:
            tree = self.tree()
            if found(tree):
                return tree
            if time.monotonic() > deadline:
                shown = "\n".join(f"{'  ' * n['depth']}[{n['role']}] {n['name']!r}" for n in tree)
                raise AssertionError(f"never saw {what}; the tree:\n{shown}")
            time.sleep(0.2)

    def wait_for_object(self, name: str, timeout: float = 20) -> list[dict]:
        return self.wait_for(name, lambda tree: find(tree, name) is not None, timeout)

    def heard(self, text: str, timeout: float = 10) -> list[dict]:
        deadline = time.monotonic() + timeout
        events: list[dict] = []
        while time.monotonic() < deadline:
            events += self.ask("events")["events"]
            if any(text in event["text"] for event in events):
                return events
            time.sleep(0.2)
        raise AssertionError(f"no announcement of {text!r}; heard {events}")

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.ask("quit")
                self.process.wait(20)
            except (AssertionError, BrokenPipeError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait(10)


def find(tree: list[dict], name: str) -> dict | None:
    """The object whose accessible id (Qt's path of object names) ends with ``name``."""
    for item in tree:
        if item["id"] == name or item["id"].endswith("." + name):
            return item
    return None


def screen_problems(tree: list[dict]) -> list[str]:
    """What a screen reader's user would stumble on in ``tree`` (one screen)."""
    problems = []
    for item in tree:
        where = f"[{item['role']}] {item['name']!r} ({item['id']})"
        if item["role"] in CONTROLS | GAUGES and not item["name"].strip():
            problems.append(f"a control without a name: {where}")
        if item["role"] in {"filler", "panel", "unknown"} and set(item["actions"]) - {"SetFocus"}:
            problems.append(f"something that acts but is not a control: {where}")
        if MARKUP.search(item["name"]) or MARKUP.search(item["description"]):
            problems.append(f"markup read out: {where}")
        if item["role"] == "radio button" and not item["checkable"]:
            problems.append(f"a radio button that cannot be chosen: {where}")
    if not any(item["role"] == "heading" and item["name"].strip() for item in tree):
        problems.append("no heading on this screen")
    return problems


def home_screen_heard(tree: list[dict], words: dict) -> None:
    """The practice tablet's home screen as a reader meets it: its icons are named buttons
    that say what they do, pressed or long-pressed; its page is swiped four ways."""
    icons = [item for item in tree if ".home.app." in f".{item['id']}"]
    assert icons and all(icon["role"] == "push button" for icon in icons), icons
    notes = find(tree, "home.app.notes")
    assert notes["name"] == words["notes"] and notes["description"].strip()
    assert notes["actions"][:2] == ["Press", "Long press"] and notes["focusable"]
    pages = find(tree, "home.pages")
    assert pages["role"] == "canvas" and pages["name"].strip()
    swipes = [f"Swipe {direction}" for direction in ("left", "right", "up", "down")]
    assert [action for action in pages["actions"] if action != "SetFocus"] == swipes


def step_shown(tree: list[dict]) -> int:
    """The step number the player's counter says ("Étape 3 sur 7": 3), 0 if none."""
    counter = find(tree, "player.counter")
    numbers = re.findall(r"\d+", counter["name"]) if counter else []
    return int(numbers[0]) if numbers else 0


def radio_groups(tree: list[dict], prefix: str) -> list[dict]:
    return [item for item in tree if prefix in item["id"] and item["role"] == "radio button"]


@pytest.fixture
def screen_reader(x_display, tmp_path) -> Iterator[Callable[[], ScreenReader]]:
    missing = _missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must have {missing} (scripts/system-packages-test.txt)")
        pytest.skip(f"needs {missing}; scripts/install-system.sh --test installs it")
    started: list[ScreenReader] = []

    def start(*arguments: str) -> ScreenReader:
        """The app started with ``arguments`` (``--lang en``...) on a device in use."""
        device_in_use(tmp_path, learners=("Marie",))
        reader = ScreenReader(tmp_path, x_display, *arguments)
        started.append(reader)
        return reader

    yield start
    for reader in started:
        reader.close()


# What a screen reader's user hears, in each language.
HEARD = {
    "fr": {
        "bike": "Vélo",
        "notes": "Notes",
        "flower": "Fleur",
        "blue": "Bleu",
        "hint": "L'icône Notes est orange",
        "wrong": "Cette icône ouvre les Réglages",
        "faces": ["Pas encore à l’aise", "Ça va bien", "À l’aise"],
    },
    "en": {
        "bike": "Bike",
        "notes": "Notes",
        "flower": "Flower",
        "blue": "Blue",
        "hint": "The Notes icon is orange",
        "wrong": "This icon opens Settings",
        "faces": ["Not yet at ease", "It's going well", "At ease"],
    },
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_whole_lesson_through_atspi_alone(screen_reader, language):
    words = HEARD[language]
    lesson = next(
        item for item in load_lessons([LESSONS], sandbox_specs()).lessons if item.id == LESSON_ID
    )
    assert {step.expected_action().kind for step in lesson.steps} == {ActionKind.TAP}
    reader = screen_reader("--lang", language)

    # Sign-in: a heading, named buttons, and each learner's picture says whose it is.
    tree = reader.wait_for_object("signin.new")
    assert screen_problems(tree) == []
    marie = next(item for item in tree if item["role"] == "push button" and item["name"] == "Marie")
    pictures = [item for item in tree if item["role"] == "image" and marie["id"] in item["id"]]
    assert [picture["name"] for picture in pictures] == ["Marie"]

    # A new person: pictures and colours are choose-one groups with their names.
    reader.press("signin.new")
    tree = reader.wait_for_object("newlearner.avatar.12")
    assert screen_problems(tree) == []
    avatars = radio_groups(tree, "newlearner.avatar.")
    colours = radio_groups(tree, "newlearner.colour.")
    assert len(avatars) == 14 and len(colours) == 8
    assert [item["name"] for item in avatars if item["checked"]] == [words["flower"]]
    assert find(tree, "newlearner.avatar.12")["name"] == words["bike"]
    assert [item["name"] for item in colours if item["checked"]] == [words["blue"]]
    reader.press("newlearner.avatar.12")
    tree = reader.wait_for(
        "the bike chosen", lambda tree: find(tree, "newlearner.avatar.12")["checked"]
    )
    avatars = radio_groups(tree, "newlearner.avatar.")
    assert [item["name"] for item in avatars if item["checked"]] == [words["bike"]]
    reader.ask("set_text", id="newlearner.name", text="Lucien")
    reader.press("newlearner.ok")

    # The catalogue, then the tablet's lessons.
    tree = reader.wait_for_object("catalogue.module.tablet")
    assert screen_problems(tree) == []
    reader.press("catalogue.module.tablet")
    tree = reader.wait_for_object(f"lessons.lesson.{LESSON_ID}")
    assert screen_problems(tree) == []
    reader.press(f"lessons.lesson.{LESSON_ID}")

    # The lesson, step by step, by the named controls' actions alone.
    home_screens = 0
    for number, step in enumerate(lesson.steps, start=1):
        tree = reader.wait_for(
            f"step {number}", lambda tree, number=number: step_shown(tree) == number
        )
        assert screen_problems(tree) == [], f"step {number}"
        instruction = find(tree, "player.instruction")
        assert instruction is not None and instruction["name"].strip()
        target = step.expected_action().target
        if find(tree, "home.pages") is not None:
            home_screen_heard(tree, words)
            home_screens += 1
        if number == 3:
            # "Help": the hint is announced at once (Qt's announcement, an AT-SPI event)...
            reader.press("player.help")
            reader.heard(words["hint"])
            # ...and so is the kind answer to a tap on the wrong icon.
            reader.press("home.app.settings")
            reader.heard(words["wrong"])
        control = find(tree, target) or find(reader.wait_for_object(target), target)
        assert control is not None
        assert control["name"].strip(), f"step {number}: {target} has no name"
        if target != CONTINUE_TARGET:
            assert control["role"] in CONTROLS, f"step {number}: {target} is a {control['role']}"
        reader.press(target)

    assert home_screens >= 1, "the practice tablet's home screen was never heard"

    # The end: the summary screen, with its heading, and how one feels: one of three.
    tree = reader.wait_for_object("summary.face.3")
    assert screen_problems(tree) == []
    faces = radio_groups(tree, "summary.face.")
    assert [face["name"] for face in faces] == words["faces"]
    assert not any(face["checked"] for face in faces)
    reader.press("summary.face.3")
    tree = reader.wait_for("a feeling chosen", lambda tree: find(tree, "summary.face.3")["checked"])
    chosen = [face["name"] for face in radio_groups(tree, "summary.face.") if face["checked"]]
    assert chosen == words["faces"][2:]


def test_typing_on_the_practice_keyboard_through_atspi_alone(screen_reader):
    """The keyboard lesson played by AT-SPI actions alone, its word typed by pressing the
    practice keyboard's keys (named buttons: "Majuscule", "b", "o"...) as Orca's user can."""
    lesson = next(
        item
        for item in load_lessons([LESSONS], sandbox_specs()).lessons
        if item.id == TYPING_LESSON_ID
    )
    reader = screen_reader("--lang", "fr")
    tree = reader.wait_for_object("signin.new")
    reader.press(next(item["id"] for item in tree if item["name"] == "Marie"))
    for name in ("catalogue.module.tablet", f"lessons.lesson.{TYPING_LESSON_ID}"):
        reader.wait_for_object(name)
        reader.press(name)
    typed = []
    for number, step in enumerate(lesson.steps, start=1):
        reader.wait_for(f"step {number}", lambda tree, number=number: step_shown(tree) == number)
        action = step.expected_action()
        if action.kind is ActionKind.TYPE:
            keys = [
                ("key.shift", "key." + c.lower()) if c.isupper() else (f"key.{c}",)
                for c in action.value or ""
            ]
            tree = reader.wait_for_object("key.shift")
            shift = find(tree, "key.shift")
            assert shift["role"] == "push button" and shift["name"] == "Majuscule"
            for key in (key for pair in keys for key in pair):
                reader.press(key)
                typed.append(key)
        else:
            reader.wait_for_object(action.target)
            reader.press(action.target)
    assert typed == ["key.shift", "key.b", "key.o", "key.n", "key.j", "key.o", "key.u", "key.r"]
    reader.wait_for_object("summary.face.3")

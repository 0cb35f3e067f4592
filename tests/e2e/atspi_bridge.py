"""The app as a screen reader sees it: the real app, reached through AT-SPI alone.

Run by ``tests/e2e/test_screen_reader.py`` with the system's Python (``/usr/bin/python3``,
which has ``pyatspi``; the project's virtual environment cannot import it) inside a private
D-Bus session (``dbus-run-session``)::

    dbus-run-session -- /usr/bin/python3 atspi_bridge.py APP_PYTHON DATA_DIR REPO [ARGUMENT...]

It starts the accessibility bus (``at-spi-bus-launcher``; the registry, ``at-spi2-registryd``,
is started by D-Bus when first asked), then the app (with the ARGUMENTs, e.g. ``--lang en``)
with Qt's AT-SPI bridge on, and answers one JSON command a line on standard input with one
JSON line on standard output:

- ``{"cmd": "tree"}``: every showing object, in order, with its depth, role, name, accessible
  id (Qt's object-name path), actions and states;
- ``{"cmd": "do", "id": NAME, "action": "Press"}``: the action of the showing object whose
  accessible id ends with ``NAME`` (an object name), as a screen reader's user would;
- ``{"cmd": "set_text", "id": NAME, "text": TEXT}``: types into an editable text;
- ``{"cmd": "events"}``: the announcements heard since the last time (``object:announcement``);
- ``{"cmd": "quit"}``.

Only this standard library, ``pyatspi`` and ``gi`` are used: no import of the project.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time

LAUNCHER_PLACES = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
APP_NAME = "Pas à Pas"


def start_bus() -> subprocess.Popen:
    launcher = next((place for place in LAUNCHER_PLACES if os.path.exists(place)), None)
    if launcher is None:
        raise SystemExit("no at-spi-bus-launcher (package at-spi2-core)")
    process = subprocess.Popen(
        [launcher, "--launch-immediately"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        asked = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.a11y.Bus",
                "/org/a11y/bus",
                "org.a11y.Bus.GetAddress",
            ],
            capture_output=True,
            text=True,
        )
        if asked.returncode == 0 and "unix:" in asked.stdout:
            return process
        time.sleep(0.1)
    raise SystemExit("the accessibility bus did not start")


def main() -> None:
    app_python, data_dir, repo, *arguments = sys.argv[1:]
    bus = start_bus()
    import pyatspi  # after the bus is up: it connects to it when imported
    from gi.repository import GLib

    heard: list[dict] = []

    def on_announcement(event) -> None:
        heard.append({"text": str(event.any_data), "source": _name(event.source)})

    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
        "PYTHONPATH": repo,
    }
    log = open(os.path.join(data_dir, "app-output.txt"), "wb")  # noqa: SIM115
    app = subprocess.Popen(
        [app_python, "-m", "tutor", "--data-dir", data_dir, *arguments],
        env=env,
        cwd=repo,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    context = GLib.MainContext.default()
    try:
        root = _wait_for_app(pyatspi, context, app)
        _reply({"ready": True})
        while True:
            while context.pending():
                context.iteration(False)
            readable, _, _ = select.select([sys.stdin], [], [], 0.05)
            if not readable:
                continue
            line = sys.stdin.readline()
            if not line:
                break
            command = json.loads(line)
            if command["cmd"] == "quit":
                _reply({"ok": True})
                break
            try:
                _reply(_answer(pyatspi, root, command, heard, context))
            except Exception as problem:  # told to the test, which fails
                _reply({"error": f"{type(problem).__name__}: {problem}"})
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
        bus.terminate()
        log.close()


def _reply(answer: dict) -> None:
    sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _wait_for_app(pyatspi, context, app: subprocess.Popen):
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if app.poll() is not None:
            raise SystemExit(f"the app ended (exit {app.returncode})")
        while context.pending():
            context.iteration(False)
        for index in range(desktop.childCount):
            candidate = desktop.getChildAtIndex(index)
            if candidate is not None and candidate.name == APP_NAME and candidate.childCount:
                return candidate
        time.sleep(0.2)
    raise SystemExit("the app never showed on the accessibility bus")


def _name(accessible) -> str:
    try:
        return accessible.name
    except Exception:  # gone meanwhile
        return ""


def _showing(pyatspi, accessible) -> bool:
    return accessible.getState().contains(pyatspi.STATE_SHOWING)


def _walk(pyatspi, accessible, depth: int = 0):
    """Every showing object under ``accessible`` (itself first), with its depth."""
    if depth > 0 and not _showing(pyatspi, accessible):
        return
    yield depth, accessible
    for index in range(accessible.childCount):
        child = accessible.getChildAtIndex(index)
        if child is not None:
            yield from _walk(pyatspi, child, depth + 1)


def _actions(accessible) -> list[str]:
    try:
        actions = accessible.queryAction()
    except NotImplementedError:
        return []
    return [actions.getName(index) for index in range(actions.nActions)]


def _describe(pyatspi, depth: int, accessible) -> dict:
    states = accessible.getState()
    try:
        identifier = accessible.accessibleId or ""
    except Exception:  # an older AT-SPI without ids
        identifier = ""
    return {
        "depth": depth,
        "role": accessible.getRoleName(),
        "name": accessible.name,
        "description": accessible.description,
        "id": identifier,
        "actions": _actions(accessible),
        "checkable": states.contains(pyatspi.STATE_CHECKABLE),
        "checked": states.contains(pyatspi.STATE_CHECKED),
        "enabled": states.contains(pyatspi.STATE_ENABLED),
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
    }


def _find(pyatspi, root, name: str):
    for _depth, accessible in _walk(pyatspi, root):
        identifier = accessible.accessibleId or ""
        if identifier == name or identifier.endswith("." + name):
            return accessible
    raise LookupError(f"no showing object named {name!r}")


def _answer(pyatspi, root, command: dict, heard: list[dict], context) -> dict:
    kind = command["cmd"]
    if kind == "tree":
        return {"tree": [_describe(pyatspi, depth, item) for depth, item in _walk(pyatspi, root)]}
    if kind == "events":
        while context.pending():
            context.iteration(False)
        events = list(heard)
        heard.clear()
        return {"events": events}
    target = _find(pyatspi, root, command["id"])
    found = _describe(pyatspi, 0, target)
    if kind == "do":
        wanted = command.get("action", "Press")
        actions = target.queryAction()
        names = [actions.getName(index) for index in range(actions.nActions)]
        if wanted not in names:
            raise LookupError(f"{command['id']!r} ({found['role']}) has no {wanted!r}: {names}")
        actions.doAction(names.index(wanted))
        return {"done": found}
    if kind == "set_text":
        target.queryEditableText().setTextContents(command["text"])
        return {"done": found}
    raise ValueError(f"unknown command {kind!r}")


if __name__ == "__main__":
    main()

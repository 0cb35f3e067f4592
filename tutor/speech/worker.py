"""The speech worker process: owns the pyttsx3 engine and only writes WAV files.

It runs as a child process (``tutor speech-worker``) and talks JSON lines over its
stdin/stdout. A separate process, rather than a thread, because pyttsx3 2.99's engine can
hang (two threads, a stuck ``runAndWait``) and espeak-ng keeps global state: a hung or
crashed worker is simply killed and started again, and the app's window never notices.

Request:  {"id": 1, "text": "...", "voice": "roa/fr", "rate": 160, "path": "/x.wav"}
Replies:  {"ready": true, "voices": [...]} at start, then {"id": 1, "ok": true}.
One request per process: pyttsx3 can finish an utterance after runAndWait() returned, and
what it still holds would leak into the next file; the app starts the next worker ahead.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO


def _reply(out: TextIO, message: dict[str, Any]) -> None:
    out.write(json.dumps(message) + "\n")
    out.flush()


def _espeak_driver(engine: Any) -> Any | None:
    """pyttsx3's espeak-ng driver behind ``engine``, or None with another engine (SAPI5)."""
    driver = getattr(getattr(engine, "proxy", None), "_driver", None)
    module = type(driver).__module__ if driver is not None else ""
    return driver if module.endswith(".espeak") else None


def _save(engine: Any, finished: threading.Event, request: dict[str, Any], path: Path) -> bool:
    """Write the request's sentence to ``path`` with its voice and speed."""
    driver = _espeak_driver(engine)
    if driver is not None:
        return _save_with_espeak(driver, request, path)
    engine.setProperty("voice", request["voice"])
    engine.setProperty("rate", int(request["rate"]))
    return _save_with_engine(engine, finished, request["text"], path)


def _save_with_espeak(driver: Any, request: dict[str, Any], path: Path) -> bool:
    """Talk to pyttsx3's espeak driver without ``runAndWait()``.

    In pyttsx3 2.99 ``runAndWait()`` ends by calling ``stop()``, which cancels espeak-ng
    whenever espeak is still busy with the commands just queued (loading the voice takes a
    few milliseconds). The cancel puts back the previous speech parameters or drops the
    sentence: measured here, a worker left idle for 0.1 s before its request spoke at the
    driver's default 200 words a minute in 10 runs out of 16. Nothing is cancelled on this
    path: the voice and speed join espeak's queue ahead of the sentence, and the driver's
    own loop returns once espeak has written the whole file."""
    driver.setProperty("voice", request["voice"])
    driver.setProperty("rate", int(request["rate"]))
    driver.save_to_file(request["text"], str(path))
    driver.startLoop()
    return _has_sound(path)


def _save_with_engine(engine: Any, finished: threading.Event, text: str, path: Path) -> bool:
    """Other engines (SAPI5 on Windows): runAndWait() may return before the file is
    complete and the "finished" event does not always come, so wait briefly for it, then
    for the file to stop growing."""
    finished.clear()
    engine.save_to_file(text, str(path))
    engine.runAndWait()
    finished.wait(0.15)
    return _wait_for_file(path, timeout_s=0.6)


def _has_sound(path: Path) -> bool:
    return path.exists() and path.stat().st_size > 44


def _wait_for_file(path: Path, timeout_s: float = 2.0, stable_s: float = 0.015) -> bool:
    """True once the file has sound in it and has stopped growing for ``stable_s``."""
    deadline = time.monotonic() + timeout_s
    last, since = -1, time.monotonic()
    while time.monotonic() < deadline:
        size = path.stat().st_size if path.exists() else 0
        if size != last:
            last, since = size, time.monotonic()
        elif size > 44 and time.monotonic() - since >= stable_s:
            return True
        time.sleep(0.004)
    return False


def _voices(engine: Any) -> list[dict[str, Any]]:
    found = []
    for voice in engine.getProperty("voices") or []:
        languages = [
            lang.decode(errors="ignore") if isinstance(lang, bytes) else str(lang)
            for lang in (getattr(voice, "languages", None) or [])
        ]
        found.append({"id": voice.id, "name": voice.name or voice.id, "languages": languages})
    return found


def serve() -> int:
    """Answer requests on stdin. Anything else printed (by pyttsx3 or espeak) goes to stderr,
    so stdout carries only the protocol."""
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return answer(sys.stdin, out)


def answer(inp: Iterable[str], out: TextIO) -> int:
    """The protocol itself, on any streams: ``serve`` gives it the process's own (tests give
    it requests that make the engine hang or die on the way, see tests/speech)."""
    try:
        import pyttsx3

        engine = pyttsx3.init()
        voices = _voices(engine)
        finished = threading.Event()
        engine.connect("finished-utterance", lambda name, completed: finished.set())
    except Exception as exc:  # no engine at all: say why, the app goes on silently
        _reply(out, {"ready": False, "error": f"{type(exc).__name__}: {exc}"})
        return 0
    _reply(out, {"ready": True, "voices": voices, "pid": os.getpid()})
    for line in inp:
        try:
            request = json.loads(line)
        except ValueError:
            continue
        if request.get("quit"):
            break
        path = Path(request["path"])
        began = time.monotonic()
        try:
            partial = path.with_suffix(".part.wav")
            if not _save(engine, finished, request, partial):
                print(f"no sound for {request['text']!r}", file=sys.stderr, flush=True)
                raise OSError("the engine wrote no sound")
            partial.replace(path)
            if os.environ.get("TUTOR_SPEECH_TRACE"):
                print(
                    f"synthesised {request['id']} in {time.monotonic() - began:.3f} s",
                    file=sys.stderr,
                    flush=True,
                )
            _reply(out, {"id": request["id"], "ok": True})
            return 0  # one sentence per process: a fresh engine cannot leak into the next
        except Exception as exc:  # reported to the app, which goes on (silently if need be)
            _reply(out, {"id": request["id"], "ok": False, "error": f"{type(exc).__name__}: {exc}"})
            return 0
    return 0

"""Synthesis in a child process, with a cache, priorities and recovery. No Qt here.

One dispatcher thread feeds the speech worker process one request at a time and waits for
its reply with a deadline. A worker that hangs or dies is killed and started again, and the
request is tried once more: the narrator recovers within about a second and a half, and the
window never waits for any of it. Finished sounds are cached by (text, voice, rate).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import queue
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from tutor.speech.voices import VoiceInfo, choose_voice

log = logging.getLogger(__name__)

Done = Callable[[list[Path] | None], None]
URGENT, AHEAD = 0, 1  # "say this now" before "prepare the next step"
WORKERS_AHEAD = 2


def worker_command() -> list[str]:
    """How to start the worker: the bundled program itself, or this Python with -m tutor."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "speech-worker"]
    return [sys.executable, "-m", "tutor", "speech-worker"]


@dataclass(order=True)
class _Job:
    priority: int
    seq: int
    texts: list[str] = field(compare=False)
    language: str = field(compare=False)
    rate: int = field(compare=False)
    done: Done = field(compare=False)


class _Worker:
    """One running worker process and the thread reading its replies."""

    def __init__(self, command: list[str], ready_timeout_s: float, log: Path | None):
        self.replies: queue.Queue[dict[str, Any]] = queue.Queue()
        if log:
            log.parent.mkdir(parents=True, exist_ok=True)
        errors = open(log, "a", encoding="utf-8") if log else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        if not isinstance(errors, int):
            errors.close()  # the child keeps its own copy
        threading.Thread(
            target=self._read, args=(self.process.stdout,), daemon=True, name="speech-reader"
        ).start()
        self._ready_timeout_s = ready_timeout_s
        self._hello: dict[str, Any] | None = None

    @property
    def hello(self) -> dict[str, Any]:
        """The worker's first message (waited for once): its voices, or why it cannot speak."""
        if self._hello is None:
            try:
                self._hello = self.replies.get(timeout=self._ready_timeout_s)
            except queue.Empty:
                self._hello = {"ready": False, "error": "the speech engine did not start in time"}
        return self._hello

    def _read(self, stream: IO[str] | None) -> None:
        assert stream is not None
        for line in stream:
            try:
                self.replies.put(json.loads(line))
            except ValueError:
                continue
        self.replies.put({"closed": True})

    def ask(self, request: dict[str, Any], timeout_s: float) -> dict[str, Any] | None:
        """Send one request; its reply, or None if the worker hung or died."""
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
        except OSError:
            return None
        try:
            while True:
                reply = self.replies.get(timeout=timeout_s)
                if reply.get("closed"):
                    return None
                if reply.get("id") == request["id"]:
                    return reply
        except queue.Empty:
            return None

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            log.warning("speech worker %s did not exit", self.process.pid)


class Synthesizer:
    def __init__(
        self,
        cache_dir: Path,
        command: list[str] | None = None,
        hang_timeout_s: float = 1.0,
        ready_timeout_s: float = 20.0,
        on_ready: Callable[[], None] | None = None,
    ):
        self.cache_dir = cache_dir
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        self._command = command or worker_command()
        self._hang_timeout_s = hang_timeout_s
        self._ready_timeout_s = ready_timeout_s
        self._jobs: queue.PriorityQueue[_Job] = queue.PriorityQueue()
        self._seq = itertools.count()
        self._ids = itertools.count(1)
        self._worker: _Worker | None = None  # the first worker (voices), then unused
        self._ahead: list[_Worker] = []  # workers started ahead, for the next sentences
        self._ready = threading.Event()
        self.on_ready = on_ready
        self.voices: list[VoiceInfo] = []
        self.error: str | None = None
        self.restarts = 0
        # Where the worker's own messages go (espeak warnings...): the app's log folder.
        self.worker_log: Path | None = None
        self._thread = threading.Thread(target=self._run, daemon=True, name="speech-dispatch")

    # -- public ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the worker in the background (returns at once)."""
        self._thread.start()

    def wait_ready(self, timeout_s: float) -> bool:
        """True when the engine is up (voices known); False if unavailable or still starting."""
        return self._ready.wait(timeout_s) and self.error is None

    @property
    def started(self) -> bool:
        """The worker has been started once (successfully or not)."""
        return self._ready.is_set()

    @property
    def available(self) -> bool:
        return self._ready.is_set() and self.error is None

    def voice_for(self, language: str) -> VoiceInfo | None:
        """The voice used for ``language`` (None: silence rather than a wrong language)."""
        return choose_voice(self.voices, language)

    def cache_path(self, text: str, voice: str, rate: int) -> Path:
        key = hashlib.sha1(f"{voice}|{rate}|{text}".encode()).hexdigest()
        return self.cache_dir / f"{key}.wav"

    def request(
        self, texts: list[str], language: str, rate: int, done: Done, urgent: bool = True
    ) -> None:
        """Synthesize ``texts`` (cached ones are free); ``done`` gets the files, or None.

        ``done`` is called on the dispatcher thread.
        """
        self._jobs.put(
            _Job(URGENT if urgent else AHEAD, next(self._seq), list(texts), language, rate, done)
        )

    def synthesize_now(
        self, text: str, language: str, rate: int, timeout_s: float = 30
    ) -> Path | None:
        """Blocking form, for command-line tools (never on the GUI thread)."""
        finished = threading.Event()
        result: list[list[Path] | None] = []

        def done(paths: list[Path] | None) -> None:
            result.append(paths)
            finished.set()

        self.request([text], language, rate, done)
        if not finished.wait(timeout_s) or not result or not result[0]:
            return None
        return result[0][0]

    def close(self) -> None:
        self._jobs.put(_Job(-1, next(self._seq), [], "", 0, lambda _paths: None))
        self._thread.join(timeout=3)
        for worker in [self._worker, *self._ahead]:
            if worker is not None:
                worker.kill()

    # -- dispatcher thread ------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            self._start_worker()
        except Exception as exc:  # e.g. the program cannot be started: silent, and said why
            log.exception("speech worker could not start")
            self.error = f"{type(exc).__name__}: {exc}"
        self._ready.set()
        if self.on_ready is not None:
            self.on_ready()
        while True:
            job = self._jobs.get()
            if job.priority < 0:
                return
            try:
                paths = self._synthesize(job)
            except Exception:  # never let the dispatcher die; the app stays silent instead
                log.exception("speech synthesis failed")
                paths = None
            job.done(paths)

    def _start_worker(self) -> bool:
        if self._worker is not None:
            self._worker.kill()
        self._worker = _Worker(self._command, self._ready_timeout_s, self.worker_log)
        hello = self._worker.hello
        if not hello.get("ready"):
            self.error = str(hello.get("error") or "no speech engine")
            log.warning("speech unavailable: %s", self.error)
            self._worker.kill()
            self._worker = None
            return False
        self.voices = [
            VoiceInfo(v["id"], v["name"], tuple(v.get("languages") or ()))
            for v in hello.get("voices", [])
        ]
        self.error = None if self.voices else "no voice installed"
        return self.error is None

    def _synthesize(self, job: _Job) -> list[Path] | None:
        voice = self.voice_for(job.language) if self.error is None else None
        if voice is None:
            return None
        paths = []
        for text in job.texts:
            path = self.cache_path(text, voice.id, job.rate)
            if not path.exists() and not self._synthesize_one(text, voice.id, job.rate, path):
                return None
            paths.append(path)
        return paths

    def _take_worker(self) -> _Worker | None:
        """A fresh worker for one sentence; others start now, in the background.

        One sentence per worker process: pyttsx3 sometimes finishes an utterance after
        runAndWait() returned, and what it still holds then leaks into the next file (the
        wrong speed, even the wrong sentence). A fresh engine per sentence cannot leak, and
        keeping two started ahead keeps narration as fast (each takes ~60 ms to start)."""
        worker: _Worker | None
        if self._ahead:
            worker = self._ahead.pop(0)
        elif self._worker is not None or self._start_worker():
            worker, self._worker = self._worker, None
        else:
            return None
        while len(self._ahead) < WORKERS_AHEAD:
            self._ahead.append(_Worker(self._command, self._ready_timeout_s, self.worker_log))
        if worker is None or not worker.hello.get("ready"):
            if worker is not None:
                worker.kill()
            return None
        return worker

    def _synthesize_one(self, text: str, voice: str, rate: int, path: Path) -> bool:
        request = {"text": text, "voice": voice, "rate": rate, "path": str(path)}
        timeout = self._hang_timeout_s + len(text) / 400
        for attempt in range(2):
            worker = self._take_worker()
            if worker is None:
                return False
            reply = worker.ask({**request, "id": next(self._ids)}, timeout)
            worker.kill()
            if reply is not None and reply.get("ok") and path.exists():
                return True
            if reply is not None:
                log.warning("speech engine could not say %r: %s", text, reply.get("error"))
            log.warning("speech worker hung, died or dropped a sentence (attempt %d)", attempt + 1)
            self.restarts += 1
        return False

"""Listening to the PulseAudio null sink: what really came out, and when.

``parec`` records the sink's monitor into a pipe; a thread timestamps each small chunk as
it arrives, so the test can tell when sound started and when it stopped, in the same clock
as the code under test.
"""

from __future__ import annotations

import array
import os
import shutil
import subprocess
import threading
import time

import pytest

RATE = 22050
CHUNK_BYTES = 2 * RATE // 200  # 5 ms of mono 16-bit sound
THRESHOLD = 200  # amplitude above which a chunk counts as sound


def audio_available() -> bool:
    return bool(os.environ.get("PAP_TEST_PULSE_SINK")) and shutil.which("parec") is not None


def require_audio() -> str:
    if not audio_available():
        if os.environ.get("CI"):
            pytest.fail("CI must provide a PulseAudio null sink (scripts/test.sh starts one)")
        pytest.skip("needs the PulseAudio null sink that scripts/test.sh starts")
    return os.environ["PAP_TEST_PULSE_SINK"]


class Recorder:
    def __init__(self, sink: str):
        self.chunks: list[tuple[float, int]] = []  # (arrival time, peak amplitude)
        self._process = subprocess.Popen(
            [
                "parec",
                f"--device={sink}.monitor",
                "--raw",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=5",
                "--process-time-msec=5",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        stream = self._process.stdout
        assert stream is not None
        while True:
            data = stream.read(CHUNK_BYTES)
            if not data:
                return
            samples = array.array("h", data[: len(data) // 2 * 2])
            peak = max((abs(s) for s in samples), default=0)
            self.chunks.append((time.monotonic(), peak))

    def wait_started(self, timeout: float = 3) -> None:
        deadline = time.monotonic() + timeout
        while not self.chunks and time.monotonic() < deadline:
            time.sleep(0.01)

    def first_sound_after(self, moment: float) -> float | None:
        return next((t for t, peak in self.chunks if t >= moment and peak > THRESHOLD), None)

    def silent_from(self, moment: float, quiet_chunks: int = 6) -> float | None:
        """Arrival time of the first chunk after ``moment`` that starts a silent stretch."""
        run_start, run = None, 0
        for t, peak in self.chunks:
            if t < moment:
                continue
            if peak <= THRESHOLD:
                run_start = t if run == 0 else run_start
                run += 1
                if run >= quiet_chunks:
                    return run_start
            else:
                run = 0
        return None

    def stop(self) -> None:
        self._process.terminate()
        self._process.wait(5)
        self._thread.join(2)

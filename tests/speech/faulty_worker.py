"""A speech worker that fails the way real engines do, for the recovery tests.

Run as a program (``Synthesizer(command=faulty_worker_command(...))``): it is the shipped
worker (``tutor.speech.worker.answer``) with one fault put around it, so the app's own
recovery is tested against a real child process that really hangs, dies or has no engine:

- ``hang-once MARKER``: the first request is taken, then nothing more is ever said;
- ``crash-once MARKER``: the first request is taken, then the process dies (exit 3);
- ``no-engine``: pyttsx3 cannot load espeak-ng, as on a computer without it.

The marker file remembers that the fault happened, so the worker started next (by the
synthesizer's recovery) behaves like the real one.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

REPO = Path(__file__).resolve().parents[2]
NO_ENGINE = "libespeak-ng.so.1: cannot open shared object file (simulated)"


def faulty_worker_command(fault: str, marker: Path | None = None) -> list[str]:
    """The command line that starts this worker with ``fault``."""
    return [sys.executable, str(Path(__file__)), fault, *([str(marker)] if marker else [])]


def _requests_then_fault(inp: TextIO, fault: str, marker: Path) -> Iterator[str]:
    """The worker's requests, with the fault after the first one has been read."""
    for line in inp:
        if '"quit"' not in line and not marker.exists():
            marker.write_text(fault)
            if fault == "hang-once":
                time.sleep(3600)
            elif fault == "crash-once":
                os._exit(3)
        yield line


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(REPO))
    from tutor.speech import worker

    fault = argv[0]
    if fault == "no-engine":
        import pyttsx3

        def no_engine(*_args: object, **_kwargs: object) -> None:
            raise OSError(NO_ENGINE)

        pyttsx3.init = no_engine
    # As worker.serve(): stdout carries only the protocol, anything else goes to stderr.
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    if fault in ("hang-once", "crash-once"):
        return worker.answer(_requests_then_fault(sys.stdin, fault, Path(argv[1])), out)
    return worker.answer(sys.stdin, out)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Narration latency: from "say this step" to the first sound reaching the sound server.

Baseline: the raw ``espeak-ng`` command speaking the same sentence (it synthesises and
plays it itself). Ours: the narrator when the sentence was synthesised ahead of time (the
normal case: the next step is prepared while the learner works), and when it was not.
Sound is detected by recording the null sink's monitor, in the same clock.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from bench.report import Section, median_ms
from tests.speech.audio_probe import Recorder
from tutor.speech.narrator import SpeechNarrator
from tutor.speech.synthesizer import Synthesizer
from tutor.speech.voices import RATES_WPM

SENTENCES = [
    "Touchez l'icône Notes.",
    "Voici l'écran d'accueil de la tablette.",
    "Touchez le bouton Nouvelle note.",
    "Le clavier apparaît en bas de l'écran.",
    "Écrivez le mot Bonjour.",
    "Touchez le bouton Terminé.",
    "Faites glisser votre doigt vers la gauche.",
    "Touchez le bouton vert pour répondre.",
    "Très bien ! Vous avez réussi.",
    "Touchez la ligne Affichage.",
]


def _wait(app: QApplication, condition, timeout_s: float = 5.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.002)
    return False


def _first_sound(app: QApplication, recorder: Recorder, since: float) -> float | None:
    found: list[float] = []

    def heard() -> bool:
        moment = recorder.first_sound_after(since)
        if moment is not None:
            found.append(moment)
        return bool(found)

    _wait(app, heard)
    return (found[0] - since) * 1000 if found else None


def run() -> Section:
    sink = os.environ.get("PAP_TEST_PULSE_SINK")
    section = Section("narration", "Narration: step shown → first sound")
    if not sink:
        section.text("Not measured: no PulseAudio null sink (run `./bench/run.sh`).")
        return section
    app = QApplication.instance() or QApplication([])
    recorder = Recorder(sink)
    recorder.wait_started()
    rate = RATES_WPM["normal"]
    raw, cached, uncached = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        synthesizer = Synthesizer(Path(folder))
        narrator = SpeechNarrator(synthesizer)
        synthesizer.start()
        synthesizer.wait_ready(30)
        for round_number, sentence in enumerate(SENTENCES):
            # Baseline: the espeak-ng command, which synthesises and plays by itself.
            started = time.monotonic()
            process = subprocess.Popen(["espeak-ng", "-v", "fr", "-s", str(rate), sentence])
            value = _first_sound(app, recorder, started)
            process.wait()
            if value is not None:
                raw.append(value)
            _wait(app, lambda: False, 0.3)
            # Ours, not prepared: a sentence never synthesised before.
            fresh = f"{sentence} Étape {round_number + 1}."
            started = time.monotonic()
            narrator.say(fresh)
            value = _first_sound(app, recorder, started)
            if value is not None:
                uncached.append(value)
            _wait(app, lambda: False, 0.4)
            narrator.stop()
            _wait(app, lambda: False, 0.3)
            # Ours, prepared while the learner was busy (the normal case).
            narrator.prepare([sentence])
            _wait(app, lambda: False, 0.5)
            started = time.monotonic()
            narrator.say(sentence)
            value = _first_sound(app, recorder, started)
            if value is not None:
                cached.append(value)
            _wait(app, lambda: narrator.speaking is False, 6)
            _wait(app, lambda: False, 0.3)
        synthesizer.close()
    recorder.stop()
    base = sorted(raw)[len(raw) // 2] if raw else float("nan")
    section.table(
        ["", "median", "vs raw espeak-ng"],
        [
            ["`espeak-ng -v fr` command (baseline)", median_ms(raw), "1.00×"],
            [
                "Narrator, step prepared ahead (normal case)",
                median_ms(cached),
                f"{sorted(cached)[len(cached) // 2] / base:.2f}×" if cached and raw else "n/a",
            ],
            [
                "Narrator, not prepared (first time a sentence is said)",
                median_ms(uncached),
                f"{sorted(uncached)[len(uncached) // 2] / base:.2f}×"
                if uncached and raw
                else "n/a",
            ],
        ],
    )
    section.text(
        f"{len(SENTENCES)} French sentences from the lessons, each measured once per row, "
        "from the call (`say`, or starting the command) to the first sound recorded on the "
        "PulseAudio null sink's monitor (5 ms chunks). Goal: prepared narration audible no "
        "later than the raw command.",
    )
    return section

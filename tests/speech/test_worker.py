"""The speech worker speaks at the speed asked, even after waiting idle for its request."""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest

from tutor.speech.synthesizer import Synthesizer
from tutor.speech.voices import RATES_WPM
from tutor.speech.wav import duration_s

SENTENCES = [
    "Bonjour.",
    "Touchez l'icône Notes.",
    "Très bien !",
    "Écrivez votre mot.",
    "Le bouton est en bas.",
    "Vous avez réussi.",
]


def raw_espeak_duration(tmp_path, text: str, rate: int) -> float:
    """The same sentence from the espeak-ng command itself: the speed espeak really gives."""
    path = tmp_path / f"raw-{rate}-{abs(hash(text))}.wav"
    subprocess.run(
        ["espeak-ng", "-v", "fr", "-s", str(rate), "-w", str(path), text], check=True, timeout=30
    )
    return duration_s(path)


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs the espeak-ng command")
@pytest.mark.parametrize("speed", ["slow", "fast"])
def test_a_worker_started_ahead_keeps_the_speed_it_is_asked_for(tmp_path, speed):
    # The app starts workers ahead; they wait idle until the next sentence. pyttsx3's
    # runAndWait() used to cancel espeak while it was still loading the voice, which put back
    # the driver's default speed (200 words a minute) for most sentences asked after a wait.
    rate = RATES_WPM[speed]
    synth = Synthesizer(tmp_path / "cache")
    synth.start()
    assert synth.wait_ready(30), synth.error
    try:
        for text in SENTENCES:
            time.sleep(0.25)  # the worker taken next has been idle at least this long
            path = synth.synthesize_now(text, "fr", rate)
            assert path is not None
            expected = raw_espeak_duration(tmp_path, text, rate)
            assert duration_s(path) == pytest.approx(expected, rel=0.03), text
    finally:
        synth.close()

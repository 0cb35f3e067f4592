"""The real espeak-ng voice through pyttsx3, in the worker process; recovery from faults."""

from __future__ import annotations

import subprocess
import sys
import time
import wave

import pytest

from tests.conftest import LESSONS
from tests.speech.faulty_worker import faulty_worker_command
from tutor.core.loader import load_lessons
from tutor.sandboxes import sandbox_specs
from tutor.speech.sentences import split_sentences
from tutor.speech.synthesizer import Synthesizer
from tutor.speech.voices import RATES_WPM, VoiceInfo, choose_voice
from tutor.speech.wav import duration_s, join

NORMAL = RATES_WPM["normal"]


@pytest.fixture
def synthesizer(tmp_path):
    synth = Synthesizer(tmp_path / "cache")
    synth.start()
    assert synth.wait_ready(30), synth.error
    yield synth
    synth.close()


def plausible_duration(text: str, seconds: float) -> bool:
    words = len(text.split())
    expected = words / (NORMAL / 60)
    return 0.4 * expected <= seconds <= 2.5 * expected + 0.8


def all_step_texts():
    result = load_lessons([LESSONS], sandbox_specs())
    return [
        (lesson.id, number, lesson.text(step.say or step.show, "fr"))
        for lesson in result.lessons
        for number, step in enumerate(lesson.steps, start=1)
    ]


def test_every_step_of_every_lesson_is_synthesised_with_a_plausible_length(synthesizer):
    texts = all_step_texts()
    assert len(texts) >= 20
    for lesson_id, number, text in texts:
        path = synthesizer.synthesize_now(text, "fr", NORMAL)
        assert path is not None, f"{lesson_id} step {number}"
        with wave.open(str(path)) as sound:
            assert sound.getnframes() > 0 and sound.getframerate() >= 16000
            frames = sound.readframes(sound.getnframes())
        assert any(frames), f"{lesson_id} step {number} is silent"
        assert plausible_duration(text, duration_s(path)), (lesson_id, number, duration_s(path))


def test_cache_is_keyed_by_text_voice_and_rate(synthesizer):
    first = synthesizer.synthesize_now("Bonjour.", "fr", NORMAL)
    again = synthesizer.synthesize_now("Bonjour.", "fr", NORMAL)
    slower = synthesizer.synthesize_now("Bonjour.", "fr", RATES_WPM["slow"])
    english = synthesizer.synthesize_now("Bonjour.", "en", NORMAL)
    assert first == again
    assert len({first, slower, english}) == 3
    assert duration_s(slower) > duration_s(first)


def test_the_three_speeds_differ_and_normal_is_about_160_words_a_minute(synthesizer):
    text = (
        "Touchez une fois l'icône Notes. Elle est orange, en haut à gauche de l'écran. "
        "Ensuite, touchez le bouton Nouvelle note, puis écrivez votre mot."
    )
    durations = {
        speed: duration_s(synthesizer.synthesize_now(text, "fr", rate))
        for speed, rate in RATES_WPM.items()
    }
    assert durations["slow"] > durations["normal"] > durations["fast"]
    words_per_minute = len(text.split()) / durations["normal"] * 60
    assert 130 <= words_per_minute <= 190, words_per_minute


def test_joined_sentences_know_where_each_starts(synthesizer):
    sentences = split_sentences("Bonjour. Touchez l'icône Notes. Très bien !")
    paths = [synthesizer.synthesize_now(s, "fr", NORMAL) for s in sentences]
    pcm = join(paths, pause_ms=250)
    assert pcm.starts_ms[0] == 0
    first = int(duration_s(paths[0]) * 1000)
    assert abs(pcm.starts_ms[1] - (first + 250)) <= 2
    assert pcm.duration_ms == pytest.approx(sum(duration_s(p) for p in paths) * 1000 + 500, abs=5)


def test_a_french_learner_never_gets_an_english_voice():
    voices = [VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",))]
    assert choose_voice(voices, "fr") is None
    voices.append(VoiceInfo("roa/fr-be", "French (Belgium)", ("fr-be",)))
    voices.append(VoiceInfo("roa/fr", "French (France)", ("fr-fr",)))
    assert choose_voice(voices, "fr").id == "roa/fr"
    windows = [
        VoiceInfo(
            "HKLM\\...\\TTS_FR-FR_HORTENSE_11.0", "Microsoft Hortense Desktop - French", ("040C",)
        )
    ]
    assert choose_voice(windows, "fr") is not None
    mac = [VoiceInfo("com.apple.voice.compact.fr-FR.Thomas", "Thomas", ("fr_FR",))]
    assert choose_voice(mac, "fr") is not None


@pytest.mark.parametrize("fault", ["hang-once", "crash-once"])
def test_a_hung_or_dead_engine_is_replaced_within_two_seconds(tmp_path, fault):
    synth = Synthesizer(tmp_path / "cache", faulty_worker_command(fault, tmp_path / "marker"))
    synth.start()
    assert synth.wait_ready(30)
    started = time.monotonic()
    path = synth.synthesize_now("Bonjour. Touchez l'icône Notes.", "fr", NORMAL)
    elapsed = time.monotonic() - started
    synth.close()
    assert path is not None and path.stat().st_size > 44
    assert synth.restarts == 1
    assert elapsed < 2.0, elapsed


def test_without_any_engine_synthesis_says_why_and_returns_nothing(tmp_path):
    synth = Synthesizer(tmp_path / "cache", faulty_worker_command("no-engine"))
    synth.start()
    assert synth.wait_ready(30) is False
    assert "libespeak" in (synth.error or "")
    started = time.monotonic()
    assert synth.synthesize_now("Bonjour.", "fr", NORMAL) is None
    assert time.monotonic() - started < 0.5
    synth.close()


def test_narrate_command_writes_one_wav_per_step(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tutor",
            "narrate",
            "--lesson",
            "tablet-open-app",
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lesson = next(
        item
        for item in load_lessons([LESSONS], sandbox_specs()).lessons
        if item.id == "tablet-open-app"
    )
    files = sorted(tmp_path.glob("*.wav"))
    assert len(files) == lesson.step_count
    for path, step in zip(files, lesson.steps, strict=True):
        assert plausible_duration(lesson.text(step.say or step.show, "fr"), duration_s(path))


def test_voices_command_names_the_french_voice_it_will_use():
    result = subprocess.run(
        [sys.executable, "-m", "tutor", "voices"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "fr: " in result.stdout and "roa/fr" in result.stdout.split("en:")[0]

"""The narrator in the Qt event loop: real espeak-ng voice, real audio path (PulseAudio null
sink), stopping at once, highlighting in step with the sound, never stalling the window."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from tests.speech.audio_probe import Recorder, require_audio
from tests.speech.faulty_worker import faulty_worker_command
from tutor.speech.narrator import SpeechNarrator
from tutor.speech.synthesizer import Synthesizer

LONG = (
    "Voici l'écran d'accueil de la tablette. Chaque petite image est une application. "
    "Pour ouvrir une application, touchez son image une seule fois. Prenez votre temps. "
    "Vous ne pouvez rien casser."
)


@pytest.fixture
def narrator(qtbot, tmp_path):
    synthesizer = Synthesizer(tmp_path / "cache")
    speaker = SpeechNarrator(synthesizer)
    synthesizer.start()
    assert synthesizer.wait_ready(30)
    yield speaker
    speaker.stop()
    synthesizer.close()


def record_sentences(narrator) -> list[tuple[float, int]]:
    seen: list[tuple[float, int]] = []
    narrator.sentence_started.connect(lambda index, _s: seen.append((time.monotonic(), index)))
    return seen


def test_stop_silences_the_real_sound_within_50_ms(qtbot, narrator):
    sink = require_audio()
    recorder = Recorder(sink)
    try:
        recorder.wait_started()
        seen = record_sentences(narrator)
        asked = time.monotonic()
        narrator.say(LONG)
        qtbot.waitUntil(lambda: any(index == 0 for _t, index in seen), timeout=5000)
        qtbot.wait(1500)
        first_sound = recorder.first_sound_after(asked)
        assert first_sound is not None, "no sound reached the sound card"
        assert narrator.speaking
        stopped_at = time.monotonic()
        narrator.stop()
        qtbot.wait(400)
        silent_at = recorder.silent_from(stopped_at)
    finally:
        recorder.stop()
    assert silent_at is not None
    silence_ms = (silent_at - stopped_at) * 1000
    assert silence_ms <= 50, f"sound went on {silence_ms:.0f} ms after stop()"
    assert not narrator.speaking


def test_highlight_follows_the_sound_not_the_synthesis(qtbot, narrator):
    sink = require_audio()
    recorder = Recorder(sink)
    try:
        recorder.wait_started()
        seen = record_sentences(narrator)
        narrator.say(LONG)
        with qtbot.waitSignal(narrator.narration_finished, timeout=30000):
            pass
        sound_started = recorder.first_sound_after(seen[0][0] - 0.5)
    finally:
        recorder.stop()
    indexes = [index for _t, index in seen]
    assert indexes == [0, 1, 2, 3, 4, -1]
    starts = narrator._starts
    # Each sentence is highlighted when its sound begins (give or take 150 ms).
    assert sound_started is not None
    for moment, index in seen[1:-1]:
        heard_ms = (moment - sound_started) * 1000
        assert abs(heard_ms - starts[index]) <= 150, (index, heard_ms, starts[index])


def test_the_event_loop_never_stalls_while_narrating_and_saving(qtbot, narrator, tmp_path):
    import gc

    from tutor.core.actions import Action, ActionKind
    from tutor.core.engine import HelpLevel, StepEvent
    from tutor.storage.store import open_store

    store = open_store(tmp_path / "data")
    learner = store.learners.add("Jeanne", "", "")
    record = store.progress.start(learner.id, "demo", 100)

    def longest_gap(work) -> int:  # type: ignore[no-untyped-def]
        """The longest wait between ticks of a 5 ms timer on the GUI thread during ``work``."""
        gaps: list[int] = []
        clock = QElapsedTimer()
        clock.start()
        ticker = QTimer(interval=5)
        ticker.timeout.connect(lambda: gaps.append(clock.restart()))
        # The rest of the suite leaves a heap the app never has: collected now, not mid-test.
        gc.collect()
        ticker.start()
        for index in range(12):
            work(index)
            qtbot.wait(150)
        ticker.stop()
        return max(gaps[1:])

    def narrate_and_save(index: int) -> None:
        narrator.say(f"Étape {index}. " + LONG)  # each say interrupts the previous one
        narrator.prepare([f"Préparation {index}. Touchez l'icône Notes."])
        event = StepEvent(index, Action(ActionKind.TAP, "x"), True, HelpLevel.NONE, False, 1.0)
        store.progress.record(record, event, resume_at=index + 1)

    # The same wait with nothing to do: what the machine itself adds (other programs, other
    # tests on the other core), so that only what narrating and saving add is judged.
    baseline = longest_gap(lambda _index: None)
    longest = longest_gap(narrate_and_save)
    narrator.stop()
    store.close()
    assert longest < 50 + baseline, f"the window froze for {longest} ms (idle: {baseline} ms)"


def test_a_hung_engine_is_replaced_and_the_voice_comes_back_within_2_s(qtbot, tmp_path):
    command = faulty_worker_command("hang-once", tmp_path / "marker")
    synthesizer = Synthesizer(tmp_path / "cache", command)
    speaker = SpeechNarrator(synthesizer)
    synthesizer.start()
    assert synthesizer.wait_ready(30)
    seen = record_sentences(speaker)
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    ticker = QTimer(interval=5)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    ticker.start()
    asked = time.monotonic()
    speaker.say("Bonjour. Touchez l'icône Notes.")
    qtbot.waitUntil(lambda: any(index == 0 for _t, index in seen), timeout=4000)
    ticker.stop()
    assert seen[0][0] - asked < 2.0
    assert synthesizer.restarts == 1
    assert max(gaps[1:]) < 50
    speaker.stop()
    synthesizer.close()


def test_without_a_voice_the_narrator_is_silent_and_says_so_once(qtbot, tmp_path):
    synthesizer = Synthesizer(tmp_path / "cache", faulty_worker_command("no-engine"))
    speaker = SpeechNarrator(synthesizer)
    notices: list[str] = []
    speaker.voice_unavailable.connect(notices.append)
    synthesizer.start()
    qtbot.waitUntil(lambda: bool(notices), timeout=10000)
    speaker.say("Bonjour.")
    qtbot.wait(200)
    assert not speaker.speaking
    speaker.configure("fr", True, "normal", 80)
    assert len(notices) == 1
    synthesizer.close()

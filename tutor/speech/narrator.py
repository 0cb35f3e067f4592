"""The narrator the player talks to: say, prepare ahead, stop — never blocking the window.

Text is cut into sentences; each sentence is synthesised (or taken from the cache) by the
:class:`Synthesizer` off the GUI thread, joined into one sound with its sentence start
times, and played by :class:`PcmPlayer`. The playback position, not the synthesis, drives
``sentence_started``, so the highlighted sentence follows what the learner hears.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from tutor.i18n import _
from tutor.speech.player import PcmPlayer
from tutor.speech.sentences import split_sentences
from tutor.speech.synthesizer import Synthesizer
from tutor.speech.voices import RATES_WPM
from tutor.speech.wav import Pcm, join


class SpeechNarrator(QObject):
    sentence_started = Signal(int, list)  # index of the sentence heard now, all sentences
    narration_finished = Signal()
    voice_unavailable = Signal(str)  # a notice for the facilitator (once)
    _sound_ready = Signal(int, object, list)  # generation, Pcm, sentences (from a thread)
    _engine_ready = Signal()

    def __init__(self, synthesizer: Synthesizer, parent: QObject | None = None):
        super().__init__(parent)
        self.synthesizer = synthesizer
        synthesizer.on_ready = self.engine_ready_callback
        self.player = PcmPlayer(self)
        self.language = "fr"
        self.enabled = True
        self.speed = "normal"
        self._generation = 0
        self._sentences: list[str] = []
        self._starts: tuple[int, ...] = ()
        self._current = -1
        self._notified = False
        self._sound_ready.connect(self._on_self_sound_ready)
        self._engine_ready.connect(self._on_self_engine_ready)
        self.player.position_changed.connect(self._on_player_position_changed)
        self.player.playback_finished.connect(self._on_player_playback_finished)

    def engine_ready_callback(self) -> None:
        """Given to the synthesizer: called on its thread when the engine is up."""
        self._engine_ready.emit()

    # -- settings -------------------------------------------------------------------------------
    def configure(self, language: str, enabled: bool, speed: str, volume: int) -> None:
        """A learner's voice settings (language, on/off, Slow/Normal/Fast, volume 0-100)."""
        self.language = language
        self.enabled = enabled
        self.speed = speed if speed in RATES_WPM else "normal"
        self.player.set_volume(volume / 100)
        if not enabled:
            self.stop()
        self._check_voice()

    @property
    def rate(self) -> int:
        return RATES_WPM[self.speed]

    # -- the Narrator protocol ------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.stop()
        sentences = split_sentences(text)
        if not sentences or not self.enabled:
            return
        generation = self._generation

        def done(paths: list[Path] | None) -> None:  # on the synthesizer's thread
            if paths is None or generation != self._generation:
                return
            self._sound_ready.emit(generation, join(paths), sentences)

        self.synthesizer.request(sentences, self.language, self.rate, done, urgent=True)

    def prepare(self, texts: list[str]) -> None:
        if not self.enabled:
            return
        for text in texts:
            self.synthesizer.request(
                split_sentences(text), self.language, self.rate, lambda _paths: None, urgent=False
            )

    def stop(self) -> None:
        self._generation += 1
        was_speaking = self.player.playing
        self.player.stop()
        self._current = -1
        if was_speaking:
            self.sentence_started.emit(-1, self._sentences)

    @property
    def speaking(self) -> bool:
        return self.player.playing

    # -- reactions -----------------------------------------------------------------------------
    def _on_self_sound_ready(self, generation: int, pcm: Pcm, sentences: list[str]) -> None:
        if generation != self._generation or not self.enabled:
            return
        self._sentences, self._starts, self._current = sentences, pcm.starts_ms, -1
        self.player.play(pcm)
        self._on_player_position_changed(0)

    def _on_player_position_changed(self, position_ms: int) -> None:
        index = max((i for i, start in enumerate(self._starts) if start <= position_ms), default=0)
        if index != self._current and self.player.playing:
            self._current = index
            self.sentence_started.emit(index, self._sentences)

    def _on_player_playback_finished(self) -> None:
        self._current = -1
        self.sentence_started.emit(-1, self._sentences)
        self.narration_finished.emit()

    def _on_self_engine_ready(self) -> None:
        self._check_voice()

    def _check_voice(self) -> None:
        if self._notified or not self.synthesizer.started:
            return
        reason = self.synthesizer.error
        if reason is None and self.synthesizer.voice_for(self.language) is None:
            reason = _("no voice for the language “{language}”").format(language=self.language)
        if reason is not None:
            self._notified = True
            self.voice_unavailable.emit(reason)

"""Playing narration through Qt Multimedia's audio sink: starts in milliseconds, stops at
once, and says how far the sound has really gone (for sentence highlighting).

Without any audio output (no sound card, no sound server) the same clock runs silently, so
highlighting and "narration finished" still follow the time the sound would take.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QElapsedTimer, QIODevice, QObject, QTimer, Signal
from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSink, QMediaDevices

from tutor.speech.wav import Pcm

log = logging.getLogger(__name__)
TICK_MS = 30


class PcmPlayer(QObject):
    position_changed = Signal(int)  # milliseconds of sound heard so far
    playback_finished = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._sink: QAudioSink | None = None
        self._buffer: QBuffer | None = None
        self._pcm: Pcm | None = None
        self._clock = QElapsedTimer()
        self._volume = 0.8
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self._on_ticker_timeout)
        # The first look at the audio devices connects to the sound server: tens of
        # milliseconds, once per process. Done now, while the app is being built, so the
        # first sentence does not hold the window up when it starts.
        QMediaDevices.defaultAudioOutput()

    @property
    def playing(self) -> bool:
        return self._pcm is not None

    def set_volume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, volume))
        if self._sink is not None:
            self._sink.setVolume(self._volume)

    def play(self, pcm: Pcm) -> None:
        self.stop()
        self._pcm = pcm
        self._clock.start()
        device = QMediaDevices.defaultAudioOutput()
        if not device.isNull():
            audio_format = QAudioFormat()
            audio_format.setSampleRate(pcm.rate)
            audio_format.setChannelCount(pcm.channels)
            audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
            self._buffer = QBuffer()
            self._buffer.setData(QByteArray(pcm.data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._sink = QAudioSink(device, audio_format)
            self._sink.setVolume(self._volume)
            self._sink.stateChanged.connect(self._on_sink_state_changed)
            self._sink.start(self._buffer)
        self._ticker.start()

    def stop(self) -> None:
        """Silence now (the sink's stop drops what is buffered)."""
        self._ticker.stop()
        sink, self._sink = self._sink, None
        if sink is not None:
            sink.blockSignals(True)  # its last state changes are of no interest now
            sink.stop()
            sink.deleteLater()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
        self._pcm = None

    def position_ms(self) -> int:
        """How much of the sound has been heard (not merely handed to the device)."""
        if self._pcm is None:
            return 0
        if self._sink is None:
            return self._clock.elapsed()
        # The sink pulls from our buffer and reports what it has played; measured against a
        # recording of the sound server's output, it is within a few tens of milliseconds.
        return int(self._sink.processedUSecs() / 1000)

    def _on_ticker_timeout(self) -> None:
        if self._pcm is None:
            return
        position = self.position_ms()
        self.position_changed.emit(position)
        if self._sink is None and position >= self._pcm.duration_ms:
            self._finish()

    def _on_sink_state_changed(self, state: QAudio.State) -> None:
        if self._sink is None:
            return
        if state == QAudio.State.IdleState:  # everything was played
            self._finish()
        elif state == QAudio.State.StoppedState and self._sink.error() != QAudio.Error.NoError:
            log.warning("audio output stopped: %s", self._sink.error())
            self._finish()

    def _finish(self) -> None:
        duration = self._pcm.duration_ms if self._pcm else 0
        self.stop()
        self.position_changed.emit(duration)
        self.playback_finished.emit()

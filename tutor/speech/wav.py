"""Small WAV helpers: durations, and joining sentence recordings into one sound."""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Pcm:
    """Raw 16-bit PCM and where each sentence starts, in milliseconds."""

    data: bytes
    rate: int
    channels: int
    sample_width: int
    starts_ms: tuple[int, ...]

    @property
    def duration_ms(self) -> int:
        frame = self.channels * self.sample_width
        return int(len(self.data) / frame * 1000 / self.rate) if self.rate else 0


def duration_s(path: Path) -> float:
    with wave.open(str(path), "rb") as sound:
        return sound.getnframes() / float(sound.getframerate())


def join(paths: list[Path], pause_ms: int = 250) -> Pcm:
    """One sound from the sentence files, with a calm pause between sentences."""
    chunks: list[bytes] = []
    starts: list[int] = []
    rate = channels = width = 0
    position_bytes = 0
    for index, path in enumerate(paths):
        with wave.open(str(path), "rb") as sound:
            if index == 0:
                rate, channels = sound.getframerate(), sound.getnchannels()
                width = sound.getsampwidth()
            frames = sound.readframes(sound.getnframes())
        frame = channels * width
        if index > 0:
            silence = b"\0" * (int(rate * pause_ms / 1000) * frame)
            chunks.append(silence)
            position_bytes += len(silence)
        starts.append(int(position_bytes / frame * 1000 / rate))
        chunks.append(frames)
        position_bytes += len(frames)
    return Pcm(b"".join(chunks), rate, channels, width, tuple(starts))

"""The learner's real camera in the self-view, when the computer has one.

Seeing oneself as others will see you is half of the lesson, so during a practice call the
small picture shows the real camera when one exists. Nothing is recorded or sent: frames only
go to the screen. No camera, a camera that fails, or a platform without a camera backend:
the drawn placeholder stays, and nothing is said to the learner.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

log = logging.getLogger(__name__)


def camera_available() -> bool:
    try:
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.videoInputs())
    except Exception:  # no multimedia backend at all: the placeholder is used
        return False


class SelfCamera(QObject):
    """Starts and stops the default camera; ``frame_ready`` carries each picture."""

    frame_ready = Signal(QImage)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # Qt Multimedia objects, imported only when a camera is really used.
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None

    @property
    def running(self) -> bool:
        return self._camera is not None

    def start(self) -> None:
        if self._camera is not None or not camera_available():
            return
        try:
            from PySide6.QtMultimedia import (
                QCamera,
                QMediaCaptureSession,
                QMediaDevices,
                QVideoSink,
            )

            self._camera = QCamera(QMediaDevices.defaultVideoInput())
            self._sink = QVideoSink()
            self._session = QMediaCaptureSession()
            self._session.setCamera(self._camera)
            self._session.setVideoSink(self._sink)
            self._sink.videoFrameChanged.connect(self._on_sink_video_frame_changed)
            self._camera.errorOccurred.connect(self._on_camera_error_occurred)
            self._camera.start()
        except Exception:  # the placeholder stays; the facilitator finds it in the log
            log.exception("the camera could not be started")
            self.stop()

    def stop(self) -> None:
        camera, self._camera = self._camera, None
        if camera is not None:
            try:
                camera.stop()
            except Exception:
                log.exception("the camera could not be stopped")
        self._session = None
        self._sink = None

    def _on_sink_video_frame_changed(self, frame: Any) -> None:
        image = frame.toImage()
        if not image.isNull():
            self.frame_ready.emit(image)

    def _on_camera_error_occurred(self, _error: Any, message: str) -> None:
        log.warning("camera: %s", message)
        self.stop()

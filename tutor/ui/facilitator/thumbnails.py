"""Small pictures of a lesson step's screen, drawn offscreen like ``tutor screenshot``.

The player is built at step N (the practice app reset to the lesson's scene, the steps
before replayed with ``perform``), grabbed and scaled down. Widgets live on the GUI thread,
so pictures are drawn one per turn of the event loop (the list shows at once, pictures fill
in) and kept in memory per (lesson, step).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from tutor.core.catalogue import Catalogue
from tutor.core.sizes import TABLET_SIZE
from tutor.i18n import current_language
from tutor.sandboxes import create_sandbox
from tutor.sandboxes.base import SandboxWidget
from tutor.ui.screens.player import PlayerScreen

log = logging.getLogger(__name__)
THUMBNAIL_SIZE = QSize(288, 180)


class StepThumbnails(QObject):
    ready = Signal(str, int, QPixmap)  # lesson id, step index, picture

    def __init__(self, catalogue: Catalogue, host: QWidget, size: QSize = THUMBNAIL_SIZE) -> None:
        super().__init__(host)  # the pictures' player and this object die with ``host``
        self._host = host
        self.catalogue = catalogue
        self.size = size
        self._cache: dict[tuple[str, int], QPixmap] = {}
        self._queue: list[tuple[str, int]] = []
        self._player: PlayerScreen | None = None
        self._sandboxes: dict[str, SandboxWidget] = {}

    def cached(self, lesson_id: str, step_index: int) -> QPixmap | None:
        return self._cache.get((lesson_id, step_index))

    def pending(self) -> int:
        """How many pictures are still to draw."""
        return len(self._queue)

    def request(self, lesson_id: str, step_index: int) -> None:
        """Draw the picture soon (``ready`` is emitted), unless it is already known."""
        key = (lesson_id, step_index)
        if key in self._cache or key in self._queue:
            return
        self._queue.append(key)
        if len(self._queue) == 1:
            QTimer.singleShot(0, self._draw_next)

    def _draw_next(self) -> None:
        if not self._queue:
            return
        key = self._queue[0]
        try:
            pixmap = self.render(*key)
        except Exception:  # a picture is a nicety: never let it break the screen
            log.exception("cannot draw the step %s", key)
            pixmap = QPixmap()
        self._queue.pop(0)
        if not pixmap.isNull():
            self._cache[key] = pixmap
            self.ready.emit(key[0], key[1], pixmap)
        if self._queue:
            QTimer.singleShot(0, self._draw_next)

    def render(self, lesson_id: str, step_index: int) -> QPixmap:
        lesson = self.catalogue.get(lesson_id)
        index = max(0, min(step_index, lesson.step_count - 1))
        spec = self.catalogue.sandboxes[lesson.sandbox]
        player = self._player_screen()
        sandbox = self._sandboxes.get(spec.id)
        if sandbox is None:
            sandbox = self._sandboxes[spec.id] = create_sandbox(spec)
        language = current_language()
        sandbox.highlight(None)
        sandbox.set_language(language)  # the keyboard the learner of this language sees
        sandbox.reset(lesson.scene)
        for done in lesson.steps[:index]:
            if done.cue is not None:
                sandbox.cue(done.cue)
            if done.expect is not None:
                for action in done.expected_actions():
                    sandbox.perform(action)
        step = lesson.steps[index]
        if step.cue is not None:
            sandbox.cue(step.cue)
        player.set_sandbox(sandbox)
        player.show_step(
            lesson.text(lesson.title, language),
            index,
            lesson.step_count,
            lesson.text(step.show, language),
            step.expect is None,
            [(lesson.text(w.word, language), lesson.text(w.means, language)) for w in lesson.words],
        )
        player.show()
        for _round in range(3):
            QApplication.processEvents()
        picture = player.grab()
        player.hide()
        return picture.scaled(
            self.size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )

    def _player_screen(self) -> PlayerScreen:
        if self._player is None:
            player = PlayerScreen()
            player.setParent(self._host, Qt.WindowType.Window)
            player.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            player.setAutoFillBackground(True)
            palette = player.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor("#f4f1ea"))
            player.setPalette(palette)
            player.resize(*TABLET_SIZE)
            self._player = player
        return self._player

    def close(self) -> None:
        self._queue.clear()
        if self._player is not None:
            self._player.close()
            self._player.deleteLater()
            self._player = None

"""Shown instead of the sign-in screen when the progress is safe on disk but cannot be opened
(another program holds it, the disk is full, the folder cannot be written and nothing can be
read): never an empty sign-in screen that would make people think their progress is gone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from tutor.i18n import _
from tutor.ui.widgets import button, label, scroll_page


class StoreUnavailableScreen(QWidget):
    retry_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screen.store_unavailable")
        layout = scroll_page(self)  # at 200 % the page scrolls
        layout.setContentsMargins(60, 48, 60, 30)
        layout.setSpacing(24)
        self.title = label("", "title")
        self.title.setObjectName("store_unavailable.title")
        layout.addWidget(self.title)
        self.reassurance = label(_("Your progress is safe. Nothing is lost."), "instruction")
        layout.addWidget(self.reassurance)
        self.text = label("", "instruction")
        self.text.setObjectName("store_unavailable.text")
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.retry_button = button(
            _("Try again"), "mdi6.refresh", "primary", name="store_unavailable.retry"
        )
        self.retry_button.setMinimumHeight(88)
        self.retry_button.clicked.connect(self._on_retry_clicked)
        row.addWidget(self.retry_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_problem(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.retry_button.setEnabled(True)
        self.retry_button.setText(_("Try again"))

    def _on_retry_clicked(self) -> None:
        self.retry_button.setEnabled(False)  # one try at a time
        self.retry_button.setText(_("One moment…"))
        self.retry_requested.emit()

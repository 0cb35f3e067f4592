"""The Settings app: a list of big rows, and the display and sound pages (Wi-Fi: wifi.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from tutor.i18n import _
from tutor.sandboxes.kit.chrome import TitledPage, style_label
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.touch import LevelBar, TouchButton

SETTINGS_COLOR = "#455a64"
BACKGROUND = "#f1f3f4"
BRIGHTNESS_LEVELS = 5
VOLUME_LEVELS = 10

_BUTTON = {"background": "#1565c0", "height": 76, "min_width": 96, "font_px": 28}


class SettingsPage(TitledPage):
    """A settings screen: title bar, then content on a light background."""

    def __init__(self, look: Look, title: str, parent: QWidget | None = None):
        super().__init__(look, title, SETTINGS_COLOR, BACKGROUND, parent)

    def label(
        self,
        text: str,
        size: int = 26,
        bold: bool = False,
        style: str = "color: #1f1f1f; background: transparent;",
    ) -> QLabel:
        return self.styled_label(text, size, bold, style)


def _controls_row(look: Look, *widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(look.px(16))
    for widget in widgets:
        row.addWidget(widget, 1 if isinstance(widget, LevelBar | QLabel) else 0)
    return row


class SettingsListScreen(SettingsPage):
    """Display, Wi-Fi, Sound: one big row each."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, _("Settings"), parent)
        rows = (
            ("settings.display", _("Display"), "mdi6.brightness-6", "#f57c00"),
            ("settings.wifi", _("Wi-Fi"), "mdi6.wifi", "#1565c0"),
            ("settings.sound", _("Sound"), "mdi6.volume-high", "#7b1fa2"),
        )
        self.rows: dict[str, TouchButton] = {}
        for target_id, text, icon, badge in rows:
            button = TouchButton(
                look,
                text,
                icon,
                background="#ffffff",
                foreground="#1f1f1f",
                font_px=28,
                height=88,
                row=True,
                badge=badge,
                radius=18,
            )
            button.setObjectName(target_id)
            self.rows[target_id] = button
            self.body.addWidget(button)
        self.body.addStretch(1)
        self.restyle()


class DisplayScreen(SettingsPage):
    """Text size (A- / A+ with a live preview) and brightness."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, _("Display"), parent)
        self.smaller = TouchButton(look, "A-", **_BUTTON)  # type: ignore[arg-type]
        self.smaller.setObjectName("settings.text.smaller")
        self.bigger = TouchButton(look, "A+", **_BUTTON)  # type: ignore[arg-type]
        self.bigger.setObjectName("settings.text.bigger")
        self.preview = QLabel(_("Text will look like this."))
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.darker = TouchButton(look, "−", "mdi6.brightness-4", **_BUTTON)  # type: ignore[arg-type]
        self.darker.setObjectName("settings.brightness.down")
        self.brighter = TouchButton(look, "+", "mdi6.white-balance-sunny", **_BUTTON)  # type: ignore[arg-type]
        self.brighter.setObjectName("settings.brightness.up")
        self.brightness_bar = LevelBar(look, BRIGHTNESS_LEVELS, "#f9a825")
        self.body.addWidget(self.label(_("Text size"), 26, bold=True))
        text_row = _controls_row(look, self.smaller, self.bigger)
        text_row.addStretch(1)
        self.body.addLayout(text_row)
        self.body.addWidget(self.preview)
        self.body.addWidget(self.label(_("Brightness"), 26, bold=True))
        self.body.addLayout(_controls_row(look, self.darker, self.brightness_bar, self.brighter))
        self.body.addStretch(1)
        self.restyle()

    def restyle(self) -> None:
        super().restyle()
        # The example sentence shows the chosen text size (see style_label for why the size
        # is in its style sheet).
        style_label(
            self.preview,
            self.look,
            26,
            "color: #111111; background: white; border: 2px solid #c4c7c5; border-radius: 10px;"
            " padding: 6px 14px;",
        )
        self.preview.setMinimumHeight(self.look.px(64))

    def preview_font_px(self) -> int:
        """The example sentence's size in real pixels: the design's 26 px at the chosen level."""
        return self.look.font_px(26)

    def show_state(self, brightness: int) -> None:
        self.brightness_bar.set_value(brightness)


class SoundScreen(SettingsPage):
    """Volume down / up with a bar of ten blocks."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, _("Sound"), parent)
        self.quieter = TouchButton(look, "", "mdi6.volume-minus", **_BUTTON)  # type: ignore[arg-type]
        self.quieter.setObjectName("settings.volume.down")
        self.louder = TouchButton(look, "", "mdi6.volume-plus", **_BUTTON)  # type: ignore[arg-type]
        self.louder.setObjectName("settings.volume.up")
        self.volume_bar = LevelBar(look, VOLUME_LEVELS, "#7b1fa2")
        self.level_text = self.label("", 24)
        self.body.addWidget(self.label(_("Volume"), 26, bold=True))
        self.body.addLayout(_controls_row(look, self.quieter, self.volume_bar, self.louder))
        self.body.addWidget(self.level_text)
        self.body.addStretch(1)
        self.restyle()

    def show_state(self, volume: int) -> None:
        self.volume_bar.set_value(volume)
        self.level_text.setText(
            _("Volume: {level} out of {maximum}").format(level=volume, maximum=VOLUME_LEVELS)
        )

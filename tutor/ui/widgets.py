"""Small reusable widgets, all sized for fingers and eyes."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

# Pictures a learner can choose (no photo, no typing).
AVATARS = (
    "mdi6.flower",
    "mdi6.cat",
    "mdi6.dog",
    "mdi6.white-balance-sunny",
    "mdi6.tree",
    "mdi6.bird",
    "mdi6.sail-boat",
    "mdi6.heart",
    "mdi6.star",
    "mdi6.music",
    "mdi6.coffee",
    "mdi6.home",
    "mdi6.bicycle",
    "mdi6.fish",
)
MIN_TARGET = 64
COLOURS = ("#0b4a85", "#1b5e20", "#8e244d", "#6a1b9a", "#b33c00", "#00595e", "#4e342e", "#37474f")


def icon(name: str, colour: str = "#141414") -> QIcon:
    """A vector icon, made once per (name, colour): screens ask for the same ones often.

    ``mdi6.*`` icons are painted from the icon font directly (fast, see ``glyphs``).
    """
    from tutor.ui.glyphs import named_icon

    return named_icon(name, colour)


def set_role(widget: QWidget, role: str) -> None:
    """Tag a widget for the style sheet (``QWidget[role="..."]``)."""
    widget.setProperty("role", role)


def label(text: str, role: str | None = None, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        set_role(widget, role)
    return widget


def button(
    text: str, icon_name: str | None = None, role: str | None = None, name: str | None = None
) -> QPushButton:
    from tutor.ui.display import icon_colour, icon_px

    widget = QPushButton(text)
    if role:
        set_role(widget, role)
    if icon_name:
        widget.setProperty("icon_name", icon_name)  # re-coloured when the theme changes
        widget.setIcon(icon(icon_name, icon_colour(widget)))
        widget.setIconSize(QSize(icon_px(), icon_px()))
    if name:
        widget.setObjectName(name)
    widget.setAccessibleName(text)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setAutoDefault(True)  # Enter presses the button that has the keyboard focus
    return widget


def finger_scroll(area: QScrollArea) -> QScrollArea:
    """Scroll by dragging with a finger or the mouse, with a kinetic feel; no scrollbars."""
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Our own viewport widget: asking Qt for its default one makes PySide6 look up the
    # class of the widget returned, which initialises every scroll-area class first
    # (about 25 ms, on the way to the first screen).
    viewport = QWidget()
    area.setViewport(viewport)
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    # A touch reaches the button under the finger at once, even right after another touch
    # (a held-back press was lost when two buttons were touched quickly).
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    scroller.setScrollerProperties(properties)
    return area


def scroll_page(screen: QWidget) -> QVBoxLayout:
    """Make ``screen`` one finger-scrollable page and return the layout to fill.

    At 200 % a screen is often taller than the window: it scrolls instead of being cut.
    """
    outer = QVBoxLayout(screen)
    outer.setContentsMargins(0, 0, 0, 0)
    area = finger_scroll(QScrollArea())
    area.setObjectName(f"{screen.objectName()}.scroll")
    inner = QWidget()
    set_role(inner, "page")
    area.setWidget(inner)
    outer.addWidget(area)
    return QVBoxLayout(inner)


def display_button(screen_name: str) -> QPushButton:
    """The "Aa" button found on every learner screen: text size and colours, at any time."""
    from tutor.i18n import _

    widget = button("Aa", name=f"{screen_name}.display")
    widget.setAccessibleName(_("Text size and colours"))
    widget.setToolTip("")
    widget.setMinimumSize(MIN_TARGET, MIN_TARGET)
    widget.setStyleSheet("font-weight: bold;")
    return widget


def avatar_pixmap(icon_name: str, colour: str, size: int) -> QPixmap:
    """A coloured disc with a white picture in it."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour or COLOURS[0]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    inner = int(size * 0.6)
    offset = (size - inner) // 2
    painter.drawPixmap(offset, offset, icon(icon_name or AVATARS[0], "#ffffff").pixmap(inner))
    painter.end()
    return pixmap


class PictureTile(QAbstractButton):
    """A big square button: a picture above a name (learners, modules, choices)."""

    def __init__(self, text: str, pixmap: QPixmap, parent: QWidget | None = None):
        super().__init__(parent)
        self.setText(text)
        self.setAccessibleName(text)
        self.setCheckable(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pixmap = pixmap
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        picture = QLabel()
        picture.setPixmap(pixmap)
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        name = label(text)
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        name.setStyleSheet("font-weight: bold;")
        layout.addWidget(picture)
        layout.addWidget(name)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)

    def keyPressEvent(self, event):
        if not _press_on_enter(self, event):
            super().keyPressEvent(event)

    def paintEvent(self, event):
        from tutor.ui.display import current

        colours = current().palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(colours.feedback_bg if self.isDown() else colours.surface))
        focused = self.hasFocus()
        pen = QPen(QColor(colours.focus if focused else colours.border), 6 if focused else 3)
        painter.setPen(pen)
        painter.drawRoundedRect(self.rect().adjusted(3, 3, -3, -3), 20, 20)


def _press_on_enter(tile: QAbstractButton, event) -> bool:
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and tile.isEnabled():
        tile.click()
        return True
    return False


class Banner(QLabel):
    """A calm message line (e.g. "Saved"), hidden when empty."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        set_role(self, "banner")
        self.setWordWrap(True)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class CardButton(PictureTile):
    """A wide button: a picture on the left, a bold title and wrapped lines on the right."""

    def __init__(
        self, title: str, lines: list[str], pixmap: QPixmap, parent: QWidget | None = None
    ):
        QAbstractButton.__init__(self, parent)
        self.setText(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(" ".join(lines))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pixmap = pixmap
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 16, 20, 16)
        row.setSpacing(20)
        picture = QLabel()
        picture.setPixmap(pixmap)
        picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(picture)
        column = QVBoxLayout()
        heading = label(title, "instruction")
        heading.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        column.addWidget(heading)
        for line in lines:
            text = label(line)
            text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            column.addWidget(text)
        row.addLayout(column, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

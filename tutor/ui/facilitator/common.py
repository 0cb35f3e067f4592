"""Shared parts of the facilitator's screens: a page with a way back, a confirmation screen,
checkable faces, and the (slightly smaller, still large) facilitator style."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tutor.core.sizes import MIN_TARGET_PX
from tutor.glyphs import glyph_file
from tutor.i18n import _
from tutor.ui.display import ON_DANGER, Display, current, icon_colour, notifier
from tutor.ui.flow import FlowLayout
from tutor.ui.widgets import (
    NARROW_WINDOW_PX,
    SHORT_WINDOW_PX,
    Banner,
    avatar_pixmap,
    button,
    display_button,
    icon,
    label,
    set_role,
)


# The same rules as everywhere: text >= 22 px, every target >= 64 px (at 100 %); sizes and
# colours follow the facilitator's own "Aa" choice.
def facilitator_sheet(display: Display) -> str:
    p, px = display.palette, display.sizes.px
    # The red of what cannot be undone hardly shows on black (2.5:1): a white edge there.
    danger_edge = p.border if display.theme == "high_contrast" else DANGER
    return f"""
QWidget {{ font-size: {px(22)}px; }}
QLabel[role="title"] {{ font-size: {display.sizes.title - 8}px; font-weight: bold; }}
QLabel[role="instruction"] {{ font-size: {px(26)}px; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {px(24)}px; font-weight: bold; }}
QPushButton {{ min-height: {px(48)}px; padding: 5px 16px; font-size: {px(22)}px;
    border-radius: 12px; }}
QPushButton[choice="true"]:checked {{ border: 5px solid {p.focus}; background: {p.feedback_bg};
    color: {p.feedback_text}; padding: 3px 14px; }}
QLineEdit, QPlainTextEdit {{ font-size: {px(22)}px; min-height: {px(52)}px; padding: 4px 10px;
    background: {p.surface}; color: {p.text}; border: 3px solid {p.border};
    border-radius: 10px; }}
QComboBox {{ font-size: {px(22)}px; min-height: {px(56)}px; padding: 2px 60px 2px 12px;
    background: {p.surface}; color: {p.text}; border: 3px solid {p.border};
    border-radius: 10px; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
    width: 56px; border: none; border-left: 3px solid {p.border}; }}
QComboBox QAbstractItemView {{ font-size: {px(22)}px; background: {p.surface};
    color: {p.text}; }}
QComboBox QAbstractItemView::item {{ min-height: {px(64)}px; }}
QCheckBox {{ font-size: {px(22)}px; min-height: {px(64)}px; spacing: 14px; }}
QCheckBox::indicator {{ width: {px(40)}px; height: {px(40)}px; background: {p.surface};
    border: 3px solid {p.border}; border-radius: 8px; }}
QCheckBox::indicator:checked {{ background: {p.primary}; border-color: {p.primary};
    image: url("{glyph_file("mdi6.check-bold", p.on_primary, px(40))}"); }}
QCheckBox:focus {{ outline: none; }}
QTableView {{ font-size: {px(22)}px; background: {p.surface}; color: {p.text};
    gridline-color: {p.border}; selection-background-color: {p.feedback_bg};
    selection-color: {p.feedback_text}; }}
QTableView::item {{ padding: 4px 6px; }}
QHeaderView::section {{ font-size: {px(22)}px; font-weight: bold; padding: 10px 8px;
    background: {p.window}; color: {p.text}; border: 1px solid {p.border}; }}
QProgressBar {{ min-height: 30px; border: 2px solid {p.border}; border-radius: 8px;
    background: {p.surface}; text-align: center; font-weight: bold; }}
QProgressBar::chunk {{ background: {p.primary}; }}
QScrollArea, QScrollArea > QWidget, QWidget#scroll_inner {{ background: {p.window}; }}
QFrame[role="card"] {{ background: {p.surface}; border: 2px solid {p.border};
    border-radius: 14px; }}
QFrame[role="card"] QLabel {{ border: none; background: transparent; }}
QLabel[role="thumbnail"] {{ border: 1px solid {p.border}; background: {p.window}; }}
QPushButton[role="danger"] {{ background: {DANGER}; border-color: {danger_edge};
    color: {ON_DANGER}; }}
"""


# Above this text scale, side-by-side columns are put one above the other.
STACK_ABOVE_SCALE = 1.5
# A red for answers that cannot be undone (erase): white words on it at 7:1 and more.
DANGER = "#9b1010"


def facilitator_style(widget: QWidget) -> None:
    """The facilitator style at the current look."""
    widget.setStyleSheet(facilitator_sheet(current()))


class Page(QWidget):
    """A facilitator screen: "Back" and a title on top, the content below."""

    back_requested = Signal()

    def __init__(self, name: str, title: str, scrolls: bool = False) -> None:
        """``scrolls``: the content moves by finger when it is taller than the screen
        (for pages without a list or a table that scrolls by itself)."""
        super().__init__()
        self.setObjectName(f"screen.{name}")
        facilitator_style(self)
        outer = QVBoxLayout(self)
        self._outer = outer
        self._fit_margins()
        self.top = QHBoxLayout()  # "Back" and the title
        self.top.setSpacing(16)
        self.back_button = button(_("Back"), "mdi6.arrow-left", name=f"{name}.back")
        self.back_button.clicked.connect(self.back_requested)
        self.top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        self.title = label(title, "title")
        self.top.addWidget(self.title, 1, Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addLayout(self.top, 1)
        # The facilitator's own text size and colours ("Aa"), as on every learner's screen.
        self.display_button = display_button(name)
        header.addWidget(self.display_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)
        # The page's own actions, on a line of their own under the title, on the right: they
        # wrap onto more lines at big text sizes rather than being squeezed and cut.
        self.page_actions = FlowLayout(spacing=16, align_right=True)
        outer.addLayout(self.page_actions)
        self.banner = Banner()
        self.banner.setObjectName(f"{name}.banner")
        outer.addWidget(self.banner)
        if scrolls:
            area, self.body = scroll_column(spacing=12, end_stretch=False)
            area.setObjectName(f"{name}.scroll")
            outer.addWidget(area, 1)
        else:
            self.body = QVBoxLayout()
            self.body.setSpacing(12)
            outer.addLayout(self.body, 1)
        notifier().changed.connect(self._on_display_changed)

    def _on_display_changed(self) -> None:
        facilitator_style(self)
        self._fit_margins()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_margins()

    def _fit_margins(self) -> None:
        """From 150 % on a short or narrow window, the page's margins and gaps give their
        room to the content: at 200 % on 1024x768 a list's row (a name over two lines)
        was taller than the list left under the title and the page's buttons."""
        small = self.height() < SHORT_WINDOW_PX or self.width() < NARROW_WINDOW_PX
        tight = small and current().sizes.scale >= 1.5
        self._outer.setContentsMargins(28, 8 if tight else 18, 28, 8 if tight else 18)
        self._outer.setSpacing(6 if tight else 14)

    def add_action(
        self,
        text: str,
        icon: str,
        name: str,
        does: Callable[[], object] | SignalInstance,
        role: str | None = None,
    ) -> QPushButton:
        """A button among the page's actions (``role``: "primary" for the main one) that
        ``does`` what it says when pressed."""
        action = button(text, icon, role, name=name)
        action.clicked.connect(does)
        self.page_actions.add(action)
        return action


def scroll_column(spacing: int = 10, end_stretch: bool = True) -> tuple[QScrollArea, QVBoxLayout]:
    """A finger-scrollable column (rows are added to the returned layout: with
    ``end_stretch``, by :func:`add_row`, before the stretch that keeps them at the top)."""
    from tutor.ui.widgets import finger_scroll

    area = QScrollArea()
    finger_scroll(area)
    inner = QWidget()
    inner.setObjectName("scroll_inner")
    column = QVBoxLayout(inner)
    column.setContentsMargins(4, 4, 4, 4)
    column.setSpacing(spacing)
    if end_stretch:
        column.addStretch(1)
    area.setWidget(inner)
    return area, column


def clear_layout(layout: QVBoxLayout | QHBoxLayout, keep_last_stretch: bool = True) -> None:
    """Remove every row (widgets are deleted), keeping the final stretch if asked."""
    keep = 1 if keep_last_stretch else 0
    while layout.count() > keep:
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            # Re-parenting to None costs milliseconds per widget in a big window; hidden,
            # nameless and deleted at the next turn of the event loop is enough.
            widget.hide()
            widget.setObjectName("")
            for child in widget.findChildren(QWidget):
                child.setObjectName("")
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout(), keep_last_stretch=False)  # type: ignore[arg-type]


def add_row(column: QVBoxLayout, widget: QWidget) -> None:
    """Insert before the final stretch of a ``scroll_column``."""
    column.insertWidget(column.count() - 1, widget)


def flow_row(*widgets: QWidget, spacing: int = 14, align_right: bool = False) -> FlowLayout:
    """Widgets side by side that wrap onto the next line when the text grows too big."""
    row = FlowLayout(spacing=spacing, align_right=align_right)
    for widget in widgets:
        row.add(widget)
    return row


class LessonChecklist(QWidget):
    """Lessons to tick, under their module's title: two columns at 100 %, one when the text
    is bigger (a lesson's title never wraps in a check box, so it must have the room)."""

    def __init__(self, name_prefix: str) -> None:
        super().__init__()
        self._prefix = name_prefix
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._groups: list[tuple[QWidget, list[QCheckBox]]] = []
        self.boxes: dict[str, QCheckBox] = {}
        notifier().changed.connect(self._place)

    def show_lessons(
        self, modules: list[tuple[str, list[tuple[str, str]]]], ticked: list[str] | tuple[str, ...]
    ) -> dict[str, QCheckBox]:
        """``modules``: (module title, [(lesson id, lesson title)]); returns the boxes."""
        for heading, boxes in self._groups:
            for widget in (heading, *boxes):
                widget.hide()
                widget.deleteLater()
        self._groups, self.boxes = [], {}
        for module_title, lessons in modules:
            boxes = []
            for lesson_id, lesson_title in lessons:
                box = QCheckBox(lesson_title)
                box.setObjectName(f"{self._prefix}.{lesson_id}")
                box.setChecked(lesson_id in ticked)
                boxes.append(box)
                self.boxes[lesson_id] = box
            self._groups.append((label(module_title, "heading"), boxes))
        self._place()
        return self.boxes

    def _place(self) -> None:
        columns = 1 if current().sizes.scale > 1 else 2
        while self._grid.count():
            self._grid.takeAt(0)
        row = 0
        for heading, boxes in self._groups:
            self._grid.addWidget(heading, row, 0, 1, columns)
            row += 1
            for index, box in enumerate(boxes):
                self._grid.addWidget(box, row + index // columns, index % columns)
            row += (len(boxes) + columns - 1) // columns


class ReflowColumns(QBoxLayout):
    """Two columns side by side, one above the other at the biggest text size."""

    def __init__(self, spacing: int = 32) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight)
        self.setSpacing(spacing)
        self._fit()
        notifier().changed.connect(self._fit)

    def _fit(self) -> None:
        stacked = current().sizes.scale > STACK_ABOVE_SCALE
        self.setDirection(
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )


class BigCombo(QComboBox):
    """A list to choose from, with a big arrow that says so (the style's own is tiny)."""

    def paintEvent(self, event):
        super().paintEvent(event)
        arrow = icon("mdi6.menu-down", current().palette.text).pixmap(56)
        painter = QPainter(self)
        painter.drawPixmap(self.width() - 58, (self.height() - 56) // 2, arrow)
        painter.end()


def combo(name: str, spoken: str) -> QComboBox:
    """A list to choose from; ``spoken``: what a screen reader says it is for."""
    box = BigCombo()
    box.setObjectName(name)
    box.setAccessibleName(spoken)
    box.setMinimumHeight(MIN_TARGET_PX)
    box.setMinimumContentsLength(14)
    # As wide as 14 letters, not as the longest choice: a long workshop name at 200 % made
    # the page wider than a 1024-pixel screen (the open list still shows it whole).
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return box


def choose_workshop(box: QComboBox, workshops: list[tuple[str, str]], current: str) -> None:
    """``box`` offers "Everyone" then each workshop ``(id, words)``, ``current`` chosen
    (everyone when it is not there any more)."""
    box.clear()
    box.addItem(_("Everyone"), "")
    for workshop_id, text in workshops:
        box.addItem(text, workshop_id)
    box.setCurrentIndex(max(0, box.findData(current)))


def labelled(text: str, field: QWidget, role: str | None = "heading") -> QWidget:
    """A field with its label before it, kept together on one line (e.g. in page actions)."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(12)
    row.addWidget(label(text, role, wrap=False))
    row.addWidget(field, 1)
    return pair


def labelled_field(text: str, field: QWidget) -> QWidget:
    """A field with its plain label before it (forms)."""
    return labelled(text, field, None)


def choice(text: str, name: str) -> QPushButton:
    """A checkable choice button (one of a group), clearly marked when chosen."""
    widget = button(text, name=name)
    widget.setCheckable(True)
    # Chosen: as big as when not (the thicker border is inside); see facilitator_sheet.
    widget.setProperty("choice", True)
    return widget


class FaceToggle(QAbstractButton):
    """A learner's face that can be ticked (attendance): a check mark and the word
    "Present" show the choice, not colour alone. Drawn in the facilitator's own look: its
    colours and its text size."""

    def __init__(self, first_name: str, avatar: str, colour: str) -> None:
        super().__init__()
        self.setCheckable(True)
        self.setText(first_name)
        self.setAccessibleName(first_name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._avatar_name, self._colour = avatar, colour
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._fit()
        notifier().changed.connect(self._fit)

    def _fit(self) -> None:
        px = current().sizes.px
        self._avatar = avatar_pixmap(self._avatar_name, self._colour, px(72))
        self._check = icon("mdi6.check-circle", current().palette.praise_text).pixmap(px(40))
        self.setFixedSize(QSize(px(180), px(176)))
        self.update()

    def paintEvent(self, event):
        colours, px = current().palette, current().sizes.px
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self.rect().adjusted(3, 3, -3, -3)
        checked = self.isChecked()
        painter.setBrush(QColor(colours.praise_bg if checked else colours.surface))
        edge = colours.praise_text if checked else colours.border
        painter.setPen(QPen(QColor(edge), 6 if checked else 2))
        painter.drawRoundedRect(box, 16, 16)
        painter.drawPixmap((self.width() - self._avatar.width()) // 2, px(12), self._avatar)
        if checked:
            painter.drawPixmap(box.right() - px(46), box.top() + px(6), self._check)
        painter.setPen(QColor(colours.text))
        font = QFont(self.font())
        font.setPixelSize(px(22))  # as big as any text of the facilitator space
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(
            QRect(px(8), px(88), self.width() - px(16), px(44)),
            Qt.AlignmentFlag.AlignCenter,
            self.text(),
        )
        font.setBold(False)
        painter.setFont(font)
        status = _("Present") if checked else _("Not ticked")
        painter.drawText(
            QRect(px(8), px(132), self.width() - px(16), px(34)),
            Qt.AlignmentFlag.AlignCenter,
            status,
        )


class ConfirmScreen(Page):
    """An in-window confirmation: what will happen, in words, and two big answers."""

    confirmed = Signal()

    def __init__(self) -> None:
        super().__init__("confirm", "", scrolls=True)
        self.text = label("", "instruction")
        self.text.setObjectName("confirm.text")
        self.body.addWidget(self.text)
        self.details = label("")
        self.details.setObjectName("confirm.details")
        self.body.addWidget(self.details)
        self.body.addStretch(1)
        self.no_button = button("", "mdi6.close", name="confirm.no")
        self.no_button.setMinimumHeight(80)
        self.no_button.clicked.connect(self.back_requested)
        self.yes_button = button("", "mdi6.check", "primary", name="confirm.yes")
        self.yes_button.setMinimumHeight(80)
        self.yes_button.clicked.connect(self.confirmed)
        self.body.addLayout(flow_row(self.no_button, self.yes_button, spacing=24))

    def ask(self, title: str, text: str, details: str, yes: str, no: str, danger: bool) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.details.setText(details)
        self.details.setVisible(bool(details))
        self.yes_button.setText(yes)
        self.yes_button.setAccessibleName(yes)
        self.no_button.setText(no)
        self.no_button.setAccessibleName(no)
        set_role(self.yes_button, "danger" if danger else "primary")
        self.yes_button.style().unpolish(self.yes_button)
        self.yes_button.style().polish(self.yes_button)
        # the icon in the colour of the words (white on the red of what cannot be undone)
        self.yes_button.setIcon(icon("mdi6.check", icon_colour(self.yes_button)))

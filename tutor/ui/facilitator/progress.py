"""Progress: learners x modules (sortable, filtered by workshop), and one learner's page."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QScroller,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
)

from tutor.i18n import N_, _, ngettext
from tutor.storage.progress import DONE_ALONE, DONE_ALONE_WITH_HELP
from tutor.ui.display import current, notifier
from tutor.ui.facilitator.common import (
    Page,
    choose_workshop,
    combo,
    labelled,
)
from tutor.ui.theme import picture_ink
from tutor.ui.widgets import avatar_pixmap, icon, label

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size
# Under the table (biggest text), the notes written keep to this height: the table is the page.
NOTES_LIST_HEIGHT_STACKED = 150  # design pixels: two notes or so

# status -> (words, icon, colour, rank for sorting: most advanced first when descending)
STATUSES = {
    "done": (N_("Done"), "mdi6.check-circle", "#1b5e20", 2),
    "in_progress": (N_("In progress"), "mdi6.progress-clock", "#b33c00", 1),
    "not_started": (N_("Not started"), "mdi6.circle-outline", "#5a5a5a", 0),
}
CONFIDENCE = {
    1: ("mdi6.emoticon-confused-outline", N_("Not yet at ease"), "#8e244d"),
    2: ("mdi6.emoticon-neutral-outline", N_("It's going well"), "#b33c00"),
    3: ("mdi6.emoticon-happy-outline", N_("At ease"), "#1b5e20"),
}
# "Your turn, on your own": the lesson done again with no instructions (the learner's button
# has the same picture). Its own mark, apart from the guided run's status.
ALONE_ICON, ALONE_COLOUR = "mdi6.account-check", "#0b4a85"
# On the learner's page, a picture each (words in its tooltip and for screen readers, as
# the feelings): "Help" has the lifebuoy on the learner's screen too.
DONE_ALONE_MARKS = {
    DONE_ALONE: (ALONE_ICON, N_("Done alone"), ALONE_COLOUR),
    DONE_ALONE_WITH_HELP: ("mdi6.lifebuoy", N_("Done with help"), "#b33c00"),
}
# The icons' colours above are dark, for light backgrounds; in strong contrast (black
# backgrounds) each takes its light counterpart (``theme.HIGH_CONTRAST_INK``, 10:1 on black).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class SortItem(QTableWidgetItem):
    """Sorted by its sort key (status rank, name), not by the words shown."""

    def __lt__(self, other):
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return bool(mine < theirs)


def ink(colour: str) -> str:
    """An icon's colour in the current theme (see ``theme.picture_ink``)."""
    return picture_ink(colour, current().theme)


# The most help a step needed (core.engine.HelpLevel), as a picture and in words. The hand:
# the app did the step itself ("Show me"), which the learner has not done.
HELP_LEVEL_MARKS = {
    1: ("mdi6.lightbulb-outline", N_("a hint")),
    2: ("mdi6.target", N_("the target circled")),
    3: ("mdi6.hand-pointing-up", N_("“Show me” offered")),
}
HELP_COLOUR = "#b33c00"


def help_detail(top_help: int, shown: int) -> str:
    """How much help was needed, in words: the steps the app did itself if any (what a
    facilitator most needs to know), else the most help given."""
    if shown:
        return ngettext(
            "{count} step done by the app", "{count} steps done by the app", shown
        ).format(count=shown)
    words = HELP_LEVEL_MARKS.get(top_help, HELP_LEVEL_MARKS[1])[1]
    return _("most help: {level}").format(level=_(words))


def help_icon(top_help: int, shown: int) -> QIcon:
    """The picture of the most help needed (the hand when the app did a step)."""
    level = 3 if shown else max(1, min(top_help, 3))
    return icon(HELP_LEVEL_MARKS[level][0], ink(HELP_COLOUR))


def status_item(status: str) -> SortItem:
    words, icon_name, colour, rank = STATUSES.get(status, STATUSES["not_started"])
    item = SortItem(icon(icon_name, ink(colour)), _(words))
    item.setData(SORT_ROLE, rank)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


def alone_item(done_alone: str) -> QTableWidgetItem:
    """A lesson's "on your own" result: its picture, saying "Done alone" or "Done with help"."""
    mark = DONE_ALONE_MARKS.get(done_alone)
    if mark is None:
        return QTableWidgetItem("")
    icon_name, words, colour = mark
    item = QTableWidgetItem(icon(icon_name, ink(colour)), "")
    item.setToolTip(_(words))
    item.setData(Qt.ItemDataRole.AccessibleTextRole, _(words))
    return item


def two_lines(title: str, longest: int = 14) -> str:
    """A column title longer than ``longest`` broken at the space nearest its middle."""
    spaces = [i for i, char in enumerate(title) if char == " "]
    if len(title) <= longest or not spaces:
        return title
    middle = min(spaces, key=lambda i: abs(i - len(title) / 2))
    return f"{title[:middle]}\n{title[middle + 1 :]}"


def big_table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(56)
    table.setIconSize(QSize(30, 30))
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setMinimumHeight(56)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    from PySide6.QtWidgets import QScroller

    QScroller.grabGesture(table.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return table


@dataclass(frozen=True)
class ProgressRow:
    learner_id: str
    first_name: str
    avatar: str
    colour: str
    modules: dict[str, str]
    alone: int = 0  # lessons done on one's own without help
    alone_helped: int = 0  # lessons done on one's own only with help
    done_counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # module -> (done, of)


def module_cell_words(status: str, counts: tuple[int, int] | None) -> str:
    """A module's cell in words, for screen readers: "In progress: 1 of 4 lessons done"."""
    if counts is None:
        return status
    done, total = counts
    return ngettext(
        "{status}: {done} of {total} lessons done", "{status}: {done} of {total} lessons done", done
    ).format(status=status, done=done, total=total)


def alone_words(alone: int, helped: int) -> str:
    """The progress table's "Done alone" cell: how many lessons, and how many with help."""
    if not alone and not helped:
        return ""
    if not helped:
        return str(alone)
    return _("{alone} (+{helped} with help)").format(alone=alone, helped=helped)


_ROOT = QModelIndex()


class ProgressModel(QAbstractTableModel):
    """Learners x modules, painted on demand: 10,000 learners open as fast as 10."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._modules: list[tuple[str, str]] = []
        self._rows: list[ProgressRow] = []
        self._avatars: dict[tuple[str, str, str], QIcon] = {}
        self._status_icons: dict[str, QIcon] = {}
        self._alone_icon: QIcon | None = None

    def set_rows(self, modules: list[tuple[str, str]], rows: list[ProgressRow]) -> None:
        self.beginResetModel()
        self._modules = modules
        self._rows = sorted(rows, key=lambda row: row.first_name.casefold())
        self.endResetModel()

    def restyle(self) -> None:
        """Icons in the colours of the look just chosen (the rows stay as they are)."""
        self._status_icons.clear()
        self._alone_icon = None
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._modules) + 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 2 + len(self._modules)  # person, modules, alone

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return _("Person")
        if section > len(self._modules):
            return two_lines(_("Done alone"))
        return two_lines(self._modules[section - 1][1])

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if index.column() == 0:
            return self._person_data(row, role)
        if index.column() > len(self._modules):
            return self._alone_data(row, role)
        module = self._modules[index.column() - 1][0]
        status = row.modules.get(module, "not_started")
        words, icon_name, colour, rank = STATUSES.get(status, STATUSES["not_started"])
        counts = row.done_counts.get(module)
        if role == Qt.ItemDataRole.DisplayRole:
            # The count says it all ("0/10", "3/10", "10/10") beside the status's picture,
            # and stays whole in a narrow column, where the status's words were cut short.
            return f"{counts[0]}/{counts[1]}" if counts else _(words)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return module_cell_words(_(words), counts)
        if role == Qt.ItemDataRole.DecorationRole:
            if status not in self._status_icons:
                self._status_icons[status] = icon(icon_name, ink(colour))
            return self._status_icons[status]
        if role == SORT_ROLE:
            return rank
        return None

    def _alone_data(self, row: ProgressRow, role: int):
        """Lessons done on one's own ("Your turn, on your own"): a mark of their own."""
        if role == Qt.ItemDataRole.DisplayRole:
            return alone_words(row.alone, row.alone_helped)
        if role == Qt.ItemDataRole.DecorationRole and (row.alone or row.alone_helped):
            if self._alone_icon is None:
                self._alone_icon = icon(ALONE_ICON, ink(ALONE_COLOUR))
            return self._alone_icon
        if role == Qt.ItemDataRole.ToolTipRole and (row.alone or row.alone_helped):
            return _("Lessons done alone: {alone} without help, {helped} with help.").format(
                alone=row.alone, helped=row.alone_helped
            )
        if role == SORT_ROLE:
            return (row.alone, row.alone_helped)
        return None

    def _person_data(self, row: ProgressRow, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return row.first_name
        if role == Qt.ItemDataRole.DecorationRole:
            key = (row.avatar, row.colour, current().theme)  # light discs in strong contrast
            if key not in self._avatars:
                self._avatars[key] = QIcon(avatar_pixmap(row.avatar, row.colour, 40))
            return self._avatars[key]
        if role == SORT_ROLE:
            return row.first_name.casefold()
        if role == ID_ROLE:
            return row.learner_id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        def key(row: ProgressRow) -> tuple:
            if column == 0:
                return (row.first_name.casefold(),)
            if column > len(self._modules):
                return (row.alone, row.alone_helped, row.first_name.casefold())
            status = row.modules.get(self._modules[column - 1][0], "not_started")
            return (STATUSES.get(status, STATUSES["not_started"])[3], row.first_name.casefold())

        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def progress_view(model: ProgressModel) -> QTableView:
    """The table of the progress screen: big rows, sortable, finger scrolling."""
    table = QTableView()
    table.setObjectName("fac_progress.table")
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setWordWrap(False)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    QScroller.grabGesture(table.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    fit_table_to_display(table)
    return table


def fit_table_to_display(table: QTableView) -> None:
    """Rows, pictures and headers grow with the facilitator's text size. At 100 % the
    columns share the width; bigger, each column is as wide as its words and the table
    moves sideways by finger, rather than cutting the words short."""
    scale = current().sizes.scale
    table.verticalHeader().setDefaultSectionSize(round(56 * scale))
    table.setIconSize(QSize(round(30 * scale), round(30 * scale)))
    header = table.horizontalHeader()
    header.setMinimumHeight(round(84 * scale))
    mode = QHeaderView.ResizeMode.Stretch if scale <= 1 else QHeaderView.ResizeMode.ResizeToContents
    header.setSectionResizeMode(mode)


class ProgressScreen(Page):
    learner_chosen = Signal(str)
    workshop_chosen = Signal(str)  # "" for everyone

    def __init__(self) -> None:
        super().__init__("fac_progress", _("Progress"))
        self.workshop = combo("fac_progress.workshop", _("Workshop"))
        self.workshop.setMinimumWidth(360)
        self.workshop.activated.connect(self._on_workshop_activated)
        self.page_actions.add(labelled(_("Workshop:"), self.workshop))
        self.body.addWidget(
            label(_("Tap a column title to sort, tap a person to see their page."), "muted")
        )
        self.model = ProgressModel(self)
        self.table = progress_view(self.model)
        self.table.clicked.connect(self._on_table_clicked)
        notifier().changed.connect(self._fit_table)
        self.body.addWidget(self.table, 1)
        self.empty = label(_("Nobody to show."), "instruction")
        self.empty.hide()
        self.body.addWidget(self.empty)

    def _fit_table(self) -> None:
        fit_table_to_display(self.table)
        self._fit_alone_column()
        self.model.restyle()

    def _fit_alone_column(self) -> None:
        """ "Done alone" as wide as its words (the modules share the rest at 100 %)."""
        last = self.model.columnCount() - 1
        if last > 0:
            self.table.horizontalHeader().setSectionResizeMode(
                last, QHeaderView.ResizeMode.ResizeToContents
            )

    def set_workshops(self, workshops: list[tuple[str, str]], current: str) -> None:
        choose_workshop(self.workshop, workshops, current)

    def _on_workshop_activated(self, index: int) -> None:
        self.workshop_chosen.emit(str(self.workshop.itemData(index) or ""))

    def set_rows(self, modules: list[tuple[str, str]], rows: list[ProgressRow]) -> None:
        """``modules``: (id, title) columns, after the person's name."""
        self.model.set_rows(modules, rows)
        self._fit_alone_column()
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.empty.setVisible(not rows)

    def column_texts(self, column: int) -> list[str]:
        model = self.model
        return [str(model.index(r, column).data()) for r in range(model.rowCount())]

    def _on_table_clicked(self, index: QModelIndex) -> None:
        learner_id = self.model.index(index.row(), 0).data(ID_ROLE)
        if learner_id:
            self.learner_chosen.emit(str(learner_id))

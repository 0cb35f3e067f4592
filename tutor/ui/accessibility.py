"""What screen readers (Orca, NVDA, VoiceOver) are told about the app beyond Qt's defaults.

Qt exposes a checkable ``QPushButton`` as a toggle button and a ``QLabel`` as plain text,
whatever it stands for. Two kinds of widgets are told apart here, through an accessibility
factory (``QAccessible.installFactory``) that gives them an interface of their own:

- a checkable button in an exclusive ``QButtonGroup`` (text size, theme, language, picture,
  colour...; or marked by :func:`mark_choice`, as the feelings) is one choice among several:
  a *radio button*, with its checked state and a "Press" action, so that a screen reader
  says "Vélo, bouton radio, coché";
- a label tagged as a title or a heading (``role`` property ``"title"`` or ``"heading"``, as
  :func:`tutor.ui.widgets.label` sets it, or marked by :func:`mark_heading`) is a *heading*,
  which screen readers list and jump to.

Why a small interface for headings rather than an accessible description or attribute:
PySide6 6.9 to 6.11 has ``QAccessible.Role.Heading``, which Qt's AT-SPI bridge reports as
``ROLE_HEADING``, but a ``QLabel`` cannot be given a role: Qt's own interface for it
(``QAccessibleDisplay``) always answers "label". An accessible description ("heading") would
be read out as words after every title and would not let a reader jump from heading to
heading; the ``Level`` attribute (Qt 6.8, ``QAccessibleAttributesInterface``) gives a heading
its level but does not make a label one. So the label keeps its look and its text, and only
the role it reports changes.

:func:`announce` makes a screen reader say a short sentence at once (the answer to a tap on
the wrong place, a hint), with Qt's announcement event (Qt 6.8, ``QAccessibleAnnouncementEvent``,
an AT-SPI ``Announcement`` signal; PySide6 6.9 and later all have it).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAccessibleWidget,
    QApplication,
    QLabel,
    QPushButton,
    QWidget,
)
from shiboken6 import Shiboken

HEADING_ROLES = frozenset({"title", "heading"})
"""The ``role`` properties (style sheet tags) of labels that head a screen or a part of it."""
_OWN_ROLES = (QAccessible.Role.RadioButton, QAccessible.Role.Heading)
_installed = False


def plain(text: str) -> str:
    """``text`` without the markup a rich-text label may hold (highlighting, bold), for a name
    a screen reader reads: it would otherwise spell out "<span style=...>"."""
    if "<" not in text:
        return text
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(text).toPlainText()


class _Told(QAccessibleWidget):
    """A widget with a role of its own, named by its accessible name or its shown text."""

    def __init__(self, widget: QAbstractButton | QLabel, role: QAccessible.Role) -> None:
        super().__init__(widget, role)
        self._shown = widget

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._shown.accessibleName() or plain(self._shown.text())
        return super().text(kind)


class _ChoiceButton(_Told):
    """A button that is one choice of a choose-one group, as a radio button."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button, QAccessible.Role.RadioButton)
        self._button = button

    def state(self) -> QAccessible.State:
        state = super().state()
        state.checkable = True
        state.checked = self._button.isChecked()
        return state

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            if self._button.isEnabled():
                self._button.click()
        else:
            super().doAction(name)


def is_choice(widget: QObject) -> bool:
    """Whether ``widget`` is one choice of a choose-one group (an exclusive button group,
    or marked by :func:`mark_choice`)."""
    if not isinstance(widget, QAbstractButton) or not widget.isCheckable():
        return False
    if widget.property("one_of") is True:
        return True
    group = widget.group()
    return group is not None and group.exclusive()


def mark_choice(button: QAbstractButton) -> QAbstractButton:
    """``button`` told to screen readers as one choice of several (a radio button) when the
    screen keeps the choice to one itself, without an exclusive ``QButtonGroup`` (which
    could not go back to none chosen)."""
    button.setProperty("one_of", True)
    return button


def is_heading(widget: QObject) -> bool:
    return isinstance(widget, QLabel) and (
        widget.property("role") in HEADING_ROLES or widget.property("heading") is True
    )


def mark_heading(widget: QLabel) -> QLabel:
    """``widget`` told to screen readers as a heading, whatever its look (its ``role``)."""
    widget.setProperty("heading", True)
    return widget


def _factory(_class_name: str, widget: QObject) -> QAccessibleInterface | None:
    if is_choice(widget):
        assert isinstance(widget, QAbstractButton)
        return _ChoiceButton(widget)
    if is_heading(widget):
        assert isinstance(widget, QLabel)
        return _Told(widget, QAccessible.Role.Heading)  # its text stays the label's
    if isinstance(widget, QPushButton | QLabel):
        # While a screen reader listens, Qt makes a widget's interface as soon as it is
        # named (``setText``, ``setAccessibleName`` in its first lines), before the screen
        # puts it in its group or tags it: it is looked at again once built.
        if not _unsure:
            QTimer.singleShot(0, _look_again)
        _unsure.append(widget)
    return None


_unsure: list[QObject] = []
"""Buttons and labels given Qt's own interface while they were being built."""


def _look_again() -> None:
    """Those of :data:`_unsure` that turned out choices or headings get theirs: Qt's interface
    is dropped (the next question makes one through the factory) and the change announced."""
    widgets = list(_unsure)
    _unsure.clear()
    for widget in widgets:
        if not Shiboken.isValid(widget) or not (is_choice(widget) or is_heading(widget)):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or interface.role() in _OWN_ROLES:
            continue
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.ObjectCreated))


def install() -> None:
    """Tell screen readers about choices and headings (once; widgets built before are looked
    at again, as the sign-in screen painted before the rest of the app is loaded)."""
    global _installed
    if _installed:
        return
    QAccessible.installFactory(_factory)
    _installed = True
    _unsure.extend(
        widget for widget in QApplication.allWidgets() if isinstance(widget, QPushButton | QLabel)
    )
    _look_again()


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` now, on behalf of ``widget`` (a visible one)."""
    if not text or not QAccessible.isActive():
        return
    from PySide6.QtGui import QAccessibleAnnouncementEvent

    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, plain(text)))

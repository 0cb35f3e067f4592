"""The system's own dialogs (files, printer, a notice): in the facilitator's language, opening
where people keep their documents.

Qt writes these dialogs' words itself ("Look in", "Cancel"), from its own translations: they
are loaded for the language in use just before a dialog opens (it takes ~20 ms, kept off
the start-up). The native dialog is used where the system has one (Windows, macOS, a Linux
desktop with a portal); elsewhere Qt's own, in the same language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from tutor.i18n import N_, _, current_language

_loaded: dict[str, QTranslator | None] = {}
_installed: list[QTranslator] = []

# Words of Qt's file dialog that Qt's own French lacks (its labels gained an "&" that the
# translation does not have, in Qt 6.11): translated in this program's catalogue.
_MISSING_IN_QT = {("QFileDialog", N_("&Look in:")), ("QFileDialog", N_("Files of &type:"))}


class _MissingQtWords(QTranslator):
    """Answers only for ``_MISSING_IN_QT``; for any other text, Qt asks its own translation."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if (context, source) in _MISSING_IN_QT:
            return _(source)
        return None  # (a null text: Qt then asks the next translation)


def use_qt_words(language: str | None = None) -> None:
    """Qt's own words (and its dates and numbers) in ``language`` (the one in use by
    default). English needs none: it is what Qt is written in."""
    language = language or current_language()
    app = QCoreApplication.instance()
    if app is None:
        return
    QLocale.setDefault(QLocale(language))
    if language not in _loaded:
        translator: QTranslator | None = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator is None or not translator.load(QLocale(language), "qtbase", "_", folder):
            translator = None  # (English, or a build without Qt's translations)
        _loaded[language] = translator
    wanted = _loaded[language]
    if _installed and _installed[0] is wanted:
        return
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if wanted is not None:
        app.installTranslator(wanted)
        _installed.append(wanted)
        missing = _MissingQtWords(app)  # installed last, so asked first
        app.installTranslator(missing)
        _installed.append(missing)


def documents_folder() -> Path:
    """Where a file is first offered: the person's Documents folder (home if there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    """``suggested``: the file name offered, in the Documents folder."""
    use_qt_words()
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(documents_folder() / suggested), filters
    )
    return Path(path) if path else None


def ask_open_path(parent: QWidget, title: str, filters: str) -> Path | None:
    use_qt_words()
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(documents_folder()), filters)
    return Path(path) if path else None


def ask_open_paths(parent: QWidget, title: str, filters: str) -> list[Path]:
    use_qt_words()
    paths, _filter = QFileDialog.getOpenFileNames(parent, title, str(documents_folder()), filters)
    return [Path(path) for path in paths]


def ask_printer(parent: QWidget, printer: Any) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog

    use_qt_words()
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def show_notice(parent: QWidget, title: str, text: str) -> None:
    """A notice with one button, whose word ("OK") is Qt's."""
    use_qt_words()
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.exec()

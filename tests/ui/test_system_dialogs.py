"""The system's own dialogs speak the facilitator's language and open in Documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLabel, QLineEdit, QWidget

from tutor.i18n import set_language
from tutor.ui import system_dialogs


@pytest.fixture
def home_with_documents(tmp_path, monkeypatch) -> Path:
    """A person's home whose Documents folder is named as desktops name it."""
    documents = tmp_path / "Documents"
    documents.mkdir()
    config = tmp_path / ".config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/Documents"\n')
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return documents


@pytest.fixture(autouse=True)
def _french_afterwards():
    yield
    set_language("fr")
    system_dialogs.use_qt_words("fr")


def test_qt_words_follow_the_language_in_use(qapp):
    system_dialogs.use_qt_words("fr")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Voir dans\u00a0:"
    system_dialogs.use_qt_words("en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    system_dialogs.use_qt_words("fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def _answer_the_dialog(seen: dict) -> None:
    """What a person sees in the save dialog, then "Cancel"."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QFileDialog):
        QTimer.singleShot(20, lambda: _answer_the_dialog(seen))
        return
    seen["labels"] = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    seen["name"] = dialog.findChild(QLineEdit, "fileNameEdit").text()
    seen["folder"] = dialog.directory().absolutePath()
    seen["look_in"] = dialog.findChild(QComboBox, "lookInCombo").currentText()
    dialog.reject()


def test_the_save_dialog_is_french_in_documents_with_a_suggested_name(qapp, home_with_documents):
    set_language("fr")
    seen: dict = {}
    QTimer.singleShot(0, lambda: _answer_the_dialog(seen))
    parent = QWidget()
    chosen = system_dialogs.ask_save_path(
        parent, "Enregistrer le suivi", "suivi-2026-12-04.csv", "Tableur (*.csv)"
    )
    assert chosen is None  # cancelled
    assert "&Voir dans\u00a0:" in seen["labels"]
    assert "&Nom de fichier\u00a0:" in seen["labels"]
    assert "Fichiers de &type\u00a0:" in seen["labels"]
    assert seen["name"] == "suivi-2026-12-04.csv"
    assert Path(seen["folder"]) == home_with_documents
    assert seen["look_in"]  # the "Look in" box names the folder


def test_without_documents_the_home_folder_is_offered(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "none"))
    assert system_dialogs.documents_folder() == tmp_path

"""Problems for the facilitator (a broken lesson file, a damaged database) are told on the
sign-in screen's discreet note, never in a learner's way; the other lessons still work."""

from __future__ import annotations

import shutil

from tests.conftest import LESSONS
from tests.ui.driver import click


def test_broken_lesson_is_skipped_and_the_facilitator_is_told(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tutor.app import build_services, build_window, create_qt_application

    lessons = tmp_path / "lessons"
    shutil.copytree(LESSONS / "tablet", lessons / "tablet")
    (lessons / "tablet" / "broken.yaml").write_text(
        "id: broken\nmodule: tablet\n  title: x\n", encoding="utf-8"
    )
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "progress.db").write_bytes(b"not a database at all" * 100)
    create_qt_application([])
    services = build_services(tmp_path / "data", [lessons])
    window, controller = build_window(services)
    qtbot.addWidget(window)
    window.show()
    good = len(list((LESSONS / "tablet").glob("*.yaml"))) - len(
        list((LESSONS / "tablet").glob("*.*.yaml"))
    )
    assert len(services.catalogue.lessons) == good  # the good ones still load
    assert window.sign_in.notices_button.isVisible()
    notes = "\n".join(controller.notices)
    assert "broken.yaml:3" in notes
    assert "damaged" in notes or "endommagé" in notes
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    click(qtbot, window.sign_in.notices_button)
    assert shown and "broken.yaml:3" in shown[0]
    # A learner's screens never carry it.
    click(qtbot, window.sign_in.findChild(object, "signin.new"))
    assert not any(
        "broken.yaml" in label.text()
        for label in window.new_learner.findChildren(type(window.player.counter))
    )
    services.store.close()


def test_data_folder_comes_from_the_option_or_the_environment(tmp_path, monkeypatch):
    from tutor.paths import data_dir

    monkeypatch.setenv("TUTOR_DATA_DIR", str(tmp_path / "from-env"))
    assert data_dir() == tmp_path / "from-env" and (tmp_path / "from-env").is_dir()
    assert data_dir(str(tmp_path / "from-option")) == tmp_path / "from-option"

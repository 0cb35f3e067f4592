"""Exports and backup through the screens; the file chooser answers in the person's place."""

from __future__ import annotations

import csv

from tests.ui.driver import click
from tests.ui.facilitator.helpers import enter_space, open_tile, pick
from tutor.storage.demo import make_demo_data


def choose(path):
    """The person picks ``path`` in the file dialog."""
    return lambda _parent, _title, *_rest: path


def wait_done(qtbot, screen, path) -> None:
    bar = screen.progress
    qtbot.waitUntil(lambda: path.exists() and bar.maximum() > 0 and bar.value() == bar.maximum(),
                    timeout=30000)  # fmt: skip
    qtbot.waitUntil(lambda: screen.backup_button.isEnabled() if hasattr(screen, "backup_button")
                    else screen.csv_button.isEnabled(), timeout=10000)  # fmt: skip


def test_csv_pdf_and_attestation_are_written_with_a_progress_bar(qtbot, app_parts, tmp_path):
    window, controller, services = app_parts
    make_demo_data(services.store, services.catalogue, learners=8, seed=2)
    documents = controller.facilitator.documents
    screen = window.facilitator.exports
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "exports")
    assert window.current_screen() is screen

    out = tmp_path / "out"
    out.mkdir()
    everyone = out / "tous.csv"
    documents.choose_save_path = choose(everyone)
    click(qtbot, screen.findChild(object, "fac_exports.separator.comma"))
    click(qtbot, screen.csv_button)
    wait_done(qtbot, screen, everyone)
    text = everyone.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=","))
    assert rows[0][:3] == ["Prénom", "Module", "Leçon"] and len(rows) > 1
    assert str(everyone) in screen.banner.text()

    learner = services.store.learners.all()[0]
    click(qtbot, screen.findChild(object, "fac_exports.scope.learner"))
    pick(qtbot, screen.learner, learner.id)
    one = out / "une.csv"
    documents.choose_save_path = choose(one)
    click(qtbot, screen.findChild(object, "fac_exports.separator.semicolon"))
    click(qtbot, screen.csv_button)
    wait_done(qtbot, screen, one)
    mine = list(csv.reader(one.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert {row[0] for row in mine[1:]} <= {learner.first_name}

    report = out / "rapport.pdf"
    documents.choose_save_path = choose(report)
    click(qtbot, screen.report_button)
    wait_done(qtbot, screen, report)
    assert report.read_bytes().startswith(b"%PDF")

    attestation = out / "attestation.pdf"
    documents.choose_save_path = choose(attestation)
    screen.place_edit.setText("Médiathèque")
    click(qtbot, screen.attestation_button)
    wait_done(qtbot, screen, attestation)
    assert attestation.read_bytes().startswith(b"%PDF")

    # Printing: the print dialog is answered with a PDF printer (what "Print to file" does).
    printed = out / "imprime.pdf"

    def print_to_file(_parent, printer):
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    documents.ask_printer = print_to_file
    click(qtbot, screen.print_button)
    assert printed.read_bytes().startswith(b"%PDF")

    # A cancelled file dialog changes nothing.
    documents.choose_save_path = choose(None)
    click(qtbot, screen.csv_button)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["tous.csv", "une.csv", "rapport.pdf", "attestation.pdf", "imprime.pdf"]
    )


def test_backup_then_restore_through_the_screens(qtbot, app_parts, tmp_path):
    window, controller, services = app_parts
    store = services.store
    jeanne = store.learners.add("Jeanne", "mdi6.flower", "#8e244d")
    documents = controller.facilitator.documents
    screens = window.facilitator
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "backup")
    copy = tmp_path / "sauvegarde.db"
    documents.choose_save_path = choose(copy)
    click(qtbot, screens.backup.backup_button)
    wait_done(qtbot, screens.backup, copy)

    # Later, someone is added, then the backup is put back.
    store.learners.add("Paul", "mdi6.dog", "#1b5e20")
    documents.choose_open_path = choose(copy)
    click(qtbot, screens.backup.restore_button)
    confirm = screens.confirm
    assert window.current_screen() is confirm
    assert "1" in confirm.text.text()  # what the file holds: one learner
    click(qtbot, confirm.no_button)
    assert window.current_screen() is screens.backup
    assert len(controller.store.learners.all()) == 2
    click(qtbot, screens.backup.restore_button)
    click(qtbot, confirm.yes_button)
    assert window.current_screen() is screens.backup
    assert [learner.id for learner in controller.store.learners.all()] == [jeanne.id]
    assert controller.store is controller.facilitator.store is services.store
    assert controller.lesson._progress is services.store.progress
    assert list(tmp_path.glob("progress.before-restore-*.db"))
    click(qtbot, screens.backup.back_button)
    click(qtbot, screens.home.back_button)
    assert [tile for tile in window.sign_in.grid.findChildren(object) if
            getattr(tile, "objectName", lambda: "")() == f"signin.learner.{jeanne.id}"]  # fmt: skip

    # A file that is not a backup is refused with a clear message, nothing changes.
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "backup")
    junk = tmp_path / "photo.db"
    junk.write_bytes(b"not a database at all")
    documents.choose_open_path = choose(junk)
    click(qtbot, screens.backup.restore_button)
    assert window.current_screen() is screens.backup and screens.backup.banner.isVisible()
    assert len(controller.store.learners.all()) == 1

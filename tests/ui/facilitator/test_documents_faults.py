"""Saving a document on a full USB stick, through the screens: the facilitator reads that the
stick is full, is never told the document is saved, and no file is left on the stick."""

from __future__ import annotations

from tests.filesystems import fill, no_partial_files, small_tmpfs
from tests.ui.driver import click
from tests.ui.facilitator.helpers import enter_space, open_tile
from tests.ui.facilitator.test_documents import choose
from tutor.storage.demo import make_demo_data


def test_a_report_on_a_full_stick_says_so_and_leaves_no_file(qtbot, app_parts, tmp_path):
    window, controller, services = app_parts
    make_demo_data(services.store, services.catalogue, learners=8, seed=2)
    documents = controller.facilitator.documents
    screen = window.facilitator.exports
    enter_space(qtbot, window, services)
    open_tile(qtbot, window, "exports")
    with small_tmpfs(tmp_path / "stick", 256) as stick:
        fill(stick, leave_bytes=4096)
        for button, name in ((screen.report_button, "rapport.pdf"), (screen.csv_button, "t.csv")):
            documents.choose_save_path = choose(stick / name)
            click(qtbot, button)
            qtbot.waitUntil(lambda: "plein" in screen.banner.text(), timeout=30000)
            qtbot.waitUntil(screen.csv_button.isEnabled, timeout=10000)
            assert "pas pu" in screen.banner.text() and "est enregistré" not in screen.banner.text()
            assert "Traceback" not in screen.banner.text()
            assert no_partial_files(stick) == []
            screen.banner.show_text("")

from __future__ import annotations

import pytest

from tests.conftest import LESSONS


@pytest.fixture
def app_parts(qtbot, tmp_path):
    """The real main window and controller on a fresh data folder, with a silent narrator."""
    from tutor.app import build_services, build_window, create_qt_application

    create_qt_application([])
    services = build_services(tmp_path, [LESSONS])
    window, controller = build_window(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, controller, services
    services.store.close()

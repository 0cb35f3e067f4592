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
    _quiet(controller)
    services.store.close()


def _quiet(controller) -> None:  # type: ignore[no-untyped-def]
    """Nothing of a test may act later, on a closed store: a running stand keeps its window
    alive (its filter on the application), and an open facilitator space locks itself
    minutes afterwards."""
    if controller.stand.active:
        controller.stand.stop()
    controller.facilitator.idle.stop()
    controller.stand.idle.stop()

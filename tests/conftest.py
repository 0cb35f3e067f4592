"""Shared fixtures. Qt runs offscreen unless a test asks for a real display (e2e)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
LESSONS = REPO / "lessons"


@pytest.fixture(autouse=True)
def _french_by_default():
    """Every test starts in French, the default language, whatever the previous did."""
    from tutor.i18n import set_language

    set_language("fr")
    yield
    set_language("fr")


@pytest.fixture
def specs():
    from tutor.sandboxes import sandbox_specs

    return sandbox_specs()


@pytest.fixture
def store(tmp_path):
    from tutor.storage.store import open_store

    opened = open_store(tmp_path)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """No test may reach the network: only local (Unix) sockets are allowed — the X display
    and the sound server use those. Any other connection attempt fails the test loudly."""
    import socket

    real_connect = socket.socket.connect

    def guarded_connect(self, address):  # type: ignore[no-untyped-def]
        if self.family == getattr(socket, "AF_UNIX", None):
            return real_connect(self, address)
        raise AssertionError(f"network access attempted: {address!r}")

    def refused(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", refused)
    monkeypatch.setattr(socket, "create_connection", refused)
    monkeypatch.setattr(socket, "getaddrinfo", refused)

"""Small HTML helpers for printed documents (no Qt)."""

from __future__ import annotations

from html import escape


def tag(name: str, text: str, attributes: str = "") -> str:
    """An HTML element around escaped text. Keeping ``_()`` calls out of f-strings lets the
    message extractor see them (it cannot look inside f-strings on Python 3.11)."""
    opening = f"{name} {attributes}" if attributes else name
    return f"<{opening}>{escape(text)}</{name}>"

"""Small HTML helpers for printed documents (no Qt)."""

from __future__ import annotations

from html import escape


def tag(name: str, text: str, attributes: str = "") -> str:
    """An HTML element around escaped text. Keeping ``_()`` calls out of f-strings lets the
    message extractor see them (it cannot look inside f-strings on Python 3.11)."""
    opening = f"{name} {attributes}" if attributes else name
    return f"<{opening}>{escape(text)}</{name}>"


def page_style(body_pt: int) -> str:
    """The style sheet of every printed document, its body text at ``body_pt`` points."""
    return (
        f"<style>body {{ font-size: {body_pt}pt; color: #141414; }}"
        "h1 { font-size: 200%; } h2 { font-size: 150%; margin-top: 18px; }"
        "table { border-collapse: collapse; } td, th { padding: 3px 5px; font-size: 90%; "
        "border: 1px solid #555555; } th { background: #e8e8e8; text-align: left; }</style>"
    )

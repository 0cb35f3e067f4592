"""docs/ARCHITECTURE.md draws the layers that ``lint-imports`` checks: the diagram is the
``layers`` contract of pyproject.toml, so the two cannot drift apart."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def diagram_layers() -> list[str]:
    """The boxes of the document's mermaid diagram, top to bottom."""
    text = (REPO / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    block = re.search(r"```mermaid\n(.*?)```", text, re.S)
    assert block, "ARCHITECTURE.md has no mermaid diagram"
    boxes = dict(re.findall(r'(L\d+)\["([^"]+)"\]', block.group(1)))
    return [boxes[key] for key in sorted(boxes, key=lambda key: int(key[1:]))]


def contract_layers() -> list[str]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c for c in contracts if c["id"] == "layers")["layers"]
    return [layer.replace("tutor.", "") for layer in layers]


def test_the_diagram_is_the_layers_contract():
    assert diagram_layers() == contract_layers()


def test_the_diagram_names_real_packages():
    for box in diagram_layers():
        for name in box.split(" | "):
            assert (REPO / "tutor" / name).is_dir() or (REPO / "tutor" / f"{name}.py").is_file()

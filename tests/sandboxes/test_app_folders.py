"""A practice app is one folder: its modules import only the core, the shared kit, the
sandbox base, the translations and the app's own folder, never another app (nor the tutor's
screens). So an app can be added, changed or removed without touching the others."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

import tutor.sandboxes

SANDBOXES = Path(tutor.sandboxes.__file__).parent
APP_FOLDERS = sorted(
    path.name
    for path in SANDBOXES.iterdir()
    if path.is_dir() and path.name != "kit" and (path / "__init__.py").exists()
)
ALLOWED = ("tutor.core", "tutor.sandboxes.kit", "tutor.sandboxes.base", "tutor.i18n")


def _imported(path: Path) -> list[str]:
    """Every ``tutor`` module that ``path`` imports, at its top or inside a function."""
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return [name for name in names if name == "tutor" or name.startswith("tutor.")]


def _allowed(module: str, folder: str) -> bool:
    own = f"tutor.sandboxes.{folder}"
    return any(module == root or module.startswith(root + ".") for root in (*ALLOWED, own))


def test_there_are_practice_apps_to_check():
    assert {"tablet", "messaging", "browser"} <= set(APP_FOLDERS)


@pytest.mark.parametrize("folder", APP_FOLDERS)
def test_an_app_imports_only_core_kit_base_and_itself(folder):
    strays = [
        f"{path.relative_to(SANDBOXES)} imports {module}"
        for path in sorted((SANDBOXES / folder).rglob("*.py"))
        for module in _imported(path)
        if not _allowed(module, folder)
    ]
    assert strays == []


def test_the_kit_imports_no_app():
    strays = [
        f"{path.relative_to(SANDBOXES)} imports {module}"
        for path in sorted((SANDBOXES / "kit").rglob("*.py"))
        for module in _imported(path)
        if module.startswith("tutor.sandboxes.")
        and not module.startswith(("tutor.sandboxes.kit", "tutor.sandboxes.base"))
    ]
    assert strays == []


def test_every_app_is_kept_apart_by_the_import_contract():
    """``lint-imports`` keeps the apps apart only if its contract names each: a new app's
    one registration line is its name there (pyproject.toml, ``practice-apps-apart``)."""
    pyproject = SANDBOXES.parents[1] / "pyproject.toml"
    contracts = tomllib.loads(pyproject.read_text(encoding="utf-8"))["tool"]["importlinter"]
    apart = next(c for c in contracts["contracts"] if c["id"] == "practice-apps-apart")
    assert sorted(apart["modules"]) == [f"tutor.sandboxes.{folder}" for folder in APP_FOLDERS]

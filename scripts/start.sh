#!/usr/bin/env bash
# FIRST command of the README: installs everything and opens Pas à Pas on the
# bundled lessons and a local database.
#
#   ./scripts/start.sh [tutor arguments...]
#
# 1. system packages (scripts/install-system.sh; on macOS only a note),
# 2. the virtual environment .venv (created with python3 >= 3.11 if missing),
# 3. `pip install -e .` when pyproject.toml changed since the last install,
# 4. `.venv/bin/tutor "$@"`.
# Works from any directory. Set PYTHON=/path/to/python3.x to choose the interpreter.
set -euo pipefail
# shellcheck source=scripts/_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"
cd "$PAP_ROOT"

section "System packages"
bash "$PAP_ROOT/scripts/install-system.sh" ||
    die "system packages are missing: run the command printed above, then ./scripts/start.sh again."

section "Python environment (.venv)"
ensure_venv
pip_install_project ""

section "Starting Pas à Pas"
[[ -x "$PAP_VENV/bin/tutor" ]] || die "$PAP_VENV/bin/tutor is missing (pip install did not create the console script)."
exec "$PAP_VENV/bin/tutor" "$@"

#!/usr/bin/env bash
# Runs every benchmark, each against its baseline in the same run, and rewrites
# docs/BENCHMARKS.md with the figures. Installs what it needs like scripts/test.sh.
#   ./bench/run.sh            all benchmarks
#   ./bench/run.sh narration  only those whose name contains "narration"
set -uo pipefail
# shellcheck source=scripts/_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/_common.sh"
cd "$PAP_ROOT" || exit 1

section "System packages and Python environment"
bash "$PAP_ROOT/scripts/install-system.sh" --test || die "system packages are missing"
ensure_venv
pip_install_project test
export PATH="$PAP_VENV/bin:$PATH"

# shellcheck source=scripts/services.sh
source "$PAP_ROOT/scripts/services.sh"
start_services
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

# The start-up benchmark compares the built program with running from source.
if [[ ! -x "$PAP_ROOT/dist/pas-a-pas/pas-a-pas" ]] && [[ "$(uname -s)" == Linux ]] &&
    { (($# == 0)) || [[ " $* " == *" startup "* ]]; }; then
    section "Building the program for the start-up benchmark (packaging/build.sh --no-tar)"
    bash "$PAP_ROOT/packaging/build.sh" --no-tar || info "build failed: the bundle's row is left out"
fi

section "Benchmarks"
python -m bench "$@"

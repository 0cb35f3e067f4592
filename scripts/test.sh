#!/usr/bin/env bash
# SECOND command of the README (and what CI runs): installs the test needs and
# runs the whole suite.
#
#   ./scripts/test.sh [pytest arguments...]
#
# 1. system packages for running and testing (scripts/install-system.sh --test),
# 2. .venv with `pip install -e ".[test]"` (only when pyproject.toml changed),
# 3. a virtual X display (Xvfb) when DISPLAY is not set, exported as DISPLAY,
# 4. a private PulseAudio daemon with a null sink (real-time playback, no sound
#    card), exported as PULSE_SERVER; PAP_TEST_PULSE_SINK=nullsink tells tests
#    it is there. If it cannot start, a warning is printed and it is left unset.
# 5. QT_QPA_PLATFORM=offscreen unless already set (end-to-end tests use xcb),
# 6. ruff check, ruff format --check, mypy, lint-imports (the layers' contracts in
#    pyproject.toml), pytest "$@".
# Every check runs; the exit code is the first failing one's.
# PAP_SKIP_LINT=1 skips ruff, mypy and lint-imports (quicker local runs of a few tests).
set -uo pipefail
# shellcheck source=scripts/_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"
cd "$PAP_ROOT" || exit 1
started=$SECONDS

section "System packages (run + test)"
bash "$PAP_ROOT/scripts/install-system.sh" --test ||
    die "system packages are missing: run the command printed above, then ./scripts/test.sh again."

section "Python environment (.venv with the test extras)"
ensure_venv
pip_install_project test
export VIRTUAL_ENV="$PAP_VENV"
export PATH="$PAP_VENV/bin:$PATH"

# --- Services: Xvfb and PulseAudio, cleaned up on exit --------------------------
# shellcheck source=scripts/services.sh
source "$PAP_ROOT/scripts/services.sh"
start_services

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
info "QT_QPA_PLATFORM=$QT_QPA_PLATFORM (end-to-end tests switch to xcb themselves)"

# --- Checks ------------------------------------------------------------------
results=()
first_failure=0
record() { # name rc [note]
    local status="ok"
    (($2 == 0)) || status="FAILED (exit $2)"
    results+=("$(printf '%-22s %s%s' "$1" "$status" "${3:+ — $3}")")
    if (($2 != 0 && first_failure == 0)); then first_failure=$2; fi
}
run_check() { # name command...
    local name="$1" t0=$SECONDS rc
    shift
    section "$name: $*"
    "$@"
    rc=$?
    record "$name" "$rc" "$((SECONDS - t0)) s"
}

if [[ "${PAP_SKIP_LINT:-}" == 1 ]]; then
    section "Lint and types: skipped (PAP_SKIP_LINT=1)"
else
    run_check "ruff check" ruff check tutor tests
    run_check "ruff format" ruff format --check tutor tests
    run_check "mypy" mypy
    run_check "lint-imports" lint-imports --no-logo
fi

collect_only=0
for arg in "$@"; do
    case "$arg" in --collect-only | --co) collect_only=1 ;; esac
done
# One worker per core (up to four; two on the machines it is made for); each worker that
# runs end-to-end tests starts an X display of its own for them (tests/e2e/conftest.py).
workers="${PAP_TEST_WORKERS:-$(nproc 2>/dev/null || echo 2)}"
((workers > 4)) && workers=4
section "pytest -n $workers${*:+ $*}"
t0=$SECONDS
pytest -n "$workers" "$@"
rc=$?
if ((rc == 5)); then
    if ((collect_only)); then
        info "pytest collected no tests (exit 5); only collecting, so not a failure."
        record "pytest" 0 "collect-only: no tests collected"
    else
        printf '%sERROR:%s pytest collected no tests (exit 5): the suite ran nothing.\n' \
            "$_pap_red" "$_pap_reset" >&2
        record "pytest" 5 "no tests collected"
    fi
else
    record "pytest" "$rc" "$((SECONDS - t0)) s"
fi

section "Summary ($((SECONDS - started)) s in all)"
printf '    %s\n' "${results[@]}"
if ((first_failure != 0)); then
    printf '%sFAILED%s (exit %s)\n' "$_pap_red" "$_pap_reset" "$first_failure"
else
    printf 'All checks passed.\n'
fi
exit "$first_failure"

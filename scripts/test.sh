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
# 6. ruff check, ruff format --check, mypy, pytest "$@".
# Every check runs; the exit code is the first failing one's.
# PAP_SKIP_LINT=1 skips ruff and mypy (quicker local runs of a few tests).
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
work_dir="$(mktemp -d "${TMPDIR:-/tmp}/pap-test.XXXXXX")"
chmod 700 "$work_dir"
xvfb_pid=''
pulse_pid=''
# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() {
    if [[ -n "$pulse_pid" ]]; then
        kill "$pulse_pid" 2>/dev/null && wait "$pulse_pid" 2>/dev/null
    fi
    if [[ -n "$xvfb_pid" ]]; then
        kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
    fi
    rm -rf "$work_dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Qt complains when XDG_RUNTIME_DIR is unset (as root in CI): give it a private one.
if [[ -z "${XDG_RUNTIME_DIR:-}" || ! -w "${XDG_RUNTIME_DIR:-/nonexistent}" ]]; then
    mkdir -m 700 "$work_dir/runtime"
    export XDG_RUNTIME_DIR="$work_dir/runtime"
fi

x_ready() {
    if command -v xdpyinfo >/dev/null 2>&1; then
        xdpyinfo -display "$1" >/dev/null 2>&1
    else
        [[ -S "/tmp/.X11-unix/X${1#:}" ]]
    fi
}

start_xvfb() {
    local n _
    for n in $(seq 97 140); do
        [[ -e "/tmp/.X$n-lock" || -e "/tmp/.X11-unix/X$n" ]] && continue
        Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp >"$work_dir/xvfb.log" 2>&1 &
        xvfb_pid=$!
        for _ in $(seq 100); do
            if x_ready ":$n"; then
                export DISPLAY=":$n"
                info "Xvfb running on DISPLAY=$DISPLAY (pid $xvfb_pid, 1280x1024x24)"
                return 0
            fi
            kill -0 "$xvfb_pid" 2>/dev/null || break # died: display taken meanwhile?
            sleep 0.1
        done
        kill "$xvfb_pid" 2>/dev/null
        wait "$xvfb_pid" 2>/dev/null
        xvfb_pid=''
    done
    return 1
}

section "Virtual display (Xvfb)"
if [[ -n "${DISPLAY:-}" ]]; then
    info "DISPLAY=$DISPLAY is already set: using it"
elif ! command -v Xvfb >/dev/null 2>&1; then
    warn "Xvfb is not installed: end-to-end tests (marker e2e) will have no display."
elif ! start_xvfb; then
    warn "Xvfb did not start; end-to-end tests (marker e2e) will have no display. Its log:"
    sed 's/^/    /' "$work_dir/xvfb.log" >&2
fi

start_pulse() {
    local dir="$work_dir/pulse" _
    mkdir -m 700 "$dir"
    # A private daemon: -n skips the default configuration (no hardware, no
    # user session), so it also starts as root; its socket is ours alone.
    XDG_RUNTIME_DIR="$dir" PULSE_RUNTIME_PATH="$dir" \
        pulseaudio -n --daemonize=no --system=false --use-pid-file=no \
        --exit-idle-time=-1 --disallow-exit \
        --log-target=stderr \
        --load="module-null-sink sink_name=nullsink sink_properties=device.description=Null" \
        --load="module-native-protocol-unix auth-anonymous=1 socket=$dir/native" \
        >"$work_dir/pulse.log" 2>&1 &
    pulse_pid=$!
    export PULSE_SERVER="unix:$dir/native"
    for _ in $(seq 100); do
        if pactl info >/dev/null 2>&1; then
            pactl set-default-sink nullsink >/dev/null 2>&1
            pactl info | grep -E '^(Server Name|Server Version|Default Sink):' | sed 's/^/    /'
            export PAP_TEST_PULSE_SINK=nullsink
            return 0
        fi
        kill -0 "$pulse_pid" 2>/dev/null || break
        sleep 0.1
    done
    kill "$pulse_pid" 2>/dev/null
    wait "$pulse_pid" 2>/dev/null
    pulse_pid=''
    unset PULSE_SERVER
    return 1
}

section "Audio (private PulseAudio with a null sink)"
if ! command -v pulseaudio >/dev/null 2>&1 || ! command -v pactl >/dev/null 2>&1; then
    warn "pulseaudio/pactl not installed: tests that play sound will be skipped."
elif start_pulse; then
    info "PULSE_SERVER=$PULSE_SERVER (pid $pulse_pid)"
else
    warn "PulseAudio did not start: tests that play sound will be skipped. Its log:"
    sed 's/^/    /' "$work_dir/pulse.log" >&2
fi

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
fi

collect_only=0
for arg in "$@"; do
    case "$arg" in --collect-only | --co) collect_only=1 ;; esac
done
section "pytest${*:+ $*}"
t0=$SECONDS
pytest "$@"
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

#!/usr/bin/env bash
# Services that tests and benchmarks need, started privately and cleaned up on exit:
# a virtual X display (Xvfb) when DISPLAY is unset, and a PulseAudio daemon with a null
# sink (real-time playback without a sound card). Source it, then call start_services.
# Needs _common.sh sourced first.

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

# -noreset: Xvfb otherwise starts afresh each time its last client leaves, and a program
# connecting during that reset is refused ("could not connect to display").
start_xvfb() {
    local n _
    for n in $(seq 97 140); do
        [[ -e "/tmp/.X$n-lock" || -e "/tmp/.X11-unix/X$n" ]] && continue
        Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp -noreset >"$work_dir/xvfb.log" 2>&1 &
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

start_services() {
    section "Virtual display (Xvfb)"
    if [[ -n "${DISPLAY:-}" ]]; then
        info "DISPLAY=$DISPLAY is already set: using it"
    elif ! command -v Xvfb >/dev/null 2>&1; then
        warn "Xvfb is not installed: end-to-end tests (marker e2e) will have no display."
    elif ! start_xvfb; then
        warn "Xvfb did not start; end-to-end tests (marker e2e) will have no display. Its log:"
        sed 's/^/    /' "$work_dir/xvfb.log" >&2
    fi

    section "Audio (private PulseAudio with a null sink)"
    if ! command -v pulseaudio >/dev/null 2>&1 || ! command -v pactl >/dev/null 2>&1; then
        warn "pulseaudio/pactl not installed: tests that play sound will be skipped."
    elif start_pulse; then
        info "PULSE_SERVER=$PULSE_SERVER (pid $pulse_pid)"
    else
        warn "PulseAudio did not start: tests that play sound will be skipped. Its log:"
        sed 's/^/    /' "$work_dir/pulse.log" >&2
    fi

}

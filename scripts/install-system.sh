#!/usr/bin/env bash
# Installs the Debian/Ubuntu system packages Pas à Pas needs.
#
#   scripts/install-system.sh          packages to run the app (system-packages.txt)
#   scripts/install-system.sh --test   + packages to run the tests (system-packages-test.txt)
#
# Does nothing (and needs no rights) when every package is already installed.
# Otherwise installs the missing ones with apt-get as root, through `sudo -n`
# when that works without a password, or through `sudo` (asking for the
# password) when run from a terminal. If none of these is possible it prints the
# exact command to run and exits 1. On systems without apt-get it prints what
# is needed and exits 0 with a warning.
set -euo pipefail
# shellcheck source=scripts/_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

with_test=0
for arg in "$@"; do
    case "$arg" in
    --test) with_test=1 ;;
    -h | --help)
        sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *) die "unknown argument: $arg (use --test or --help)" ;;
    esac
done

# Appends the package names of a list file to `wanted` (comments and blank
# lines dropped). Plain `while read` rather than mapfile: macOS ships bash 3.2.
wanted=()
add_list() {
    local line
    while IFS= read -r line || [[ -n "$line" ]]; do
        line="${line%%#*}"
        line="${line//[[:space:]]/}"
        [[ -n "$line" ]] && wanted+=("$line")
    done <"$1"
    return 0
}
add_list "$PAP_ROOT/scripts/system-packages.txt"
if ((with_test)); then add_list "$PAP_ROOT/scripts/system-packages-test.txt"; fi

# --- Systems without apt-get -------------------------------------------------
if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
    if [[ "$(uname -s)" == Darwin ]]; then
        info "macOS: no system packages are needed (speech uses NSSpeechSynthesizer)."
        info "Optional: 'brew install espeak-ng' for the espeak voices."
        find_python >/dev/null || warn "no Python >= 3.11 found: 'brew install python@3.12' (or use pyenv)."
    else
        warn "no apt-get here (not Debian/Ubuntu): install your system's equivalents of:"
        warn "  ${wanted[*]}"
        find_python >/dev/null || warn "and a Python >= 3.11 with the venv module."
        warn "continuing without installing system packages."
    fi
    exit 0
fi

# --- Python: only when no usable interpreter exists ----------------------------
if ! find_python >/dev/null; then
    python_candidate="$(apt-cache policy python3 2>/dev/null | awk '/Candidate:/ {print $2}')"
    if [[ "$python_candidate" =~ ^3\.([0-9]+) ]] && ((BASH_REMATCH[1] < 11)); then
        # e.g. Ubuntu 22.04, whose python3 is 3.10.
        wanted+=(python3.11 python3.11-venv)
    else
        add_list "$PAP_ROOT/scripts/system-packages-python.txt"
    fi
fi

# --- Which ones are missing? ---------------------------------------------------
# Installed package names plus the names they provide (e.g. Ubuntu 24.04's
# libglib2.0-0t64 provides libglib2.0-0), one per line.
installed_names() {
    dpkg-query -W -f='${db:Status-Abbrev}|${Package}|${Provides}\n' 2>/dev/null |
        awk -F'|' '$1 ~ /^[ih]i/ {
            print $2
            n = split($3, p, ",")
            for (i = 1; i <= n; i++) { sub(/^ +/, "", p[i]); sub(/ .*/, "", p[i]); if (p[i] != "") print p[i] }
        }'
}
missing_packages() {
    local have
    have="$(installed_names | LC_ALL=C sort -u)"
    printf '%s\n' "${wanted[@]}" | LC_ALL=C sort -u | LC_ALL=C comm -23 - <(printf '%s\n' "$have")
}

mapfile -t missing < <(missing_packages)
if ((${#missing[@]} == 0)); then
    info "system packages: all ${#wanted[@]} present"
    exit 0
fi
info "missing system packages: ${missing[*]}"

apt_line="apt-get install -y --no-install-recommends ${missing[*]}"
sudo_cmd=()
if [[ "$(id -u)" -eq 0 ]]; then
    sudo_cmd=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo_cmd=(sudo -n)
elif [[ -t 0 && -t 1 && -z "${CI:-}" ]] && command -v sudo >/dev/null 2>&1; then
    info "installing them needs administrator rights: sudo will ask for your password."
    sudo_cmd=(sudo)
else
    printf '\n%sSystem packages are missing and this script cannot install them (not root, no sudo).%s\n' \
        "$_pap_bold" "$_pap_reset" >&2
    printf 'Run this, then start again:\n\n    sudo apt-get update && sudo %s\n\n' "$apt_line" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
info "${sudo_cmd[*]:+${sudo_cmd[*]} }apt-get update"
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq ||
    warn "apt-get update failed; trying with the current package lists."
info "${sudo_cmd[*]:+${sudo_cmd[*]} }$apt_line"
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o Dpkg::Use-Pty=0 "${missing[@]}" ||
    die "apt-get install failed. Try by hand: sudo apt-get update && sudo $apt_line"

mapfile -t still_missing < <(missing_packages)
((${#still_missing[@]} == 0)) || die "still missing after apt-get install: ${still_missing[*]}"
info "system packages installed"

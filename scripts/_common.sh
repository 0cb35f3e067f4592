# Shared helpers for scripts/*.sh. Source it; do not run it.
# shellcheck shell=bash

# Repository root, from this file's own location (works from any directory).
PAP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PAP_VENV="$PAP_ROOT/.venv"

if [[ -t 1 ]]; then
    _pap_bold=$'\e[1m' _pap_red=$'\e[31m' _pap_yellow=$'\e[33m' _pap_reset=$'\e[0m'
else
    _pap_bold='' _pap_red='' _pap_yellow='' _pap_reset=''
fi

section() { printf '\n%s==> %s%s\n' "$_pap_bold" "$*" "$_pap_reset"; }
info() { printf '    %s\n' "$*"; }
warn() { printf '%sWARNING:%s %s\n' "$_pap_yellow" "$_pap_reset" "$*" >&2; }
die() {
    printf '%sERROR:%s %s\n' "$_pap_red" "$_pap_reset" "$*" >&2
    exit 1
}

# True when "$1" is a Python >= 3.11 that can create a venv with pip
# (Debian's python3 needs python3-venv for ensurepip).
python_is_usable() {
    command -v "$1" >/dev/null 2>&1 || return 1
    "$1" -c 'import sys, venv, ensurepip; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
        >/dev/null 2>&1
}

# Prints the first usable interpreter: $PYTHON if set, then python3, python3.13, ...
find_python() {
    local candidate
    for candidate in ${PYTHON:-} python3 python3.14 python3.13 python3.12 python3.11; do
        if python_is_usable "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

# Creates $PAP_VENV if it is missing or broken (e.g. its interpreter was removed).
ensure_venv() {
    if [[ -x "$PAP_VENV/bin/python" ]] &&
        "$PAP_VENV/bin/python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
            >/dev/null 2>&1; then
        return 0
    fi
    local python
    python="$(find_python)" ||
        die "no Python >= 3.11 with the venv module found. On Debian/Ubuntu run: sudo apt-get install python3 python3-venv python3-pip (Ubuntu 22.04: python3.11 python3.11-venv), or set PYTHON=/path/to/python3.11."
    if [[ -e "$PAP_VENV" ]]; then
        warn "$PAP_VENV is broken or too old: recreating it."
        rm -rf "$PAP_VENV"
    fi
    info "creating $PAP_VENV with $python ($("$python" --version 2>&1))"
    if ! "$python" -m venv "$PAP_VENV"; then
        rm -rf "$PAP_VENV"
        die "'$python -m venv' failed (on Debian/Ubuntu: sudo apt-get install python3-venv)."
    fi
}

# pip install -e ".[EXTRAS]" into the venv, only when pyproject.toml changed
# since the last successful install of those extras (stamp files in the venv).
#   pip_install_project            -> pip install -e .
#   pip_install_project test       -> pip install -e ".[test]"
pip_install_project() {
    local extras="${1:-}" spec="." stamp="$PAP_VENV/.pap-installed-base" digest
    if [[ -n "$extras" ]]; then
        spec=".[$extras]"
        stamp="$PAP_VENV/.pap-installed-${extras//,/-}"
    fi
    digest="$(cksum <"$PAP_ROOT/pyproject.toml")"
    digest="${digest%% *}:$("$PAP_VENV/bin/python" -c 'import sys; print(sys.version.split()[0])')"
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$digest" ]]; then
        info "Python packages up to date ($spec)"
        return 0
    fi
    info "pip install -e \"$spec\" (quiet; the first run takes a few minutes)"
    local log="$PAP_VENV/pip-install.log" t0=$SECONDS
    if ! (cd "$PAP_ROOT" &&
        PIP_DISABLE_PIP_VERSION_CHECK=1 "$PAP_VENV/bin/python" -m pip install -q -e "$spec") \
        >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        die "pip install -e \"$spec\" failed (last lines above; full log: $log)."
    fi
    info "installed in $((SECONDS - t0)) s (log: ${log#"$PAP_ROOT"/})"
    printf '%s' "$digest" >"$stamp"
    # The full install also satisfies the plain one.
    if [[ -n "$extras" ]]; then printf '%s' "$digest" >"$PAP_VENV/.pap-installed-base"; fi
}

#!/usr/bin/env bash
# Builds the Linux program: dist/pas-a-pas/ (run dist/pas-a-pas/pas-a-pas) and
# dist/pas-a-pas-linux-x86_64.tar.gz. Self-contained: Python, Qt and espeak-ng (French and
# English voices) are inside; the target needs only basic graphics libraries (see README).
#
#   packaging/build.sh            build, prune, archive; prints sizes and time
#   packaging/build.sh --no-tar   skip the .tar.gz
#
# 1. system packages to build (binutils for strip/readelf, libespeak-ng1 + espeak-ng-data to
#    bundle, libpython3.11 only for Debian's own python3), through scripts/install-system.sh's
#    rules (root, sudo -n, or the exact line to run);
# 2. .venv with `pip install -e ".[build]"` (PyInstaller);
# 3. PyInstaller with packaging/pas-a-pas.spec; 4. packaging/prune.py; 5. the archive.
set -euo pipefail
# shellcheck source=scripts/_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/_common.sh"
cd "$PAP_ROOT"
started=$SECONDS
make_tar=1
for arg in "$@"; do
    case "$arg" in
    --no-tar) make_tar=0 ;;
    -h | --help)
        sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *) die "unknown argument: $arg (use --no-tar or --help)" ;;
    esac
done
[[ "$(uname -s)" == Linux ]] || die "this script builds the Linux bundle; on Windows use packaging\\build.ps1 (macOS: see packaging/README.md)."

section "System packages to build"
bash "$PAP_ROOT/scripts/install-system.sh" ||
    die "system packages are missing: run the command printed above, then packaging/build.sh again."
needed=(binutils libespeak-ng1 espeak-ng-data)
ensure_venv
# Debian's own python3 links libpython dynamically only when libpython3.X is installed.
if "$PAP_VENV/bin/python" -c 'import sys, sysconfig; sys.exit(0 if sysconfig.get_config_var("Py_ENABLE_SHARED") else 1)' &&
    ! "$PAP_VENV/bin/python" -c 'import sysconfig, pathlib, sys; d = sysconfig.get_config_var("LIBDIR"); sys.exit(0 if list(pathlib.Path(d).glob("libpython3*.so*")) else 1)'; then
    needed+=("libpython$("$PAP_VENV/bin/python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')")
fi
missing=()
for package in "${needed[@]}"; do
    dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null | grep -q '^ii' || missing+=("$package")
done
if ((${#missing[@]})); then
    if [[ "$(id -u)" -eq 0 ]]; then
        sudo_cmd=()
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo_cmd=(sudo -n)
    else
        die "missing: ${missing[*]}. Run: sudo apt-get install -y --no-install-recommends ${missing[*]}"
    fi
    info "installing ${missing[*]}"
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
        --no-install-recommends -o Dpkg::Use-Pty=0 "${missing[@]}" >/dev/null ||
        die "apt-get install ${missing[*]} failed"
fi
info "binutils, libespeak-ng1: present"

section "Python environment (.venv with the build extra)"
pip_install_project build

section "PyInstaller (packaging/pas-a-pas.spec)"
t0=$SECONDS
log="$PAP_ROOT/build/pyinstaller.log"
mkdir -p "$PAP_ROOT/build"
if ! "$PAP_VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$PAP_ROOT/dist" --workpath "$PAP_ROOT/build/pyinstaller" \
    "$PAP_ROOT/packaging/pas-a-pas.spec" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    die "PyInstaller failed (last lines above; full log: ${log#"$PAP_ROOT"/})"
fi
info "built in $((SECONDS - t0)) s (log: ${log#"$PAP_ROOT"/})"

section "Pruning what the app never uses"
"$PAP_VENV/bin/python" "$PAP_ROOT/packaging/prune.py" "$PAP_ROOT/dist/pas-a-pas"
install -m 644 "$PAP_ROOT/packaging/pas-a-pas.desktop" "$PAP_ROOT/dist/pas-a-pas/pas-a-pas.desktop"
install -m 644 "$PAP_ROOT/packaging/icons/pas-a-pas.png" "$PAP_ROOT/dist/pas-a-pas/pas-a-pas.png"
install -m 755 "$PAP_ROOT/packaging/install-desktop-entry.sh" \
    "$PAP_ROOT/dist/pas-a-pas/install-desktop-entry.sh"

archive="$PAP_ROOT/dist/pas-a-pas-linux-x86_64.tar.gz"
if ((make_tar)); then
    section "Archive"
    rm -f "$archive"
    tar -C "$PAP_ROOT/dist" -czf "$archive" pas-a-pas
fi

section "Done in $((SECONDS - started)) s"
info "folder:  dist/pas-a-pas/  $(du -sh --apparent-size "$PAP_ROOT/dist/pas-a-pas" | cut -f1)B ($(du -sb "$PAP_ROOT/dist/pas-a-pas" | cut -f1) bytes)"
if ((make_tar)); then
    info "archive: ${archive#"$PAP_ROOT"/}  $(du -h --apparent-size "$archive" | cut -f1)B"
fi
info "try it:  QT_QPA_PLATFORM=offscreen dist/pas-a-pas/pas-a-pas self-check --data-dir /tmp/pap-check"

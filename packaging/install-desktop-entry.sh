#!/bin/sh
# Adds Pas à Pas to the applications menu of the current user (no administrator rights):
# writes ~/.local/share/applications/pas-a-pas.desktop pointing at this folder's program,
# and the icon. Run it again after moving the folder; --remove takes the entry away.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/pas-a-pas.desktop" "$icons/pas-a-pas.png"
    echo "Pas à Pas removed from the applications menu."
    exit 0
fi
mkdir -p "$apps" "$icons"
cp "$here/pas-a-pas.png" "$icons/pas-a-pas.png"
sed -e "s|^Exec=.*|Exec=\"$here/pas-a-pas\"|" -e "s|^Icon=.*|Icon=$icons/pas-a-pas.png|" \
    "$here/pas-a-pas.desktop" >"$apps/pas-a-pas.desktop"
chmod 644 "$apps/pas-a-pas.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" 2>/dev/null || true
echo "Pas à Pas added to the applications menu ($apps/pas-a-pas.desktop)."

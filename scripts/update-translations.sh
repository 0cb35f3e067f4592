#!/usr/bin/env bash
# Refresh the message catalogue after changing texts in the code, then compile it.
#   1. extract every _(), N_() and ngettext() message id (English) from tutor/
#   2. merge them into each language's .po file (new ones appear untranslated)
#   3. compile the .po files into the .mo files the app reads
# A test fails while any message has no French translation.
set -euo pipefail
cd "$(dirname "$0")/.."
PYBABEL="${PYBABEL:-.venv/bin/pybabel}"
"$PYBABEL" extract --no-location --sort-output --omit-header -k _ -k N_ -k ngettext:1,2 -k pgettext:1c,2 \
    -o tutor/locale/tutor.pot tutor/ >/dev/null
for po in tutor/locale/*/LC_MESSAGES/tutor.po; do
    "$PYBABEL" update --no-fuzzy-matching --ignore-obsolete -i tutor/locale/tutor.pot \
        -d tutor/locale -D tutor -l "$(basename "$(dirname "$(dirname "$po")")")" >/dev/null
done
"$PYBABEL" compile -d tutor/locale -D tutor --statistics

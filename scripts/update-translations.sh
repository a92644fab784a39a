#!/usr/bin/env bash
# Refreshes the translations after strings changed in the sources:
#   1. lupdate (the update_translations target) adds new messages to translations/*.ts and drops
#      removed ones;
#   2. scripts/english-plurals.py fills the English plural forms;
#   3. scripts/translate-ts.py fills every language from scripts/i18n/<lang>.py and lists what
#      has no translation yet. Add those to the dictionaries (a stub: --missing FILE) and run
#      this again until nothing is missing; then rebuild.
# Usage: scripts/update-translations.sh [BUILD_DIR]   (default: build, configured already)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}
[[ -f "$build_dir/CMakeCache.txt" ]] || { echo "$build_dir is not a configured build directory" >&2; exit 1; }

cmake --build "$build_dir" --target update_translations
python3 scripts/english-plurals.py translations/firmware-browser_en.ts
python3 scripts/translate-ts.py --missing "$build_dir/translations-missing.py"
if python3 scripts/translate-ts.py --check > /dev/null; then
    echo "All languages complete."
else
    echo "Untranslated messages are listed above; a stub to fill is in $build_dir/translations-missing.py" >&2
    exit 1
fi

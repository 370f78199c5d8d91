#!/usr/bin/env bash
# Build the desktop program as one folder with PyInstaller (dist/almere-missions/).
#   scripts/build-desktop.sh [DISTDIR [WORKDIR]]
# Needs the test set-up (scripts/setup.sh --tests brings PyInstaller). On Windows run the
# same PyInstaller command from a Developer prompt (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${1:-dist}
WORK=${2:-build/pyinstaller}
[ -x .venv/bin/pyinstaller ] || .venv/bin/python -m pip install -q "pyinstaller>=6.10"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" scripts/almere-missions.spec
echo "built: $DIST/almere-missions"

#!/usr/bin/env bash
# Set up everything Almere Missions needs on a Debian machine: system
# libraries for Qt, the PDF and calendar checkers, PostgreSQL for the team
# mode and its tests, a Python virtual environment and the Node packages
# the calendar tests use. Safe to run again.
#   scripts/setup.sh          what the desktop program needs
#   scripts/setup.sh --tests  plus what the test suite needs
set -euo pipefail
cd "$(dirname "$0")/.."
TESTS=0
[ "${1:-}" = "--tests" ] && TESTS=1

DESKTOP_PKGS="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1
  fonts-noto-cjk fonts-dejavu-core
  libicu-dev pkg-config g++ python3-dev"
TEST_PKGS="xvfb xauth poppler-utils qpdf postgresql imagemagick desktop-file-utils"

need_apt=""
for p in $DESKTOP_PKGS $( [ $TESTS = 1 ] && echo $TEST_PKGS ); do
  dpkg -s "$p" >/dev/null 2>&1 || need_apt="$need_apt $p"
done
if [ -n "$need_apt" ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  echo "installing Debian packages:$need_apt"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need_apt >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ $TESTS = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi

if [ $TESTS = 1 ] && [ -f tests/e2e/js/package.json ]; then
  if ! command -v npm >/dev/null; then  # Debian's Node (18) runs ical.js 2 as well
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
  command -v npm >/dev/null || { echo "npm is needed for the calendar tests" >&2; exit 1; }
  (cd tests/e2e/js && npm ci --silent --no-audit --no-fund)
fi

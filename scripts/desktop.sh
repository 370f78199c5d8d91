#!/usr/bin/env bash
# Set everything up, then open the desktop program on its local SQLite database.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/python main.py "$@"

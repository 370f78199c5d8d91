#!/usr/bin/env bash
# Set everything up, start a real PostgreSQL server, and run the whole test suite
# (SQLite and PostgreSQL, the desktop program offscreen, ical.js and Radicale).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
ALMERE_MISSIONS_TEST_PG=$(scripts/start-postgres.sh | tail -n 1)
export ALMERE_MISSIONS_TEST_PG
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest tests --ignore=tests/bench "$@"

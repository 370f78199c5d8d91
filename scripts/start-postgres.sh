#!/usr/bin/env bash
# Start Debian's PostgreSQL server on 127.0.0.1 with a throw-away role for the
# tests, and print the URL the tests use (ALMERE_MISSIONS_TEST_PG).
set -euo pipefail
ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$ver main"; then
  pg_createcluster "$ver" main >/dev/null 2>&1
fi
# A throw-away test cluster: durability is not needed, speed is (each test
# creates its own database).
conf=/etc/postgresql/$ver/main/conf.d/almere-tests.conf
if [ ! -f "$conf" ]; then
  printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n' > "$conf"
  pg_ctlcluster "$ver" main stop >/dev/null 2>&1 || true
fi
pg_ctlcluster "$ver" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 && break
  sleep 0.5
done
psql_su() { if [ "$(id -u)" = 0 ]; then su postgres -c "psql -qtAX -c \"$1\""; else sudo -u postgres psql -qtAX -c "$1"; fi; }
if [ "$(psql_su "SELECT 1 FROM pg_roles WHERE rolname='almere_test'")" != 1 ]; then
  psql_su "CREATE ROLE almere_test LOGIN SUPERUSER PASSWORD 'almere_test'" >/dev/null
fi
if [ "$(psql_su "SELECT 1 FROM pg_database WHERE datname='almere_test'")" != 1 ]; then
  psql_su "CREATE DATABASE almere_test OWNER almere_test" >/dev/null
fi
echo "postgresql+psycopg://almere_test:almere_test@127.0.0.1:5432/almere_test"

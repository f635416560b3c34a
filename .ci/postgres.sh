#!/usr/bin/env bash
# Start a throw-away PostgreSQL on 127.0.0.1 for the test suite's second run.
# Usage: source .ci/postgres.sh   (exports DATABASE_URL; stop with: pg_stop_ci)
set -euo pipefail
PGPORT="${HEARTKEYS_CI_PGPORT:-54329}"
bindir=""
for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && bindir="$d"; done
if [ -z "$bindir" ]; then
  echo "ci: installing PostgreSQL from Debian's packages" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && bindir="$d"; done
fi
PGDATA_CI="$(mktemp -d /tmp/heartkeys-pg.XXXXXX)"
chown postgres "$PGDATA_CI" 2>/dev/null || true
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$bindir/initdb" -D "$PGDATA_CI/data" -A trust -U postgres -E UTF8 >/dev/null
as_pg "$bindir/pg_ctl" -D "$PGDATA_CI/data" -o "-p $PGPORT -h 127.0.0.1 -k $PGDATA_CI" -l "$PGDATA_CI/log" -w start >/dev/null
as_pg "$bindir/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres heartkeys
export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/heartkeys"
pg_stop_ci() { as_pg "$bindir/pg_ctl" -D "$PGDATA_CI/data" -m fast -w stop >/dev/null || true; rm -rf "$PGDATA_CI"; }
echo "ci: PostgreSQL ready at $DATABASE_URL" >&2

#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the store tests (tests marked `postgres`).
#
#   eval "$(bash .ci/start-postgres.sh | tail -n 1)"    # sets LEGATION_TEST_POSTGRES_URL
#
# Installs Debian's postgresql when no server binaries are present, creates (once) a cluster of
# its own under $LEGATION_PG_DIR (default /tmp/legation-pg) listening on 127.0.0.1 only, port
# $LEGATION_PG_PORT (default 55432), so a system cluster on 5432 is left alone; creates the role
# `legation` (password $LEGATION_PG_PASSWORD, default legation-test) and the database
# `legation_test`. Works as root (the server runs as the `postgres` user) and as a normal user.
# Re-running it is safe: a running server is reused. Everything but the last line goes to stderr;
# the last line on stdout is `export LEGATION_TEST_POSTGRES_URL=postgresql://...`.
set -euo pipefail

PG_DIR=${LEGATION_PG_DIR:-/tmp/legation-pg}
PG_PORT=${LEGATION_PG_PORT:-55432}
PG_ROLE=legation
PG_DB=legation_test
PG_PASSWORD=${LEGATION_PG_PASSWORD:-legation-test}

log() { echo "start-postgres: $*" >&2; }

find_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$d" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return; fi
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return; fi
}

BIN=$(find_bin)
if [ -z "$BIN" ]; then
  log "no PostgreSQL server found; installing Debian's postgresql"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
  BIN=$(find_bin)
  [ -n "$BIN" ] || { log "postgresql installed but pg_ctl not found"; exit 1; }
fi
log "using $BIN"

DATA="$PG_DIR/data"
SOCK="$PG_DIR/sock"
if [ "$(id -u)" -eq 0 ]; then
  SUPERUSER=postgres
  id postgres >/dev/null 2>&1 || useradd --system --home-dir "$PG_DIR" --shell /bin/sh postgres
  as_pg() { if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi; }
else
  SUPERUSER=$(id -un)
  as_pg() { "$@"; }
fi

mkdir -p "$PG_DIR" "$SOCK"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR" "$SOCK"; fi

if [ ! -s "$DATA/PG_VERSION" ]; then
  log "initialising a cluster in $DATA"
  as_pg "$BIN/initdb" -D "$DATA" -U "$SUPERUSER" --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >&2 || as_pg "$BIN/initdb" -D "$DATA" -U "$SUPERUSER" \
    --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C >&2
fi

if as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  log "server already running"
else
  log "starting the server on 127.0.0.1:$PG_PORT"
  as_pg "$BIN/pg_ctl" -D "$DATA" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $SOCK -c fsync=off -c full_page_writes=off" start >&2 \
    || { log "the server did not start; its log:"; tail -n 30 "$PG_DIR/server.log" >&2 || true; exit 1; }
fi

psql_su() { as_pg "$BIN/psql" -h "$SOCK" -p "$PG_PORT" -U "$SUPERUSER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

if [ "$(psql_su -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_ROLE'")" != "1" ]; then
  log "creating role $PG_ROLE"
  psql_su -c "CREATE ROLE $PG_ROLE LOGIN PASSWORD '$PG_PASSWORD'" >&2
else
  psql_su -c "ALTER ROLE $PG_ROLE LOGIN PASSWORD '$PG_PASSWORD'" >&2
fi
if [ "$(psql_su -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")" != "1" ]; then
  log "creating database $PG_DB"
  psql_su -c "CREATE DATABASE $PG_DB OWNER $PG_ROLE ENCODING 'UTF8' TEMPLATE template0" >&2
fi

URL="postgresql://$PG_ROLE:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DB"
log "ready: $PG_ROLE@127.0.0.1:$PG_PORT/$PG_DB (stop it with: pg_ctl -D $DATA stop)"
echo "export LEGATION_TEST_POSTGRES_URL=$URL"

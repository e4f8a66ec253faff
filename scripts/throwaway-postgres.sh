#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster in a temp directory on a free loopback port, runs the
# given command with TEST_DATABASE_URL pointing at it, then stops and removes the cluster.
# Installs Debian's postgresql package when no server is present. Fails loudly if it cannot
# start one: database tests must never be skipped silently.
#   usage: scripts/throwaway-postgres.sh <command> [args...]
set -euo pipefail

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

bindir=$(find_bin || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL server not found; installing Debian's postgresql package" >&2
  if [ "$(id -u)" -ne 0 ]; then echo "need root to install postgresql" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  bindir=$(find_bin)
fi
[ -x "$bindir/initdb" ] || { echo "PostgreSQL server could not be installed" >&2; exit 1; }

port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
dir=$(mktemp -d /tmp/letgo-pg.XXXXXX)
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$dir"
fi

stop() {
  as_pg "'$bindir/pg_ctl' -D '$dir/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_pg "'$bindir/initdb' -D '$dir/data' -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8" >/dev/null
as_pg "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
  -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >/dev/null \
  || { cat "$dir/server.log" >&2; echo "PostgreSQL did not start" >&2; exit 1; }

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "throwaway PostgreSQL ($("$bindir/postgres" --version)) on port $port" >&2
"$@"

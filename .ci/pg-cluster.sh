#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the server tests (docs/server-mode.md).
#   .ci/pg-cluster.sh start   initdb into a temporary folder, start on a free port on 127.0.0.1,
#                             print the lines to eval: export SANGSAENG_TEST_PG=... PGDATA_DIR=...
#   .ci/pg-cluster.sh stop    stop the cluster named by $SANGSAENG_TEST_PG_DIR and delete its folder
# Runs as the invoking user, or as the `postgres` system user when invoked as root (initdb refuses root).
# Authentication is `trust` on 127.0.0.1 only: the cluster lives for one test run and holds test data.
set -euo pipefail

pg_bin() {
  if command -v pg_config >/dev/null && [[ -x "$(pg_config --bindir)/initdb" ]]; then
    pg_config --bindir; return
  fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [[ -n "$dir" ]] || { echo "PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2; exit 1; }
  echo "$dir"
}

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    su postgres -s /bin/sh -c "$1"
  else
    sh -c "$1"
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $(( 20000 + RANDOM % 20000 ))
}

start() {
  local bin dir port user=sangsaeng db=sangsaeng_test
  bin=$(pg_bin)
  dir=$(mktemp -d /tmp/sangsaeng-pg.XXXXXX)
  chmod 755 "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
  port=$(free_port)
  as_owner "'$bin/initdb' -D '$dir/data' -A trust -U $user -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1" \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w \
    -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null" \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "'$bin/createdb' -h 127.0.0.1 -p $port -U $user $db"
  echo "export SANGSAENG_TEST_PG=postgresql://$user@127.0.0.1:$port/$db"
  echo "export SANGSAENG_TEST_PG_DIR=$dir"
}

stop() {
  local dir=${1:-${SANGSAENG_TEST_PG_DIR:-}}
  [[ -n "$dir" && -d "$dir/data" ]] || { echo "no cluster to stop (SANGSAENG_TEST_PG_DIR unset)" >&2; return 0; }
  as_owner "'$(pg_bin)/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null" || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start|stop [DIR]" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# A throwaway PostgreSQL for the store tests (test/store-postgres.test.ts): its own cluster in a
# temp dir, listening on 127.0.0.1 on a free port, socket in the temp dir, gone after stop.
# Installs Debian's postgresql first if no initdb is found (needs root or passwordless sudo).
#
#   sourced:  source .ci/postgres.sh; trap sealmatch_pg_stop EXIT; sealmatch_pg_start
#             -> exports SEALMATCH_PG_URL=postgres://sealmatch:PASSWORD@127.0.0.1:PORT/sealmatch
#                and SEALMATCH_PG_DIR (the temp dir: data/, server.log, socket)
#   executed: bash .ci/postgres.sh run -- CMD ARGS...   (start, run CMD with the URL, stop)
#             eval "$(bash .ci/postgres.sh start)"; ...; bash .ci/postgres.sh stop
#
# The server runs as the `postgres` user when we are root (PostgreSQL refuses to run as root),
# creating a `sealmatch-pg` system user if there is none; otherwise as the current user. The
# test role `sealmatch` owns the database but is not a superuser, like a production role.

sealmatch_pg_log() { echo "ci/postgres: $*" >&2; }

# Newest Debian server binaries, else whatever initdb is on PATH (other distributions).
sealmatch_pg_bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" ]]; then
    echo "$d"
    return 0
  fi
  d=$(command -v initdb 2>/dev/null) || return 1
  dirname "$(readlink -f "$d")"
}

sealmatch_pg_install() {
  sealmatch_pg_bindir >/dev/null && return 0
  sealmatch_pg_log "no PostgreSQL server found; installing Debian's postgresql"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || {
      sealmatch_pg_log "need root or sudo to apt-get install postgresql"
      return 1
    }
    sudo=(sudo -n)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql </dev/null >&2 ||
    return 1
  sealmatch_pg_bindir >/dev/null || {
    sealmatch_pg_log "postgresql installed but no initdb under /usr/lib/postgresql/*/bin"
    return 1
  }
}

# Runs a command as the owner of the cluster dir (from inside it, so no cwd warnings).
sealmatch_pg_as_owner() {
  local dir=$1
  shift
  if [[ $(id -u) -eq 0 ]]; then
    (cd "$dir" && runuser -u "$(stat -c %U "$dir")" -- "$@")
  else
    (cd "$dir" && "$@")
  fi
}

sealmatch_pg_start() {
  sealmatch_pg_install || return 1
  local bin dir user port pw started=0 try
  bin=$(sealmatch_pg_bindir) || return 1
  # /tmp, not $TMPDIR: the server user must reach it and socket paths must stay short.
  dir=$(mktemp -d /tmp/sealmatch-pg.XXXXXX) || return 1
  export SEALMATCH_PG_DIR=$dir # from here on sealmatch_pg_stop cleans up, even after a failure
  if [[ $(id -u) -eq 0 ]]; then
    user=postgres
    if ! id -u "$user" >/dev/null 2>&1; then
      user=sealmatch-pg
      id -u "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user" || return 1
    fi
    chown "$user" "$dir" || return 1
  fi

  # Local (socket) connections trust: the socket lives in this 0700 dir. TCP needs the password.
  if ! sealmatch_pg_as_owner "$dir" "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    sealmatch_pg_log "initdb failed"
    return 1
  fi
  # Durability is worthless for a cluster deleted after the run; fsync off makes tests faster.
  cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

  # A port can be taken between the probe and the bind: then pg_ctl fails and we try another.
  for try in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 30000))
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
    if sealmatch_pg_as_owner "$dir" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port" -w -t 60 start >/dev/null; then
      started=1
      break
    fi
  done
  if [[ $started -ne 1 ]]; then
    tail -n 20 "$dir/server.log" >&2 2>/dev/null
    sealmatch_pg_log "could not start the server"
    return 1
  fi

  pw=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  if ! sealmatch_pg_as_owner "$dir" "$bin/psql" -X -q -v ON_ERROR_STOP=1 -v pw="$pw" \
    -h "$dir" -p "$port" -U postgres -d postgres <<'SQL' >&2; then
CREATE ROLE sealmatch LOGIN PASSWORD :'pw';
CREATE DATABASE sealmatch OWNER sealmatch;
SQL
    sealmatch_pg_log "could not create the test database"
    return 1
  fi
  export SEALMATCH_PG_URL="postgres://sealmatch:${pw}@127.0.0.1:${port}/sealmatch"
  sealmatch_pg_log "$("$bin/postgres" --version) on 127.0.0.1:$port, data in $dir"
  sealmatch_pg_log "SEALMATCH_PG_URL=postgres://sealmatch:***@127.0.0.1:${port}/sealmatch"
}

# Stops the server and deletes the temp dir. Safe to call twice, or after a failed start.
sealmatch_pg_stop() {
  local dir=${SEALMATCH_PG_DIR:-} bin
  [[ -n "$dir" && -d "$dir" && "$dir" == /tmp/sealmatch-pg.* ]] || return 0
  if [[ -f "$dir/data/postmaster.pid" ]] && bin=$(sealmatch_pg_bindir); then
    sealmatch_pg_as_owner "$dir" "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null ||
      { tail -n 20 "$dir/server.log" >&2; sealmatch_pg_log "pg_ctl stop failed (server.log above)"; }
  fi
  rm -rf "$dir"
  unset SEALMATCH_PG_DIR SEALMATCH_PG_URL
  sealmatch_pg_log "stopped, $dir removed"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -uo pipefail
  case "${1:-}" in
    start)
      sealmatch_pg_start || {
        sealmatch_pg_stop
        exit 1
      }
      printf 'export SEALMATCH_PG_URL=%q\nexport SEALMATCH_PG_DIR=%q\n' "$SEALMATCH_PG_URL" "$SEALMATCH_PG_DIR"
      ;;
    stop)
      sealmatch_pg_stop
      ;;
    run)
      shift
      [[ "${1:-}" == "--" ]] && shift
      [[ $# -gt 0 ]] || {
        echo "usage: $0 run -- CMD [ARGS...]" >&2
        exit 2
      }
      trap sealmatch_pg_stop EXIT
      sealmatch_pg_start || exit 1
      "$@"
      ;;
    *)
      echo "usage: $0 start | stop | run -- CMD [ARGS...]" >&2
      exit 2
      ;;
  esac
fi

#!/usr/bin/env bash
# A throw-away PostgreSQL for the tests and for local runs.
#
#   .ci/postgres.sh [start]   install PostgreSQL from apt if missing, start a private cluster on
#                             127.0.0.1:$OKUBE_PG_PORT (default 55432), create the database and its
#                             user, apply infra/postgres/*.sql, print the connection string
#   .ci/postgres.sh stop      stop that cluster (its files stay, the next start reuses them)
#   .ci/postgres.sh status    exit 0 when that cluster is running
#   .ci/postgres.sh url       print the connection string only
#   source .ci/postgres.sh    same as start, then exports OKUBE_TEST_POSTGRES in the calling shell
#
# Everything is idempotent: starting a running cluster only re-applies the schema (which is harmless).
# Logs go to stderr; the only line on stdout is the connection string, so cs=$(.ci/postgres.sh) works.
#
# Settings (environment): OKUBE_PG_PORT (55432), OKUBE_PG_DIR (/tmp/okube-postgres-$PORT),
# OKUBE_PG_DATABASE (okube), OKUBE_PG_USER (okube), OKUBE_PG_PASSWORD (okube).

if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then
  # Sourced: run in a child bash so that the caller's shell options are left alone.
  if OKUBE_TEST_POSTGRES="$(bash "${BASH_SOURCE[0]}" start)"; then
    export OKUBE_TEST_POSTGRES
    echo "OKUBE_TEST_POSTGRES=${OKUBE_TEST_POSTGRES}" >&2
    return 0
  else
    return 1
  fi
fi

set -euo pipefail

port="${OKUBE_PG_PORT:-55432}"
# Not under $TMPDIR: the postgres user must reach it, and every caller must find the same one.
base="${OKUBE_PG_DIR:-/tmp/okube-postgres-${port}}"
database="${OKUBE_PG_DATABASE:-okube}"
user="${OKUBE_PG_USER:-okube}"
password="${OKUBE_PG_PASSWORD:-okube}"
data="${base}/data"
logfile="${base}/postgres.log"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The postgres user may not be allowed into the caller's directory.
cd /

log() { echo "postgres.sh: $*" >&2; }

connection_string() {
  echo "Host=127.0.0.1;Port=${port};Database=${database};Username=${user};Password=${password}"
}

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "${dir}/initdb" && -x "${dir}/pg_ctl" ]]; then
      echo "${dir}"
      return 0
    fi
  done
  return 1
}

install_postgres() {
  if find_bin >/dev/null && command -v psql >/dev/null; then
    return 0
  fi
  if [[ "$(id -u)" -ne 0 ]]; then
    log "PostgreSQL is not installed and this is not root: install the 'postgresql' package first"
    exit 1
  fi
  log "installing PostgreSQL from apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y --no-install-recommends postgresql postgresql-client >&2
  find_bin >/dev/null || { log "no initdb found after installing postgresql"; exit 1; }
}

# Runs a command as the cluster's owner: the 'postgres' system user when we are root (the server
# refuses to run as root), else ourselves.
as_owner() {
  if [[ "$(id -u)" -eq 0 ]]; then
    if command -v runuser >/dev/null; then
      runuser -u postgres -- "$@"
    else
      su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

ensure_owner_account() {
  if [[ "$(id -u)" -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    log "creating the postgres system user"
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi
}

is_running() {
  local bin
  bin="$(find_bin)" || return 1
  [[ -f "${data}/PG_VERSION" ]] || return 1
  as_owner "${bin}/pg_ctl" -D "${data}" status >/dev/null 2>&1
}

# psql as the superuser over the cluster's private socket directory.
superuser_psql() {
  as_owner psql -X -q -v ON_ERROR_STOP=1 -h "${base}" -p "${port}" -U postgres -d "${1}" "${@:2}"
}

start() {
  install_postgres
  ensure_owner_account
  local bin
  bin="$(find_bin)"

  mkdir -p "${base}"
  chmod 0755 "${base}"
  if [[ "$(id -u)" -eq 0 ]]; then
    chown postgres:postgres "${base}"
  fi

  if [[ ! -f "${data}/PG_VERSION" ]]; then
    log "creating a cluster in ${data}"
    as_owner "${bin}/initdb" -D "${data}" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >&2 \
      || as_owner "${bin}/initdb" -D "${data}" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --no-locale >&2
  fi

  if is_running; then
    log "already running on 127.0.0.1:${port}"
  else
    if command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p "${port}"; then
      log "port ${port} is taken by another server; set OKUBE_PG_PORT to another port"
      exit 1
    fi
    log "starting on 127.0.0.1:${port} (log: ${logfile})"
    as_owner "${bin}/pg_ctl" -D "${data}" -l "${logfile}" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p ${port} -k ${base} -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >&2
  fi

  superuser_psql postgres -v user="${user}" -v password="${password}" >&2 <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'user')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', :'user', :'password') \gexec
SQL
  superuser_psql postgres -v db="${database}" -v user="${user}" >&2 <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'user')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL

  log "applying infra/postgres"
  bash "${repo}/infra/postgres/apply.sh" "$(connection_string)" >&2
  connection_string
}

stop() {
  if is_running; then
    log "stopping the cluster in ${data}"
    as_owner "$(find_bin)/pg_ctl" -D "${data}" -m fast -w stop >&2
  else
    log "not running"
  fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) is_running ;;
  url) connection_string ;;
  *) echo "usage: $0 [start|stop|status|url]" >&2; exit 2 ;;
esac

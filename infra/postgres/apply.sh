#!/usr/bin/env bash
# Applies every infra/postgres/*.sql in file-name order, each in its own transaction, stopping at
# the first error. Every script is idempotent, so applying them again is harmless.
#
#   infra/postgres/apply.sh                       use the PG* environment variables (PGHOST, PGPORT, ...)
#   infra/postgres/apply.sh 'Host=...;Port=...;Database=...;Username=...;Password=...'
#                                                 an ADO.NET (Npgsql) connection string
#   infra/postgres/apply.sh 'postgresql://user:pw@host:port/db'   or 'host=... dbname=...'
#                                                 anything psql accepts as its database argument
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target=()

# Maps an ADO.NET connection string (Key=Value;...) onto libpq's environment variables.
from_adonet() {
  local part key value
  IFS=';' read -r -a parts <<<"$1"
  for part in "${parts[@]}"; do
    [[ "${part}" == *=* ]] || continue
    key="$(echo "${part%%=*}" | tr -d '[:space:]' | tr '[:upper:]' '[:lower:]')"
    value="${part#*=}"
    case "${key}" in
      host|server) export PGHOST="${value}" ;;
      port) export PGPORT="${value}" ;;
      database|db) export PGDATABASE="${value}" ;;
      username|userid|user|uid) export PGUSER="${value}" ;;
      password|pwd) export PGPASSWORD="${value}" ;;
      sslmode) export PGSSLMODE="$(echo "${value}" | tr '[:upper:]' '[:lower:]')" ;;
    esac
  done
}

if [[ $# -gt 0 && -n "$1" ]]; then
  if [[ "$1" == *";"* && "$1" != *"://"* ]]; then
    from_adonet "$1"
  else
    target=(-d "$1")
  fi
fi

# "already exists, skipping" notices are expected on a second run.
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"

shopt -s nullglob
scripts=("${here}"/*.sql)
if [[ ${#scripts[@]} -eq 0 ]]; then
  echo "apply.sh: no .sql files in ${here}" >&2
  exit 1
fi

for script in "${scripts[@]}"; do
  echo "apply.sh: $(basename "${script}")" >&2
  psql -X -q -v ON_ERROR_STOP=1 --single-transaction "${target[@]}" -f "${script}"
done

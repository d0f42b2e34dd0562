# One PostgreSQL for the whole run: a fresh data directory in the run's work folder, owned by an ordinary OS
# user (PostgreSQL refuses to run as root), listening on loopback only, with one configuration for everyone.

PG_OS_USER=${BENCH_PG_OS_USER:-plinthbench}
PG_PORT=${BENCH_PG_PORT:-}
PG_USER=bench
PG_PASSWORD=bench
PG_DB=blog

pg_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n $dir && -x $dir/pg_ctl ]] || return 1
  echo "$dir"
}

as_pg_user() {
  if [[ $(id -u) == 0 ]]; then runuser -u "$PG_OS_USER" -- "$@"; else "$@"; fi
}

pg_prepare_os_user() {
  [[ $(id -u) == 0 ]] || return 0
  if ! id "$PG_OS_USER" >/dev/null 2>&1; then
    log "creating the OS user $PG_OS_USER to run PostgreSQL (it refuses root)"
    useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_OS_USER"
  fi
}

# Writes the server settings every contender shares. Modest: a 2-core machine that also runs the load generator
# and the contender.
pg_write_config() {
  cat >> "$1/postgresql.conf" <<CONF

# --- Plinth benchmark settings (bench/lib/postgres.sh), the same for every contender ---
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$2'
max_connections = 200
shared_buffers = 512MB
effective_cache_size = 2GB
work_mem = 8MB
maintenance_work_mem = 256MB
wal_buffers = 16MB
max_wal_size = 4GB
checkpoint_timeout = 15min
synchronous_commit = off
random_page_cost = 1.1
jit = off
shared_preload_libraries = 'pg_stat_statements'
log_line_prefix = '%m [%p] '
log_min_messages = warning
log_parameter_max_length = -1
log_parameter_max_length_on_error = 0
track_io_timing = off
autovacuum = on
CONF
}

# Starts PostgreSQL in $1 (a fresh folder); sets PG_PID, PG_LOG, PG_BIN and PGHOST/PGPORT/... for psql.
pg_start() {
  local base=$1
  PG_BIN=$(pg_bindir) || die "no PostgreSQL server binaries found"
  [[ -n $PG_PORT ]] || PG_PORT=$(free_port)
  pg_prepare_os_user
  mkdir -p "$base/data" "$base/socket"
  chown -R "$PG_OS_USER" "$base" 2>/dev/null || true
  chmod 755 "$base"
  printf '%s\n' "$PG_PASSWORD" > "$base/pwfile"
  chown "$PG_OS_USER" "$base/pwfile" 2>/dev/null || true
  as_pg_user "$PG_BIN/initdb" -D "$base/data" -U "$PG_USER" --pwfile="$base/pwfile" -A scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 || { cat "$base/initdb.log" >&2; die "initdb failed"; }
  pg_write_config "$base/data" "$base/socket"
  PG_LOG=$base/postgresql.log
  touch "$PG_LOG"; chown "$PG_OS_USER" "$PG_LOG" 2>/dev/null || true
  if [[ $(id -u) == 0 ]]; then
    start_bg "$base/postmaster.out" runuser -u "$PG_OS_USER" -- "$PG_BIN/postgres" -D "$base/data" \
      -c "log_destination=stderr" -c "logging_collector=off"
    PG_PID=$BG_PID
  else
    start_bg "$base/postmaster.out" "$PG_BIN/postgres" -D "$base/data"
    PG_PID=$BG_PID
  fi
  PG_LOG=$base/postmaster.out
  PG_BASE=$base
  untrack_pid "$PG_PID"
  on_cleanup pg_stop
  export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=$PG_USER PGPASSWORD=$PG_PASSWORD PGDATABASE=$PG_DB
  local i
  for i in $(seq 1 100); do
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" && break
    kill -0 "$PG_PID" 2>/dev/null || { cat "$PG_LOG" >&2; die "PostgreSQL did not start"; }
    sleep 0.2
  done
  # runuser may sit between us and the postmaster: CPU is read from the postmaster itself.
  PG_POSTMASTER_PID=$(head -n 1 "$base/data/postmaster.pid")
  psql -q -d postgres -c "CREATE DATABASE $PG_DB" >/dev/null
  psql -q -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (data in $base/data)"
}

pg_stop() {
  [[ -n ${PG_PID:-} ]] || return 0
  as_pg_user "$PG_BIN/pg_ctl" -D "$PG_BASE/data" stop -m fast -w >/dev/null 2>&1 || true
  stop_pid "$PG_PID"
  PG_PID=
}

pg_version() { "$PG_BIN/postgres" --version | awk '{print $3}'; }

# psql on the benchmark database, quiet, stopping at the first error.
sql() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 "$@"; }
sql_value() { psql -X -qAt -v ON_ERROR_STOP=1 "$@"; }

# CPU ticks of the postmaster and every backend, including backends that have exited.
pg_cpu_ticks() { cpu_ticks_tree "$PG_POSTMASTER_PID"; }

pg_settings_summary() {
  sql_value -c "SELECT string_agg(name || '=' || current_setting(name), ', ' ORDER BY name) FROM pg_settings
    WHERE name IN ('shared_buffers','work_mem','max_connections','synchronous_commit','effective_cache_size',
                   'random_page_cost','jit','fsync')"
}

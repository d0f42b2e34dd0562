# The database's own ceiling: the SQL Plinth sends for one request of each scenario, captured from PostgreSQL's
# log, replayed by pgbench -M prepared with random parameters drawn as the wrk scenarios draw them.

CEILING_DIR=""

# With Plinth running and warm: one request per scenario, with every statement logged.
capture_plinth_sql() {
  CEILING_DIR=$WORK/ceiling
  mkdir -p "$CEILING_DIR"
  local s offset known=() admin_id
  if [[ $PLINTH_SECURITY == true ]]; then
    C_TOKEN=$(plinth_login "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
    admin_id=$(curl -fsS "$C_URL/auth/me" -H "Authorization: Bearer $C_TOKEN" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    known=("$admin_id" "${PLINTH_BENCH_USER_ID:-}")
  fi
  log "ceiling: capturing the SQL of one Plinth request per scenario"
  sql -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 0.5
  for s in "${SCENARIOS[@]}"; do
    [[ $s == mixed ]] && continue
    plinth_supports "$s" >/dev/null || continue
    plinth_token "$s" || continue
    offset=$(stat -c %s "$PG_LOG")
    run_wrk "$s" one 1 1 1 "$CEILING_DIR/$s.wrk.out" || true
    sleep 0.2
    tail -c +"$(( offset + 1 ))" "$PG_LOG" > "$CEILING_DIR/$s.log"
    if ! python3 "$BENCH/lib/capture.py" "$s" "$CEILING_DIR/$s.log" "$CEILING_DIR" "${known[@]}" \
        > "$CEILING_DIR/$s.capture.out" 2>&1; then
      warn "ceiling: could not turn the $s statements into a pgbench script: $(cat "$CEILING_DIR/$s.capture.out")"
    fi
    if is_write "$s"; then reset_data; fi
  done
  sql -c "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" >/dev/null
}

# pgbench_args SCENARIO WEIGHT: -f script@weight per script of the scenario (variants share the weight).
pgbench_args() {
  local s=$1 weight=$2 n f
  n=$(wc -l < "$CEILING_DIR/$s.scripts")
  while read -r f; do
    [[ -n $f ]] && printf -- '-f\n%s@%s\n' "$CEILING_DIR/$f" "$(( weight / n > 0 ? weight / n : 1 ))"
  done < "$CEILING_DIR/$s.scripts"
  while IFS= read -r line; do [[ -n $line ]] && printf -- '-D\n%s\n' "$line"; done < "$CEILING_DIR/$s.defs"
}

run_ceiling() {
  [[ -n $CEILING_DIR ]] || { warn "ceiling: nothing was captured"; return; }
  local s args=() out cpu0 cpu1 part
  for s in "${SCENARIOS[@]}"; do
    args=()
    if [[ $s == mixed ]]; then
      # The mixed run's mix: 50% get, 20% list, 10% expand, 10% create, 10% patch.
      local ok=true
      for part in get:150 list:60 expand:30 create:30 patch:30; do
        [[ -f $CEILING_DIR/${part%%:*}.scripts ]] || { ok=false; break; }
        mapfile -t -O "${#args[@]}" args < <(pgbench_args "${part%%:*}" "${part##*:}")
      done
      $ok || { record ceiling "$(json_obj scenario mixed skipped "not every part was captured")"; continue; }
    elif [[ -f $CEILING_DIR/$s.scripts ]]; then
      mapfile -t args < <(pgbench_args "$s" 300)
    else
      record ceiling "$(json_obj scenario "$s" skipped "no SQL captured from Plinth")"
      continue
    fi
    out=$CEILING_DIR/$s.pgbench.out
    cpu0=$(pg_cpu_ticks)
    "$PGBENCH" -n -M prepared -c "$POOL" -j "$THREADS" -T "$CEILING_SECONDS" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" \
      "${args[@]}" "$PG_DB" > "$out" 2>&1 || true
    cpu1=$(pg_cpu_ticks)
    record ceiling "$(python3 - "$out" "$s" "$(ticks_to_seconds $(( cpu1 - cpu0 )))" <<'PY'
import json, re, sys
text = open(sys.argv[1]).read()
def num(pattern):
    m = re.search(pattern, text)
    return float(m.group(1)) if m else None
tps = num(r"tps = ([\d.]+) \(without initial connection time\)")
print(json.dumps({"scenario": sys.argv[2], "tps": tps, "latency_ms_avg": num(r"latency average = ([\d.]+) ms"),
                  "transactions": num(r"number of transactions actually processed: (\d+)"),
                  "failed": num(r"number of failed transactions: (\d+)") or 0,
                  "cpu_postgres_s": float(sys.argv[3]),
                  "error": None if tps else text[-600:]}))
PY
)"
    if ! grep -q '^tps = ' "$out"; then
      warn "ceiling $s: pgbench failed: $(tail -n 5 "$out")"
    else
      log "ceiling $s: $(grep -m1 '^tps = ' "$out")"
    fi
    if is_write "$s"; then reset_data; fi
  done
  return 0
}

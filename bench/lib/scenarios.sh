# Runs one contender through warm-up and the measured scenarios with wrk, recording requests/s, latency,
# errors, and the CPU time of the contender and of PostgreSQL.

# run_wrk SCENARIO MODE SECONDS THREADS CONNECTIONS OUTFILE  (needs C_URL, C_DIALECT, C_TOKEN)
run_wrk() {
  local scenario=$1 mode=$2 seconds=$3 threads=$4 connections=$5 out=$6
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -s "$BENCH/wrk/bench.lua" "$C_URL" \
    -- "$scenario" "$C_DIALECT" "$DATA_DIR" "${C_TOKEN:--}" "$mode" "$(date +%s%N)" "$threads" > "$out" 2>&1
}

wrk_json() { sed -n 's/^BENCH_JSON //p' "$1" | tail -n 1; }

is_write() { [[ $WRITE_SCENARIOS == *" $1 "* ]]; }

run_contender() {
  local name=$1 fn=${1//-/_} port s supported=() reason per
  log "== $name"
  C_DB=$PG_DB C_TOKEN="" C_PID="" C_DIALECT=$BENCH/wrk/dialects/$name.lua C_UNAVAILABLE=""
  if ! declare -F "${fn}_start" >/dev/null; then
    record contender "{\"contender\":\"$name\",\"available\":false,\"reason\":\"unknown contender\"}"
    return
  fi
  if ! "${fn}_prepare" || ! { port=$(free_port); "${fn}_start" "$port"; }; then
    warn "$name is unavailable: $C_UNAVAILABLE"
    record contender "$(json_obj contender "$name" available false reason "$C_UNAVAILABLE")"
    if [[ -n $C_PID ]]; then stop_tracked "$C_PID"; fi
    return
  fi
  record contender "$(json_obj contender "$name" available true config "$("${fn}_config")")"
  for s in "${SCENARIOS[@]}"; do
    if reason=$("${fn}_supports" "$s"); then supported+=("$s"); else
      log "$name: $s skipped ($reason)"
      record scenario "$(json_obj contender "$name" scenario "$s" skipped "$reason")"
    fi
  done
  if (( ${#supported[@]} )); then
    warm_up "$name" "$fn" "${supported[@]}"
    reset_data "$C_DB"
    for s in "${supported[@]}"; do measure_scenario "$name" "$fn" "$s"; done
  fi
  declare -F "${fn}_after_measure" >/dev/null && "${fn}_after_measure"
  stop_tracked "$C_PID"
  declare -F "${fn}_stopped" >/dev/null && "${fn}_stopped"
  C_PID=""
}

# warm_up NAME FN SCENARIO...: WARMUP seconds of load in rounds over every scenario, at most WARMUP_SLICE seconds
# a scenario at a time, so that every code path is visited again after the others (a JIT compiles and deoptimizes
# as the mix changes; one pass of a few seconds each leaves a JVM contender mid-compilation on 2 shared cores).
warm_up() {
  local name=$1 fn=$2 s per spent=0; shift 2
  per=$(( WARMUP / $# )); (( per > WARMUP_SLICE )) && per=$WARMUP_SLICE; (( per >= 1 )) || per=1
  log "$name: warming up for ${WARMUP}s, ${per}s at a time on each of $*"
  while (( spent < WARMUP )); do
    for s in "$@"; do
      (( spent < WARMUP )) || break
      "${fn}_token" "$s" || true
      run_wrk "$s" warm "$per" "$THREADS" "$CONNECTIONS" "$WORK/warm-$name-$s.out" || true
      spent=$(( spent + per ))
    done
  done
}

measure_scenario() {
  local name=$1 fn=$2 s=$3 out=$WORK/$1-$3.out cpu_c0 cpu_p0 cpu_c1 cpu_p1 rss=0 r wrk_pid json bad
  if ! "${fn}_token" "$s"; then
    log "$name: $s skipped ($C_SKIP)"
    record scenario "$(json_obj contender "$name" scenario "$s" skipped "$C_SKIP")"
    return
  fi
  if (( CHECK_SECONDS > 0 )); then
    run_wrk "$s" check "$CHECK_SECONDS" 1 1 "$WORK/check-$name-$s.out" || true
    bad=$(sed -n 's/^BENCH_BAD //p' "$WORK/check-$name-$s.out" | head -n 1 || true)
    if [[ -n $bad ]]; then warn "$name $s: a check request failed: $bad"; fi
    if is_write "$s"; then reset_data "$C_DB"; fi
  fi
  cpu_c0=$(cpu_ticks_tree "$C_PID"); cpu_p0=$(pg_cpu_ticks)
  run_wrk "$s" measure "$DURATION" "$THREADS" "$CONNECTIONS" "$out" &
  wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do
    r=$(rss_tree_mb "$C_PID"); (( r > rss )) && rss=$r
    sleep 0.5
  done
  wait "$wrk_pid" || true
  cpu_c1=$(cpu_ticks_tree "$C_PID"); cpu_p1=$(pg_cpu_ticks)
  json=$(wrk_json "$out")
  if [[ -z $json ]]; then
    warn "$name $s: wrk printed no result"; cat "$out" >&2
    json='{"requests":0,"duration_us":1,"bytes":0,"errors":{"connect":0,"read":0,"write":0,"status":0,"timeout":0},"latency_us":{"mean":0,"p50":0,"p90":0,"p99":0,"max":0}}'
  fi
  # One python: append the record, print "<errors> <non-2xx> <summary>".
  local summary e st
  summary=$(python3 - "$json" "$name" "$s" "$(ticks_to_seconds $(( cpu_c1 - cpu_c0 )))" \
      "$(ticks_to_seconds $(( cpu_p1 - cpu_p0 )))" "$rss" "$RESULTS" <<'PY'
import json, sys
w = json.loads(sys.argv[1])
rps = w["requests"] / (w["duration_us"] / 1e6)
with open(sys.argv[7], "a") as f:
    f.write(json.dumps({"kind": "scenario", "contender": sys.argv[2], "scenario": sys.argv[3], "wrk": w,
                        "rps": round(rps, 1), "cpu_contender_s": float(sys.argv[4]),
                        "cpu_postgres_s": float(sys.argv[5]), "rss_mb_max": int(sys.argv[6])}) + "\n")
print(sum(w["errors"].values()), w["errors"]["status"], "%.0f req/s, p50 %.1f ms, p99 %.1f ms" % (
    rps, w["latency_us"]["p50"] / 1000, w["latency_us"]["p99"] / 1000))
PY
)
  read -r e st summary <<< "$summary"
  if (( e > 0 )); then
    warn "!!! $name $s: $st non-2xx responses and $(( e - st )) socket errors: the numbers are not valid"
    run_wrk "$s" check 1 1 1 "$WORK/check-$name-$s.out" || true
    bad=$(sed -n 's/^BENCH_BAD //p' "$WORK/check-$name-$s.out" | head -n 1 || true)
    if [[ -n $bad ]]; then warn "    a failing response: $bad"; fi
  fi
  log "$name $s: $summary"
  if is_write "$s"; then reset_data "$C_DB"; fi
  return 0
}

# check_row_rule TOKEN ALL-URL OTHERS-URL: the signed-in bench user must see some posts (ALL-URL lists posts)
# and none of another author's (OTHERS-URL lists posts not by author 1). Prints what is wrong, if anything.
check_row_rule() {
  local all others
  all=$(curl -fsS "$2" -H "Authorization: Bearer $1" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["data"]))') \
    || { echo "the bench user's list failed"; return 1; }
  others=$(curl -fsS "$3" -H "Authorization: Bearer $1" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["data"]))') \
    || { echo "the bench user's filtered list failed"; return 1; }
  if (( all == 0 )); then echo "the bench user sees no post"; return 1; fi
  if (( others > 0 )); then echo "the bench user sees posts of other authors: the row rule is not applied"; return 1; fi
}

# json_obj KEY VALUE ...: a JSON object; values that read as JSON objects, arrays, numbers or booleans stay so.
json_obj() {
  python3 - "$@" <<'PY'
import json, sys
a = sys.argv[1:]
o = {}
for k, v in zip(a[::2], a[1::2]):
    try:
        o[k] = json.loads(v) if v[:1] in "{[" or v in ("true", "false") or v.lstrip("-").replace(".", "", 1).isdigit() else v
    except ValueError:
        o[k] = v
print(json.dumps(o))
PY
}

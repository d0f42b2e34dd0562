# Cold start to the first successful API response, and the resident memory of Plinth started with the
# README's own command (its JVM options read from README.md): idle, and under the mixed load.

# The JVM options of the README's start command, its paths made absolute (the class data sharing archive).
readme_jvm_options() {
  sed -n 's|^\./mvnw -q package -DskipTests && java \(.*\)-jar admin-ui/target/plinth/plinth\.jar .*|\1|p' "$REPO/README.md" \
    | sed "s|=admin-ui/|=$REPO/admin-ui/|g"
}

# The jar the README's command runs: the build's extracted copy, beside its class data sharing archive.
README_JAR=$REPO/admin-ui/target/plinth/plinth.jar

# time_to_first_response URL PID LOG -> milliseconds since $STARTED_MS, polling every 50 ms
time_to_first_response() {
  local url=$1 pid=$2 logfile=$3 deadline=$(( SECONDS + 180 ))
  while (( SECONDS < deadline )); do
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then echo $(( $(now_ms) - STARTED_MS )); return 0; fi
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$logfile" >&2; return 1; }
    sleep 0.05
  done
  return 1
}

IDLE_SECONDS=${IDLE_SECONDS:-5}

measure_memory_and_start() {
  local port pid ms idle loaded r wrk_pid dir=$WORK/readme jvm
  jvm=$(readme_jvm_options)
  mkdir -p "$dir"
  log "cold start with the embedded database: java ${jvm}-jar plinth.jar --model=... --data-dir=<fresh folder>"
  port=$(free_port)
  STARTED_MS=$(now_ms)
  # From the folder it would run in, as a user would: env -C sets the working directory.
  start_bg "$dir/embedded.log" env -C "$dir" PLINTH_ADMIN_EMAIL="$ADMIN_EMAIL" \
    PLINTH_ADMIN_PASSWORD="$ADMIN_PASSWORD" java $jvm -jar "$README_JAR" --model="$MODEL_DIR" \
    --data-dir="$dir/data" --server.port="$port"
  pid=$BG_PID
  if ms=$(time_to_first_response "http://127.0.0.1:$port/api/post?limit=1" "$pid" "$dir/embedded.log"); then
    sleep "$IDLE_SECONDS"
    idle=$(rss_mb "$pid")
    log "embedded: first response after ${ms} ms; idle RSS ${idle} MB (java process; the embedded PostgreSQL is apart)"
    record start "$(json_obj contender plinth what "embedded database, fresh data folder (README command)" ms "$ms" idle_rss_mb "$idle")"
  else
    warn "Plinth with the embedded database did not answer (log: $dir/embedded.log)"
    record start "$(json_obj contender plinth what "embedded database, fresh data folder (README command)" error "did not start")"
  fi
  stop_tracked "$pid"

  log "the README's command on the loaded external database: cold start, idle and loaded RSS"
  port=$(free_port)
  STARTED_MS=$(now_ms)
  start_bg "$dir/external.log" env PLINTH_ADMIN_EMAIL="$ADMIN_EMAIL" PLINTH_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java $jvm -jar "$README_JAR" --model="$MODEL_DIR" --db-url="$(DB_URL)" --db-user="$PG_USER" \
    --db-password="$PG_PASSWORD" --server.port="$port"
  pid=$BG_PID
  if ! ms=$(time_to_first_response "http://127.0.0.1:$port/api/post?limit=1" "$pid" "$dir/external.log"); then
    warn "Plinth on the external database did not answer (log: $dir/external.log)"
    stop_tracked "$pid"; return 0
  fi
  sleep "$IDLE_SECONDS"
  idle=$(rss_mb "$pid")
  C_URL=http://127.0.0.1:$port C_DIALECT=$BENCH/wrk/dialects/plinth.lua C_PID=$pid
  plinth_token mixed || true
  loaded=$idle
  run_wrk mixed measure "$DURATION" "$THREADS" "$CONNECTIONS" "$dir/load.out" &
  wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do r=$(rss_mb "$pid"); (( r > loaded )) && loaded=$r; sleep 0.5; done
  wait "$wrk_pid" || true
  reset_data
  log "external: first response after ${ms} ms; RSS idle ${idle} MB, under the mixed load ${loaded} MB"
  record start "$(json_obj contender plinth what "external database, loaded (README command)" ms "$ms")"
  record memory "$(json_obj contender plinth command "java ${jvm}-jar admin-ui/target/plinth/plinth.jar --model=... --db-url=... (the README's JVM options)" idle_rss_mb "$idle" loaded_rss_mb "$loaded" load "mixed, ${DURATION}s")"
  stop_tracked "$pid"
  C_PID=""
}

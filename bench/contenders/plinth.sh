# Plinth: the jar built from this repository, on the blog model copy (with the bench role), external PostgreSQL.

plinth_prepare() { [[ -f $PLINTH_JAR ]] || { C_UNAVAILABLE="no jar at $PLINTH_JAR"; return 1; }; }

plinth_start() {
  local port=$1
  C_URL=http://127.0.0.1:$port
  C_LOG=$WORK/plinth.log
  start_bg "$C_LOG" env PLINTH_ADMIN_EMAIL="$ADMIN_EMAIL" PLINTH_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    PLINTH_DB_POOL_SIZE="$POOL" java $JVM_OPTS -jar "$PLINTH_JAR" --model="$MODEL_DIR" --db-url="$(DB_URL)" \
    --db-user="$PG_USER" --db-password="$PG_PASSWORD" --server.port="$port" --logging.level.root=WARN
  C_PID=$BG_PID
  if ! wait_http "$C_URL/api/tag?limit=1" "$C_PID" 180 "$C_LOG"; then
    C_UNAVAILABLE="Plinth did not start (log: $C_LOG)"; return 1
  fi
  plinth_detect_security
}

plinth_config() {
  json_obj command "java $JVM_OPTS -jar admin-ui/target/plinth.jar --model=<blog copy + roles/bench.json> --db-url=... --server.port=N --logging.level.root=WARN" \
    pool "$POOL" jvm "$JVM_OPTS" security "$PLINTH_SECURITY" \
    notes "PLINTH_DB_POOL_SIZE=$POOL; web server threads: Plinth's default, the pool's size but at most twice the processors with PostgreSQL on this machine; with security, scenarios other than jwt_* send the admin's JWT (admin: no row rule), jwt_* the bench user's"
}

# Security is being built: with POST /auth/login, every request carries a JWT; without it, the API is open and
# the jwt_* scenarios are skipped.
plinth_detect_security() {
  local status
  status=$(curl -s -o "$WORK/login.json" -w '%{http_code}' -X POST "$C_URL/auth/login" \
    -H 'Content-Type: application/json' -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}")
  if [[ $status == 200 ]]; then
    PLINTH_SECURITY=true
    plinth_bench_user
  elif [[ $status == 404 || $status == 405 || $status == 401 && ! -s $WORK/login.json ]]; then
    PLINTH_SECURITY=false
    PLINTH_JWT_REASON="skipped: needs security (POST /auth/login answered $status)"
    log "plinth: no POST /auth/login yet (HTTP $status): the API is open, jwt_* scenarios are skipped"
  else
    PLINTH_SECURITY=false
    PLINTH_JWT_REASON="skipped: POST /auth/login as the admin answered $status: $(head -c 300 "$WORK/login.json")"
    warn "plinth: $PLINTH_JWT_REASON"
  fi
}

plinth_login() { # EMAIL PASSWORD -> access token on stdout
  curl -fsS -X POST "$C_URL/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}

# The bench user: created by the admin with the bench role, linked to author 1 (author.userId is unique).
plinth_bench_user() {
  local admin status user_id token
  admin=$(plinth_login "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
  status=$(curl -s -o "$WORK/bench-user.json" -w '%{http_code}' -X POST "$C_URL/admin/api/users" \
    -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$BENCH_USER_EMAIL\",\"password\":\"$BENCH_USER_PASSWORD\",\"roles\":[\"bench\"]}")
  if [[ $status != 201 && $status != 409 ]]; then
    PLINTH_JWT_REASON="skipped: creating the bench user (POST /admin/api/users) answered $status: $(head -c 300 "$WORK/bench-user.json")"
    warn "plinth: $PLINTH_JWT_REASON"; return 0
  fi
  if ! token=$(plinth_login "$BENCH_USER_EMAIL" "$BENCH_USER_PASSWORD"); then
    PLINTH_JWT_REASON="skipped: the bench user could not sign in"; warn "plinth: $PLINTH_JWT_REASON"; return 0
  fi
  user_id=$(curl -fsS "$C_URL/auth/me" -H "Authorization: Bearer $token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  sql -c "UPDATE author SET user_id = NULL WHERE user_id = '$user_id';
          UPDATE author SET user_id = '$user_id' WHERE id = bench_id('018f0000', 1)"
  PLINTH_BENCH_USER_ID=$user_id
  PLINTH_JWT_REASON=""
  local problem author1=018f0000-0000-7000-8000-000000000001
  if ! problem=$(check_row_rule "$token" "$C_URL/api/post?limit=20" \
      "$C_URL/api/post?limit=20&filter=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "author != '$author1'")"); then
    PLINTH_JWT_REASON="skipped: $problem"; warn "plinth: $PLINTH_JWT_REASON"; return 0
  fi
  log "plinth: security on; bench user $user_id reads the posts of author 1"
}

plinth_supports() {
  case $1 in
    jwt_*) [[ $PLINTH_SECURITY == true && -z $PLINTH_JWT_REASON ]] || { echo "$PLINTH_JWT_REASON"; return 1; } ;;
  esac
  return 0
}

# A token per user, signed in again when it is 10 minutes old (Plinth's access tokens live 15): a password
# sign-in costs a bcrypt check, too slow to repeat before every scenario of a short run.
declare -gA PLINTH_TOKEN=() PLINTH_TOKEN_AT=()
plinth_token() {
  C_TOKEN=""
  [[ $PLINTH_SECURITY == true ]] || return 0
  local who=admin
  [[ $1 == jwt_* ]] && who=bench
  if [[ -n ${PLINTH_TOKEN[$who]:-} ]] && (( SECONDS - PLINTH_TOKEN_AT[$who] < 600 )); then
    C_TOKEN=${PLINTH_TOKEN[$who]}
    return 0
  fi
  if [[ $who == bench ]]; then
    C_TOKEN=$(plinth_login "$BENCH_USER_EMAIL" "$BENCH_USER_PASSWORD")
  else
    C_TOKEN=$(plinth_login "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
  fi || { C_SKIP="sign-in failed"; return 1; }
  PLINTH_TOKEN[$who]=$C_TOKEN
  PLINTH_TOKEN_AT[$who]=$SECONDS
}

plinth_after_measure() { capture_plinth_sql; }

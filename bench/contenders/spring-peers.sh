# The two Spring peers: hand-written Spring MVC + JdbcTemplate (bench/peers/spring-jdbc) and Spring Data REST +
# JPA (bench/peers/spring-data-rest). Each is its own Maven project, built with the repository's ./mvnw -f.
# Same JVM options, pool size and log level as Plinth.

# java_peer_prepare NAME: builds bench/peers/NAME when its jar is missing or older than its sources.
java_peer_prepare() {
  local dir=$BENCH/peers/$1 jar=$BENCH/peers/$1/target/$1.jar
  if [[ -f $jar && -z $(find "$dir/src" "$dir/pom.xml" -newer "$jar" -type f -print -quit) ]]; then return 0; fi
  log "$1: building (./mvnw -q -f bench/peers/$1/pom.xml package -DskipTests)"
  if ! (cd "$REPO" && ./mvnw -q -f "bench/peers/$1/pom.xml" package -DskipTests) > "$WORK/build-$1.log" 2>&1; then
    C_UNAVAILABLE="the Maven build failed (log: $WORK/build-$1.log)"; return 1
  fi
}

# java_peer_start NAME PORT READY-PATH
java_peer_start() {
  local name=$1 port=$2
  C_URL=http://127.0.0.1:$port
  C_LOG=$WORK/$name.log
  start_bg "$C_LOG" java $JVM_OPTS -jar "$BENCH/peers/$name/target/$name.jar" --server.port="$port" \
    --spring.datasource.url="$(DB_URL)" --spring.datasource.username="$PG_USER" \
    --spring.datasource.password="$PG_PASSWORD" --spring.datasource.hikari.maximum-pool-size="$POOL" \
    --logging.level.root=WARN
  C_PID=$BG_PID
  wait_http "$C_URL$3" "$C_PID" 180 "$C_LOG" || { C_UNAVAILABLE="it did not start (log: $C_LOG)"; return 1; }
}

# Neither peer has a sign-in in this benchmark: the jwt_* scenarios are Plinth's own.
java_peer_supports() {
  case $1 in jwt_*) echo "n/a: no sign-in or row rules in this peer"; return 1 ;; esac
}

spring_jdbc_prepare() { java_peer_prepare spring-jdbc; }
spring_jdbc_start() { java_peer_start spring-jdbc "$1" "/posts?status=draft&limit=1"; }
spring_jdbc_supports() { java_peer_supports "$1"; }
spring_jdbc_token() { C_TOKEN=""; }
spring_jdbc_config() {
  json_obj command "java $JVM_OPTS -jar bench/peers/spring-jdbc/target/spring-jdbc.jar --spring.datasource.hikari.maximum-pool-size=$POOL --logging.level.root=WARN" \
    stack "Spring Boot 3.5.7, Spring MVC, JdbcTemplate, HikariCP, Jackson" \
    notes "hand-written SQL; the expanded list is one statement with a lateral JSON aggregation; count=true adds a count query; Bean Validation on create"
}

spring_data_rest_prepare() { java_peer_prepare spring-data-rest; }
spring_data_rest_start() { java_peer_start spring-data-rest "$1" "/posts/search/byStatus?status=draft&size=1"; }
spring_data_rest_supports() { java_peer_supports "$1"; }
spring_data_rest_token() { C_TOKEN=""; }
spring_data_rest_config() {
  json_obj command "java $JVM_OPTS -jar bench/peers/spring-data-rest/target/spring-data-rest.jar --spring.datasource.hikari.maximum-pool-size=$POOL --logging.level.root=WARN" \
    stack "Spring Boot 3.5.7, Spring Data REST, Spring Data JPA, Hibernate 6, HikariCP" \
    notes "framework defaults: HAL responses, lazy relations (expand = projection 'expanded', loading author and tags per post), @Version optimistic locking, Bean Validation"
}

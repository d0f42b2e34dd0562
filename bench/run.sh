#!/usr/bin/env bash
# Plinth's benchmark: one PostgreSQL, the blog example at realistic volume, Plinth (and with --peers the peer
# products and hand-written Spring) under the same wrk scenarios, the database's own ceiling through pgbench,
# cold start and memory. Everything it starts is stopped on exit. See bench/README.md.
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH/.." && pwd)

usage() {
  cat <<USAGE
Usage: bench/run.sh [--quick] [--peers] [--only NAME[,NAME...]] [--duration S] [--warmup S]
                    [--connections N] [--threads N] [--autogroup off|keep] [--keep]

  (no flag)        Plinth and the pgbench ceiling, full runs
  --quick          Plinth and the ceiling, short runs (about 3 minutes in all)
  --peers          also Spring Data REST, Spring JDBC, Platformatic DB and Directus
  --only LIST      only these contenders (plinth, spring-jdbc, spring-data-rest, platformatic, directus)
  --scenarios LIST only these scenarios (get, list, expand, count, create, patch, jwt_get, jwt_list, mixed)
  --duration S     seconds each measured scenario runs (default 30; --quick 3)
  --warmup S       seconds of warm-up load per contender, in rounds over all scenarios (default 180; --quick 8)
  --connections N  wrk connections (default 32)      --threads N   wrk threads (default 2)
  --pool N         connection pool of every contender, and pgbench clients (default 16)
  --no-memory      skip the cold-start and memory measurements
  --autogroup M    off (default): kernel.sched_autogroup_enabled=0 for the run, restored on exit;
                   keep: measure under the machine's own setting
  --keep           keep the work folder (logs, captured SQL, PostgreSQL data) after the run
USAGE
}

# Everything runs inside main, which bash reads whole before it starts: editing this file during a run cannot
# change the run.
main() {
  QUICK=false PEERS=false KEEP=false MEMORY=true ONLY="" SCENARIO_LIST="" AUTOGROUP=off
  DURATION="" WARMUP="" WARMUP_SLICE=10 CONNECTIONS=32 THREADS=2 POOL=16
  while (( $# )); do
    case $1 in
      --quick) QUICK=true ;;
      --peers) PEERS=true ;;
      --only) ONLY=$2; shift ;;
      --scenarios) SCENARIO_LIST=$2; shift ;;
      --duration) DURATION=$2; shift ;;
      --warmup) WARMUP=$2; shift ;;
      --connections) CONNECTIONS=$2; shift ;;
      --threads) THREADS=$2; shift ;;
      --pool) POOL=$2; shift ;;
      --no-memory) MEMORY=false ;;
      --autogroup) AUTOGROUP=$2; shift
                   [[ $AUTOGROUP == off || $AUTOGROUP == keep ]] || { usage >&2; exit 2; } ;;
      --keep) KEEP=true ;;
      -h|--help) usage; exit 0 ;;
      *) usage >&2; exit 2 ;;
    esac
    shift
  done
  if $QUICK; then
    DURATION=${DURATION:-3} WARMUP=${WARMUP:-8}
    $PEERS && { echo "--quick runs Plinth and the ceiling only; --peers ignored" >&2; PEERS=false; }
  else
    DURATION=${DURATION:-30} WARMUP=${WARMUP:-180}
  fi
  CHECK_SECONDS=1 IDLE_SECONDS=5 CEILING_SECONDS=$DURATION
  if $QUICK; then CHECK_SECONDS=0 IDLE_SECONDS=3 CEILING_SECONDS=2; fi

  source "$BENCH/lib/common.sh"
  source "$BENCH/lib/postgres.sh"
  source "$BENCH/lib/tools.sh"
  source "$BENCH/lib/scenarios.sh"
  source "$BENCH/lib/ceiling.sh"
  source "$BENCH/lib/memory.sh"
  source "$BENCH/lib/scheduler.sh"
  for contender_file in "$BENCH"/contenders/*.sh; do source "$contender_file"; done

  ALL_SCENARIOS=(get list expand count create patch jwt_get jwt_list mixed)
  WRITE_SCENARIOS=" create patch mixed "
  if [[ -n $SCENARIO_LIST ]]; then IFS=, read -r -a SCENARIOS <<< "$SCENARIO_LIST"; else SCENARIOS=("${ALL_SCENARIOS[@]}"); fi

  if [[ -n $ONLY ]]; then
    IFS=, read -r -a CONTENDERS <<< "$ONLY"
  elif $PEERS; then
    CONTENDERS=(plinth spring-jdbc spring-data-rest platformatic directus)
  else
    CONTENDERS=(plinth)
  fi

  # The same for every JVM contender.
  JVM_OPTS=${BENCH_JVM_OPTS:-"-Xms512m -Xmx512m -XX:+UseG1GC"}
  ADMIN_EMAIL=bench-admin@example.com
  ADMIN_PASSWORD=bench-admin-Passw0rd
  BENCH_USER_EMAIL=bench-user@example.com
  BENCH_USER_PASSWORD=bench-user-Passw0rd

  STAMP=$(date -u +%Y%m%dT%H%M%SZ)
  WORK=$(mktemp -d /tmp/plinth-bench.XXXXXX)
  chmod 755 "$WORK"
  RESULTS=$WORK/results.jsonl
  : > "$RESULTS"
  trap cleanup_all EXIT
  trap 'exit 130' INT TERM
  $KEEP || on_cleanup 'rm -rf "$WORK"'
  $KEEP && on_cleanup 'echo "work folder kept: $WORK" >&2'

  START_SECONDS=$SECONDS
  log "work folder $WORK; contenders: ${CONTENDERS[*]}; scenarios: ${SCENARIOS[*]}"
  log "wrk -t$THREADS -c$CONNECTIONS, ${DURATION}s a scenario, ${WARMUP}s warm-up, pool $POOL"

  ensure_tools
  build_plinth
  scheduler_prepare

  pg_start "$WORK/pg"
  prepare_model "$WORK/model"
  load_data "$WORK"

  for contender in "${CONTENDERS[@]}"; do
    run_contender "$contender"
    if [[ $contender == plinth ]]; then
      run_ceiling
    fi
  done

  if $MEMORY; then
    measure_memory_and_start
  fi

  record meta "$(machine_json)"
  mkdir -p "$BENCH/results"
  OUT=$BENCH/results/$STAMP.json
  python3 "$BENCH/lib/report.py" "$RESULTS" "$OUT"
  log "results written to ${OUT#"$REPO"/} ($(( SECONDS - START_SECONDS ))s in all)"
}

main "$@"

# Helpers shared by bench/run.sh and its libraries: logging, cleanup of what the run started, waiting for
# HTTP, and reading CPU time and resident memory from /proc.

log() { printf '\033[1m[bench %(%H:%M:%S)T]\033[0m %s\n' -1 "$*" >&2; }
warn() { printf '\033[1;33m[bench WARNING]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[bench FAILED]\033[0m %s\n' "$*" >&2; exit 1; }

# Processes this run started, stopped by the EXIT trap in reverse order. Each entry is a pid; the process is
# started with setsid so its whole group (a JVM, node and their children) is stopped together.
STARTED_PIDS=()
CLEANUP_HOOKS=()

track_pid() { STARTED_PIDS+=("$1"); }
on_cleanup() { CLEANUP_HOOKS+=("$1"); }

stop_pid() {
  local pid=$1 waited=0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && (( waited < 150 )); do sleep 0.1; waited=$((waited + 1)); done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

untrack_pid() {
  local pid=$1 kept=() p
  for p in "${STARTED_PIDS[@]}"; do [[ $p == "$pid" ]] || kept+=("$p"); done
  STARTED_PIDS=("${kept[@]}")
}

# Stops one tracked process and forgets it.
stop_tracked() {
  stop_pid "$1"
  untrack_pid "$1"
}

cleanup_all() {
  local status=$? i
  trap - EXIT INT TERM
  for (( i=${#STARTED_PIDS[@]}-1; i>=0; i-- )); do stop_pid "${STARTED_PIDS[$i]}"; done
  for (( i=${#CLEANUP_HOOKS[@]}-1; i>=0; i-- )); do eval "${CLEANUP_HOOKS[$i]}" || true; done
  exit "$status"
}

# Starts a command in its own process group, output to a log file; its pid is left in BG_PID (not printed: a
# command substitution would run it in a subshell that cannot track it).
start_bg() {
  local logfile=$1; shift
  setsid "$@" >"$logfile" 2>&1 < /dev/null &
  BG_PID=$!
  track_pid "$BG_PID"
}

# Waits until a URL answers 2xx; fails when the process dies or the time runs out.
wait_http() {
  local url=$1 pid=$2 seconds=${3:-120} logfile=${4:-} start=$SECONDS
  shift 4 || true
  while (( SECONDS - start < seconds )); do
    if curl -fsS -o /dev/null --max-time 2 "$@" "$url" 2>/dev/null; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      [[ -n $logfile ]] && tail -n 40 "$logfile" >&2
      return 1
    fi
    sleep 0.2
  done
  [[ -n $logfile ]] && tail -n 40 "$logfile" >&2
  return 1
}

CLK_TCK=$(getconf CLK_TCK)

# CPU seconds (user + system) of one process and all its live descendants, plus what its reaped children used.
cpu_ticks_tree() {
  local root=$1 total=0 pid line rest
  [[ -r /proc/$root/stat ]] || { echo 0; return; }
  for pid in $(descendants "$root") "$root"; do
    line=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
    rest=${line##*) }
    # fields after the command: state(3) ... utime(14) stime(15) cutime(16) cstime(17)
    read -r -a f <<< "$rest"
    total=$(( total + f[11] + f[12] ))
    if [[ $pid == "$root" ]]; then total=$(( total + f[13] + f[14] )); fi
  done
  echo "$total"
}

descendants() {
  local parent=$1 child
  for child in $(cat /proc/"$parent"/task/*/children 2>/dev/null); do
    echo "$child"
    descendants "$child"
  done
}

ticks_to_seconds() { awk -v t="$1" -v hz="$CLK_TCK" 'BEGIN { printf "%.2f", t / hz }'; }

# Resident memory in MB of one process (not its children).
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# Resident memory in MB of a process and its descendants (for node contenders with workers).
rss_tree_mb() {
  local total=0 pid kb
  for pid in "$1" $(descendants "$1"); do
    kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
    total=$(( total + ${kb:-0} ))
  done
  echo $(( total / 1024 ))
}

now_ms() { date +%s%3N; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

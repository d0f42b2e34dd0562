# How the kernel shares the two cores between wrk, the contender and PostgreSQL during the run.
#
# Debian's kernel groups processes by session (kernel.sched_autogroup_enabled=1, a desktop feature) and shares the
# cores evenly between the groups. The benchmark starts PostgreSQL and each contender in sessions of their own, and
# wrk runs in the benchmark's: three groups, each held to a third of the two cores whenever all three are busy. A
# request then waits for its group's turn at every hand-over (wrk to server, server to PostgreSQL and back), and
# every contender's p99 latency grows three- to fourfold while its throughput stays the same (bench/README.md,
# "Seventh round"). Database servers commonly run with autogroup off; the benchmark does too, the same for every
# contender, unless told to keep the machine's setting.

AUTOGROUP_SETTING=/proc/sys/kernel/sched_autogroup_enabled

# scheduler_prepare: turns autogroup off for the run when AUTOGROUP=off (the default) and it is on, and puts it back
# on exit. Must run before anything measured starts: a process stays in the group it was started in. Sets
# SCHED_AUTOGROUP to the setting the run measures under (1, 0, or "n/a" for a kernel without autogroup).
scheduler_prepare() {
  SCHED_AUTOGROUP=n/a
  [[ -r $AUTOGROUP_SETTING ]] || return 0
  SCHED_AUTOGROUP=$(<"$AUTOGROUP_SETTING")
  [[ $SCHED_AUTOGROUP == 1 && $AUTOGROUP == off ]] || return 0
  if { echo 0 > "$AUTOGROUP_SETTING"; } 2>/dev/null; then
    on_cleanup "echo 1 > $AUTOGROUP_SETTING"
    SCHED_AUTOGROUP=0
    log "kernel.sched_autogroup_enabled 1 -> 0 for the run (back to 1 on exit): wrk, contenders and PostgreSQL share the cores thread by thread"
  else
    warn "kernel.sched_autogroup_enabled is 1 and cannot be changed (run as root, or --autogroup keep): wrk, the contender and PostgreSQL each get a third of the cores when all are busy, and every contender's tail latency grows"
  fi
}

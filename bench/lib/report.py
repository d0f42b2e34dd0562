"""Reads the run's records (one JSON object a line), prints a table per scenario and the targets of issue 6,
and writes the whole result as one JSON file.

Usage: report.py RESULTS.jsonl OUT.json
"""
import json
import sys

DESCRIPTIONS = {
    "get": "one post by random id",
    "list": "20 posts, filtered by a random status, newest first",
    "expand": "the same list with expand=author,tags",
    "count": "the same list with count=exact",
    "create": "create one post (random body)",
    "patch": "PATCH one random post (title, viewCount); PUT where there is no PATCH",
    "jwt_get": "one post as the bench user, whose role filters rows by $user.id",
    "jwt_list": "20 posts as the bench user, filtered by the role's rule",
    "mixed": "80% reads (50 get, 20 list, 10 expand), 20% writes (10 create, 10 patch)",
}
ORDER = list(DESCRIPTIONS)
P99_TARGET_MS = {"get": 20, "list": 20, "create": 20, "patch": 20, "expand": 50}
GENERATED = ("platformatic", "directus")
RED, BOLD, RESET = "\033[1;31m", "\033[1m", "\033[0m"


def load(path):
    out = {"meta": {}, "data": {}, "contenders": {}, "scenarios": {}, "start": [], "memory": []}
    for line in open(path):
        if not line.strip():
            continue
        r = json.loads(line)
        kind = r.pop("kind")
        if kind == "meta":
            out["meta"] = r
        elif kind == "data":
            out["data"] = r
        elif kind == "contender":
            out["contenders"][r.pop("contender")] = r
        elif kind == "scenario":
            s = out["scenarios"].setdefault(r["scenario"], {"description": DESCRIPTIONS.get(r["scenario"], ""),
                                                            "ceiling": None, "results": {}})
            contender = r.pop("contender")
            s["results"][contender] = {k: v for k, v in r.items() if k != "scenario"}
        elif kind == "ceiling":
            s = out["scenarios"].setdefault(r["scenario"], {"description": DESCRIPTIONS.get(r["scenario"], ""),
                                                            "ceiling": None, "results": {}})
            s["ceiling"] = {k: v for k, v in r.items() if k != "scenario"}
        elif kind in ("start", "memory"):
            out[kind].append(r)
    return out


def errors(r):
    return sum(r["wrk"]["errors"].values()) if "wrk" in r else 0


def fmt(n, digits=0):
    return "-" if n is None else format(n, ",.%df" % digits)


def table(name, s, lines):
    ceiling = s.get("ceiling") or {}
    tps = ceiling.get("tps")
    head = "%s%s%s: %s" % (BOLD, name, RESET, s["description"])
    if tps:
        head += "   [ceiling: pgbench %s tps, PostgreSQL CPU %.1fs]" % (fmt(tps), ceiling.get("cpu_postgres_s", 0))
    elif ceiling.get("skipped") or ceiling.get("error"):
        head += "   [ceiling: %s]" % (ceiling.get("skipped") or "pgbench failed")
    lines.append(head)
    lines.append("  %-17s %9s %11s %10s %8s %8s %7s %8s %8s %7s" % (
        "contender", "req/s", "plinth/it", "%ceiling", "p50 ms", "p99 ms", "errors", "cpu app", "cpu pg", "rss MB"))
    plinth = s["results"].get("plinth", {}).get("rps")
    for c, r in s["results"].items():
        if "skipped" in r:
            lines.append("  %-17s %s" % (c, r["skipped"]))
            continue
        rps, lat, err = r["rps"], r["wrk"]["latency_us"], errors(r)
        ratio = "%.2fx" % (plinth / rps) if plinth and rps else "-"
        share = "%.0f%%" % (100 * rps / tps) if tps and rps else "-"
        e = ("%s%d%s" % (RED, err, RESET)) if err else "0"
        lines.append("  %-17s %9s %11s %10s %8.1f %8.1f %7s %8.1f %8.1f %7d" % (
            c, fmt(rps), ratio, share, lat["p50"] / 1000, lat["p99"] / 1000, e,
            r["cpu_contender_s"], r["cpu_postgres_s"], r["rss_mb_max"]))
    lines.append("")


def targets(res):
    """The targets of issue 6, each with its verdict: True, False, or None when not measured in this run."""
    checks = []
    for name, s in res["scenarios"].items():
        p = s["results"].get("plinth")
        if not p or "rps" not in p:
            continue
        checks.append(("%s: zero errors" % name, errors(p) == 0, "%d" % errors(p)))
        if name in P99_TARGET_MS:
            p99 = p["wrk"]["latency_us"]["p99"] / 1000
            checks.append(("%s: p99 under %d ms" % (name, P99_TARGET_MS[name]), p99 < P99_TARGET_MS[name],
                           "%.1f ms" % p99))
        gen = [(c, r["rps"]) for c, r in s["results"].items() if c in GENERATED and r.get("rps")]
        if gen:
            c, best = max(gen, key=lambda x: x[1])
            checks.append(("%s: at least 1.2x the fastest generated API (%s)" % (name, c), p["rps"] >= 1.2 * best,
                           "%.2fx" % (p["rps"] / best)))
        hand = s["results"].get("spring-jdbc", {}).get("rps")
        if hand:
            checks.append(("%s: at least 0.8x hand-written Spring" % name, p["rps"] >= 0.8 * hand,
                           "%.2fx" % (p["rps"] / hand)))
    for m in res["memory"]:
        checks.append(("idle RSS under 300 MB (README command)", m["idle_rss_mb"] < 300, "%d MB" % m["idle_rss_mb"]))
    for st in res["start"]:
        if st["what"].startswith("embedded"):
            ok = st.get("ms") is not None and st["ms"] < 5000
            checks.append(("cold start under 5 s, embedded database", ok,
                           "%s ms" % st.get("ms", st.get("error"))))
    return checks


def main():
    res = load(sys.argv[1])
    lines = []
    m = res["meta"]
    if m:
        lines.append("%sPlinth benchmark%s %s  commit %s%s  %s, %s cores, %s MB  PostgreSQL %s  wrk -t%s -c%s, %ss a"
                     " scenario, %ss warm-up, pool %s, sched_autogroup_enabled=%s%s" % (
                         BOLD, RESET, m.get("stamp"), m.get("commit"), " (dirty)" if m.get("dirty") else "",
                         m.get("cpu"), m.get("cores"), m.get("memory_mb"), m.get("postgresql"),
                         m.get("wrk_threads"), m.get("wrk_connections"), m.get("duration_s"), m.get("warmup_s"),
                         m.get("pool"), m.get("sched_autogroup_enabled", "?"), "  QUICK" if m.get("quick") else ""))
        lines.append("")
    for c, info in res["contenders"].items():
        if not info.get("available"):
            lines.append("%s%s unavailable%s: %s" % (RED, c, RESET, info.get("reason")))
    if any(not i.get("available") for i in res["contenders"].values()):
        lines.append("")
    for name in sorted(res["scenarios"], key=lambda n: ORDER.index(n) if n in ORDER else 99):
        table(name, res["scenarios"][name], lines)
    if res["start"] or res["memory"]:
        lines.append("%sStart and memory%s" % (BOLD, RESET))
        for st in res["start"]:
            lines.append("  cold start to first API response, %s: %s ms%s" % (
                st["what"], st.get("ms", "-"), ", idle RSS %s MB" % st["idle_rss_mb"] if "idle_rss_mb" in st else ""))
        for mem in res["memory"]:
            lines.append("  RSS of %s: idle %s MB, under load (%s) %s MB" % (
                mem["command"], mem["idle_rss_mb"], mem["load"], mem["loaded_rss_mb"]))
        lines.append("")
    checks = targets(res)
    res["targets"] = [{"target": t, "met": ok, "value": v} for t, ok, v in checks]
    if checks:
        lines.append("%sTargets (issue 6)%s" % (BOLD, RESET))
        for t, ok, v in checks:
            lines.append("  %s %-62s %s" % ("ok  " if ok else RED + "MISS" + RESET, t, v))
    bad = [(c, n) for n, s in res["scenarios"].items() for c, r in s["results"].items() if errors(r)]
    if bad:
        lines.append("")
        lines.append("%s!!! NON-2XX RESPONSES OR SOCKET ERRORS in %s: those numbers are not valid%s" % (
            RED, ", ".join("%s/%s" % b for b in bad), RESET))
    print("\n".join(lines))
    with open(sys.argv[2], "w") as f:
        json.dump(res, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()

"""Turns the statements PostgreSQL logged for one request (log_min_duration_statement = 0) into a pgbench script.

Usage: capture.py SCENARIO LOGFILE OUTDIR [KNOWN-USER-ID ...]

Each $n parameter becomes a pgbench variable, so pgbench -M prepared sends the same parameterised statements:
  - ids of loaded rows (bench_id(prefix, n), see bench/sql/load.sql) become bench_id(prefix, :n) with a random n,
    drawn as the wrk scenario draws them;
  - in a create, the new row's id becomes a random id, the same in every statement of the request, and the
    unique slug a random one;
  - in the list scenarios the status becomes one of three variables, one script per status, equal weights;
  - every other value is passed as it was sent, with -D (written to OUTDIR/SCENARIO.defs, one NAME=VALUE a line).
A statement Plinth sends unnamed, for PostgreSQL to plan for its values each time (a list's count), runs with
plan_cache_mode = force_custom_plan, so pgbench's prepared statement is planned the same way.
Writes OUTDIR/SCENARIO[-variant].sql (the pgbench scripts), SCENARIO.defs and SCENARIO.captured.txt (what was
logged, for people to read).
"""
import re
import subprocess
import sys
from pathlib import Path

PREFIX = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] ([A-Z]+):  (.*)$")
DURATION = re.compile(r"^duration: [\d.]+ ms  (?:(execute) ([^:]*)|(statement)): (.*)$", re.S)
BENCH_ID = re.compile(r"^(01900000|018f0000|018e0000|01910000)-0000-7000-8000-([0-9a-f]{12})$")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
STATUSES = ("draft", "published", "archived")
LIST_SCENARIOS = ("list", "expand", "count")
# How the wrk scenario draws the row number n of bench_id('01900000', n).
POST_NUMBER = {
    "jwt_get": "\\set n 1 + 1000 * random(0, 99)",  # the posts of author 1: n = 1, 1001, 2001, ...
}
NOISE = re.compile(r"^\s*(SET (?!TRANSACTION )|SHOW |LISTEN |UNLISTEN |select 1\s*$|SELECT 1\s*$|$)", re.I)
# Plinth's own background work, not part of a request: the check for a newer model (ModelChangeListener).
BACKGROUND = re.compile(r"from plinth_model_version\s*$", re.I)
TRANSACTION_CONTROL = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|START|SET TRANSACTION)\b", re.I)


def records(text):
    """(pid, level, message) with continuation lines folded in."""
    current = None
    for line in text.splitlines():
        m = PREFIX.match(line)
        if m:
            if current:
                yield current
            current = [m.group(1), m.group(2), m.group(3)]
        elif current is not None:
            current[2] += "\n" + (line[1:] if line.startswith("\t") else line)
    if current:
        yield current


def parse_parameters(detail):
    """'$1 = 'a''b', $2 = NULL' -> {1: "a'b", 2: None}"""
    params, i = {}, 0
    text = detail[len("parameters: "):]
    pattern = re.compile(r"\$(\d+) = (NULL|'((?:[^']|'')*)')(?:, |$)", re.S)
    while i < len(text):
        m = pattern.match(text, i)
        if not m:
            raise ValueError("cannot read parameters: " + text[i:i + 80])
        params[int(m.group(1))] = None if m.group(2) == "NULL" else m.group(3).replace("''", "'")
        i = m.end()
    return params


def statements(text):
    out, last = [], None
    for pid, level, message in records(text):
        if level == "LOG":
            m = DURATION.match(message)
            if not m:
                last = None
                continue
            sql = m.group(4)
            unnamed = m.group(2) == "<unnamed>" and not TRANSACTION_CONTROL.match(sql)
            last = {"pid": pid, "sql": sql, "params": {}, "planned_each_run": unnamed}
            if NOISE.match(sql) or BACKGROUND.search(sql):
                last = None
                continue
            out.append(last)
        elif level == "DETAIL" and last is not None and message.startswith("parameters: "):
            last["params"] = parse_parameters(message)
    return out


UNTYPED = re.compile(r"could not determine data type of parameter \$(\d+)")


def with_casts(sql, numbers):
    for n in numbers:
        sql = re.sub(r"\$%d(?!\d)" % n, "$%d::varchar" % n, sql)
    return sql


class Prober:
    """One psql session that prepares statements, to learn which parameters PostgreSQL cannot type."""

    MARK = "__bench_probe_done__"

    def __init__(self):
        self.psql = subprocess.Popen(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=0"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)

    def prepare(self, sql):
        """'' when the statement prepares, else PostgreSQL's error."""
        self.psql.stdin.write("PREPARE bench_probe AS %s;\nDEALLOCATE bench_probe;\n\\echo %s\n" % (sql, self.MARK))
        self.psql.stdin.flush()
        out = []
        for line in self.psql.stdout:
            if line.strip() == self.MARK:
                break
            out.append(line)
        else:
            raise RuntimeError("psql ended: " + "".join(out))
        return "".join(line for line in out if "ERROR" in line or "error" in line)

    def close(self):
        self.psql.stdin.close()
        self.psql.wait()


def untyped_parameters(sql, prober):
    """The parameters PostgreSQL cannot type from their place in the statement (JDBC sends every parameter with a
    type; pgbench sends none): found by preparing the statement, each is then cast to varchar as JDBC sends a
    string."""
    if not re.search(r"\$\d", sql) or TRANSACTION_CONTROL.match(sql):
        return []
    found = []
    for _ in range(200):
        error = prober.prepare(with_casts(sql, found))
        m = UNTYPED.search(error)
        if not m:
            if error:
                print("warning: the statement does not prepare: " + error.strip()[:300], file=sys.stderr)
            return found
        found.append(int(m.group(1)))
    return found


def main():
    scenario, logfile, outdir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    known_users = set(sys.argv[4:])
    stmts = statements(logfile.read_text(errors="replace"))
    if not stmts:
        sys.exit("no statements were logged for " + scenario)
    sets, defs, new_ids, lines, has_status = [], {}, {}, [], False
    counter = 0

    def need(line):
        if line not in sets:
            sets.append(line)

    def replacement(value, sql):
        nonlocal counter, has_status
        if value is None:
            return "NULL"
        m = BENCH_ID.match(value)
        if m:
            prefix = m.group(1)
            if prefix == "01900000":
                need(POST_NUMBER.get(scenario, "\\set n random(1, 100000)"))
                return "bench_id('01900000', :n)"
            if prefix == "018f0000":
                need("\\set a random(1, 1000)")
                return "bench_id('018f0000', :a)"
        if scenario in ("create",) and UUID.match(value) and value not in known_users and "insert" in sql.lower():
            new_ids.setdefault(value, "u%d" % (len(new_ids) + 1))
        if value in new_ids:
            var = new_ids[value]
            need("\\set %s random(1, 281474976710655)" % var)
            return "bench_id('01a00000', :%s)" % var
        if scenario == "create" and value.startswith("bench-"):
            need("\\set r random(1, 9000000000000000000)")
            return "('pgb-' || (:r)::text)"
        if scenario in LIST_SCENARIOS and value in STATUSES:
            has_status = True
            return ":{STATUS}"
        counter += 1
        name = "%s_v%d" % (scenario, counter)
        defs[name] = value
        return ":" + name

    prober = Prober()
    for st in stmts:
        sql = with_casts(st["sql"], untyped_parameters(st["sql"], prober))
        params = st["params"]
        # Replace from the highest number down so $1 does not eat the start of $10.
        for n in sorted(params, reverse=True):
            sql = re.sub(r"\$%d(?!\d)" % n, lambda _m, v=replacement(params[n], st["sql"]): v, sql)
        flat = " ".join(sql.split())
        if st["planned_each_run"]:
            lines.extend(["SET plan_cache_mode = force_custom_plan;", flat + ";", "RESET plan_cache_mode;"])
        else:
            lines.append(flat + ";")
    prober.close()

    outdir.mkdir(parents=True, exist_ok=True)
    body = "\n".join(sets + lines) + "\n"
    scripts = []
    if has_status:
        for i, status in enumerate(STATUSES, 1):
            name = "%s_status%d" % (scenario, i)
            defs[name] = status
            path = outdir / ("%s-%s.sql" % (scenario, status))
            path.write_text(body.replace(":{STATUS}", ":" + name))
            scripts.append(path.name)
    else:
        path = outdir / ("%s.sql" % scenario)
        path.write_text(body)
        scripts.append(path.name)
    for value in defs.values():
        if "\n" in value:
            sys.exit("a parameter of %s holds a line break; pgbench -D cannot pass it" % scenario)
    (outdir / ("%s.defs" % scenario)).write_text("".join("%s=%s\n" % kv for kv in defs.items()))
    (outdir / ("%s.scripts" % scenario)).write_text("\n".join(scripts) + "\n")
    with open(outdir / ("%s.captured.txt" % scenario), "w") as f:
        for st in stmts:
            f.write("-- backend %s\n%s;\n" % (st["pid"], st["sql"]))
            if st["params"]:
                f.write("-- parameters: %s\n" % ", ".join("$%d=%r" % kv for kv in sorted(st["params"].items())))
    print("%d statements" % len(stmts))


if __name__ == "__main__":
    main()

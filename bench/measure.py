#!/usr/bin/env python3
"""Runs samatthana against its references side by side and prints ratios.

  bench/measure.py BINARY INPUT_DIR [--runs N]

Machines here are noisy, so nothing is compared with a stored time: each
measurement is a ratio of two commands run alternately in the same session,
and the median of the paired ratios is reported.
"""
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

binary, inputs = sys.argv[1], sys.argv[2]
runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 7
tmp = tempfile.mkdtemp(prefix="samatthana-bench-")
rows = []


def run(cmd):
    """Wall time, peak RSS (KiB) and CPU time (user + system) of one command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"bench: {' '.join(cmd)} failed: {err}")
    return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def fresh_db():
    path = os.path.join(tmp, "bench.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    return path


def paired(ours, reference, setup=None):
    """Medians over `runs` alternating pairs: ratios of wall time, peak RSS and CPU
    time, then our and the reference's wall time, RSS and CPU time."""
    samples = [[] for _ in range(9)]
    for _ in range(runs):
        if setup:
            setup()
        a, ma, ca = run(ours())
        b, mb, cb = run(reference())
        for column, value in enumerate((a / b, ma / mb, ca / max(cb, 1e-6), a, b, ma, mb, ca, cb)):
            samples[column].append(value)
    return tuple(statistics.median(column) for column in samples)


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next((int(l.split()[-1]) for l in out.splitlines() if l.startswith("Pages:")), 0)


def row(name, ours, ref, ratio, goal, unit="s"):
    fmt = (lambda v: f"{v:.3f} s") if unit == "s" else (lambda v: f"{v / 1024:.1f} MiB")
    ok = "" if goal is None else ("ok" if ratio <= goal else "OVER")
    goal_text = "" if goal is None else f"<= {goal}x"
    rows.append((name, fmt(ours), fmt(ref), f"{ratio:.2f}x", goal_text, ok))


# 1. PDF ingest against pdftotext -raw, the floor for turning a PDF into text.
for name in ("office-20x.pdf", "catalogue-13x.pdf", "catalogue-shapes-13x.pdf"):
    pdf = os.path.join(inputs, name)
    if not os.path.exists(pdf):
        continue
    db = os.path.join(tmp, "bench.db")
    tr, mr, cr, to, tf, mo, mf, co, cf = paired(
        lambda: [binary, "ingest", "--db", db, pdf],
        lambda: ["pdftotext", "-raw", pdf, os.devnull], setup=fresh_db)
    label = f"ingest {name} ({pages(pdf)} pages) vs pdftotext -raw"
    row(label + ": wall time", to, tf, tr, 1.0)
    row(label + ": CPU time", co, cf, cr, 1.75)
    row(label + ": peak RSS", mo, mf, mr, 2.5, unit="KiB")

# 1b. The same comparison in instructions executed (valgrind's callgrind,
#     every process and thread of the command): the work done, which a
#     noisy machine does not change. On the 2x input, as callgrind is slow.
def instructions(cmd):
    out = subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes",
                          "--callgrind-out-file=/dev/null"] + cmd,
                         capture_output=True, text=True).stderr
    return sum(int(l.split(":")[-1].replace(",", "")) for l in out.splitlines()
               if "Collected :" in l)


small = os.path.join(inputs, "catalogue-2x.pdf")
if os.path.exists(small) and subprocess.run(["sh", "-c", "command -v valgrind"],
                                            capture_output=True).returncode == 0:
    ours_i = instructions([binary, "ingest", "--db", fresh_db(), small])
    ref_i = instructions(["pdftotext", "-raw", small, os.devnull])
    if ours_i and ref_i:
        rows.append((f"ingest catalogue-2x.pdf ({pages(small)} pages) vs pdftotext -raw: "
                     "instructions", f"{ours_i / 1e6:.0f} M", f"{ref_i / 1e6:.0f} M",
                     f"{ours_i / ref_i:.2f}x", "<= 1.75x",
                     "ok" if ours_i / ref_i <= 1.75 else "OVER"))

# 2. A 950-competency HTML catalogue: ingest, then diff two revisions of it
#    against exporting both, then search latency over it.
html = os.path.join(inputs, "catalogue-50x.html")
revised = os.path.join(inputs, "revised-50x.html")
db = fresh_db()
t_ingest, _, _ = run([binary, "ingest", "--db", db, "--label", "v1", html])
run([binary, "ingest", "--db", db, "--label", "v2", revised])
rows.append((f"ingest catalogue-50x.html (950 competencies, 9,700 indicators)",
             f"{t_ingest:.3f} s", "", "", "", ""))
export_both = lambda: ["sh", "-c", f"'{binary}' export --db '{db}' --version v1 -o /dev/null && "
                                   f"'{binary}' export --db '{db}' --version v2 -o /dev/null"]
tr, _, _, to, tf, _, _, _, _ = paired(lambda: [binary, "diff", "--db", db, "v1", "v2", "--format", "json",
                                      "-o", os.devnull],
                             export_both)
row("diff of the two 9,700-indicator versions vs exporting both", to, tf, tr, 3.0)
latency = subprocess.run([os.path.join(os.path.dirname(binary), "bench", "search_latency"), db,
                          "v2"], capture_output=True, text=True)
if latency.returncode == 0:
    rows.append(("search latency over the 950-competency version", latency.stdout.strip(), "", "",
                 "", ""))

# 3. Growth from 1x to 10x input: the marginal cost per copy must not grow.
for kind in ("html", "pdf"):
    sizes = [1, 2, 5, 10]
    times = {}
    for k in sizes:
        path = os.path.join(inputs, f"catalogue-{k}x.{kind}")
        samples = []
        for _ in range(max(3, runs // 2)):
            samples.append(run([binary, "ingest", "--db", fresh_db(), path])[0])
        times[k] = statistics.median(samples)
    # Least-squares line through (k, t): its residuals say how linear it is.
    n = len(sizes)
    mean_k = sum(sizes) / n
    mean_t = sum(times.values()) / n
    slope = sum((k - mean_k) * (times[k] - mean_t) for k in sizes) / sum((k - mean_k) ** 2 for k in sizes)
    base = mean_t - slope * mean_k
    worst = max(abs(times[k] - (base + slope * k)) / (base + slope * k) for k in sizes)
    per_copy = ", ".join(f"{k}x {times[k]:.3f} s" for k in sizes)
    rows.append((f"scaling {kind} 1x..10x: {per_copy}", f"{slope:.3f} s/copy",
                 f"{base:.3f} s fixed", f"{worst * 100:.1f}% off line", "<= 15%",
                 "ok" if worst <= 0.15 else "OVER"))

width = max(len(r[0]) for r in rows)
print(f"{'measure':<{width}}  {'samatthana':>12}  {'reference':>12}  {'ratio':>14}  {'goal':>8}")
for name, ours, ref, ratio, goal, ok in rows:
    print(f"{name:<{width}}  {ours:>12}  {ref:>12}  {ratio:>14}  {goal:>8}  {ok}")

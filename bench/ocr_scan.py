#!/usr/bin/python3
"""The OCR benchmark, run by hand (it takes minutes, and is no timed test):

  bench/ocr_scan.py [BINARY] [--pages N] [--keep DIR]

Makes scans of the bundled catalogue the way an office scanner makes them
(fixtures/ocr/make_scan.py) and ingests them with samatthana (default
build/samatthana), which reads them by OCR:

1. fixtures/cpd-competencies.pdf at 200 dpi, 1 bit, a random skew of
   0.5-1.5 degrees a page, speckle: the counts of competencies, levels and
   indicators against the text (19/114/194), the character error rate and
   records exact (/work/shared/tools/score.py --cer, or $SCORE), and the
   seconds a page, wall clock and CPU.
2. the office rendering in Laksaman at 300 dpi, grey: the counts.

Needs pdftoppm, python3-pil and python3-numpy.
"""
import json
import os
import pathlib
import resource
import subprocess
import sys
import tempfile
import time

root = pathlib.Path(__file__).resolve().parent.parent
args = [a for a in sys.argv[1:]]
pages = None
keep = None
if "--pages" in args:
    i = args.index("--pages")
    pages = int(args[i + 1])
    del args[i:i + 2]
if "--keep" in args:
    i = args.index("--keep")
    keep = pathlib.Path(args[i + 1])
    del args[i:i + 2]
binary = pathlib.Path(args[0] if args else root / "build" / "samatthana").resolve()
score = os.environ.get("SCORE", "/work/shared/tools/score.py")
gold = root / "fixtures" / "cpd-competencies.expected.json"
work = keep or pathlib.Path(tempfile.mkdtemp(prefix="samatthana-ocr-"))
work.mkdir(parents=True, exist_ok=True)


def make_scan(source, out, *extra):
    if out.exists():
        return
    cmd = [sys.executable, str(root / "fixtures" / "ocr" / "make_scan.py"), str(source), str(out),
           *extra]
    subprocess.run(cmd, check=True)


def ingest(pdf, db):
    """Runs ingest; returns (summary line, wall seconds, CPU seconds)."""
    if db.exists():
        db.unlink()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    run = subprocess.run([str(binary), "ingest", "--time-limit", "300", "--db", str(db), str(pdf)],
                         capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if run.returncode != 0:
        sys.exit(f"ocr_scan: ingest {pdf.name} failed:\n{run.stderr}")
    warnings = sum(1 for l in run.stderr.splitlines() if "warning:" in l)
    return run.stdout.strip(), wall, cpu, warnings


def page_count(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(next(l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")))


scan = work / "cpd-competencies.scan200.pdf"
extra = ["--last", str(pages)] if pages else []
make_scan(root / "fixtures" / "cpd-competencies.pdf", scan, "--dpi", "200", "--seed", "2", *extra)
n = page_count(scan)
db = work / "scan.db"
line, wall, cpu, warnings = ingest(scan, db)
print(line)
export = work / "scan.json"
subprocess.run([str(binary), "export", "--db", str(db), "-o", str(export)], check=True)
scored = subprocess.run([sys.executable, score, str(gold), str(export), "--cer"],
                        capture_output=True, text=True).stdout
print("\n".join("  " + l for l in scored.strip().splitlines()))
print(f"  {n} pages: {wall:.1f} s wall, {wall / n:.2f} s a page; {cpu / n:.2f} s CPU a page "
      f"on {os.cpu_count()} cores; {warnings} warnings")

other = work / "cpd-competencies.laksaman300grey.pdf"
extra = ["--last", str(pages)] if pages else []
make_scan(root / "fixtures" / "renderings" / "cpd-competencies.office-laksaman.pdf", other,
          "--dpi", "300", "--grey", "--seed", "3", *extra)
line, wall, cpu, warnings = ingest(other, work / "other.db")
print(line)
print(f"  {page_count(other)} pages: {wall:.1f} s wall; {warnings} warnings")
if not keep:
    print(f"(scans and databases in {work})")

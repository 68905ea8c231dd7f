#!/usr/bin/python3
"""The OCR benchmark, run by hand (it takes minutes, and is no timed test):

  bench/ocr_scan.py [--bin build/samatthana] [--source PDF --expected JSON]
                    [--score SCORE] [--announcement PDF] [--gazette PDF]...
                    [--other] [--pages N] [--keep DIR]

1. Makes a scan of --source (default fixtures/cpd-competencies.pdf) the way an
   office scanner makes one (fixtures/ocr/make_scan.py: 200 dpi, 1 bit, a
   random skew of 0.5-1.5 degrees a page, speckle), ingests it (read by OCR)
   and prints the counts of competencies, levels and indicators, the
   character error rate and records exact against --expected (by --score,
   default /work/shared/tools/score.py, run with --cer), and the seconds a
   page, wall clock and CPU.
2. For --announcement (a scan) and each --gazette (a PDF whose text layer is
   garbage): the pages OCR read under --ocr auto, the lines, and how many of
   the Thai words read are dictionary words (bench/thai_word_ratio: ICU's
   word breaker and Thai dictionary).
3. With --text-cer: the character error rate of the scan's lines against
   the source's text layer, page by page, whitespace and bullets removed:
   what OCR reads, apart from how the parser then structures it.
4. With --other: the office rendering in Laksaman scanned at 300 dpi, grey:
   a different font and resolution; and another agency's layout (one field a
   line, fixtures/layouts/fields.txt) printed by Chromium in Norasi with a
   Thai official document's margins and scanned at 200 dpi: their counts.

Needs pdftoppm, pdfinfo, python3-pil and python3-numpy (and chromium for --other).
"""
import argparse
import difflib
import html
import os
import pathlib
import re
import resource
import subprocess
import sys
import tempfile
import time

root = pathlib.Path(__file__).resolve().parent.parent
ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
ap.add_argument("--bin", default=str(root / "build" / "samatthana"))
ap.add_argument("--source", default=str(root / "fixtures" / "cpd-competencies.pdf"))
ap.add_argument("--expected", default=str(root / "fixtures" / "cpd-competencies.expected.json"))
ap.add_argument("--score", default=os.environ.get("SCORE", "/work/shared/tools/score.py"))
ap.add_argument("--announcement")
ap.add_argument("--gazette", action="append", default=[])
ap.add_argument("--other", action="store_true")
ap.add_argument("--text-cer", action="store_true")
ap.add_argument("--no-records", action="store_true", help="skip the ingest and scoring of 1.")
ap.add_argument("--pages", type=int, help="scan only the first N pages")
ap.add_argument("--keep", help="a directory to keep the scans and databases in")
args = ap.parse_args()

binary = pathlib.Path(args.bin).resolve()
word_ratio = binary.parent / "bench" / "thai_word_ratio"
work = pathlib.Path(args.keep) if args.keep else pathlib.Path(tempfile.mkdtemp(prefix="ocr-"))
work.mkdir(parents=True, exist_ok=True)


def make_scan(source, out, *extra):
    if out.exists():
        return
    cmd = [sys.executable, str(root / "fixtures" / "ocr" / "make_scan.py"), str(source), str(out),
           *extra]
    subprocess.run(cmd, check=True)


def timed(cmd):
    """Runs cmd; returns (the run, wall seconds, CPU seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    run = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return run, wall, cpu


def ingest(pdf, db):
    """Runs ingest; returns (summary line, wall seconds, CPU seconds, warnings)."""
    if db.exists():
        db.unlink()
    run, wall, cpu = timed([str(binary), "ingest", "--time-limit", "300", "--db", str(db),
                            str(pdf)])
    if run.returncode != 0:
        sys.exit(f"ocr_scan: ingest {pdf.name} failed:\n{run.stderr}")
    warnings = sum(1 for l in run.stderr.splitlines() if "warning:" in l)
    return run.stdout.strip(), wall, cpu, warnings


def page_count(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(next(l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")))


def inspect_text(pdf):
    """Inspect's header and the text of its lines, wrapped lines joined."""
    run, wall, _ = timed([str(binary), "inspect", "--time-limit", "300", str(pdf)])
    if run.returncode != 0:
        return None, run.stderr.strip(), wall
    lines = run.stdout.splitlines()
    text = ""
    for line in lines[1:]:
        cols = line.split("\t")
        if len(cols) < 5:
            continue
        flags = cols[1]
        sep = "" if flags[1] == "T" else " " if flags[1] == "C" else "\n"
        text += sep + cols[4]
    return lines[0].lstrip("# "), text, wall


# Bullets are list marks, not text, and a text layer writes them in its font's
# own private-use codes (U+F0B7 in Symbol, U+F0A7 in Wingdings) where OCR reads
# the shape (a "●"): they are left out on both sides.
BULLETS = re.compile("[\u2022\u2023\u2043\u2219\u25a0\u25a1\u25aa\u25ab\u25b8\u25ba\u25c6"
                     "\u25c7\u25cb\u25cf\u25e6\u2713\u2714\u2756\u27a2\u27a4\u29bf"
                     "\uf000-\uf0ff]")  # base/list_marks.cc, IsBulletChar


def page_texts(pdf, *extra):
    """Inspect's lines, page by page, whitespace and bullets removed."""
    run = subprocess.run([str(binary), "inspect", "--time-limit", "300", *extra, str(pdf)],
                         capture_output=True, text=True, errors="replace")
    pages = {}
    for line in run.stdout.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) >= 5 and cols[0].startswith("p"):
            text = BULLETS.sub("", re.sub(r"\s+", "", cols[4]))
            pages.setdefault(int(cols[0][1:]), []).append(text)
    return {p: "".join(t) for p, t in pages.items()}


def text_cer(truth, read):
    errors = total = 0
    for page, a in truth.items():
        b = read.get(page, "")
        total += len(a)
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        errors += sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in sm.get_opcodes()
                      if op != "equal")
    return errors / total if total else 1.0


def thai_words(text):
    run = subprocess.run([str(word_ratio)], input=text, capture_output=True, text=True)
    return run.stdout.strip() or run.stderr.strip()


# 1. The corpus catalogue as an office scanner makes it.
scan = work / "scan200.pdf"
extra = ["--last", str(args.pages)] if args.pages else []
make_scan(args.source, scan, "--dpi", "200", "--seed", "2", *extra)
n = page_count(scan)
if not args.no_records:
    db = work / "scan.db"
    line, wall, cpu, warnings = ingest(scan, db)
    print(f"scan of {pathlib.Path(args.source).name}, 200 dpi, 1 bit, skewed, speckled:")
    print("  " + line)
    export = work / "scan.json"
    subprocess.run([str(binary), "export", "--db", str(db), "-o", str(export)], check=True)
    scored = subprocess.run([sys.executable, args.score, args.expected, str(export), "--cer"],
                            capture_output=True, text=True).stdout
    print("\n".join("  " + l for l in scored.strip().splitlines()))
    print(f"  {n} pages: {wall:.1f} s wall, {wall / n:.2f} s a page; {cpu / n:.2f} s CPU a page "
          f"on {os.cpu_count()} cores; {warnings} warnings")

if args.text_cer:
    truth = page_texts(args.source, "--ocr", "never")
    if args.pages:
        truth = {p: t for p, t in truth.items() if p <= args.pages}
    start = time.perf_counter()
    read = page_texts(scan)
    wall = time.perf_counter() - start
    print(f"  text read by OCR against the text layer, page by page: character error rate "
          f"{100 * text_cer(truth, read):.2f}% ({wall / n:.2f} s a page)")

# 2. Real PDFs OCR reads under --ocr auto.
for pdf in ([args.announcement] if args.announcement else []) + args.gazette:
    header, text, wall = inspect_text(pdf)
    name = pathlib.Path(pdf).name
    if header is None:
        print(f"{name}: refused: {text}")
        continue
    m = re.search(r"(\d+) pages(?: \((\d+) read by OCR\))?, (\d+) lines", header)
    pages, ocr, lines = (int(m.group(1)), int(m.group(2) or 0), int(m.group(3))) if m else (0, 0, 0)
    print(f"{name}: {pages} pages, {ocr} read by OCR, {lines} lines, {wall:.1f} s; "
          f"{thai_words(text)}")

# 3. Another font, another resolution; another agency's layout.
def score_line(db, expected):
    """The scorer's counts, error rate and records exact for db's catalogue."""
    export = db.with_suffix(".json")
    subprocess.run([str(binary), "export", "--db", str(db), "-o", str(export)], check=True)
    scored = subprocess.run([sys.executable, args.score, str(expected), str(export), "--cer"],
                            capture_output=True, text=True).stdout
    return "; ".join(l.strip() for l in scored.splitlines()
                     if l.startswith(("counts:", "records exact:")))


def print_layout(txt, pdf, font):
    """Prints a one-field-a-line text with Chromium, in `font`, 15 pt, on A4
    with a Thai official document's margins (left 3 cm, right 2 cm)."""
    if pdf.exists():
        return
    body = "".join("<div class=gap></div>" if not l.strip() else f"<p>{html.escape(l.strip())}</p>"
                   for l in txt.read_text(encoding="utf-8").splitlines())
    page = pdf.with_suffix(".html")
    page.write_text("<!doctype html><meta charset=utf-8><style>@page{size:A4;margin:2cm 2cm 2cm "
                    f"3cm}} body{{font-family:'{font}';font-size:15pt;line-height:1.45}} "
                    "p{margin:0} .gap{height:.8em}</style>" + body, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf}", str(page)],
                   check=True, capture_output=True)


if args.other:
    other = work / "laksaman300grey.pdf"
    make_scan(root / "fixtures" / "renderings" / "cpd-competencies.office-laksaman.pdf", other,
              "--dpi", "300", "--grey", "--seed", "3", *extra)
    line, wall, cpu, warnings = ingest(other, work / "other.db")
    print("office rendering in Laksaman, 300 dpi, grey:")
    print("  " + line)
    print("  " + score_line(work / "other.db", args.expected))
    print(f"  {page_count(other)} pages: {wall:.1f} s wall; {warnings} warnings")
    layout = root / "fixtures" / "layouts" / "fields.txt"
    printed = work / "fields-norasi.pdf"
    print_layout(layout, printed, "Norasi")
    agency = work / "fields-norasi200.pdf"
    make_scan(printed, agency, "--dpi", "200", "--seed", "5")
    line, wall, cpu, warnings = ingest(agency, work / "agency.db")
    print("another agency's layout (fixtures/layouts/fields.txt, one field a line) printed "
          "in Norasi, 200 dpi, 1 bit:")
    print("  " + line)
    print("  " + score_line(work / "agency.db", layout.with_suffix(".expected.json")))
    print(f"  {page_count(agency)} pages: {wall:.1f} s wall; {warnings} warnings")
if not args.keep:
    print(f"(scans and databases in {work})")

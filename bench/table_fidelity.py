#!/usr/bin/python3
"""The table fidelity benchmark: made-up catalogues laid out as tables, as HTML, Word and PDF, read back.

  /usr/bin/python3 bench/table_fidelity.py [--bin build/samatthana] [--out build/table-fidelity]
                                           [--only SUBSTRING] [--seeds N] [-v]

Each catalogue (fixtures/layouts/catalogue.py, one seed each) is laid out as tables
in one of two shapes, every competency a name, a definition and a table:
  rows     one row a level: "ระดับ | พฤติกรรมบ่งชี้", the level's title bold above its
           indicators (a bulleted list, or lines behind checkboxes ☐) in the one cell
  columns  one column a level: a header row "ระดับ 1" ... "ระดับ 5", a row of titles
           in bold, then one indicator a cell (behind a checkbox or not)
and written by five producers:
  html     the HTML page itself, read as HTML
  docx     the Word document itself (python-docx, "Table Grid"), read as .docx
  chrome   Chromium printing the HTML page (separate or collapsed borders, 1-2px)
  lo-docx  the Word document converted to PDF by LibreOffice
  rl       reportlab's Table, its grid stroked
with fonts from fonts-thai-tlwg, sizes and paper sizes drawn from a seeded generator.
Each rendering is ingested with samatthana, exported as JSON and scored against the
catalogue's records by the shared scorer (its dict-indicator bug fixed here, as
bench/fidelity.py does). Prints each rendering's records exact, each producer's, each
format's (HTML, browser-printed PDF, .docx; and all PDF) and the overall figure. Needs python3-docx, python3-reportlab, LibreOffice, Chromium.
"""
import argparse
import concurrent.futures
import html
import json
import pathlib
import random
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fixtures" / "layouts"))
from catalogue import catalogue, thai  # noqa: E402

FONTS = ["Garuda", "Loma", "Norasi", "Kinnari", "Laksaman", "Umpush", "Waree", "Sawasdee"]
TTF = {"Garuda": ("Garuda.ttf", "Garuda-Bold.ttf"), "Loma": ("Loma.ttf", "Loma-Bold.ttf"),
       "Norasi": ("Norasi.ttf", "Norasi-Bold.ttf"), "Kinnari": ("Kinnari.ttf", "Kinnari-Bold.ttf"),
       "Laksaman": ("Laksaman.ttf", "Laksaman-Bold.ttf"), "Umpush": ("Umpush.ttf", "Umpush-Bold.ttf"),
       "Waree": ("Waree.ttf", "Waree-Bold.ttf")}
TLWG = pathlib.Path("/usr/share/fonts/truetype/tlwg")
SCORER = pathlib.Path("/work/shared/tools/score.py")
BOX = "\u2610"


class Layout:
    """One made-up catalogue in one table shape."""

    def __init__(self, seed, shape, checkboxes):
        self.shape, self.checkboxes = shape, checkboxes
        self.name = "%s-%d%s" % (shape, seed, "-box" if checkboxes else "")
        records = catalogue(seed=seed, start=seed % 2)
        self.records = [{k: v for k, v in c.items() if k not in ("name_en", "code")}
                        for c in records]

    def level_label(self, n, rng_thai):
        return "ระดับ %s" % (thai(n) if rng_thai else n)


def heads(c):
    return [("category", c["category"]), ("name", "ชื่อ " + c["name"]),
            ("definition", "คำจำกัดความ: " + c["definition"])]


# ---------------------------------------------------------------- producers

def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, timeout=300, **kw)


def html_page(lay, rng):
    """The catalogue as an HTML page of tables, and a label of its choices."""
    font, size = rng.choice(FONTS), rng.choice([12, 13, 14, 15, 16])
    paper = rng.choice(["A4", "A5", "letter"] if lay.shape == "rows" else ["A4 landscape", "A4"])
    borders = rng.choice(["separate", "collapse", "attr"])
    width = rng.choice(["1px", "2px"])
    css = (f"@page {{ size: {paper}; margin: {rng.choice(['1.5cm', '2cm'])}; }} "
           f"body {{ font: {size}pt/1.4 {font}; margin: 0; }} p {{ margin: 0.3em 0; }} "
           "td, th { vertical-align: top; padding: 2px 4px; } "
           "ul { margin: 0; padding-left: 1.3em; } table { width: 100%; } ")
    if borders != "attr":
        css += (f"table {{ border-collapse: {borders}; }} "
                f"td, th {{ border: {width} solid black; }}")
    thai_digits = rng.random() < 0.5
    out = []
    for c in lay.records:
        for kind, text in heads(c):
            tag = "b" if kind in ("name", "category") else "span"
            out.append(f"<p><{tag}>{html.escape(text)}</{tag}></p>")
        table = "<table border='1'>" if borders == "attr" else "<table>"
        if lay.shape == "rows":
            table += "<tr><th style='width:18%'>ระดับ</th><th>พฤติกรรมบ่งชี้</th></tr>"
            for l in c["levels"]:
                items = l["indicators"]
                if lay.checkboxes:
                    body = "".join(f"<div>{BOX} {html.escape(i)}</div>" for i in items)
                else:
                    body = "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>"
                table += (f"<tr><td>{lay.level_label(l['level'], thai_digits)}</td>"
                          f"<td><b>{html.escape(l['title'])}</b>{body}</td></tr>")
        else:
            levels = c["levels"]
            table += "<tr>" + "".join(f"<th>{lay.level_label(l['level'], thai_digits)}</th>"
                                      for l in levels) + "</tr>"
            table += "<tr>" + "".join(f"<td><b>{html.escape(l['title'])}</b></td>"
                                      for l in levels) + "</tr>"
            for k in range(max(len(l["indicators"]) for l in levels)):
                row = ""
                for l in levels:
                    i = l["indicators"][k] if k < len(l["indicators"]) else ""
                    mark = BOX + " " if lay.checkboxes and i else ""
                    row += f"<td>{mark}{html.escape(i)}</td>"
                table += f"<tr>{row}</tr>"
        out.append(table + "</table>")
    page = ("<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><style>" + css +
            "</style></head><body>" + "".join(out) + "</body></html>")
    return page, f"{font} {size}pt {paper} {borders} {width}"


def html_file(lay, rng, work, tmp):
    page, label = html_page(lay, rng)
    src = work / "rendering.html"
    src.write_text(page, encoding="utf-8")
    return src, label


def chrome(lay, rng, work, tmp):
    page, label = html_page(lay, rng)
    src = pathlib.Path(tmp) / "page.html"
    src.write_text(page, encoding="utf-8")
    pdf = work / "rendering.pdf"
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         f"--user-data-dir={tmp}/chrome", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
         str(src)])
    return pdf, label


def word(lay, rng):
    """The catalogue as a Word document of tables, and a label of its choices."""
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    d = docx.Document()
    font, size = rng.choice(FONTS), rng.choice([12, 13, 14, 15, 16])
    st = d.styles["Normal"]
    st.font.name, st.font.size = font, Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    rpr.append(rpr.makeelement(qn("w:szCs"), {qn("w:val"): str(size * 2)}))
    sec = d.sections[0]
    if lay.shape == "columns" and rng.random() < 0.7:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(rng.choice([1.5, 2.0, 2.5]))
    thai_digits = rng.random() < 0.5

    def bold(p, text):
        r = p.add_run(text)
        r.bold = True
        r.font.cs_bold = True

    def fill(cell, title, items):
        p = cell.paragraphs[0]
        if title:
            bold(p, title)
        for i in items:
            q = p if (not title and p.text == "") else cell.add_paragraph()
            q.add_run((BOX + " " if lay.checkboxes else "") + i)
            if not lay.checkboxes:
                q.style = d.styles["List Bullet"]

    for c in lay.records:
        for kind, text in heads(c):
            p = d.add_paragraph()
            if kind in ("name", "category"):
                bold(p, text)
            else:
                p.add_run(text)
        levels = c["levels"]
        if lay.shape == "rows":
            t = d.add_table(rows=1 + len(levels), cols=2)
            t.style = d.styles["Table Grid"]
            bold(t.cell(0, 0).paragraphs[0], "ระดับ")
            bold(t.cell(0, 1).paragraphs[0], "พฤติกรรมบ่งชี้")
            for r, l in enumerate(levels, 1):
                t.cell(r, 0).paragraphs[0].add_run(lay.level_label(l["level"], thai_digits))
                fill(t.cell(r, 1), l["title"], l["indicators"])
            for row in t.rows:
                row.cells[0].width = Cm(2.5)
                row.cells[1].width = Cm(14)
        else:
            depth = max(len(l["indicators"]) for l in levels)
            t = d.add_table(rows=2 + depth, cols=len(levels))
            t.style = d.styles["Table Grid"]
            for k, l in enumerate(levels):
                bold(t.cell(0, k).paragraphs[0], lay.level_label(l["level"], thai_digits))
                bold(t.cell(1, k).paragraphs[0], l["title"])
                for r, i in enumerate(l["indicators"]):
                    t.cell(2 + r, k).paragraphs[0].add_run((BOX + " " if lay.checkboxes else "") + i)
        d.add_paragraph("")
    return d, f"{font} {size}pt"


def docx_file(lay, rng, work, tmp):
    d, label = word(lay, rng)
    src = work / "rendering.docx"
    d.save(src)
    return src, label


def lo_docx(lay, rng, work, tmp):
    d, label = word(lay, rng)
    src = pathlib.Path(tmp) / "doc.docx"
    d.save(src)
    run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
         "--convert-to", "pdf", "--outdir", str(tmp), str(src)])
    pdf = work / "rendering.pdf"
    shutil.copy(pathlib.Path(tmp) / "doc.pdf", pdf)
    return pdf, label


def rl(lay, rng, work, tmp):
    from reportlab.lib.pagesizes import A4, A5, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    name = rng.choice(sorted(TTF))
    reg, bold = TTF[name]
    pdfmetrics.registerFont(TTFont(name, str(TLWG / reg)))
    pdfmetrics.registerFont(TTFont(name + "-B", str(TLWG / bold)))
    pdfmetrics.registerFontFamily(name, normal=name, bold=name + "-B")
    size = rng.choice([11, 12, 13, 14])
    if lay.shape == "rows":
        paper = rng.choice([("A4", A4), ("A5", A5)])
    else:
        paper = ("A4 landscape", landscape(A4))
    st = ParagraphStyle("b", fontName=name, fontSize=size, leading=size * 1.35)
    bst = ParagraphStyle("h", parent=st, fontName=name + "-B")
    thai_digits = rng.random() < 0.5
    line_width = rng.choice([0.5, 0.75, 1.0])
    W = paper[1][0] - 100
    story = []
    for c in lay.records:
        story.append(Paragraph(html.escape(c["category"]), bst))
        story.append(Paragraph(html.escape("ชื่อ " + c["name"]), bst))
        story.append(Paragraph(html.escape("คำจำกัดความ: " + c["definition"]), st))
        levels = c["levels"]
        if lay.shape == "rows":
            data = [[Paragraph("ระดับ", bst), Paragraph("พฤติกรรมบ่งชี้", bst)]]
            for l in levels:
                cell = [Paragraph(html.escape(l["title"]), bst)]
                mark = BOX + " " if lay.checkboxes else "• "
                cell += [Paragraph(html.escape(mark + i), st) for i in l["indicators"]]
                data.append([Paragraph(lay.level_label(l["level"], thai_digits), st), cell])
            widths = [0.2 * W, 0.8 * W]
        else:
            data = [[Paragraph(lay.level_label(l["level"], thai_digits), bst) for l in levels],
                    [Paragraph(html.escape(l["title"]), bst) for l in levels]]
            for k in range(max(len(l["indicators"]) for l in levels)):
                mark = BOX + " " if lay.checkboxes else ""
                data.append([Paragraph(html.escape(mark + l["indicators"][k]), st)
                             if k < len(l["indicators"]) else "" for l in levels])
            widths = [W / len(levels)] * len(levels)
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), line_width, "black"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
    pdf = work / "rendering.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=paper[1], leftMargin=50, rightMargin=50)
    doc.build(story)
    return pdf, f"{name} {size}pt {paper[0]} {line_width}pt"


PRODUCERS = [("html", html_file), ("docx", docx_file), ("chrome", chrome), ("lo-docx", lo_docx),
             ("rl", rl)]
# A rendering draws its choices as the producer whose source it shares: the
# HTML read as HTML is the very page Chromium prints, the .docx the one
# LibreOffice converts.
SOURCE = {"html": "chrome", "docx": "lo-docx"}
# The formats the figures are reported by.
FORMAT = {"html": "HTML", "docx": ".docx", "chrome": "browser PDF"}
PDF = ("chrome", "lo-docx", "rl")


# ---------------------------------------------------------------- scoring

def score(binary, scorer, lay, rendering, work):
    db, out, exp = work / "c.db", work / "c.json", work / "expected.json"
    exp.write_text(json.dumps({"competencies": lay.records}, ensure_ascii=False), encoding="utf-8")
    for p in (db, out):
        if p.exists():
            p.unlink()
    # errors="replace": a warning's quote may be cut inside a Thai character.
    ing = subprocess.run([binary, "ingest", "--db", str(db), str(rendering)], capture_output=True,
                         text=True, errors="replace", timeout=300)
    if ing.returncode != 0:
        return 0, 1, "ingest failed: " + (ing.stderr.strip().splitlines() or [""])[-1][:200]
    subprocess.run([binary, "export", "--db", str(db), "--format", "json", "-o", str(out)],
                   check=True, capture_output=True, timeout=300)
    r = subprocess.run(["/usr/bin/python3", str(scorer), str(exp), str(out)],
                       capture_output=True, text=True)
    m = re.search(r"records exact: (\d+)/(\d+)", r.stdout)
    if not m:
        return 0, 1, r.stdout[-300:] + r.stderr[-300:]
    offs = [l.strip() for l in r.stdout.splitlines()
            if l.strip().startswith(("off:", "missing:", "extra:"))]
    return int(m.group(1)), int(m.group(2)), "; ".join(offs[:4])


def cell(args, scorer, lay, name, fn):
    rng = random.Random("%s/%s" % (lay.name, SOURCE.get(name, name)))
    work = pathlib.Path(args.out) / lay.name / name
    work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        try:
            rendering, label = fn(lay, rng, work, tmp)
        except (subprocess.CalledProcessError, FileNotFoundError, ImportError) as e:
            return lay.name, name, None, None, "not rendered: %s" % e, ""
    exact, total, note = score(args.bin, scorer, lay, rendering, work)
    return lay.name, name, exact, total, note, label


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / "build/samatthana"))
    ap.add_argument("--out", default=str(ROOT / "build/table-fidelity"))
    ap.add_argument("--only", default="")
    ap.add_argument("--seeds", type=int, default=3, help="catalogues of each shape")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("-v", action="store_true", help="print what each imperfect rendering got wrong")
    args = ap.parse_args()
    pathlib.Path(args.out).mkdir(parents=True, exist_ok=True)
    scorer = pathlib.Path(args.out) / "score.py"
    scorer.write_text(SCORER.read_text("utf-8").replace(
        "best = max((f1(got, [key(t) for t in ch])",
        "best = max((f1(got, [key(ind_text(t)) for t in ch])"), encoding="utf-8")
    layouts = [Layout(40 + s, shape, s % 2 == 1) for shape in ("rows", "columns")
               for s in range(args.seeds)]
    jobs = [(l, n, f) for l in layouts for n, f in PRODUCERS
            if not args.only or args.only in l.name + "/" + n]
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        results = list(ex.map(lambda j: cell(args, scorer, *j), jobs))
    per, formats, all_exact, all_total = {}, {}, 0, 0
    for name, producer, exact, total, note, label in results:
        if exact is None:
            print("%-16s %-8s n/a  %s" % (name, producer, note))
            continue
        all_exact += exact
        all_total += total
        e, t = per.get(producer, (0, 0))
        per[producer] = (e + exact, t + total)
        for f in [FORMAT[p] for p in [producer] if p in FORMAT] + ["all PDF"] * (producer in PDF):
            e, t = formats.get(f, (0, 0))
            formats[f] = (e + exact, t + total)
        print("%-16s %-8s %6.1f%%  %d/%d  [%s]" % (name, producer, 100.0 * exact / total, exact,
                                                 total, label))
        if args.v and exact != total:
            print("    " + note)
    print("by producer: " + ", ".join("%s %.1f%%" % (n, 100.0 * e / t) for n, (e, t) in per.items()))
    print("by format: " + ", ".join("%s %.1f%%" % (n, 100.0 * e / t) for n, (e, t) in formats.items()))
    if all_total:
        print("records exact: %d/%d (%.2f%%)" % (all_exact, all_total, 100.0 * all_exact / all_total))


if __name__ == "__main__":
    main()

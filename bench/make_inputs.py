#!/usr/bin/env python3
"""Builds the benchmark's inputs from the bundled catalogue's expected records.

  bench/make_inputs.py OUT_DIR

Large catalogues are the bundled one repeated with every competency name made
unique ("<name> ชุดที่ 7"), so they parse into as many distinct records:
- catalogue-<k>x.html   whole HTML pages with k copies (k = 1, 2, 5, 10, 50)
- catalogue-<k>x.pdf    the same printed by Chromium, bullets as text
                        (k = 1, 2, 5, 10 and 13, the last about 500 pages)
- catalogue-shapes-13x.pdf  printed with bullets drawn as shapes
- office-20x.pdf        the 20x page converted by LibreOffice (about 500 pages),
                        when soffice is installed
- revised-50x.html      the 50x catalogue revised: renames, edited, added,
                        removed and split indicators, moved competencies
"""
import html
import json
import pathlib
import random
import shutil
import subprocess
import sys
import tempfile

root = pathlib.Path(__file__).resolve().parent.parent
out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
gold = json.loads((root / "fixtures/cpd-competencies.expected.json").read_text(encoding="utf-8"))
thai = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
e = html.escape


def competencies(copies):
    for k in range(1, copies + 1):
        for c in gold["competencies"]:
            c = json.loads(json.dumps(c))
            c["name"] = f"{c['name']} ชุดที่ {k}"
            yield c


def page(comps, css="", bullets=False):
    body = [f"<h1>{e(t)}</h1>" for t in gold["title"]]
    for c in comps:
        body.append('<section style="break-before: page">')
        body.append("<h2>สมรรถนะที่จำเป็นสำหรับการปฏิบัติงานของข้าราชการกรมส่งเสริมสหกรณ์</h2>")
        body.append(f"<p>{e(c['category'])}</p><h3>ชื่อ {e(c['name'])}</h3>")
        body.append(f"<p>คำจำกัดความ: {e(c['definition'])}</p>")
        for l in c["levels"]:
            body.append(f"<p>ระดับที่ {str(l['level']).translate(thai)}: {e(l['title'])}</p>")
            if l["indicators"]:
                body.append("<ul class='t'>" if bullets else "<ul>")
                body += [f"<li>{'● ' if bullets else ''}{e(i)}</li>" for i in l["indicators"]]
                body.append("</ul>")
        body.append("</section>")
    return ("<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><style>" + css +
            "</style></head><body>" + "\n".join(body) + "</body></html>\n")


def revise(comps):
    rng = random.Random(7)
    comps = [json.loads(json.dumps(c)) for c in comps]
    for i, c in enumerate(comps):
        r = rng.random()
        if r < 0.02:
            c["name"] += " (ปรับปรุง)"
        elif r < 0.06:
            for l in c["levels"]:
                if l["indicators"]:
                    l["indicators"][0] = l["indicators"][0].replace("ได้", "ได้อย่างดี", 1) + " เพิ่มเติม"
                    break
        elif r < 0.08:
            c["levels"][1]["indicators"].append("ติดตามผลการดำเนินงานอย่างต่อเนื่อง รายการใหม่ที่ " + str(i))
        elif r < 0.10:
            for l in c["levels"]:
                if len(l["indicators"]) > 1:
                    l["indicators"].pop()
                    break
        elif r < 0.12:
            c["definition"] = "นิยามใหม่: " + c["definition"]
    for k in range(0, len(comps) - 1, 97):
        comps[k], comps[k + 1] = comps[k + 1], comps[k]
    return comps


def print_pdf(text, pdf):
    chromium = shutil.which("chromium")
    if not chromium:
        sys.exit("make_inputs: chromium is needed for the PDFs (scripts/install-deps)")
    with tempfile.TemporaryDirectory() as tmp:
        src = pathlib.Path(tmp) / "page.html"
        src.write_text(text, encoding="utf-8")
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", f"--user-data-dir={tmp}/profile",
                        "--no-pdf-header-footer", f"--print-to-pdf={pdf}", str(src)],
                       check=True, capture_output=True, timeout=600)


css = ("@page { size: A4; margin: 2cm; @bottom-center { content: '- ' counter(page, thai) ' -'; "
       "font: 10pt Garuda; } } body { font: 14pt/1.45 Garuda; } ul.t { list-style-type: none; }")
for k in (1, 2, 5, 10, 20, 50):
    path = out / f"catalogue-{k}x.html"
    if not path.exists():
        path.write_text(page(competencies(k)), encoding="utf-8")
revised = out / "revised-50x.html"
if not revised.exists():
    revised.write_text(page(revise(list(competencies(50)))), encoding="utf-8")
for k in (1, 2, 5, 10, 13):
    pdf = out / f"catalogue-{k}x.pdf"
    if not pdf.exists():
        print_pdf(page(competencies(k), css, bullets=True), pdf)
office = out / "office-20x.pdf"
soffice = shutil.which("soffice")
if soffice and not office.exists():
    with tempfile.TemporaryDirectory() as tmp:
        src = pathlib.Path(tmp) / "office-20x.html"
        src.write_text(page(competencies(20), "body { font-family: Garuda; font-size: 14pt; }"),
                       encoding="utf-8")
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=900)
        shutil.copy(pathlib.Path(tmp) / "office-20x.pdf", office)
shapes = out / "catalogue-shapes-13x.pdf"
if not shapes.exists():
    print_pdf(page(competencies(13), css), shapes)

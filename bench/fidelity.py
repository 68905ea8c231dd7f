#!/usr/bin/python3
"""The fidelity benchmark: catalogues rendered to PDF by several producers, read back.

  /usr/bin/python3 bench/fidelity.py [--bin build/samatthana] [--out build/fidelity]
                                     [--only SUBSTRING] [--keep]

Every cell of the matrix is one catalogue (rows) rendered by one producer (columns):
the PDF is ingested with samatthana, exported as JSON and scored against the
catalogue's expected records by the shared scorer. It prints the matrix, each cell's
"records exact" percentage, and the overall figure over every record in the matrix.
It measures how faithfully layouts are read, not how fast: nothing is timed.

Catalogues: the corpus catalogue (fixtures/cpd-competencies.txt and its expected
records; its lines of pasted HTML fragments are rendered as their page showed them,
never as tags: Chromium reads the markup, LibreOffice's text import gets the text a
browser shows), the agency layouts of fixtures/layouts/ (make_layouts.py), and made-up
catalogues (fixtures/layouts/catalogue.py) with other seeds, set in the corpus's
labels ("cpd-style") or one field a line ("fields-style").

Producers (each with parameters drawn from a seeded random generator, so one run is
reproducible and another --seed gives other fonts, sizes and margins):
  lo-txt      LibreOffice's plain-text import: one paragraph a source line, no space
              between paragraphs; a random Thai font and size
  lo-docx     a Word document (python-docx), one paragraph a line, converted by
              LibreOffice; headings bold and centred where the catalogue is structured
  lo-odt      the same document saved as OpenDocument first, then converted
  chrome      Chromium printing an HTML page, one <p> a line, paragraph margins from
              a tenth of an em up, random fonts, sizes, page sizes and margins
  chrome-h    Chromium, structured: competency names bold, centred and larger at the
              top of a page, items in a list with hanging indents
  rl-hang     reportlab: items with hanging indents (a bullet or a number hanging in
              the margin), lines broken by hand at spaces, ragged right, bold centred
              headings at page tops, randomly justified body paragraphs
  rl-hard     reportlab, as typed: paragraphs hard-broken at spaces (ragged or
              filled), items "- " with their lines broken by hand under the text
  word-lost   a chrome-h rendering whose text layer is damaged the way Word's is:
              SARA AM drawn as NIKHAHIT + SARA AA, the NIKHAHIT mapped to nothing
  word-swap   the same, SARA AM and SARA AA swapped in the ToUnicode map
Needs Debian's python3-docx, python3-reportlab, python3-pikepdf, LibreOffice (soffice),
Chromium and the fonts-thai-tlwg fonts; a producer whose tool is missing is skipped.
"""
import argparse
import concurrent.futures
import html
import io
import json
import os
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
TTF = {  # regular and bold TrueType files, for reportlab
    "Garuda": ("Garuda.ttf", "Garuda-Bold.ttf"),
    "Loma": ("Loma.ttf", "Loma-Bold.ttf"),
    "Norasi": ("Norasi.ttf", "Norasi-Bold.ttf"),
    "Kinnari": ("Kinnari.ttf", "Kinnari-Bold.ttf"),
    "Laksaman": ("Laksaman.ttf", "Laksaman-Bold.ttf"),
    "Umpush": ("Umpush.ttf", "Umpush-Bold.ttf"),
    "Waree": ("Waree.ttf", "Waree-Bold.ttf"),
}
TLWG = pathlib.Path("/usr/share/fonts/truetype/tlwg")
SCORER = pathlib.Path("/work/shared/tools/score.py")


# ---------------------------------------------------------------- catalogues
# A catalogue is its expected records and its blocks: (kind, text) in reading
# order, kind one of title, category, name, definition, level, item, blank.

def cpd_blocks(records, title=()):
    blocks = [("title", t) for t in title]
    for c in records:
        blocks.append(("category", c["category"]))
        blocks.append(("name", "ชื่อ " + c["name"]))
        blocks.append(("definition", "คำจำกัดความ: " + c["definition"]))
        for l in c["levels"]:
            blocks.append(("level", "ระดับที่ %s: %s" % (thai(l["level"]), l["title"])))
            blocks += [("item", i) for i in l["indicators"]]
    return blocks


def fields_blocks(records):
    blocks, category = [], None
    for c in records:
        if c["category"] != category:
            category = c["category"]
            blocks.append(("category", category))
        blocks.append(("name", "%s (%s-%s)" % (c["name"], c["name_en"], c["code"])))
        blocks.append(("definition", c["definition"]))
        for l in c["levels"]:
            blocks.append(("level", "ระดับที่ %d คือ %s" % (l["level"], l["title"])))
            blocks += [("item", i) for i in l["indicators"]]
    return blocks


TAG = re.compile(r"</?[A-Za-z][^>]*>")
BLOCK_TAG = re.compile(r"</?(?:p|ul|ol|li|div|br|h[1-6])\b[^>]*>", re.I)


def shown(line):
    """What a browser shows of a line of text with pasted HTML fragments: the
    lines its block elements make, without the tags, entities read."""
    text = TAG.sub("", BLOCK_TAG.sub("\n", line))
    return [html.unescape(t).strip() for t in text.split("\n") if t.strip()]


def text_blocks(text):
    """A plain-text source: one block a line; its structure is the parser's to find.
    A line with pasted HTML fragments (as the corpus text has) is kind "markup":
    a rendering shows it as its page did, never its tags."""
    return [("blank", "") if not l.strip() else ("markup" if TAG.search(l) else "line", l)
            for l in text.splitlines()]


def plain_lines(blocks):
    """The lines a reader sees, for producers that take plain text."""
    out = []
    for kind, text in blocks:
        out += shown(text) if kind == "markup" else [text]
    return out


class Catalogue:
    def __init__(self, name, expected, blocks, structured, html_source=None):
        self.name, self.expected, self.blocks = name, expected, blocks
        self.structured = structured  # blocks say what each line is
        self.html_source = html_source


def catalogues():
    out = []
    cpd = json.loads((ROOT / "fixtures/cpd-competencies.expected.json").read_text("utf-8"))
    cpd_text = (ROOT / "fixtures/cpd-competencies.txt").read_text("utf-8")
    out.append(Catalogue("cpd-text", cpd, text_blocks(cpd_text), False))
    out.append(Catalogue("cpd", cpd, cpd_blocks(cpd["competencies"], cpd["title"]), True))
    layouts = ROOT / "fixtures/layouts"
    for stem in ["fields", "numbered", "name-colon", "outline", "plain-gaps"]:
        exp = json.loads((layouts / (stem + ".expected.json")).read_text("utf-8"))
        out.append(Catalogue(stem, exp, text_blocks((layouts / (stem + ".txt")).read_text("utf-8")),
                             False))
    exp = json.loads((layouts / "letter-codes.expected.json").read_text("utf-8"))
    out.append(Catalogue("letter-codes", exp, [], False,
                         html_source=(layouts / "letter-codes.html").read_text("utf-8")))
    for seed in (21, 22):
        recs = catalogue(seed=seed, start=seed % 2)
        plain = [{k: v for k, v in c.items() if k not in ("name_en", "code")} for c in recs]
        out.append(Catalogue("made-cpd-%d" % seed, {"competencies": plain}, cpd_blocks(plain), True))
    for seed in (31, 32):
        recs = catalogue(seed=seed, start=seed % 2)
        out.append(Catalogue("made-fields-%d" % seed, {"competencies": recs}, fields_blocks(recs),
                             True))
    return out


# ---------------------------------------------------------------- producers

def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, timeout=300, **kw)


def soffice_pdf(src, tmp, infilter=None):
    cmd = ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    run(cmd + ["--convert-to", "pdf", "--outdir", str(tmp), str(src)])
    return pathlib.Path(tmp) / (src.stem + ".pdf")


def lo_txt(cat, rng, pdf, tmp):
    lines = plain_lines(cat.blocks)
    src = pathlib.Path(tmp) / "doc.txt"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    font = rng.choice(FONTS)
    shutil.copy(soffice_pdf(src, tmp, f"Text (encoded):UTF8,LF,{font},th-TH"), pdf)
    return font


def make_docx(cat, rng, path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm
    d = docx.Document()
    font, size = rng.choice(FONTS), rng.choice([12, 13, 14, 15, 16])
    st = d.styles["Normal"]
    st.font.name, st.font.size = font, Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    szcs = rpr.makeelement(qn("w:szCs"), {qn("w:val"): str(size * 2)})
    rpr.append(szcs)
    st.paragraph_format.space_after = Pt(rng.choice([0, 0, 2, 6]))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(rng.choice([1.9, 2.5, 3.0]))
    first = True
    for kind, text in cat.blocks:
        if kind == "blank":
            d.add_paragraph("")
            continue
        p = d.add_paragraph()
        r = p.add_run(text)
        if kind in ("name", "category", "title"):
            r.bold = True
            r.font.cs_bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if kind == "name" and not first and rng.random() < 0.5:
                p.paragraph_format.page_break_before = True
            first = False
        elif kind == "item":
            p.style = d.styles["List Bullet"]
    d.save(path)
    return f"{font} {size}pt"


def lo_docx(cat, rng, pdf, tmp):
    src = pathlib.Path(tmp) / "doc.docx"
    label = make_docx(cat, rng, src)
    shutil.copy(soffice_pdf(src, tmp), pdf)
    return label


def lo_odt(cat, rng, pdf, tmp):
    src = pathlib.Path(tmp) / "doc.docx"
    label = make_docx(cat, rng, src)
    run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
         "--convert-to", "odt", "--outdir", str(tmp), str(src)])
    shutil.copy(soffice_pdf(pathlib.Path(tmp) / "doc.odt", tmp), pdf)
    return label


def chromium_pdf(page, pdf, tmp):
    src = pathlib.Path(tmp) / "page.html"
    src.write_text(page, encoding="utf-8")
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", f"--user-data-dir={tmp}/chrome", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", str(src)])


def page_css(rng, extra=""):
    font, size = rng.choice(FONTS), rng.choice([12, 13, 14, 15, 16])
    paper = rng.choice(["A4", "A5", "letter"])
    margin = rng.choice(["1.5cm", "2cm", "2.5cm 2cm"])
    para = rng.choice(["0.1em", "0.2em", "0.5em", "1em"])
    lh = rng.choice(["1.3", "1.5", "normal"])
    css = (f"@page {{ size: {paper}; margin: {margin}; }} body {{ font: {size}pt/{lh} {font}; "
           f"margin: 0; }} p {{ margin: {para} 0; }} {extra}")
    return css, f"{font} {size}pt {paper} p-margin {para} lh {lh}"


def chrome(cat, rng, pdf, tmp):
    css, label = page_css(rng)
    if cat.html_source:
        page = cat.html_source.replace("</head>", f"<style>{css}</style></head>")
    else:
        # A line of markup is its own fragment: the div closes what it leaves
        # open, as the fragment ends at the line's end in the text.
        body = "".join("<p>&nbsp;</p>" if k == "blank" else
                       f"<div>{t}</div>" if k == "markup" else f"<p>{html.escape(t)}</p>"
                       for k, t in cat.blocks)
        page = ('<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><style>' + css +
                "</style></head><body>" + body + "</body></html>")
    chromium_pdf(page, pdf, tmp)
    return label


def chrome_heads(cat, rng, pdf, tmp):
    indent = rng.choice(["1.5em", "2em", "3em"])
    css, label = page_css(rng, "h2 { text-align: center; font-weight: bold; font-size: 120%; "
                          "margin: 0 0 0.5em; } h2.brk { break-before: page; } "
                          f"ul, ol {{ margin: 0; padding-left: {indent}; }} li {{ margin: 0; }}")
    out, in_list = [], False
    list_tag = rng.choice(["ul", "ol"])
    names = 0
    for kind, text in cat.blocks:
        if kind == "item" and not in_list:
            out.append(f"<{list_tag}>")
            in_list = True
        if kind != "item" and in_list:
            out.append(f"</{list_tag}>")
            in_list = False
        t = html.escape(text)
        if kind == "item":
            out.append(f"<li>{t}</li>")
        elif kind in ("name", "title"):
            names += kind == "name"
            cls = ' class="brk"' if kind == "name" and names > 1 and rng.random() < 0.6 else ""
            out.append(f"<h2{cls}>{t}</h2>")
        elif kind != "blank":
            out.append(f"<p>{t}</p>")
    if in_list:
        out.append(f"</{list_tag}>")
    page = ('<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><style>' + css +
            "</style></head><body>" + "".join(out) + "</body></html>")
    chromium_pdf(page, pdf, tmp)
    return label + " " + list_tag


def reportlab_pdf(cat, rng, pdf, hanging):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.pagesizes import A4, A5, letter
    from reportlab.pdfgen import canvas
    name = rng.choice(sorted(TTF))
    reg, bold = TTF[name]
    pdfmetrics.registerFont(TTFont(name, str(TLWG / reg)))
    pdfmetrics.registerFont(TTFont(name + "-B", str(TLWG / bold)))
    size = rng.choice([12, 13, 14, 15, 16])
    paper = rng.choice([("A4", A4), ("A5", A5), ("letter", letter)])
    W, H = paper[1]
    left, right = rng.choice([50, 60, 72]), rng.choice([40, 50, 72])
    top, bottom = 60, 60
    lead = size * rng.choice([1.2, 1.35, 1.5])
    c = canvas.Canvas(str(pdf), pagesize=(W, H))
    y = [H - top]
    width = lambda s, f=name, z=size: pdfmetrics.stringWidth(s, f, z)

    def new_page():
        c.showPage()
        y[0] = H - top

    def line(x, text, font=name, z=size):
        if y[0] < bottom:
            new_page()
        c.setFont(font, z)
        c.drawString(x, y[0], text)
        y[0] -= lead

    def breaks(text, room, ragged):
        """Breaks at spaces (a typist's hard breaks); a ragged margin breaks short."""
        words, out, cur = text.split(" "), [], ""
        limit = room * (rng.uniform(0.6, 0.9) if ragged else 1.0)
        for w in words:
            cand = (cur + " " + w) if cur else w
            if cur and width(cand) > limit:
                out.append(cur)
                cur = w
                limit = room * (rng.uniform(0.6, 0.9) if ragged else 1.0)
            else:
                cur = cand
        # A word longer than the room is cut between characters, as a typist would.
        fitted = []
        for l in out + [cur]:
            while width(l) > room:
                k = len(l)
                while k > 1 and width(l[:k]) > room:
                    k -= 1
                fitted.append(l[:k])
                l = l[k:]
            fitted.append(l)
        return fitted

    room = W - left - right
    mark_w = size * 1.5
    number = 0
    first_name = True
    ragged = hanging or rng.random() < 0.5
    for kind, text in cat.blocks:
        if kind == "blank":
            y[0] -= lead
            continue
        if kind in ("name", "title"):
            if kind == "name" and not first_name and hanging and rng.random() < 0.6:
                new_page()
            first_name = first_name and kind != "name"
            z = size + 2
            for l in breaks(text, room, False):
                if y[0] < bottom:
                    new_page()
                c.setFont(name + "-B", z)
                c.drawString(left + (room - width(l, name + "-B", z)) / 2, y[0], l)
                y[0] -= lead
            continue
        if kind == "item":
            number += 1
            if hanging:
                mark = rng.choice(["•", "-"]) if number % 2 else "%d." % number
                indent = mark_w
            else:  # typed: a dash and a space, the lines after it under the text
                mark, indent = "-", width("- ")
            parts = breaks(text, room - indent, True)
            if y[0] < bottom:
                new_page()
            c.setFont(name, size)
            c.drawString(left, y[0], mark)
            line(left + indent, parts[0])
            for p in parts[1:]:
                line(left + indent, p)
            continue
        number = 0
        for p in breaks(text, room, ragged):
            line(left, p)
    c.save()
    return f"{name} {size}pt {paper[0]} lead {lead / size:.2f}" + (" ragged" if ragged else "")


def rl_hang(cat, rng, pdf, tmp):
    return reportlab_pdf(cat, rng, pdf, hanging=True)


def rl_hard(cat, rng, pdf, tmp):
    return reportlab_pdf(cat, rng, pdf, hanging=False)


def read_to_unicode(data):
    """A ToUnicode CMap's code -> text, from its bfchar and bfrange entries."""
    out = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(src, 16)] = dst.upper()
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for a, b, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            for k in range(int(a, 16), int(b, 16) + 1):
                out[k] = "%04X" % (int(dst, 16) + k - int(a, 16))
    return out


def write_to_unicode(mapping):
    entries = ["<%04X> <%s>" % kv for kv in sorted(mapping.items())]
    body = []
    for k in range(0, len(entries), 100):
        chunk = entries[k:k + 100]
        body.append("%d beginbfchar\n%s\nendbfchar" % (len(chunk), "\n".join(chunk)))
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + "\n".join(body) +
            "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")


def damage(pdf, mode):
    """Rewrites the ToUnicode maps of a Chromium PDF the way Word's are wrong.
    Chromium (HarfBuzz) draws SARA AM as NIKHAHIT + SARA AA glyphs, as Word does.
    'lost': the NIKHAHIT glyph maps to a space, so "ตำแหน่ง" reads "ตาแหน่ง";
    'swap': that, and the SARA AA glyph maps to SARA AM, so "งาน" reads "งำน"."""
    import pikepdf
    with pikepdf.open(pdf, allow_overwriting_input=True) as doc:
        seen = set()
        for page in doc.pages:
            fonts = page.Resources.get("/Font")
            if fonts is None:
                continue
            for key in list(fonts.keys()):
                tu = fonts[key].get("/ToUnicode")
                if tu is None or tu.objgen in seen:
                    continue
                seen.add(tu.objgen)
                mapping = read_to_unicode(tu.read_bytes().decode("latin-1"))
                for code, dst in mapping.items():
                    if dst == "0E4D":
                        mapping[code] = "0020"
                    elif dst == "0E32" and mode == "swap":
                        mapping[code] = "0E33"
                tu.write(write_to_unicode(mapping).encode("latin-1"))
            # Chromium says what a cluster reads as in /ActualText where its
            # glyphs alone cannot (SARA AM drawn as two glyphs, a vowel and its
            # tone mark drawn as one ligature glyph). Word writes no ActualText,
            # but it maps every glyph it draws: only the SARA AM clusters lose
            # their ActualText, so the damage is Word's and no other.
            data = b"\n".join(c.read_bytes() for c in page.Contents) \
                if isinstance(page.Contents, pikepdf.Array) else page.Contents.read_bytes()

            def strip_sara_am(m):
                text = m.group(1).upper()
                units = [text[k:k + 4] for k in range(0, len(text), 4)]
                return b"/Span BMC" if b"0E33" in units else m.group(0)
            data = re.sub(rb"/Span\s*<<\s*/ActualText\s*<([0-9A-Fa-f]*)>\s*>>\s*BDC", strip_sara_am, data)
            page.Contents = doc.make_stream(data)
        doc.save(pdf)


def word_lost(cat, rng, pdf, tmp):
    label = chrome_heads(cat, rng, pdf, tmp)
    damage(pdf, "lost")
    return label


def word_swap(cat, rng, pdf, tmp):
    label = chrome_heads(cat, rng, pdf, tmp)
    damage(pdf, "swap")
    return label


PRODUCERS = [("lo-txt", lo_txt), ("lo-docx", lo_docx), ("lo-odt", lo_odt), ("chrome", chrome),
             ("chrome-h", chrome_heads), ("rl-hang", rl_hang), ("rl-hard", rl_hard),
             ("word-lost", word_lost), ("word-swap", word_swap)]
NEEDS_STRUCTURE = {"chrome-h", "rl-hang", "rl-hard", "word-lost", "word-swap", "lo-docx", "lo-odt"}


def applies(cat, producer):
    if cat.html_source:
        return producer == "chrome"
    if producer in NEEDS_STRUCTURE:
        return cat.structured
    return True


# ---------------------------------------------------------------- scoring

def score(binary, scorer, cat, pdf, work):
    db = work / "c.db"
    out = work / "c.json"
    exp = work / "expected.json"
    exp.write_text(json.dumps(cat.expected, ensure_ascii=False), encoding="utf-8")
    for p in (db, out):
        if p.exists():
            p.unlink()
    ing = subprocess.run([binary, "ingest", "--db", str(db), str(pdf)], capture_output=True,
                         text=True, timeout=300)
    if ing.returncode != 0:
        return 0, 1, "ingest failed: " + ing.stderr.strip().splitlines()[-1][:200]
    subprocess.run([binary, "export", "--db", str(db), "--format", "json", "-o", str(out)],
                   check=True, capture_output=True, timeout=300)
    r = subprocess.run(["/usr/bin/python3", str(scorer), str(exp), str(out), "--clean"],
                       capture_output=True, text=True)
    m = re.search(r"records exact: (\d+)/(\d+)", r.stdout)
    if not m:
        return 0, 1, r.stdout[-300:] + r.stderr[-300:]
    offs = [l.strip() for l in r.stdout.splitlines() if l.strip().startswith(("off:", "missing:", "extra:"))]
    defects = re.search(r"text defects: (.*)", r.stdout)
    note = "; ".join(offs[:4])
    if r.returncode != 0 and defects:
        note = (note + "; defects " + defects.group(1)).strip("; ")
    return int(m.group(1)), int(m.group(2)), note


def cell(args, scorer, cat, name, fn, seed):
    rng = random.Random("%s/%s/%d" % (cat.name, name, seed))
    work = pathlib.Path(args.out) / cat.name / name
    work.mkdir(parents=True, exist_ok=True)
    pdf = work / "rendering.pdf"
    with tempfile.TemporaryDirectory() as tmp:
        try:
            label = fn(cat, rng, pdf, tmp)
        except (subprocess.CalledProcessError, FileNotFoundError, ImportError) as e:
            return cat.name, name, None, None, "not rendered: %s" % e, ""
    exact, total, note = score(args.bin, scorer, cat, pdf, work)
    return cat.name, name, exact, total, note, label


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / "build/samatthana"))
    ap.add_argument("--out", default=str(ROOT / "build/fidelity"))
    ap.add_argument("--only", default="", help="run the cells whose catalogue/producer has this")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("-v", action="store_true", help="print what each imperfect cell got wrong")
    args = ap.parse_args()
    # The shared scorer compares indicators given as objects by their text.
    scorer = pathlib.Path(args.out) / "score.py"
    pathlib.Path(args.out).mkdir(parents=True, exist_ok=True)
    scorer.write_text(SCORER.read_text("utf-8").replace(
        "best = max((f1(got, [key(t) for t in ch])", "best = max((f1(got, [key(ind_text(t)) for t in ch])"),
        encoding="utf-8")
    cats = catalogues()
    jobs = [(c, n, f) for c in cats for n, f in PRODUCERS
            if applies(c, n) and (not args.only or args.only in c.name + "/" + n)]
    results = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        futs = [ex.submit(cell, args, scorer, c, n, f, args.seed) for c, n, f in jobs]
        for f in concurrent.futures.as_completed(futs):
            results.append(f.result())
    names = [n for n, _ in PRODUCERS]
    table = {(r[0], r[1]): r for r in results}
    rows = [c.name for c in cats if any((c.name, n) in table for n in names)]
    cols = [n for n in names if any((c, n) in table for c in rows)]
    w = max(len(r) for r in rows) + 1
    print("records exact, % (catalogue x producer)")
    print(" " * w + "".join("%10s" % n for n in cols))
    all_exact = all_total = 0
    for r in rows:
        cells = []
        for n in cols:
            x = table.get((r, n))
            if x is None:
                cells.append("%10s" % "")
            elif x[2] is None:
                cells.append("%10s" % "n/a")
            else:
                all_exact += x[2]
                all_total += x[3]
                cells.append("%10.1f" % (100.0 * x[2] / x[3]))
        print(r.ljust(w) + "".join(cells))
    per = {}
    for x in results:
        if x[2] is not None:
            e, t = per.get(x[1], (0, 0))
            per[x[1]] = (e + x[2], t + x[3])
    print("by producer: " + ", ".join("%s %.1f%%" % (n, 100.0 * per[n][0] / per[n][1])
                                      for n in cols if n in per))
    perfect = sum(1 for x in results if x[2] is not None and x[2] == x[3])
    scored = sum(1 for x in results if x[2] is not None)
    print("cells at 100%%: %d of %d" % (perfect, scored))
    if args.v:
        for x in sorted(results):
            if x[2] is None or x[2] != x[3]:
                print("  %s/%s [%s]: %s" % (x[0], x[1], x[5], x[4]))
    if all_total:
        print("records exact: %d/%d (%.2f%%)" % (all_exact, all_total, 100.0 * all_exact / all_total))


if __name__ == "__main__":
    main()

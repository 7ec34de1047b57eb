"""Build the development set's documents (docs/) from their sources (src/): HTML, DOCX, PDF, XLSX, text.

    .venv/bin/python tests/extraction/devset/build.py

Sources are a small markup of their own (one line each):
  # / ## heading             @title T        document title
  - item                     @toc T<TAB>N     a table-of-contents line with its page number
  | a | b |  table rows (first = header)       @caption T  table caption
  @menu A | B  (HTML menu)   @crumbs T (HTML breadcrumbs)  @footer T (HTML footer)
  @facts A | B (key: value pairs)              @sheet NAME (XLSX: a new sheet)
Other non-blank lines are paragraphs (each line its own). `.ocr.txt` sources are plain text that
gets deterministic scanner damage (Danish letter confusions); `.txt` sources are copied.
The output is deterministic, so the built files are committed beside their sources.
"""

from __future__ import annotations

import html
import io
import random
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, DOCS = HERE / "src", HERE / "docs"


def blocks(text: str) -> list[tuple[str, object]]:
    """(kind, payload) per source line; consecutive table rows form one table."""
    out: list[tuple[str, object]] = []
    for line in text.splitlines():
        s = line.rstrip()
        if not s.strip():
            continue
        if s.startswith("|"):
            row = [c.strip() for c in s.strip("|").split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append(row)
            else:
                out.append(("table", [row]))
        elif s.startswith("@"):
            key, _, rest = s[1:].partition(" ")
            out.append((key, rest))
        elif s.startswith("#"):
            level = len(s) - len(s.lstrip("#"))
            out.append((f"h{level}", s[level:].strip()))
        elif s.startswith("- "):
            out.append(("item", s[2:]))
        else:
            out.append(("p", s))
    return out


# ---------------------------------------------------------------- HTML
def to_html(text: str) -> bytes:
    e = html.escape
    head, body, foot = [], [], []
    items: list[str] = []

    def flush_items() -> None:
        if items:
            body.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>")
            items.clear()

    title = "Side"
    for kind, val in blocks(text):
        if kind != "item":
            flush_items()
        if kind == "menu":
            head.append("<nav class='menu'><ul>" + "".join(f"<li><a href='#'>{e(x.strip())}</a></li>"
                                                          for x in val.split("|")) + "</ul></nav>")
        elif kind == "crumbs":
            head.append(f"<div class='breadcrumbs'>{e(val)}</div>")
        elif kind == "footer":
            foot.append("<footer>" + "".join(f"<p>{e(x.strip())}</p>" for x in val.split("|")) + "</footer>")
        elif kind == "item":
            items.append(val)
        elif kind.startswith("h"):
            title = val if kind == "h1" else title
            body.append(f"<{kind}>{e(val)}</{kind}>")
        elif kind == "facts":
            body.append("<ul class='facts'>" + "".join(f"<li>{e(x.strip())}</li>" for x in val.split("|")) + "</ul>")
        elif kind == "table":
            rows = val
            body.append("<table><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
                        + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
                        + "</tbody></table>")
        elif kind == "caption":
            body.append(f"<p class='caption'>{e(val)}</p>")
        else:
            body.append(f"<p>{e(val)}</p>")
    flush_items()
    page = (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{e(title)}</title></head><body>"
            f"<header>{''.join(head)}</header><main><article>{''.join(body)}</article></main>{''.join(foot)}"
            "</body></html>")
    return page.encode("utf-8")


# ---------------------------------------------------------------- DOCX
def to_docx(text: str) -> bytes:
    import docx

    d = docx.Document()
    for kind, val in blocks(text):
        if kind == "title":
            d.add_paragraph(val, style="Title")
        elif kind.startswith("h"):
            d.add_heading(val, level=int(kind[1:]))
        elif kind == "item":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "toc":
            d.add_paragraph(val)  # "1. Indledning<TAB>2"
        elif kind == "caption":
            d.add_paragraph(val, style="Caption")
        elif kind == "table":
            rows = val
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
        else:
            d.add_paragraph(val)
    buf = io.BytesIO()
    d.save(buf)
    return _stable_zip(buf.getvalue())


def _stable_zip(data: bytes) -> bytes:
    """The same zip with fixed timestamps, so a rebuild gives identical bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            body = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", b"", body)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, body)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def to_pdf(text: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    # A font with the Baltic and Polish letters real reports embed (Helvetica has no ī, ė, ń).
    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    styles = getSampleStyleSheet()
    for style in styles.byName.values():
        style.fontName = "DejaVu-Bold" if "Heading" in style.name or style.name == "Title" else "DejaVu"
    e = html.escape
    story = []
    for kind, val in blocks(text):
        if kind == "title":
            story.append(Paragraph(e(val), styles["Title"]))
        elif kind.startswith("h"):
            story.append(Paragraph(e(val), styles["Heading1" if kind == "h1" else "Heading2"]))
        elif kind == "item":
            story.append(Paragraph("• " + e(val), styles["Normal"]))
        elif kind == "toc":
            title, _, page = val.partition("\t")
            story.append(Paragraph(f"{e(title)} {'.' * 20} {e(page)}", styles["Normal"]))
        elif kind == "table":
            t = Table(val)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("FONTNAME", (0, 0), (-1, -1), "DejaVu")]))
            story += [t, Spacer(1, 8)]
        else:
            story.append(Paragraph(e(val), styles["Normal"]))
            story.append(Spacer(1, 4))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title="devset", author="udsyn", creator="udsyn", producer="udsyn",
                            invariant=1)
    doc.build(story)
    return buf.getvalue()


# ---------------------------------------------------------------- XLSX
def to_xlsx(text: str) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    ws = None
    for kind, val in blocks(text):
        if kind == "sheet":
            ws = wb.create_sheet(val)
        elif kind == "table" and ws is not None:
            for row in val:
                ws.append([int(c) if re.fullmatch(r"\d+", c) else c for c in row])
    buf = io.BytesIO()
    wb.save(buf)
    return _stable_zip(buf.getvalue())


# ---------------------------------------------------------------- scanner damage
# What scanners do to Danish letters (seen in real scans): ø as g/@/o, æ as ee/ae, å as d/a/é, Ø as @.
DAMAGE = {"ø": ("g", "g", "@", "o"), "Ø": ("@", "@", "O"), "æ": ("ee", "ae", "e"), "å": ("d", "a", "é", "a"),
          "Å": ("A",), "ü": ("ii", "u")}


def damage(text: str, seed: int = 6, rate: float = 0.7) -> str:
    rnd = random.Random(seed)
    out = []
    for ch in text:
        if ch in DAMAGE and rnd.random() < rate:
            out.append(rnd.choice(DAMAGE[ch]))
        else:
            out.append(ch)
    return "".join(out)


BUILDERS = {".html.md": (".html", to_html), ".docx.md": (".docx", to_docx), ".pdf.md": (".pdf", to_pdf),
            ".xlsx.md": (".xlsx", to_xlsx), ".ocr.txt": (".txt", lambda t: damage(t).encode("utf-8")),
            ".txt": (".txt", lambda t: t.encode("utf-8"))}


def build() -> list[Path]:
    DOCS.mkdir(exist_ok=True)
    made = []
    for src in sorted(SRC.iterdir()):
        for suffix, (ext, fn) in BUILDERS.items():
            if src.name.endswith(suffix):
                out = DOCS / (src.name[: -len(suffix)] + ext)
                out.write_bytes(fn(src.read_text("utf-8")))
                made.append(out)
                break
    return made


if __name__ == "__main__":
    for path in build():
        print(path.relative_to(HERE))
    sys.exit(0)

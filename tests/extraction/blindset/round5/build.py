"""Build the round-5 binary documents of the blind set from the text in this file.

- heldout/sv-alvnas-protokollsutdrag-internationellt.docx: a Swedish committee minute with a table of twin towns
  and a table of projects
- heldout/en-ulvsund-international-report-2025.pdf: a two-page English report with a project table and page footers

Run from the repository root:  .venv/bin/python tests/extraction/blindset/round5/build.py

Written by hand, with their gold files, before any extraction run on them (../README.md, round5/README.md).
Fictional municipalities; real partner towns, institutions, networks and programmes with invented relations. The
build is deterministic: fixed metadata dates, the PDF in reportlab's invariant mode, and the DOCX zip entries
rewritten with a fixed timestamp, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_DATE = dt.datetime(2025, 11, 20, 10, 0, 0)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def _fix_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed entry timestamps and order, so that the bytes do not depend on the clock."""
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    stamp = FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    entries = [
        (
            name,
            re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>", data)
            if name == "docProps/core.xml"
            else data,
        )
        for name, data in entries
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data)
    path.write_bytes(buffer.getvalue())


# --- DOCX: Älvnäs kommun, minute of the municipal executive's working committee (Swedish) --------------------------

DOCX_NAME = "heldout/sv-alvnas-protokollsutdrag-internationellt.docx"
DOCX_TITLE = "Protokollsutdrag – Kommunstyrelsens arbetsutskott 2025-10-14"
DOCX_META = "§ 142  Redovisning av internationellt arbete 2025 samt ansökan om medlemskap. Dnr KS 2025/0388."
DOCX_INTRO = [
    "Ärendebeskrivning",
    "Kommunledningskontoret redovisar årligen kommunens vänorter, samarbetsavtal och internationella projekt. "
    "Älvnäs har i dag två vänorter samt ett avtal om samarbete med Kimitoön; vänortsavtalet med Preiļi i Lettland "
    "upphörde vid utgången av 2023. Tabell 1 visar avtalen.",
]
DOCX_TWIN_CAPTION = "Tabell 1. Vänorter och samarbetsavtal"
DOCX_TWIN_HEADER = ["Ort", "Land", "Typ av avtal", "Sedan", "Aktiviteter 2025"]
DOCX_TWIN_ROWS = [
    ["Sastamala", "Finland", "Vänort", "1947", "Körutbyte; 22 sångare besökte Sastamala i maj"],
    ["Hafnarfjörður", "Island", "Vänort", "1963", "Inga aktiviteter"],
    [
        "Kimitoön (Kemiönsaari)",
        "Finland",
        "Samarbetsavtal om skärgårdsfrågor",
        "2021",
        "Gemensamt projekt, se tabell 2",
    ],
    ["Preiļi", "Lettland", "Vänort (upphört 2023)", "1994", "–"],
]
DOCX_PROJECT_CAPTION = "Tabell 2. Internationella projekt"
DOCX_PROJECT_HEADER = ["Projekt", "Finansiering", "Partner utomlands", "Budget", "Älvnäs andel", "Period"]
DOCX_PROJECT_ROWS = [
    ["ELEVBRON", "Nordplus Junior", "Sastamalan lukio", "18 500 euro", "–", "2024–2026"],
    [
        "SKÄRGÅRDSLOGISTIK",
        "Interreg Central Baltic",
        "Kimitoön; Novia University of Applied Sciences",
        "1,6 miljoner euro",
        "2 400 tkr",
        "2025–2027",
    ],
]
DOCX_AFTER = [
    "Novia är projektets ledande partner och har sitt huvudkontor i Vasa. Projektets första partnermöte hölls i "
    "Mariehamn i september och samlade 31 deltagare från tre länder.",
    "Kommunen har fått en förfrågan om att ansöka om medlemskap i Nordic Smart City Network. Medlemskapet är "
    "avgiftsfritt under de första två åren, därefter 25 000 kronor per år. Kommunledningskontoret föreslår att "
    "ansökan lämnas in.",
    "Arbetsutskottets förslag till kommunstyrelsen",
    "1. Redovisningen läggs till handlingarna.",
    "2. Kommunledningskontoret får i uppdrag att ansöka om medlemskap i Nordic Smart City Network.",
    "Justerandes signatur: ____________      Utdragsbestyrkande: ____________",
]


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.last_printed = FIXED_DATE
    doc.core_properties.revision = 1
    doc.core_properties.author = "Älvnäs kommun, kommunledningskontoret"
    doc.core_properties.last_modified_by = "Älvnäs kommun"
    doc.core_properties.title = DOCX_TITLE
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Älvnäs kommun")
    doc.add_heading(DOCX_TITLE, level=1)
    doc.add_paragraph(DOCX_META)
    for text in DOCX_INTRO:
        doc.add_paragraph(text)
    doc.add_paragraph(DOCX_TWIN_CAPTION)
    _table(doc, DOCX_TWIN_HEADER, DOCX_TWIN_ROWS)
    doc.add_paragraph(DOCX_PROJECT_CAPTION)
    _table(doc, DOCX_PROJECT_HEADER, DOCX_PROJECT_ROWS)
    for text in DOCX_AFTER:
        doc.add_paragraph(text)
    doc.save(str(path))
    _fix_zip(path)


def _table(doc, header: list[str], rows: list[list[str]]) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


# --- PDF: Ulvsund Municipality, international report 2025 (English) -----------------------------------------------

PDF_NAME = "heldout/en-ulvsund-international-report-2025.pdf"
PDF_FOOTER = "Ulvsund Municipality – International Report 2025"
PDF_PAGE_1 = [
    ("small", "Ulvsund Municipality · Department of Growth and Culture · February 2026"),
    ("title", "International Report 2025"),
    ("h2", "Key figures"),
    (
        "p",
        "Ulvsund (41,300 inhabitants) ended 2025 with four active EU projects and one application pending. We "
        "received 11 foreign delegations, and 96 pupils and 14 teachers took part in exchanges abroad. EU grants "
        "paid out to the municipality in 2025 came to DKK 2.4 million, up 20% on 2024.",
    ),
    ("h2", "Networks and memberships"),
    (
        "p",
        "Ulvsund is a member of Open &amp; Agile Smart Cities (OASC), with an annual fee of EUR 5,000, and of the "
        "Fab City Network, which we joined in 2023 (fee EUR 1,200). Our data officer chairs OASC's working group on "
        "minimal interoperability. Ulvsund applied in 2024 to join the EU Mission for 100 Climate-Neutral and Smart "
        "Cities but was not selected; we continue our climate plan through DK2020 and KL.",
    ),
    ("h2", "Twin towns"),
    (
        "p",
        "The three twin towns are Hämeenlinna (Finland, since 1956), Garðabær (Iceland, since 1979) and Jelgava "
        "(Latvia, since 1997). Garðabær hosted this year's Nordic twin-town meeting, and the town's council paid ISK "
        "2.500.000 towards a joint youth football tournament. A group of 28 young players from Ulvsund travelled "
        "there via Keflavík.",
    ),
]
PDF_PAGE_2 = [
    ("h2", "EU projects"),
    ("p", "Table 1 lists the projects. Budgets are totals for all partners; our share is in Danish kroner."),
    ("table", None),
    (
        "p",
        "DATA-COAST is led by the City of Bremerhaven. MAKERS NORTH is coordinated by Fab Lab Barcelona at the "
        "Institute for Advanced Architecture of Catalonia; the kick-off took place in Barcelona. Danish partners "
        "such as Aarhus University are not listed. LIFE MARSH-BACK was submitted in September with a budget of "
        "EUR 1,950,000; the result is expected in spring 2026.",
    ),
    ("h2", "Outlook"),
    (
        "p",
        "The international strategy 2022–2026 will be evaluated next year. Target: at least five EU projects and "
        "100 pupils on exchange in 2026.",
    ),
]
PDF_TABLE = [
    ["Project", "Programme", "Partners abroad", "Total budget (EUR)", "Ulvsund's share (DKK)"],
    ["DATA-COAST", "Interreg North Sea", "City of Bremerhaven (DE); Jelgava (LV)", "3,450,000", "2,100,000"],
    ["MAKERS NORTH", "Creative Europe", "Fab Lab Barcelona (ES); Hämeenlinna (FI)", "410,000", "265,000"],
    ["HEATLOOP", "Horizon Europe", "VTT Technical Research Centre of Finland (FI)", "6,800,000", "1,480,000"],
    ["Second Chance Skills", "Erasmus+", "Jelgava (LV)", "250,000", "310,000"],
    ["Total", "", "", "10,910,000", "4,155,000"],
]


def build_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(DEJAVU / "DejaVuSans-Bold.ttf")))
    base = getSampleStyleSheet()
    styles = {
        "p": ParagraphStyle("p", parent=base["BodyText"], fontName="DejaVu", fontSize=10, leading=14),
        "small": ParagraphStyle("small", parent=base["BodyText"], fontName="DejaVu", fontSize=8, leading=10),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontName="DejaVu-Bold"),
        "title": ParagraphStyle("title", parent=base["Title"], fontName="DejaVu-Bold"),
    }

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("DejaVu", 8)
        canvas.drawString(2 * cm, 1.2 * cm, PDF_FOOTER)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"{document.page} / 2")
        canvas.restoreState()

    story = []
    for n, page in enumerate((PDF_PAGE_1, PDF_PAGE_2)):
        if n:
            story.append(PageBreak())
        for kind, text in page:
            if kind == "table":
                cells = [[Paragraph(c, styles["small"]) for c in row] for row in PDF_TABLE]
                table = Table(cells, colWidths=[3.0 * cm, 3.2 * cm, 5.2 * cm, 2.6 * cm, 2.6 * cm])
                table.setStyle(
                    TableStyle(
                        [
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                        ]
                    )
                )
                story += [Paragraph("Table 1. EU projects active in 2025", styles["small"]), table, Spacer(1, 0.4 * cm)]
            else:
                story.append(Paragraph(text, styles[kind]))
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        title="International Report 2025",
        author="Ulvsund Municipality",
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        invariant=1,
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)


def main() -> None:
    build_docx(HERE / DOCX_NAME)
    build_pdf(HERE / PDF_NAME)
    print("built", DOCX_NAME, PDF_NAME)


if __name__ == "__main__":
    main()

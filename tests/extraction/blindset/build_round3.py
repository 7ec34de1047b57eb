"""Build the round-3 binary documents of the blind set (a Swedish annual-report excerpt as PDF, tuning half; a
Danish table of memberships as DOCX, held-out half) from the text in this file.

Run from the repository root:  .venv/bin/python tests/extraction/blindset/build_round3.py

Written by hand, with their gold files, before any extraction run on them (README.md, round 3). Fictional
municipalities; real partner towns, networks and programmes, invented relations. Fixed metadata dates, so a
rebuild gives the same content.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_DATE = dt.datetime(2025, 4, 2, 9, 0, 0)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

# --- PDF: Kvarnby kommun, annual report 2024, section on international work (Swedish) ---------------------------

PDF_NAME = "tuning/sv-kvarnby-arsredovisning-2024.pdf"
PDF_FOOTER = "Kvarnby kommun · Årsredovisning 2024"
PDF_FIRST_PAGE = 41
PDF_PAGES = [
    [
        ("h1", "5.4 Internationellt arbete"),
        ("p", "Kommunens internationella arbete styrs av det internationella programmet som kommunfullmäktige antog "
              "2022. Under året har arbetet handlat om EU-projekt, vänortssamarbetet och kommunens medlemskap i "
              "europeiska nätverk. Totalt fick kommunen 3,4 mnkr i EU-bidrag under 2024."),
        ("h2", "Medlemskap"),
        ("p", "Kommunen var under 2024 medlem i följande internationella organisationer:"),
        ("li", "UBC (Union of the Baltic Cities), årsavgift 21 300 kronor"),
        ("li", "ICLEI (Local Governments for Sustainability), årsavgift 2 150 euro"),
        ("li", "REVES (European Network of Cities and Regions for the Social Economy)"),
        ("p", "Kommunen är också medlem i Energy Cities- och Covenant of Mayors-nätverken genom miljöförvaltningen. "
              "Kommunstyrelsen har utrett ett medlemskap i Eurocities men beslutade i oktober att avvakta."),
        ("h2", "Vänorter"),
        ("p", "Kvarnby har fyra vänorter: Nakskov i Danmark, Nykarleby i Finland, Lillesand i Norge och Tapa i "
              "Estland. I maj besökte en delegation på 12 personer från Nykarleby kommunen för att studera "
              "äldreomsorgen. Nykarleby har cirka 7 500 invånare och är den minsta av vänorterna. "
              "Vänortsutbytet kostade 84 000 kronor under året."),
    ],
    [
        ("h2", "EU-projekt"),
        ("p", "Kommunen deltog under året i fem EU-finansierade projekt:"),
        ("li", "SMART FJORDS (Interreg Öresund-Kattegat-Skagerrak), budget 2, 6 miljoner euro, varav kommunens "
               "del 1,1 miljoner kronor"),
        ("li", "BLUE-CYCLE (Interreg South Baltic), cirkulär hantering av fiskeredskap"),
        ("li", "Unga röster i Europa (Erasmus+), utbyte för gymnasieelever"),
        ("li", "Mat utan gränser (Nordplus Vuxen)"),
        ("li", "LIFE AQUA-REST (LIFE), restaurering av våtmarker längs Kvarnbyån"),
        ("h2", "Bedömning"),
        ("p", "Målet om minst fyra aktiva EU-projekt är uppfyllt. Arbetet med vänorterna har fått nytt liv efter "
              "pandemin, men antalet elevutbyten är fortfarande lägre än före 2020."),
    ],
]


def build_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(DEJAVU / "DejaVuSans-Bold.ttf")))
    base = getSampleStyleSheet()
    styles = {
        "p": ParagraphStyle("p", parent=base["BodyText"], fontName="DejaVu", fontSize=10, leading=14),
        "li": ParagraphStyle("li", parent=base["BodyText"], fontName="DejaVu", fontSize=10, leading=14,
                             leftIndent=14, bulletIndent=4),
        "h1": ParagraphStyle("h1", parent=base["Heading1"], fontName="DejaVu-Bold"),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontName="DejaVu-Bold"),
    }

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("DejaVu", 8)
        canvas.drawString(2 * cm, 1.2 * cm, PDF_FOOTER)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"sida {PDF_FIRST_PAGE + document.page - 1}")
        canvas.restoreState()

    story = []
    for n, page in enumerate(PDF_PAGES):
        if n:
            story.append(PageBreak())
        for kind, text in page:
            if kind == "li":
                story.append(Paragraph(text, styles["li"], bulletText="•"))
            else:
                story.append(Paragraph(text, styles[kind]))
    document = SimpleDocTemplate(str(path), pagesize=A4, title="Årsredovisning 2024 (utdrag)",
                                 author="Kvarnby kommun", leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                                 bottomMargin=2 * cm, invariant=1)
    document.build(story, onFirstPage=footer, onLaterPages=footer)


# --- DOCX: Vindeby Kommune's table of memberships (Danish, held-out half) -------------------------------------

DOCX_NAME = "heldout/da-vindeby-medlemskaber-2025.docx"
DOCX_TITLE = "Vindeby Kommune – Internationale medlemskaber og netværk 2025"
DOCX_INTRO = (
    "Bilag 3 til Økonomiudvalgets møde 8. april 2025. Oversigten omfatter kommunens otte medlemskaber af "
    "internationale netværk og organisationer samt medlemskaber, der er ophørt eller overvejes. Beløb i euro er "
    "omregnet med kurs 7,46."
)
DOCX_HEADER = ["Netværk / organisation", "Forkortelse", "Ansvarlig forvaltning", "Kontingent 2025", "Status"]
DOCX_ROWS = [
    ["International Cities of Refuge Network", "ICORN", "Kultur og Fritid", "2.500 EUR", "Medlem siden 2016"],
    ["Intercultural Cities", "ICC", "Borgerservice", "gratis", "Medlem siden 2019"],
    ["Klima-Bündnis / Climate Alliance", "–", "Teknik og Miljø", "4.860 kr.", "Medlem siden 2010"],
    ["Eurotowns", "–", "Erhverv og Turisme", "6.000 EUR", "Medlem siden 2014"],
    ["CIVITAS Forum Network", "CIVITAS", "Teknik og Miljø", "gratis", "Medlem siden 2021"],
    ["WHO Global Network for Age-friendly Cities and Communities", "–", "Sundhed og Ældre", "gratis",
     "Medlem siden 2018"],
    ["European Regions Research and Innovation Network", "ERRIN", "Erhverv og Turisme", "3.500 EUR",
     "Medlem siden 2022"],
    ["Lighting Urban Community International", "LUCI", "Teknik og Miljø", "2.950 EUR", "Medlem siden 2020"],
    ["Eurocities", "–", "Borgmesterens Kontor", "ca. 18.000 EUR", "Overvejes – ikke medlem"],
    ["Les Rencontres – Association of European Cities and Regions for Culture", "–", "Kultur og Fritid", "–",
     "Udmeldt pr. 31.12.2024"],
    ["I alt", "", "", "ca. 116.400 kr.", ""],
]
DOCX_AFTER = [
    "Vindeby deltager desuden i Eurotowns' arbejdsgruppe om kultur og turisme, som er en del af medlemskabet.",
    "Kontaktperson for alle medlemskaber: international konsulent Mette Skov, tlf. 76 54 32 10.",
]
DOCX_TWIN_TITLE = "Venskabsbyer"
DOCX_TWIN_INTRO = "Vindeby har tre venskabsbyer. Samarbejdet drives af Vindeby Venskabsbyforening."
DOCX_TWIN_HEADER = ["By", "Land", "Venskabsby siden"]
DOCX_TWIN_ROWS = [["Höganäs", "Sverige", "1965"], ["Ikaalinen", "Finland", "1972"], ["Grimstad", "Norge", "1965"]]


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.author = "Vindeby Kommune, Borgmesterens Kontor"
    doc.core_properties.title = DOCX_TITLE
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(DOCX_TITLE, level=1)
    doc.add_paragraph(DOCX_INTRO)
    _table(doc, DOCX_HEADER, DOCX_ROWS)
    for text in DOCX_AFTER:
        doc.add_paragraph(text)
    doc.add_heading(DOCX_TWIN_TITLE, level=2)
    doc.add_paragraph(DOCX_TWIN_INTRO)
    _table(doc, DOCX_TWIN_HEADER, DOCX_TWIN_ROWS)
    doc.save(str(path))


def _table(doc, header: list[str], rows: list[list[str]]) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


# --- PDF: Kirkeby Municipality, international report 2024 (English, tuning half, round 3b) ----------------------

REPORT_NAME = "tuning/en-kirkeby-international-report-2024.pdf"
REPORT_FOOTER = "Kirkeby Municipality · International Report 2024"
REPORT_TOC = [("1. Summary", "2"), ("2. Memberships", "2"), ("3. Twin towns and partners", "2"),
              ("4. EU projects", "3")]
REPORT_PAGES = [
    [
        ("h2", "1. Summary"),
        ("p", "In 2024 Kirkeby Municipality took part in six EU-funded projects, kept four memberships of "
              "international networks and received 11 delegations from abroad. EU grants to the municipality "
              "amounted to DKK 7.4 million."),
        ("h2", "2. Memberships"),
        ("p", "The municipality is a member of:"),
        ("li", "EUROCITIES (the network of major European cities), annual fee EUR 16,400"),
        ("li", "ICLEI (Local Governments for Sustainability), annual fee EUR 4,950"),
        ("li", "EFUS (European Forum for Urban Security)"),
        ("li", "UCLG (United Cities and Local Governments)"),
        ("p", "The City Council decided in May not to renew the membership of Energy Cities. Kirkeby takes part in "
              "the Eurocities Culture Forum and chairs its working group on libraries."),
        ("h2", "3. Twin towns and partners"),
        ("p", "Kirkeby's twin towns are Tartu in Estonia, Turku in Finland and Kiel in Germany. In addition the "
              "municipality signed a memorandum of understanding with the City of Gdynia (Poland) in March 2024 on "
              "port development and offshore wind."),
    ],
    [
        ("h2", "4. EU projects"),
        ("p", "The table lists the projects active in 2024."),
        ("table", None),
        ("p", "Amounts in EUR are converted at 7.46 DKK per EUR. The municipality also applied for a Horizon Europe "
              "project on heat pumps (decision expected in 2025)."),
    ],
]
REPORT_TABLE = [
    ["Project", "Programme", "Partners abroad", "Total budget (EUR)", "Kirkeby's share (DKK)"],
    ["DECARB-PORTS", "Interreg Baltic Sea Region", "Port of Klaipėda (LT), Gdynia (PL)", "3,100,000", "2,250,000"],
    ["Healthy Ageing North", "Interreg Europe", "Tartu (EE), Umeå University (SE)", "1,480,000", "890,000"],
    ["LIBRARY LABS", "Creative Europe", "Turku City Library (FI)", "420,000", "310,000"],
    ["Youth on the Move", "Erasmus+", "Kiel (DE)", "180,000", "140,000"],
    ["CYCLE SMART", "Interreg Europe", "Province of Utrecht (NL)", "1,900,000", "1,050,000"],
    ["WATER WISE", "LIFE", "Aarhus University (DK), Riga Technical University (LV)", "2,600,000", "1,700,000"],
]


def build_report(path: Path) -> None:
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
    body = ParagraphStyle("b", parent=base["BodyText"], fontName="DejaVu", fontSize=10, leading=14)
    item = ParagraphStyle("i", parent=body, leftIndent=14, bulletIndent=4)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
    heading = ParagraphStyle("h", parent=base["Heading2"], fontName="DejaVu-Bold")
    title = ParagraphStyle("t", parent=base["Title"], fontName="DejaVu-Bold")

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("DejaVu", 8)
        canvas.drawString(2 * cm, 1.2 * cm, REPORT_FOOTER)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {document.page}")
        canvas.restoreState()

    story = [Spacer(1, 3 * cm), Paragraph("Kirkeby Municipality", heading), Paragraph("International Report 2024",
             title), Spacer(1, 1 * cm), Paragraph("Contents", heading)]
    story += [Paragraph(f"{name} {'.' * 50} {page}", body) for name, page in REPORT_TOC]
    for page in REPORT_PAGES:
        story.append(PageBreak())
        for kind, text in page:
            if kind == "table":
                cells = [[Paragraph(c, small) for c in row] for row in REPORT_TABLE]
                table = Table(cells, colWidths=[3.2 * cm, 3.4 * cm, 4.4 * cm, 2.6 * cm, 2.8 * cm])
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story += [table, Spacer(1, 0.4 * cm)]
            elif kind == "li":
                story.append(Paragraph(text, item, bulletText="•"))
            else:
                story.append(Paragraph(text, heading if kind == "h2" else body))
    document = SimpleDocTemplate(str(path), pagesize=A4, title="International Report 2024",
                                 author="Kirkeby Municipality", leftMargin=2 * cm, rightMargin=2 * cm,
                                 topMargin=2 * cm, bottomMargin=2 * cm, invariant=1)
    document.build(story, onFirstPage=footer, onLaterPages=footer)


def main() -> None:
    build_pdf(HERE / PDF_NAME)
    build_docx(HERE / DOCX_NAME)
    build_report(HERE / REPORT_NAME)
    print("built", PDF_NAME, DOCX_NAME, REPORT_NAME)


if __name__ == "__main__":
    main()

"""Build the round-4 binary documents of the blind set from the text in this file.

- tuning/da-skaerlund-eu-projekter-2025.docx: a Danish committee appendix with two tables (EU projects, memberships)
- heldout/en-torvild-international-report-2025.pdf: a two-page English report with a project table and page footers
- heldout/sv-ljungfors-projektlista-2025.xlsx: a Swedish project list with numeric cells and a memberships sheet

Run from the repository root:  .venv/bin/python tests/extraction/blindset/round4/build.py

Written by hand, with their gold files, before any extraction run on them (README.md). Fictional municipalities;
real partner towns, institutions, networks and programmes with invented relations. The build is deterministic:
fixed metadata dates, the PDF in reportlab's invariant mode, and the DOCX/XLSX zip entries rewritten with a fixed
timestamp, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_DATE = dt.datetime(2025, 6, 2, 9, 0, 0)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def _fix_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed entry timestamps and order, so that the bytes do not depend on the clock."""
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    stamp = FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    # openpyxl stamps dcterms:modified with the clock at save time; put the fixed date back.
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


# --- DOCX: Skærlund Kommune, appendix on EU projects and memberships (Danish, tuning) ------------------------------

DOCX_NAME = "tuning/da-skaerlund-eu-projekter-2025.docx"
DOCX_TITLE = "Status for EU-projekter og internationale medlemskaber, juni 2025"
DOCX_META = "Bilag 2 til Erhvervs- og Planudvalgets møde den 10. juni 2025, punkt 7. Sagsnr. 25/08114."
DOCX_INTRO = (
    "Skærlund Kommune har fire EU-projekter i gang, og derudover er der søgt om støtte til et projekt under "
    "LIFE-programmet. Tabellen viser projekterne med partnere i udlandet, det samlede budget og kommunens andel. "
    "Beløb i euro kan omregnes med kurs 7,46."
)
DOCX_PROJECT_HEADER = ["Projekt", "Program", "Partnere i udlandet", "Samlet budget", "Skærlunds andel", "Periode"]
DOCX_PROJECT_ROWS = [
    [
        "HARBOUR-ADAPT",
        "Interreg Øresund-Kattegat-Skagerrak",
        "Kungälv kommun (SE), Sandefjord kommune (NO)",
        "2,1 mio. EUR",
        "3,4 mio. kr.",
        "2023–2026",
    ],
    ["Ung i Norden", "Nordplus Junior", "Naantali (FI), Hveragerði (IS)", "245.000 kr.", "–", "2024–2025"],
    [
        "SOIL-LINK",
        "Horizon Europe",
        "Wageningen University (NL), Teagasc (IE)",
        "4,9 mio. EUR",
        "1.150.000 kr.",
        "2024–2028",
    ],
    [
        "Water Stories",
        "Erasmus+ (KA2)",
        "Agrupamento de Escolas de Tavira (PT)",
        "60.000 EUR",
        "18.500 EUR",
        "2023–2025",
    ],
    ["LIFE WET MEADOWS (ansøgt)", "LIFE", "–", "1,8 mio. EUR", "2,2 mio. kr.", "2026–2030 (forventet)"],
]
DOCX_PROJECT_AFTER = [
    "SOIL-LINK koordineres af Wageningen University. Opstartsmødet blev holdt i Wageningen i marts 2024, og to "
    "medarbejdere fra Natur og Miljø deltog. Svar på LIFE-ansøgningen ventes i november 2025.",
    "Ung i Norden er et udvekslingsprojekt for 7. klasser, som Skærlund Skole driver sammen med skoler i de to "
    "partnerbyer.",
]
DOCX_MEMBER_TITLE = "Internationale medlemskaber"
DOCX_MEMBER_INTRO = "Kommunen har to internationale medlemskaber. Et tredje er til overvejelse."
DOCX_MEMBER_HEADER = ["Organisation", "Forvaltning", "Kontingent 2025", "Bemærkning"]
DOCX_MEMBER_ROWS = [
    [
        "Polis – cities and regions for transport innovation",
        "Teknik og Miljø",
        "5.400 EUR",
        "Medlem siden 2018. Deltager i Polis' arbejdsgruppe om cykeltrafik.",
    ],
    [
        "ALDA – European Association for Local Democracy",
        "Borgerservice og Demokrati",
        "1.200 EUR",
        "Medlem siden 2021.",
    ],
    ["European Cyclists' Federation (ECF)", "Teknik og Miljø", "ca. 2.500 EUR", "Overvejes – ikke besluttet."],
    ["I alt (nuværende medlemskaber)", "", "ca. 49.200 kr.", ""],
]
DOCX_AFTER = [
    "Kommunen er desuden medlem af KL og deltager i KL's netværk for EU-koordinatorer. De indgår ikke i oversigten.",
    "Kontaktperson: EU-koordinator Anders Møller, Erhverv og Udvikling, tlf. 72 36 11 05.",
]


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.last_printed = FIXED_DATE
    doc.core_properties.revision = 1
    doc.core_properties.author = "Skærlund Kommune, Erhverv og Udvikling"
    doc.core_properties.last_modified_by = "Skærlund Kommune"
    doc.core_properties.title = DOCX_TITLE
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Skærlund Kommune")
    doc.add_heading(DOCX_TITLE, level=1)
    doc.add_paragraph(DOCX_META)
    doc.add_paragraph(DOCX_INTRO)
    _table(doc, DOCX_PROJECT_HEADER, DOCX_PROJECT_ROWS)
    for text in DOCX_PROJECT_AFTER:
        doc.add_paragraph(text)
    doc.add_heading(DOCX_MEMBER_TITLE, level=2)
    doc.add_paragraph(DOCX_MEMBER_INTRO)
    _table(doc, DOCX_MEMBER_HEADER, DOCX_MEMBER_ROWS)
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


# --- PDF: Tørvild Municipality, international report 2025 (English, held-out) -------------------------------------

PDF_NAME = "heldout/en-torvild-international-report-2025.pdf"
PDF_FOOTER = "Tørvild Municipality · International Report 2025"
PDF_PAGE_1 = [
    ("small", "Tørvild Municipality · Mayor's Office · March 2026"),
    ("title", "International Report 2025"),
    ("h2", "1. Summary"),
    (
        "p",
        "2025 was a busy year for Tørvild's international work. The municipality took part in five EU-funded "
        "projects, hosted 9 foreign delegations and sent 140 pupils on exchanges abroad. EU funding received in "
        "2025 amounted to DKK 1.5 million, slightly less than the DKK 1.8 million received in 2024. With about "
        "29,000 inhabitants, Tørvild is one of the smaller Danish municipalities with a full-time international "
        "coordinator.",
    ),
    ("h2", "2. Memberships"),
    ("p", "Tørvild is a member of three international networks:"),
    ("li", "Airport Regions Conference (ARC) – annual fee EUR 7,800. Tørvild chairs ARC's Environment Working Group."),
    ("li", "Cities for Mobility – no fee."),
    (
        "li",
        "UNESCO Creative Cities Network – designated City of Crafts and Folk Art in 2021; no fee, a report every "
        "four years.",
    ),
    (
        "p",
        "In October the City Council decided not to join ICLEI for the time being. Through KL (Local Government "
        "Denmark) the municipality follows the work of CEMR, the Council of European Municipalities and Regions.",
    ),
    ("h2", "3. Twin towns"),
    ("p", "Tørvild has four twin towns:"),
    ("li", "Sala (Sweden) – since 1948"),
    ("li", "Ørsta (Norway) – since 1948"),
    ("li", "Villeneuve-sur-Lot (France) – since 1989"),
    ("li", "Halle (Saale) (Germany) – since 2008"),
    (
        "p",
        "In June a delegation of 17 from Halle (Saale) visited Tørvild for the Tørvild Crafts Biennale. The mayor "
        "and two councillors attended the 75th anniversary of the twinning with Sala and Ørsta, celebrated in "
        "Sala in August.",
    ),
]
PDF_PAGE_2 = [
    ("h2", "4. EU projects"),
    ("p", "The table lists the EU-funded projects that were active in 2025."),
    ("table", None),
    (
        "p",
        "Amounts in EUR can be converted at DKK 7.46 per EUR. Partners in Denmark (Aalborg University, Billund "
        "Airport) are not listed. The municipality also applied to the LIFE programme for the wetland project "
        "LIFE PEAT-BACK, with a total budget of EUR 2,300,000; a decision is expected in May 2026.",
    ),
    ("h2", "5. Outlook"),
    (
        "p",
        "In 2026 the international coordinator will prepare a new international strategy for 2027–2030. The "
        "Creative Cities designation will be reviewed by UNESCO in 2025–2026.",
    ),
]
PDF_TABLE = [
    ["Project", "Programme", "Partners abroad", "Total budget (EUR)", "Tørvild's share (DKK)"],
    [
        "QUIET SKIES",
        "Horizon Europe",
        "Municipality of Haarlemmermeer (NL); Eindhoven University of Technology (NL)",
        "5,200,000",
        "2,980,000",
    ],
    ["CRAFT ROUTES", "Creative Europe", "Villeneuve-sur-Lot (FR); Kuldīga (LV)", "380,000", "410,000"],
    ["Youth Climate Voices", "Erasmus+", "Halle (Saale) (DE)", "140,000", "95,000"],
    ["GREEN APRON", "Interreg North Sea", "Sola kommune (NO); Groningen Airport Eelde (NL)", "2,750,000", "1,640,000"],
    ["TWIN-TOWNS 75", "CERV (Citizens, Equality, Rights and Values)", "Sala (SE); Ørsta (NO)", "56,000", "185,000"],
    ["Total", "", "", "8,526,000", "5,310,000"],
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
        "li": ParagraphStyle(
            "li", parent=base["BodyText"], fontName="DejaVu", fontSize=10, leading=14, leftIndent=14, bulletIndent=4
        ),
        "small": ParagraphStyle("small", parent=base["BodyText"], fontName="DejaVu", fontSize=8, leading=10),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontName="DejaVu-Bold"),
        "title": ParagraphStyle("title", parent=base["Title"], fontName="DejaVu-Bold"),
    }

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("DejaVu", 8)
        canvas.drawString(2 * cm, 1.2 * cm, PDF_FOOTER)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {document.page} of 2")
        canvas.restoreState()

    story = []
    for n, page in enumerate((PDF_PAGE_1, PDF_PAGE_2)):
        if n:
            story.append(PageBreak())
        for kind, text in page:
            if kind == "table":
                cells = [[Paragraph(c, styles["small"]) for c in row] for row in PDF_TABLE]
                table = Table(cells, colWidths=[3.0 * cm, 3.4 * cm, 5.0 * cm, 2.6 * cm, 2.6 * cm])
                table.setStyle(
                    TableStyle(
                        [
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                        ]
                    )
                )
                story += [table, Spacer(1, 0.4 * cm)]
            elif kind == "li":
                story.append(Paragraph(text, styles["li"], bulletText="•"))
            else:
                story.append(Paragraph(text, styles[kind]))
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        title="International Report 2025",
        author="Tørvild Municipality",
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        invariant=1,
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)


# --- XLSX: Ljungfors kommun, list of international projects (Swedish, held-out) -----------------------------------

XLSX_NAME = "heldout/sv-ljungfors-projektlista-2025.xlsx"
XLSX_TITLE = "Ljungfors kommun – Internationella projekt 2022–2025"
XLSX_SUBTITLE = "Uppdaterad 2025-11-03 av EU-samordnaren, kommunledningskontoret"
XLSX_HEADER = [
    "Projekt",
    "Program",
    "Partner utomlands",
    "Land",
    "Antal partner",
    "Totalbudget (EUR)",
    "Kommunens del (kr)",
    "Period",
    "Status",
    "Kort beskrivning",
]
XLSX_DESCRIPTIONS = [
    "Utbyte för elever på naturbruksprogrammet med praktik på gårdar i Schleswig-Holstein.",
    "Gemensamma lösningar för småbåtshamnar och skärgårdsturism i Kattegatt och Skagerrak.",
    "Lokala livsmedelskedjor mellan bönder, skolkök och äldreboenden; kommunen är pilotområde.",
    "Sommarläger för ungdomar från båda orterna, med tema demokrati och delaktighet.",
    "Lärarutbyte om utomhuspedagogik i grundskolan.",
    "Restaurering av skogsbäckar och våtmarker i Ljungån; kommunen är samordnare.",
]
XLSX_ROWS = [
    [
        "EDU-BRIDGE",
        "Erasmus+",
        "Carl-Maria-von-Weber-Schule, Eutin",
        "Tyskland",
        2,
        120000,
        95000,
        "2023–2025",
        "Pågående",
    ],
    [
        "BLÅ KUST",
        "Interreg Öresund-Kattegat-Skagerrak",
        "Læsø Kommune; Færder kommune",
        "Danmark; Norge",
        5,
        2400000,
        1850000,
        "2023–2026",
        "Pågående",
    ],
    [
        "FIELD2TABLE",
        "Horizon Europe",
        "Universidade de Aveiro; Latvia University of Life Sciences and Technologies",
        "Portugal; Lettland",
        11,
        4600000,
        2100000,
        "2024–2027",
        "Pågående",
    ],
    ["Vänortsläger 2024", "CERV", "Plungė rajono savivaldybė", "Litauen", 2, 38000, 60000, "2024", "Avslutat"],
    ["Gränslöst lärande", "Nordplus Junior", "Haminan kaupunki", "Finland", 3, 25000, None, "2022", "Avslutat"],
    ["SKOGSVATTEN", "LIFE", None, None, 7, 3100000, 2700000, "2026–2030", "Ansökt, beslut våren 2026"],
]
XLSX_TOTAL = ["Summa", None, None, None, None, 10283000, 6805000, None, None, None]
XLSX_NOTE = (
    "Totalbudget enligt ansökan. Kommunens del inklusive egen arbetstid. Svenska partner redovisas inte. "
    "Frågor om listan besvaras av EU-samordnaren via kommunens växel."
)
XLSX_MEMBER_HEADER = ["Nätverk / organisation", "Avgift 2025 (EUR)", "Kommentar"]
XLSX_MEMBER_ROWS = [
    ["ENoLL – European Network of Living Labs", 3000, "Ljungfors Living Lab är medlem sedan 2020"],
    ["Energy Cities", None, "Utträde 2023"],
    ["Sveriges Kommuner och Regioner (SKR)", None, "Nationell organisation, ingår inte i sammanställningen"],
]


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.properties.creator = "Ljungfors kommun"
    wb.properties.lastModifiedBy = "Ljungfors kommun"
    wb.properties.title = XLSX_TITLE
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    ws = wb.active
    ws.title = "Projekt"
    ws.append([XLSX_TITLE])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([XLSX_SUBTITLE])
    ws.append([])
    ws.append(XLSX_HEADER)
    for cell in ws[4]:
        cell.font = Font(bold=True)
    for row, description in zip(XLSX_ROWS, XLSX_DESCRIPTIONS, strict=True):
        ws.append([*row, description])
    ws.append(XLSX_TOTAL)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    ws.append([])
    ws.append([XLSX_NOTE])
    for row in ws.iter_rows(min_row=5, min_col=6, max_col=7):
        for cell in row:
            cell.number_format = "#,##0"
    for column, width in zip("ABCDEFGHIJ", (22, 34, 48, 18, 13, 18, 18, 12, 26, 70), strict=True):
        ws.column_dimensions[column].width = width

    members = wb.create_sheet("Medlemskap")
    members.append(XLSX_MEMBER_HEADER)
    for cell in members[1]:
        cell.font = Font(bold=True)
    for row in XLSX_MEMBER_ROWS:
        members.append(row)
    for column, width in zip("ABC", (44, 18, 56), strict=True):
        members.column_dimensions[column].width = width
    wb.save(str(path))
    _fix_zip(path)


def main() -> None:
    build_docx(HERE / DOCX_NAME)
    build_pdf(HERE / PDF_NAME)
    build_xlsx(HERE / XLSX_NAME)
    print("built", DOCX_NAME, PDF_NAME, XLSX_NAME)


if __name__ == "__main__":
    main()

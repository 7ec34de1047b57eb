"""Build the blind set's DOCX, PDF and XLSX documents from the text in this file.

Run from the repository root:  .venv/bin/python tests/extraction/blindset/build_binaries.py

The documents are invented (fictional municipalities, real partner towns, networks and programmes) and were
written by hand for the blind evaluation set; see README.md beside this file. Metadata dates are fixed so a
rebuild gives the same content.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_DATE = dt.datetime(2025, 3, 14, 9, 0, 0)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


# --- DOCX: Nørreå Kommune's table of memberships (Danish) -------------------------------------------------------

DOCX_NAME = "da-norrea-medlemskaber-2025.docx"

DOCX_TOC = [
    ("1. Formål", "1"),
    ("2. Medlemskaber med kontingent", "1"),
    ("3. Medlemskaber uden kontingent", "2"),
    ("4. Udmeldelser og medlemskaber, vi har fravalgt", "2"),
]

DOCX_PURPOSE = (
    "Oversigten giver byrådet et samlet billede af kommunens syv internationale medlemskaber: hvad de koster, "
    "hvilken forvaltning der har ansvaret, og hvem der repræsenterer kommunen. Oversigten opdateres hvert år i "
    "januar og lægges på kommunens hjemmeside."
)

DOCX_FEE_HEADER = [
    "Netværk / organisation", "Ansvarlig forvaltning", "Medlem siden", "Årligt kontingent", "Repræsentant",
]
DOCX_FEE_ROWS = [
    ["POLIS – Cities and Regions for Transport Innovation", "Teknik og Miljø", "2014", "4.750 EUR",
     "Trafikplanlægger Sofie Krag"],
    ["ACR+ (Association of Cities and Regions for sustainable Resource management)", "Teknik og Miljø", "2018",
     "3.600 EUR", "Affaldschef Bo Winther"],
    ["Rainbow Cities Network", "Sundhed og Omsorg", "2021", "1.000 EUR", "Konsulent Ali Demir"],
    ["European Geoparks Network", "Kultur og Fritid", "2017", "2.000 EUR", "Geoparkleder Hanne Vig"],
    ["Central Denmark EU Office", "Borgmesterens Afdeling", "2005", "162.000 kr.", "Borgmester Lars Bonde"],
    ["I alt", "", "", "246.700 kr.", ""],
]
DOCX_FEE_NOTE = (
    "Beløb i euro er omregnet med kurs 7,46 (Danmarks Nationalbank, januar 2025). Kommunen er med i POLIS' "
    "arbejdsgruppe Governance & Integration, som er en del af medlemskabet. Geoparkens leder deltog i 2024 i "
    "European Geoparks Networks konference i Idrija i Slovenien."
)

DOCX_FREE = [
    "UNESCO Global Network of Learning Cities: Nørreå blev optaget i netværket i 2022. Ansvarlig: Børn og Læring.",
    "Cities Coalition for Digital Rights: Nørreå tilsluttede sig koalitionen i 2023. Ansvarlig: Digitalisering.",
]

DOCX_LEFT = [
    "Medlemskabet af Energy Cities ophørte 31. december 2023. Besparelsen er 2.900 EUR om året.",
    "Forvaltningen anbefaler ikke et medlemskab af Eurocities, hvor kontingentet for en kommune af Nørreås størrelse "
    "ville være ca. 15.000 EUR om året.",
    "Nørreå er ikke selv medlem af CEMR, men følger arbejdet gennem KL.",
    "I 2024 deltog 22 medarbejdere i aktiviteter i netværkene.",
]


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.author = "Nørreå Kommune, Borgmesterens Afdeling"
    doc.core_properties.title = "Oversigt over internationale medlemskaber 2025"
    doc.styles["Normal"].font.size = Pt(10)

    doc.add_heading("Oversigt over internationale medlemskaber 2025", level=0)
    doc.add_paragraph("Nørreå Kommune · Borgmesterens Afdeling · januar 2025")
    doc.add_heading("Indhold", level=2)
    for title, page in DOCX_TOC:
        doc.add_paragraph(f"{title}\t{page}")

    doc.add_heading("1. Formål", level=1)
    doc.add_paragraph(DOCX_PURPOSE)

    doc.add_heading("2. Medlemskaber med kontingent", level=1)
    table = doc.add_table(rows=1, cols=len(DOCX_FEE_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, DOCX_FEE_HEADER, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for row in DOCX_FEE_ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.add_paragraph(DOCX_FEE_NOTE)

    doc.add_heading("3. Medlemskaber uden kontingent", level=1)
    for text in DOCX_FREE:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("4. Udmeldelser og medlemskaber, vi har fravalgt", level=1)
    for text in DOCX_LEFT:
        doc.add_paragraph(text)
    doc.save(path)


# --- PDF: Havbjerg Municipality's international report 2024 (English) -------------------------------------------

PDF_NAME = "en-havbjerg-international-report-2024.pdf"

PDF_TOC = [
    ("1 Summary", "2"),
    ("2 Partner towns", "2"),
    ("3 Networks", "3"),
    ("4 Projects and funding", "3"),
    ("5 Delegations", "4"),
]

PDF_SECTIONS: list[tuple[str, list[str]]] = [
    ("1 Summary", [
        "In 2024 Havbjerg Municipality took part in 6 international projects, kept 3 network memberships and "
        "welcomed 27 delegations with 318 visitors in total. External funding received during the year amounted to "
        "DKK 9.8 million. Amounts in euro are converted at DKK 7.46 per EUR throughout this report.",
        "The report is prepared each spring by the Mayor's Office for the Finance Committee. It covers the "
        "municipality's partner towns, memberships, projects and visits, and it replaces the shorter notes of "
        "earlier years.",
    ]),
    ("2 Partner towns", [
        "Havbjerg has formal agreements with five towns abroad:",
        "• Sigulda, Latvia – twin town since 1996",
        "• Honfleur, France – twin town since 1989",
        "• Húsavík, Iceland – twin town since 1972",
        "• Telč, Czech Republic – twin town since 2004",
        "• Sisimiut, Greenland – cooperation agreement since 2018",
        "Telč, a small Renaissance town about 150 km south-east of Prague, joined the circle after a choir exchange. "
        "The agreement with Tokaj in Hungary was not renewed when it expired in 2021.",
        "The cooperation with Sisimiut concentrates on vocational training and is run together with the neighbouring "
        "Ringsted Municipality and the local business school. In 2024, 64 pupils took part in school exchanges with "
        "the partner towns.",
    ]),
    ("3 Networks", [
        "Havbjerg is a member of three international networks: ERRIN, the European Regions Research and Innovation "
        "Network (annual fee EUR 3,000), Europa Nostra (EUR 500) and the International Association of Educating "
        "Cities (EUR 1,200). The fees came to EUR 4,700, or DKK 35,100.",
        "Havbjerg chairs ERRIN's Tourism Working Group, whose spring meeting took place in Brussels. The municipality "
        "is not a direct member of CEMR; it is represented there through Local Government Denmark (KL).",
    ]),
    ("4 Projects and funding", [
        "The table lists the international projects that were running in 2024 and Havbjerg's own part of each "
        "budget.",
        "@PROJECT_TABLE",
        "NORDIC SALT, which Havbjerg leads, has a total budget of EUR 2.4 million and is carried out with Østfold "
        "University College in Norway and the town of Strömstad in Sweden. The Horizon Europe project URBAN ECHO "
        "tests low-cost noise sensors in twelve European cities.",
        "The municipality's own co-financing of the projects was DKK 1,870,000 in 2024.",
    ]),
    ("5 Delegations", [
        "27 delegations (2023: 19) from 11 countries visited Havbjerg in 2024. The largest group, 24 people, came "
        "from China to study the training of wind-turbine technicians. Delegations from Sigulda and Sisimiut came for "
        "the annual partner-town meetings. Hosting the delegations cost DKK 186,000.",
    ]),
]

PDF_PROJECT_TABLE = [
    ["Project", "Programme", "Role", "Period", "Havbjerg budget"],
    ["NORDIC SALT", "Interreg Øresund-Kattegat-Skagerrak", "Lead partner", "2023–2026", "DKK 3.1 million"],
    ["URBAN ECHO", "Horizon Europe", "Partner", "2024–2027", "EUR 415,000"],
    ["Heritage Harbours", "Interreg South Baltic", "Partner", "2022–2025", "EUR 230,000"],
    ["Young Makers Exchange", "Erasmus+", "Coordinator", "2024–2026", "EUR 96,000"],
    ["CRAFT BRIDGES", "Creative Europe", "Partner", "2023–2025", "EUR 58,500"],
    ["Baltic Sail Havbjerg 2024", "Event, own funds", "Host", "June 2024", "DKK 1,250,000"],
]


def build_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    # Telč needs a font beyond Latin-1.
    pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(DEJAVU / "DejaVuSans-Bold.ttf")))
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName="DejaVu", fontSize=10, leading=14)
    heading = ParagraphStyle("h", parent=base["Heading2"], fontName="DejaVu-Bold")
    title = ParagraphStyle("t", parent=base["Title"], fontName="DejaVu-Bold", fontSize=22, leading=28)

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("DejaVu", 8)
        canvas.drawString(2 * cm, 1.2 * cm, "Havbjerg Municipality · International Engagement Report 2024")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {document.page}")
        canvas.restoreState()

    story = [
        Spacer(1, 4 * cm),
        Paragraph("Havbjerg Municipality", heading),
        Paragraph("International Engagement Report 2024", title),
        Paragraph("Prepared by the Mayor's Office for the Finance Committee, March 2025", body),
        Spacer(1, 2 * cm),
        Paragraph("Contents", heading),
    ]
    story += [Paragraph(f"{name} {'.' * 60} {page}", body) for name, page in PDF_TOC]
    story.append(PageBreak())
    for section, paragraphs in PDF_SECTIONS:
        if section.startswith("3"):
            story.append(PageBreak())
        if section.startswith("5"):
            story.append(PageBreak())
        story.append(Paragraph(section, heading))
        for text in paragraphs:
            if text == "@PROJECT_TABLE":
                cells = [[Paragraph(c, body) for c in row] for row in PDF_PROJECT_TABLE]
                table = Table(cells, colWidths=[3.6 * cm, 4.6 * cm, 2.6 * cm, 2.4 * cm, 3.2 * cm])
                table.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8f0")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]))
                story += [table, Spacer(1, 0.4 * cm)]
            else:
                story.append(Paragraph(text, body))
    document = SimpleDocTemplate(
        str(path), pagesize=A4, title="International Engagement Report 2024", author="Havbjerg Municipality",
        leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)


# --- XLSX: Rødkilde Kommune's list of international projects (Danish) ------------------------------------------

XLSX_NAME = "da-rodkilde-projektliste-2025.xlsx"

XLSX_TITLE = "Rødkilde Kommune – internationale projekter, status marts 2025"
XLSX_HEADER = ["Projekt", "Program", "Rolle", "Start", "Slut", "Samlet budget (EUR)", "Kommunens andel (kr.)",
               "Udenlandske partnere", "Forvaltning"]
XLSX_ROWS = [
    ["FjordFood", "Interreg Deutschland-Danmark", "Partner", "2024-01", "2026-12", 1_850_000, 1_240_000,
     "Kappeln (DE)", "Erhverv og Turisme"],
    ["GREEN SCHOOLYARDS", "Erasmus+", "Koordinator", "2023-09", "2025-08", 250_000, 410_000,
     "Birštonas (LT); Tukums (LV)", "Børn og Unge"],
    ["WIND-SKILLS", "Interreg North Sea", "Partner", "2023-03", "2027-02", 4_300_000, 2_050_000,
     "Gemeente Den Helder (NL); Hochschule Emden/Leer (DE)", "Beskæftigelse"],
    ["Youth Voices Baltic", "Nordplus Junior", "Partner", "2024-08", "2025-07", 38_000, 120_000,
     "Valga (EE)", "Kultur og Fritid"],
    ["BALTIC BIOWASTE", "Interreg South Baltic", "Partner (ansøgt)", "2025-10", "2028-09", 2_200_000, 980_000,
     "Gmina Ustka (PL)", "Teknik og Miljø"],
]
XLSX_PROGRAMMES = [
    ["Program", "Sekretariat / myndighed", "Næste ansøgningsfrist"],
    ["Interreg Deutschland-Danmark", "Investitionsbank Schleswig-Holstein, Kiel", "2025-09-30"],
    ["Interreg North Sea", "Joint Secretariat, Viborg", "2025-11-14"],
    ["Interreg South Baltic", "Joint Secretariat, Gdańsk", "2025-06-02"],
    ["Erasmus+", "Uddannelses- og Forskningsstyrelsen", "2026-02-19"],
    ["Nordplus Junior", "Nordisk Ministerråd", "2026-02-02"],
]
XLSX_NOTES = [
    ["Noter"],
    ["Samlet budget er hele projektets budget i euro; kommunens andel er omregnet til kroner med kurs 7,46."],
    ["BALTIC BIOWASTE er ansøgt; svar forventes i december 2025."],
    ["Kilde: Økonomi og Analyse, marts 2025."],
]


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    wb.properties.creator = "Rødkilde Kommune"
    ws = wb.active
    ws.title = "Projekter"
    ws.append([XLSX_TITLE])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(XLSX_HEADER)
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for row in XLSX_ROWS:
        ws.append(row)
    total_eur = sum(r[5] for r in XLSX_ROWS)
    total_dkk = sum(r[6] for r in XLSX_ROWS)
    ws.append(["I alt", "", "", "", "", total_eur, total_dkk, "", ""])
    ws.append([])
    ws.append(["Antal projekter", len(XLSX_ROWS)])
    for row in ws.iter_rows(min_row=4, max_row=3 + len(XLSX_ROWS) + 1, min_col=6, max_col=7):
        for cell in row:
            cell.number_format = "#,##0"
    for letter, width in zip("ABCDEFGHI", (22, 30, 16, 9, 9, 20, 22, 48, 20), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A4"

    programmes = wb.create_sheet("Programmer")
    for row in XLSX_PROGRAMMES:
        programmes.append(row)
    notes = wb.create_sheet("Noter")
    for row in XLSX_NOTES:
        notes.append(row)
    wb.save(path)


def main() -> None:
    built = [HERE / "tuning" / DOCX_NAME, HERE / "heldout" / PDF_NAME, HERE / "heldout" / XLSX_NAME]
    for build, path in zip((build_docx, build_pdf, build_xlsx), built, strict=True):
        build(path)
        print(path)


if __name__ == "__main__":
    main()

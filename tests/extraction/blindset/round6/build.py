"""Build the round-6 binary documents of the blind set from the text in this file.

Tuning half:
- tuning/da-mosevang-medlemskaber-2026.docx: a Danish overview with a membership table and a twin-town table
- tuning/en-kildeby-international-report-2025.pdf: a two-page English report; the project table is laid out as text
  at column positions (no table object), with page headers and footers
- tuning/sv-granhamn-internationellt-2026.xlsx: a Swedish workbook with project, twin-town and network sheets

Held-out half (never to be read or tuned on):
- heldout/da-lergrav-netvaerk-og-kontingenter.docx: a Danish note with a membership table and a twin-town table
- heldout/en-vestermolle-international-cooperation-2025.pdf: a two-page English report, the project table laid out
  as text at column positions
- heldout/no-bjorkestrand-internasjonalt-2026.xlsx: a Norwegian workbook with project, twin-town and network sheets

Run from the repository root:  .venv/bin/python tests/extraction/blindset/round6/build.py

Written by hand, with their gold files, before any extraction run on them (round6/README.md). Fictional
municipalities; real partner towns, networks and programmes with invented relations. The build is deterministic:
fixed metadata dates, the PDF canvas in reportlab's invariant mode, and the OOXML zip entries rewritten with a fixed
timestamp, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_DATE = dt.datetime(2026, 3, 16, 9, 0, 0)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def fix_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed entry timestamps and order, so that the bytes do not depend on the clock."""
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    stamp = FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            if name == "docProps/core.xml":
                # python-docx and openpyxl stamp "modified" with the clock at save time.
                data = re.sub(
                    rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + stamp + rb"\g<2>", data
                )
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data)
    path.write_bytes(buffer.getvalue())


# --- DOCX -----------------------------------------------------------------------------------------------------------


def docx_table(doc, header: list[str], rows: list[list[str]]) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def build_docx(path: Path, spec: dict) -> None:
    """spec: title, author, blocks = [("p"|"h"|"table", content)]; a table's content is (header, rows)."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    props = doc.core_properties
    props.created = props.modified = props.last_printed = FIXED_DATE
    props.revision = 1
    props.author = props.last_modified_by = spec["author"]
    props.title = spec["title"]
    doc.styles["Normal"].font.size = Pt(10)
    for kind, content in spec["blocks"]:
        if kind == "h":
            doc.add_heading(content, level=1 if content == spec["title"] else 2)
        elif kind == "table":
            docx_table(doc, *content)
        else:
            doc.add_paragraph(content)
    doc.save(str(path))
    fix_zip(path)


# Mosevang Kommune: overview of international memberships and twin towns (Danish).
MOSEVANG = {
    "name": "tuning/da-mosevang-medlemskaber-2026.docx",
    "title": "Internationale medlemskaber og venskabsbyer 2026",
    "author": "Mosevang Kommune, Direktionssekretariatet",
    "blocks": [
        ("p", "Mosevang Kommune · Direktionssekretariatet · Bilag 2 til Økonomiudvalgets møde 21. januar 2026"),
        ("h", "Internationale medlemskaber og venskabsbyer 2026"),
        (
            "p",
            "Oversigten viser kommunens medlemskaber af internationale netværk og organisationer og de aftaler, "
            "kommunen har med venskabsbyer. Mosevang Kommune er i 2026 medlem af fem internationale netværk med et "
            "samlet kontingent på 379.690 kr. (2025: 361.200 kr.). Beløb i euro er omregnet med kursen 7,46.",
        ),
        ("h", "1. Medlemskaber"),
        (
            "table",
            (
                ["Netværk / organisation", "Forvaltning", "Årligt kontingent", "Kontakt"],
                [
                    [
                        "Wadden Sea Forum",
                        "Teknik og Miljø",
                        "2.500 EUR (ca. 18.650 kr.)",
                        "Lone Krag, lkr@mosevang.dk, tlf. 76 12 34 51",
                    ],
                    [
                        "– arbejdsgruppen Climate & Coast under Wadden Sea Forum",
                        "Teknik og Miljø",
                        "Indgår i kontingentet",
                        "Lone Krag",
                    ],
                    [
                        "Region Sønderjylland-Schleswig",
                        "Direktionssekretariatet",
                        "350 t.kr.",
                        "Jens Arnfred, jar@mosevang.dk, tlf. 76 12 34 02",
                    ],
                    [
                        "EUROPARC Federation",
                        "Natur og Fritid",
                        "11.040 kr.",
                        "Birgit Holm, bho@mosevang.dk",
                    ],
                    ["Living-in.EU", "Digitalisering og IT", "Intet kontingent", "Said Rahimi, sra@mosevang.dk"],
                    ["Cities4Forests", "Teknik og Miljø", "Gratis", "Lone Krag"],
                    ["I alt", "", "379.690 kr.", ""],
                ],
            ),
        ),
        (
            "p",
            "Kommunen meldte sig ud af Smart Islands Initiative med udgangen af 2024, da øsamarbejdet nu foregår i "
            "Wadden Sea Forum. Kontingentet var 4.000 EUR om året. Direktionen overvejer et medlemskab af DarkSky "
            "International, som vil koste ca. 6.000 kr. om året; sagen forelægges Økonomiudvalget i maj.",
        ),
        (
            "p",
            "Kontingentet til KL på 2.870.000 kr. er ikke medregnet, da KL er en national forening og ikke et "
            "internationalt netværk.",
        ),
        ("h", "2. Venskabsbyer"),
        ("p", "Kommunen har fire venskabsbyer. Tabellen viser aftalerne og aktiviteterne i 2025."),
        (
            "table",
            (
                ["Venskabsby", "Land", "Aftale siden", "Aktiviteter 2025"],
                [
                    ["Wyk auf Föhr", "Tyskland", "1988", "Skoleudveksling med 24 elever fra 8. årgang"],
                    ["Brielle", "Nederlandene", "1996", "Byrådsbesøg i september med 6 politikere"],
                    ["Stromness", "Skotland (Orkney)", "2008", "Fælles EU-projekt, se afsnit 3"],
                    ["Nanortalik", "Grønland", "2017", "Ingen aktiviteter"],
                ],
            ),
        ),
        (
            "p",
            "Delegationen til Stromness i april rejste via Aberdeen og Scrabster. Besøget i Brielle blev betalt af "
            "venskabsbykontoen.",
        ),
        ("h", "3. EU-projekt"),
        (
            "p",
            "TIDELINK (Interreg North Sea, 2024–2027) afprøver el-færger mellem små øsamfund. Projektet ledes af "
            "Orkney Islands Council, og Esbjerg Havn deltager som dansk partner. Det samlede budget er 2,1 mio. EUR, "
            "hvoraf Mosevangs andel er 1,2 mio. kr.",
        ),
        ("p", "Kontakt: Direktionssekretariatet, Rådhusvej 1, 6780 Mosevang, tlf. 76 12 34 00. Side 1 af 1."),
    ],
}


# Lergrav Kommune: note on international networks, fees and twin towns (Danish). Held-out half.
LERGRAV = {
    "name": "heldout/da-lergrav-netvaerk-og-kontingenter.docx",
    "title": "Internationale netværk, kontingenter og venskabsbyer",
    "author": "Lergrav Kommune, Borgmesterkontoret",
    "blocks": [
        ("p", "Lergrav Kommune · Borgmesterkontoret · Notat · Sagsnr. 26/00317 · 2. februar 2026"),
        ("h", "Internationale netværk, kontingenter og venskabsbyer"),
        (
            "p",
            "Økonomiudvalget bad den 12. januar om en oversigt over kommunens internationale medlemskaber og "
            "venskabsbyer. Lergrav Kommune er i dag medlem af to internationale netværk og har fire venskabsbyer. "
            "Kontingenterne udgør i alt ca. 18.000 kr. om året.",
        ),
        ("h", "Medlemskaber"),
        (
            "table",
            (
                ["Netværk", "Forvaltning", "Kontingent 2026", "Kontaktperson", "Status"],
                [
                    [
                        "EUCC – The Coastal & Marine Union",
                        "Teknik og Klima",
                        "1.950 EUR",
                        "Rasmus Bro, tlf. 99 41 22 17",
                        "Medlem siden 2011",
                    ],
                    [
                        "EUCC's arbejdsgruppe for kystturisme i Østersøen",
                        "Teknik og Klima",
                        "Indgår i kontingentet",
                        "Rasmus Bro",
                        "Deltager",
                    ],
                    [
                        "International Association of Peace Messenger Cities",
                        "Borgmesterkontoret",
                        "500 USD",
                        "Anne Vinther, tlf. 99 41 20 03",
                        "Medlem siden 1988",
                    ],
                    ["Mayors Adapt", "–", "–", "–", "Tilsluttet 2014, ophørt 2015 (indgår i Borgmesteraftalen)"],
                    ["AGE Platform Europe", "Sundhed og Omsorg", "2.800 EUR", "Pia Mørk", "Medlemskab overvejes"],
                ],
            ),
        ),
        (
            "p",
            "Mayors Adapt blev i 2015 lagt sammen med Borgmesteraftalen, som Lergrav ikke har tilsluttet sig; "
            "kommunens klimaarbejde foregår i stedet i DK2020 og KL's klimanetværk. Sundhed og Omsorg foreslår et "
            "medlemskab af AGE Platform Europe fra 2027; forslaget indgår i budgetforhandlingerne. Peace Messenger "
            "Cities holder sit årsmøde i Verdun i september, hvor borgmesteren er inviteret som taler.",
        ),
        ("h", "Venskabsbyer"),
        (
            "table",
            (
                ["Venskabsby", "Land", "Indbyggere", "Aftale siden", "Kontaktperson i Lergrav"],
                [
                    ["Anykščiai", "Litauen", "9.800", "1993", "Jonas Thy, tlf. 99 41 20 40"],
                    ["Līvāni", "Letland", "7.600", "1994", "Jonas Thy"],
                    ["Jõgeva", "Estland", "5.000", "1995", "Karen Lund, tlf. 99 41 20 41"],
                    ["Paamiut", "Grønland", "1.300", "2012", "Erik Nørgaard"],
                ],
            ),
        ),
        (
            "p",
            "I maj deltog 35 borgere i den fælles venskabsbyrejse til Anykščiai og Līvāni. Rejsen gik via Riga og "
            "kostede kommunen 42.500 kr. af venskabsbykontoen på 75.000 kr. Jõgeva har ikke haft besøg siden 2022.",
        ),
        (
            "p",
            "Samarbejdet med Paamiut om uddannelse af unge fiskere fortsætter i projektet Saltvejen, som er støttet "
            "af NORA (Nordisk Atlantsamarbejde) med 320.000 kr. i 2026.",
        ),
        ("h", "Indstilling"),
        ("p", "Borgmesterkontoret indstiller, at orienteringen tages til efterretning. Bilag: 1 (side 1-2)."),
    ],
}

# --- PDF: text laid out at column positions ---------------------------------------------------------------------


def build_pdf(path: Path, spec: dict) -> None:
    """spec: title, author, header, footer, pages = [[(kind, content)]]; kinds: title, h, p, small, table.

    A table is drawn with drawString at fixed x positions per column (no table object), so the extracted text
    has uneven runs of spaces between the columns, as in many municipal PDFs.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(DEJAVU / "DejaVuSans-Bold.ttf")))
    width, height = A4
    left, text_width = 2 * cm, width - 4 * cm
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setTitle(spec["title"])
    pdf.setAuthor(spec["author"])
    pages = spec["pages"]
    for number, blocks in enumerate(pages, start=1):
        pdf.setFont("DejaVu", 8)
        pdf.drawString(left, height - 1.3 * cm, spec["header"])
        pdf.drawRightString(width - 2 * cm, height - 1.3 * cm, spec["header_right"])
        pdf.drawString(left, 1.2 * cm, spec["footer"])
        pdf.drawRightString(width - 2 * cm, 1.2 * cm, f"Page {number} of {len(pages)}")
        y = height - 2.6 * cm
        for kind, content in blocks:
            if kind == "table":
                y = draw_columns(pdf, content, y)
                continue
            font, size, lead, gap = {
                "title": ("DejaVu-Bold", 18, 22, 8),
                "h": ("DejaVu-Bold", 12, 16, 2),
                "p": ("DejaVu", 10, 14, 8),
                "small": ("DejaVu", 8, 11, 4),
            }[kind]
            pdf.setFont(font, size)
            for line in simpleSplit(content, font, size, text_width):
                pdf.drawString(left, y, line)
                y -= lead
            y -= gap
        pdf.showPage()
    pdf.save()


def draw_columns(pdf, table: dict, y: float) -> float:
    from reportlab.lib.units import cm

    xs = [x * cm for x in table["x"]]
    for n, row in enumerate(table["rows"]):
        pdf.setFont("DejaVu-Bold" if n in table.get("bold", (0,)) else "DejaVu", 8)
        for x, text, align in zip(xs, row, table["align"], strict=True):
            if align == "r":
                pdf.drawRightString(x, y, text)
            else:
                pdf.drawString(x, y, text)
        y -= 13
    return y - 10


# Kildeby Municipality: international annual report 2025 (English).
KILDEBY = {
    "name": "tuning/en-kildeby-international-report-2025.pdf",
    "title": "International Annual Report 2025",
    "author": "Kildeby Municipality",
    "header": "Kildeby Municipality – International Annual Report 2025",
    "header_right": "Published March 2026",
    "footer": "Kildeby Municipality · Torvegade 1 · 4780 Kildeby · tel. +45 55 88 10 00 · kildeby.dk",
    "pages": [
        [
            ("title", "International Annual Report 2025"),
            ("small", "Business and Culture Department · approved by the Business and Culture Committee, case 25/4411"),
            ("h", "1. Summary"),
            (
                "p",
                "Kildeby (23,800 inhabitants) took part in three EU projects in 2025, hosted five delegations and "
                "sent twelve students on a semester abroad. The municipality received DKK 3.4 million in EU grants, "
                "18% more than in 2024.",
            ),
            ("h", "2. Memberships"),
            (
                "p",
                "Kildeby has been a member of Euroregion Baltic since 2019. The annual fee is DKK 45,000, and our "
                "climate coordinator sits on the steering group of its Water Forum. Because the Kildeby Klinter "
                "area is a UNESCO geopark, the municipality has also been a member of the Global Geoparks Network "
                "since 2022 (EUR 3,000 a year).",
            ),
            (
                "p",
                "In November the City Council decided not to apply for membership of NECSTouR, whose fee would have "
                "been EUR 7,500. Our EU work is coordinated with KL, and in October two councillors attended a "
                "conference on cohesion policy in Brussels.",
            ),
            ("h", "3. Twin towns and agreements"),
            (
                "p",
                "Our twin towns are Kartuzy in Poland and Egilsstaðir in Iceland. In May a memorandum of "
                "understanding on cultural heritage was signed with Qufu in Shandong Province, China, during a visit "
                "of the Chinese ambassador to Denmark. Pupils from Kartuzy and Kildeby met for a summer camp in "
                "Gdańsk, with 46 participants.",
            ),
            (
                "p",
                "The five delegations came from Kartuzy, Egilsstaðir, Qufu, Braniewo and Keila. Section 4 on page 2 "
                "lists the EU projects.",
            ),
        ],
        [
            ("h", "4. EU projects"),
            (
                "small",
                "Table 2. International projects active in 2025. Budgets are totals for all partners in EUR; "
                "Kildeby's share is in DKK.",
            ),
            (
                "table",
                {
                    "x": [2.0, 5.6, 9.9, 16.2, 19.0],
                    "align": ["l", "l", "l", "r", "r"],
                    "bold": (0, 4),
                    "rows": [
                        ["Project", "Programme", "Partners abroad", "Total (EUR)", "Share (DKK)"],
                        [
                            "GREENHARBOUR",
                            "Interreg South Baltic",
                            "Braniewo (PL), Mielno (PL)",
                            "1,840,000",
                            "1,105,000",
                        ],
                        ["Youth Voices North", "Erasmus+", "Rokiškis (LT)", "250,000", "180,000"],
                        [
                            "WAYMARK BALTIC",
                            "Interreg Baltic Sea Region",
                            "Raasepori (FI), Keila (EE)",
                            "2,950,000",
                            "640,000",
                        ],
                        ["Total", "", "", "5,040,000", "1,925,000"],
                    ],
                },
            ),
            (
                "p",
                "GREENHARBOUR is led by the town of Braniewo and builds shore power for small fishing harbours. The "
                "final conference of Youth Voices North will be held in Vilnius in June 2026. WAYMARK BALTIC marks "
                "coastal hiking routes; 80% of Kildeby's share is paid by the programme.",
            ),
            ("h", "5. Outlook"),
            (
                "p",
                "Goals for 2026: four EU projects and 20 students abroad. The next report will be presented to the "
                "committee in March 2027.",
            ),
        ],
    ],
}


# Vestermølle Municipality: international cooperation report 2025 (English). Held-out half.
VESTERMOLLE = {
    "name": "heldout/en-vestermolle-international-cooperation-2025.pdf",
    "title": "International Cooperation 2025",
    "author": "Vestermølle Municipality",
    "header": "Vestermølle Municipality · International Cooperation 2025",
    "header_right": "Mayor's Office, February 2026",
    "footer": "Vestermølle Municipality · Storegade 12 · 8870 Vestermølle · +45 87 66 30 00",
    "pages": [
        [
            ("title", "International Cooperation 2025 – Annual Report"),
            ("h", "1. Overview"),
            (
                "p",
                "Vestermølle (14,200 inhabitants) works internationally with three partner towns, two networks and "
                "four EU projects. In 2025 the municipality hosted seven delegations with 96 visitors in total, and "
                "the partner-town fund received twenty-two applications, of which 17 were approved.",
            ),
            ("h", "2. Partner towns"),
            (
                "p",
                "Our partner towns are Alnwick in Northumberland, England, Higashikawa in Hokkaido, Japan, and "
                "Solvang in California, USA, a town founded by Danish immigrants in 1911. The sister-city agreement "
                "with Solvang was renewed for five years in April. A youth brass band of 31 musicians travelled to "
                "Solvang via Copenhagen and Los Angeles in June, and Higashikawa sent five teachers to study our "
                "outdoor schools.",
            ),
            ("h", "3. Networks"),
            (
                "p",
                "Vestermølle has been a member of Walk21 since 2021 (annual fee GBP 1,500) and joined UNICEF's Child "
                "Friendly Cities Initiative in 2023. In September the Finance Committee decided not to seek Purple "
                "Flag accreditation, which would have cost about DKK 60,000 a year. National cooperation on EU "
                "affairs runs through KL.",
            ),
            ("h", "4. Key figures"),
            (
                "p",
                "EU funding received in 2025: DKK 2,640,000. Grants from the partner-town fund: DKK 180,000. The "
                "project table is on page 2.",
            ),
        ],
        [
            ("h", "5. EU projects"),
            ("small", "Table 3. EU projects, budgets for all partners (EUR) and Vestermølle's share (DKK)"),
            (
                "table",
                {
                    "x": [2.0, 5.5, 8.5, 11.1, 17.6, 19.6],
                    "align": ["l", "l", "l", "l", "r", "r"],
                    "bold": (0, 5),
                    "rows": [
                        ["Project", "Programme", "Lead", "Partners abroad", "Budget EUR", "Share DKK"],
                        [
                            "STEPWISE",
                            "Interreg North Sea",
                            "Vestermølle",
                            "Ootmarsum (NL); Alnwick (UK)",
                            "2,380,000",
                            "1,450,000",
                        ],
                        [
                            "Heritage Hands",
                            "Creative Europe",
                            "Comillas (ES)",
                            "Zumaia (ES); Enkhuizen (NL)",
                            "396,000",
                            "210,500",
                        ],
                        ["SAFE ROUTES NORTH", "Erasmus+", "Vestermølle", "Sirmione (IT)", "120,000", "95,000"],
                        [
                            "PLAYSTREETS",
                            "Horizon Europe",
                            "Le Conquet (FR)",
                            "Ootmarsum (NL)",
                            "4,100,000",
                            "610,000",
                        ],
                        ["Total", "", "", "", "6,996,000", "2,365,500"],
                    ],
                },
            ),
            (
                "p",
                "PLAYSTREETS was submitted in October 2025; the decision is expected in May 2026. The STEPWISE "
                "kick-off meeting was held in Groningen in March. Heritage Hands trains young craftspeople in the "
                "repair of historic harbour buildings; eight apprentices from Vestermølle took part in 2025.",
            ),
            ("h", "6. Contact"),
            ("p", "International coordinator Sofie Kjær, sokj@vestermolle.dk, tel. +45 87 66 30 41."),
        ],
    ],
}

# --- XLSX -----------------------------------------------------------------------------------------------------------


def build_xlsx(path: Path, spec: dict) -> None:
    """spec: title, author, sheets = [(sheet name, rows)]; a row's cells may be str, int or None."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = spec["author"]
    wb.properties.title = spec["title"]
    wb.properties.created = wb.properties.modified = FIXED_DATE
    wb.remove(wb.active)
    for sheet_name, rows in spec["sheets"]:
        sheet = wb.create_sheet(sheet_name)
        for row in rows:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for column in sheet.columns:
            sheet.column_dimensions[column[0].column_letter].width = max(len(str(c.value or "")) for c in column) + 2
    wb.save(str(path))
    fix_zip(path)


# Granhamns kommun: international projects, twin towns and networks (Swedish).
GRANHAMN = {
    "name": "tuning/sv-granhamn-internationellt-2026.xlsx",
    "title": "Internationellt arbete 2026",
    "author": "Granhamns kommun, kommunledningskontoret",
    "sheets": [
        (
            "Projekt",
            [
                [
                    "Projekt",
                    "Program",
                    "Partner utomlands",
                    "Total budget (kr)",
                    "Granhamns andel (kr)",
                    "Period",
                    "Status",
                ],
                [
                    "EELPATH",
                    "Interreg South Baltic",
                    "Bytów (PL); Pasewalk (DE)",
                    14200000,
                    1850000,
                    "2024–2027",
                    "Pågår",
                ],
                ["Smaka Kusten", "Nordplus Junior", "Nysted skole, Nysted (DK)", "27 500 kr", None, "2025", "Avslutat"],
                [
                    "BALTIC BIKE LOOP",
                    "Interreg South Baltic",
                    "Lidzbark Warmiński (PL)",
                    9600000,
                    720000,
                    "2026–2028",
                    "Ansökt 2026-02-10",
                ],
                ["Summa", None, None, 23827500, 2570000, None, None],
                [],
                ["Belopp i kronor. Kontakt: EU-samordnare Maja Lind, tel. 0418-47 12 00."],
            ],
        ),
        (
            "Vänorter",
            [
                ["Vänort", "Land", "Avtal sedan", "Kommentar"],
                ["Nysted", "Danmark", 1965, "Skolutbyte, 4 klasser per år"],
                ["Cervia", "Italien", 2002, "Kulturutbyte och turism"],
                ["Bad Doberan", "Tyskland", 1991, "Avtalet vilar sedan 2020"],
                [],
                ["Granhamn har tre vänorter. Vänortsbudget 2026: 95 000 kr."],
            ],
        ),
        (
            "Nätverk",
            [
                ["Nätverk", "Ansvarig förvaltning", "Årsavgift 2026 (kr)", "Kommentar"],
                ["Euroregion Pomerania", "Kommunledningskontoret", 62400, "Medlem sedan 1995"],
                ["Green Digital Charter", "IT-avdelningen", None, "Undertecknad 2018, ingen avgift"],
                ["Baltic Sea Forum", "Näringslivsavdelningen", 8000, "Utträde 2025-12-31"],
                ["SKR (Sveriges Kommuner och Regioner)", "Kommunledningskontoret", 1412000, "Nationell organisation"],
            ],
        ),
    ],
}


# Bjørkestrand kommune: projects, twin towns and networks (Norwegian). Held-out half.
BJORKESTRAND = {
    "name": "heldout/no-bjorkestrand-internasjonalt-2026.xlsx",
    "title": "Internasjonalt arbeid 2026",
    "author": "Bjørkestrand kommune, rådmannens stab",
    "sheets": [
        (
            "Prosjekter",
            [
                [
                    "Prosjekt",
                    "Program",
                    "Partnere i utlandet",
                    "Totalbudsjett (NOK)",
                    "Bjørkestrands andel (NOK)",
                    "Periode",
                    "Status",
                ],
                [
                    "KYSTMAT",
                    "Interreg Øresund-Kattegat-Skagerrak",
                    "Marstal (DK); Skanör (SE)",
                    8400000,
                    1150000,
                    "2025–2027",
                    "Pågår",
                ],
                [
                    "MARITIME YOUTH",
                    "Erasmus+",
                    "Sørvágur (FO); Grindavík (IS)",
                    "kr 450 000",
                    None,
                    "2026",
                    "Innvilget",
                ],
                [
                    "ARCTIC HARBOURS",
                    "Interreg NPA",
                    "Sortland kommune (NO); Narsaq (GL)",
                    "3,2 mill.",
                    400000,
                    "2026–2029",
                    "Søkt 2026-01-30",
                ],
                ["Sum", None, None, 12050000, 1550000, None, None],
                [],
                ["Kontakt: EU-rådgiver Håkon Strand, tlf. 77 45 60 12. Oppdatert 16.03.2026."],
            ],
        ),
        (
            "Vennskapsbyer",
            [
                ["By", "Land", "Avtale fra", "Merknad"],
                ["Ærøskøbing", "Danmark", 1972, "Seilerutveksling, 16 seilere i 2025"],
                ["Inkoo", "Finland", 1948, "Korutveksling"],
                ["Borgholm", "Sverige", 1955, "Ingen aktivitet siden 2019"],
                [],
                ["Bjørkestrand har tre vennskapsbyer. Budsjett 2026: kr 120 000."],
            ],
        ),
        (
            "Nettverk",
            [
                ["Nettverk", "Ansvarlig", "Kontingent 2026 (NOK)", "Merknad"],
                ["Cruise Europe", "Havnevesenet", 14500, "Medlem siden 2012"],
                ["European Maritime Heritage", "Kultur", 4200, "Utmeldt fra 2026"],
                ["KS (Kommunesektorens organisasjon)", "Rådmannen", 1240000, "Nasjonal organisasjon"],
            ],
        ),
    ],
}

TUNING = [(build_docx, MOSEVANG), (build_pdf, KILDEBY), (build_xlsx, GRANHAMN)]
HELDOUT = [(build_docx, LERGRAV), (build_pdf, VESTERMOLLE), (build_xlsx, BJORKESTRAND)]


def main() -> None:
    for build, spec in TUNING + HELDOUT:
        build(HERE / spec["name"], spec)
        print("built", spec["name"])


if __name__ == "__main__":
    main()

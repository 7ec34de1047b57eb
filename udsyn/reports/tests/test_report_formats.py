"""Each report in each format, opened with a reader of that format: the register's figures and texts, and the form of
a council document (A4, page numbers, contents, column widths, number formats, the municipality's look)."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from docx.oxml.ns import qn

from udsyn.memberships.models import Membership
from udsyn.reports import fonts
from udsyn.reports.render import cells
from udsyn.reports.service import generate
from udsyn.visits.models import Event

from . import readers
from .conftest import SINCE, UNTIL, dk

DOCUMENT_FORMATS = ["html", "pdf", "docx"]
EUR = Decimal("7.46")


@pytest.mark.parametrize("fmt", DOCUMENT_FORMATS)
def test_mapping_document_shows_the_registers_figures_and_texts(register, scope, fmt):
    text = readers.text_of(fmt, generate("mapping", fmt, scope, "da").content)
    assert f"{dk(1800000)} kr. + {dk(20000)} € ({dk(1800000 + 20000 * EUR)} kr. i alt)" in text  # TMF's fees
    assert f"{dk('665462.50')} €" in text  # ATELIER's funding in the TMF section
    assert "ingen valutakurs for SEK" in text  # a currency without a stored rate is not guessed
    assert "Registret har intet internationalt arbejde for denne forvaltning i perioden." in text  # SOF
    assert "Det internationale arbejde ligger i direktionens sekretariat." in text
    assert "Besøg går gennem rådhuset" in text  # a bullet point of the free text
    assert "Teknik- og Miljøudvalget" in text and "Udvalget godkender indtægtsbevillinger" in text
    assert "Klimasamarbejde mellem storbyer" in text and "Giver adgang til faglige netværk" in text
    assert "Netværk med deltagelse af flere forvaltninger" in text
    assert "Delegationsbesøg pr. land" in text and "Kina" in text
    compact = text.replace(" ", "")
    for name in ("Eurocities", "Green Building A-Z", "Beijing", "Buenos Aires"):
        assert name.replace(" ", "") in compact
    assert "STRING" not in text  # ended in 2020
    assert "Own budget" not in text and "National funding" not in text  # Danish names of the managed list


def test_pdf_is_a4_with_page_numbers_and_contents_with_page_numbers(register, scope):
    from pypdf import PdfReader

    content = generate("mapping", "pdf", scope, "da").content
    reader = PdfReader(io.BytesIO(content))
    assert all(round(float(p.mediabox.width)) == 595 and round(float(p.mediabox.height)) == 842
               for p in reader.pages)
    pages = readers.pdf_pages(content)
    assert f"Side 3 af {len(pages)}" in pages[2]
    assert "Testkøbing Kommune" in pages[0] and "Kortlægning af det internationale arbejde" in pages[0]
    contents = pages[1]
    assert contents.startswith("Indhold")
    assert "Kortlægning af det internationale arbejde · Testkøbing Kommune" in contents  # the running header
    department_page = next(i for i, p in enumerate(pages) if "Socialforvaltningen (SOF) Registret har" in p) + 1
    assert re.search(rf"Socialforvaltningen \(SOF\) ?\.{{5,}} ?{department_page}\b", contents)


def test_pdf_draws_charts_as_vector_graphics(register, scope):
    html = generate("mapping", "html", scope, "da").content.decode()
    assert html.count("<svg") == 4  # projects per department, funding per year, fees, visits by country
    assert '<figure class="chart"><svg' in html
    pdf = generate("mapping", "pdf", scope, "da").content
    assert b"/Subtype /Image" not in pdf  # drawn as paths, not pasted as pictures


def test_docx_is_a4_with_margins_page_numbers_and_a_built_table_of_contents(register, scope):
    document = readers.docx_document(generate("mapping", "docx", scope, "da").content)
    section = document.sections[0]
    assert round(section.page_width.mm, 1) == 210 and round(section.page_height.mm, 1) == 297
    assert round(section.left_margin.mm, 1) == round(section.right_margin.mm, 1) == 20
    footer = section.footer._element.xml
    assert " PAGE " in footer and " NUMPAGES " in footer
    assert "Kortlægning af det internationale arbejde · Testkøbing Kommune" in section.header.paragraphs[0].text
    entries = [p for p in document.paragraphs if p.style.name == "TOC 1"]
    titles = ["".join(t.text for t in p._p.iter(qn("w:t"))) for p in entries]
    assert "Nøgletal" in titles[0] and any("Socialforvaltningen (SOF)" in t for t in titles)
    bookmarks = {b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))}
    for entry in entries:
        link = entry._p.find(qn("w:hyperlink"))
        assert link.get(qn("w:anchor")) in bookmarks  # each entry leads to its heading
        assert f"PAGEREF {link.get(qn('w:anchor'))}" in entry._p.xml  # and shows its page
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert ("Heading 1", "Socialforvaltningen (SOF)") in headings
    assert ("Heading 2", "Delegationsbesøg") in headings


def _docx_tables(content: bytes):
    document = readers.docx_document(content)
    for table in document.tables:
        widths = [int(c.get(qn("w:w"))) / 20 for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        yield table, widths


@pytest.mark.parametrize("kind", ["mapping", "results", "strategy"])
def test_docx_columns_are_never_narrower_than_their_longest_word(register, scope, kind):
    tables = list(_docx_tables(generate(kind, "docx", scope, "da").content))
    assert tables
    text_width = (210 - 40) * 72 / 25.4
    for table, widths in tables:
        assert sum(widths) <= text_width + 1
        if 'w:val="30"' in table._tbl.xml:
            continue  # the headline cards: a figure and its label, not a table of data
        for tr in table._tbl.findall(qn("w:tr")):
            cells_xml = tr.findall(qn("w:tc"))
            if len(cells_xml) != len(widths):
                continue  # a row spanning the table (a goal, a description)
            for tc, width in zip(cells_xml, widths, strict=True):
                text = "".join(t.text or "" for t in tc.iter(qn("w:t")))
                bold = tc.find(".//" + qn("w:b")) is not None
                size = int(tc.find(".//" + qn("w:sz")).get(qn("w:val"))) / 2
                assert size >= cells.SMALLEST
                for word in cells.WORD.findall(text):
                    assert fonts.text_width(word, size, bold) + cells.PADDING <= width + 0.5, (word, width)


def test_docx_status_cells_carry_colour_and_label(register, scope):
    document = readers.docx_document(generate("strategy", "docx", scope, "da").content)
    xml = document.element.body.xml
    assert 'w:fill="F9E1DF"' in xml and "●\u00a0Bagud" in xml  # off track: a red shade and its label
    assert 'w:fill="E3F1E6"' in xml and "●\u00a0På\u00a0sporet" in xml


def test_xlsx_sheets_have_widths_filters_frozen_headers_and_number_formats(register, scope):
    workbook = readers.xlsx_workbook(generate("mapping", "xlsx", scope, "da").content)
    assert workbook.sheetnames[:2] == ["Overblik", "Forvaltninger"]
    for sheet in workbook.worksheets[1:]:
        header = [c.value for c in sheet[1]]
        assert len(header) == len(set(header)), sheet.title  # no two columns with the same heading
        assert sheet.freeze_panes == "A2" and sheet.print_title_rows == "$1:$1"
        assert sheet.page_setup.paperSize == 9 and sheet.page_setup.orientation == "landscape"
        assert all(sheet.column_dimensions[c].width for c in "AB")
        if sheet.max_row > 1:
            assert sheet.auto_filter.ref.startswith("A1:")
    memberships = workbook["Medlemskaber"]
    header = [c.value for c in memberships[1]]
    fee = header.index("Årligt kontingent") + 1
    formats = {memberships.cell(row, fee + 1).value: memberships.cell(row, fee).number_format
               for row in range(2, memberships.max_row + 1) if memberships.cell(row, fee).value is not None}
    assert formats["DKK"] == '#,##0.00 "kr."' and formats["EUR"] == '#,##0.00 "€"'
    counts = workbook["Forvaltninger"]
    assert counts.cell(2, 2).number_format == "#,##0"  # whole numbers print without a decimal comma


def test_xlsx_lists_every_membership_with_its_fee(register, scope):
    content = generate("mapping", "xlsx", scope, "da").content
    rows = readers.xlsx_rows(content, "Medlemskaber")
    header, body = rows[0], rows[1:]
    fee, currency = header.index("Årligt kontingent"), header.index("Årligt kontingent") + 1
    for key in ("tmf", "kff"):
        sums: dict[str, Decimal] = {}
        for row in body:
            if row[0] == register[key].name:
                sums[row[currency]] = sums.get(row[currency], Decimal(0)) + Decimal(str(row[fee]))
        active = Membership.objects.filter(department=register[key]).exclude(end__lt=UNTIL)
        assert sums == {m.fee_currency: sum(Decimal(x.annual_fee) for x in active if x.fee_currency == m.fee_currency)
                        for m in active}


@pytest.mark.parametrize("fmt", DOCUMENT_FORMATS)
def test_results_document_lists_facts_projects_themes_and_activities(register, scope, fmt):
    text = readers.text_of(fmt, generate("results", fmt, scope, "da").content)
    assert "Siden 2018 har kommunen deltaget i 2 projekter under Interreg." in text
    assert "Prioriterede venskabs- og partnerbyer" in text and "Resultater pr. tema" in text
    assert "Venskabsbyer" in text and "Det globale perspektiv" in text
    assert "Karriereprogram" in text and "National finansiering" in text
    for event in Event.objects.filter(date__year__gte=SINCE, date__lte=UNTIL):
        assert event.name in text
    assert "Gammel begivenhed" not in text  # 2016, before the period


@pytest.mark.parametrize("fmt", DOCUMENT_FORMATS)
def test_strategy_document_shows_status_method_source_and_charts(register, scope, fmt):
    content = generate("strategy", fmt, scope, "da").content
    text = readers.text_of(fmt, content)
    assert "International strategi 2030" in text and "Internationale konferencer" in text
    assert "På sporet" in text and "Bagud" in text and "Ikke data nok" in text
    assert "30. juni 2026" in text  # the reporting date
    assert "Metode: Optælling i mødekalenderen" in text and "Datakilde: Mødekalender" in text
    assert "Målinger af Internationale konferencer" in text  # each chart's numbers in a table
    if fmt == "docx":
        document = readers.docx_document(content)
        assert len(document.inline_shapes) == 3  # the three indicators with measurements


def test_strategy_xlsx_lists_indicators_and_measurements(register, scope):
    content = generate("strategy", "xlsx", scope, "da").content
    indicators = readers.xlsx_rows(content, "Indikatorer")
    header = indicators[0]
    by_name = {row[header.index("Indikator")]: row for row in indicators[1:]}
    assert by_name["Internationale konferencer"][header.index("Seneste måling")] == 13
    assert by_name["Internationale konferencer"][header.index("Status")] == "På sporet"
    assert "18 måneder" in by_name["Netværksmøder"][header.index("Advarsler")]
    assert len(readers.xlsx_rows(content, "Målinger")) - 1 == 4  # the one after the reporting date is left out


def _danish_phrases() -> set[str]:
    """udsyn's own Danish words: the translations in the reports' and organisations' catalogues (those that differ
    from the English and are not names in the test's register)."""
    phrases = set()
    register_text = " ".join(_register_strings())
    for path in (settings.BASE_DIR / "reports/locale/da/LC_MESSAGES/django.po",
                 settings.BASE_DIR / "organisations/locale/da/LC_MESSAGES/django.po"):
        for message in read_po(path.open("rb")):
            english = " ".join([message.id] if isinstance(message.id, str) else message.id)
            for text in ([message.string] if isinstance(message.string, str) else message.string):
                for part in re.split(r"%\(\w+\)s|[.:;()]", text or ""):
                    part = part.strip()
                    if len(part) >= 12 and part not in english and part not in register_text:
                        phrases.add(part)
    return phrases


def _register_strings() -> list[str]:
    from udsyn.organisations.models import Department, Municipality, Organisation
    from udsyn.projects.models import Project
    from udsyn.strategies.models import Goal, Indicator, Strategy, Theme

    strings = []
    for model, fields in [(Indicator, ["name", "unit", "method"]), (Goal, ["text"]), (Theme, ["name"]),
                          (Strategy, ["name"]), (Organisation, ["name"]), (Department, ["name", "committee",
                                                                                          "political_handling"]),
                          (Project, ["name", "description"]), (Event, ["name"]),
                          (Municipality, ["work_organisation", "policies"])]:
        for row in model.objects.values_list(*fields):
            strings += [value for value in row if value]
    return strings


@pytest.mark.parametrize("kind", ["mapping", "results", "strategy"])
@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "xlsx"])
def test_english_on_request_is_english_throughout(register, scope, kind, fmt):
    text = readers.text_of(fmt, generate(kind, fmt, scope, "en").content)
    assert "30 June 2026" in text or fmt == "xlsx"
    assert "Teknik- og Miljøforvaltningen" in text  # names from the register stay as they are
    danish = [p for p in _danish_phrases() if p in text]
    assert danish == []
    if kind == "results" and fmt != "xlsx":
        assert "Since 2018 the municipality has taken part in 2 projects under Interreg." in text
    if kind == "mapping" and fmt == "pdf":
        assert "Page 2 of" in text

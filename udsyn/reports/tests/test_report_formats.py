"""Each report in each format, opened with a reader of that format: its figures are the register's own."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.db.models import Q, Sum

from udsyn.memberships.models import Membership
from udsyn.projects.models import Project
from udsyn.reports.service import generate
from udsyn.visits.models import Event

from . import readers
from .conftest import SINCE, UNTIL, dk

DOCUMENT_FORMATS = ["html", "pdf", "docx"]
EUR = Decimal("7.46")


def _fees(department) -> dict[str, Decimal]:
    active = Membership.objects.filter(department=department).filter(Q(end__isnull=True) | Q(end__gte=UNTIL))
    return {r["fee_currency"]: r["t"] for r in active.values("fee_currency").annotate(t=Sum("annual_fee"))}


def _funding() -> dict[str, Decimal]:
    funded = Project.objects.filter(status__in=["active", "completed"], start__year__gte=SINCE, start__lte=UNTIL,
                                    external_funding__isnull=False)
    return {r["budget_currency"]: r["t"] for r in funded.values("budget_currency").annotate(t=Sum("external_funding"))}


@pytest.mark.parametrize("fmt", DOCUMENT_FORMATS)
def test_mapping_document_shows_the_registers_figures(register, scope, fmt):
    content = generate("mapping", fmt, scope, "da").content
    text = readers.text_of(fmt, content)
    tmf = _fees(register["tmf"])
    assert f"{dk(tmf['DKK'])} kr." in text  # 1.800.000 kr.
    assert f"{dk(tmf['DKK'] + tmf['EUR'] * EUR)} kr. i alt" in text  # converted with the stored EUR rate
    funding = _funding()
    # the headline rounds the converted total: 8.814.350,25 kr. -> 8,81 mio. kr.
    assert "8,81 mio. kr." in text and round((funding["DKK"] + funding["EUR"] * EUR) / 10_000) == 881
    assert f"{dk(funding['EUR'])} €" in text  # ATELIER's funding in the TMF section
    assert "ingen valutakurs for SEK" in text  # a currency without a stored rate is not guessed
    assert "Socialforvaltningen" in text
    assert "Registret har intet internationalt arbejde for denne forvaltning i perioden." in text
    compact = text.replace(" ", "")  # a PDF table cell may break "A-Z" after its hyphen
    for name in ("Eurocities", "Green Building A-Z", "Beijing", "Buenos Aires"):
        assert name.replace(" ", "") in compact
    assert "STRING" not in text  # ended in 2020


def test_mapping_pdf_has_a_table_of_contents_with_page_numbers(register, scope):
    pages = readers.pdf_pages(generate("mapping", "pdf", scope, "da").content)
    assert len(pages) >= 4  # each department starts on a page of its own
    assert "Indhold" in pages[0]
    department_page = next(i for i, p in enumerate(pages) if p.startswith("Socialforvaltningen (SOF)")) + 1
    assert re.search(rf"Socialforvaltningen \.{{5,}} {department_page}\b", pages[0])  # dot leaders and page number


def test_mapping_docx_has_real_headings_and_tables(register, scope):
    document = readers.docx_document(generate("mapping", "docx", scope, "da").content)
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert ("Heading 1", "Socialforvaltningen (SOF)") in headings
    assert ("Heading 1", "Teknik- og Miljøforvaltningen (TMF)") in headings
    assert any(style == "Heading 2" and text == "Delegationsbesøg" for style, text in headings)
    assert 'TOC \\o "1-2"' in document.element.xml  # a table of contents Word fills in
    membership_tables = [t for t in document.tables if t.rows[0].cells[0].text == "Organisation"]
    tmf = membership_tables[-1]  # the departments come in alphabetical order, TMF last
    organisations = [row.cells[0].text for row in tmf.rows[1:-1]]
    assert organisations == sorted(Membership.objects.filter(department=register["tmf"])
                                   .values_list("organisation__name", flat=True))


def test_mapping_xlsx_has_a_sheet_per_section_with_numbers(register, scope):
    content = generate("mapping", "xlsx", scope, "da").content
    workbook = readers.xlsx_workbook(content)
    assert workbook.sheetnames[:3] == ["Overblik", "Forvaltninger", "Medlemskaber"]
    rows = readers.xlsx_rows(content, "Medlemskaber")
    header, body = rows[0], rows[1:]
    fee, currency, department = header.index("Årligt kontingent"), header.index("Årligt kontingent") + 1, 0
    for key in ("tmf", "kff"):
        name = register[key].name
        sums: dict[str, Decimal] = {}
        for row in body:
            if row[department] == name:
                sums[row[currency]] = sums.get(row[currency], Decimal(0)) + Decimal(str(row[fee]))
        assert sums == _fees(register[key])
    summary = {row[0]: row for row in readers.xlsx_rows(content, "Forvaltninger")[1:]}
    assert summary["Socialforvaltningen"][1:4] == (0, 0, 0)
    assert Decimal(str(summary[register["kff"].name][4])) == Decimal("350000")
    funding = _funding()
    overview = {row[0]: row for row in readers.xlsx_rows(content, "Overblik") if row and row[0]}
    total = next(row for label, row in overview.items() if str(label).startswith("Ekstern"))
    assert Decimal(str(total[1])) == funding["DKK"] + funding["EUR"] * EUR


@pytest.mark.parametrize("fmt", DOCUMENT_FORMATS)
def test_results_document_states_the_facts_in_danish(register, scope, fmt):
    text = readers.text_of(fmt, generate("results", fmt, scope, "da").content)
    interreg = Project.objects.filter(programme__family="Interreg", status__in=["active", "completed"],
                                      start__year__gte=SINCE, start__lte=UNTIL).count()
    assert f"Siden {SINCE} har kommunen deltaget i {interreg} Interreg-projekter." in text
    with_partner = Event.objects.filter(partner__isnull=False, date__year__gte=SINCE, date__lte=UNTIL)
    assert f"i alt {with_partner.aggregate(n=Sum('participants'))['n']} deltagere" in text
    for event in Event.objects.filter(date__year__gte=SINCE, date__lte=UNTIL):
        assert event.name in text
    assert "Gammel begivenhed" not in text  # 2016, before the period


def test_results_xlsx_sums_participants_per_partner(register, scope):
    content = generate("results", "xlsx", scope, "da").content
    rows = readers.xlsx_rows(content, "Partnerbyer")
    body = {row[0]: row for row in rows[1:]}
    for city in ("Hamburg", "Beijing"):
        events = Event.objects.filter(partner__city__name=city, date__year__gte=SINCE, date__lte=UNTIL)
        assert body[city][3] == events.count()
        assert body[city][4] == events.aggregate(n=Sum("participants"))["n"]
    facts = readers.xlsx_rows(content, "Fakta")
    assert ("Siden 2018 har kommunen deltaget i 2 Interreg-projekter.", 2) == facts[3][:2]


@pytest.mark.parametrize("fmt", DOCUMENT_FORMATS)
def test_strategy_document_shows_status_per_indicator(register, scope, fmt):
    text = readers.text_of(fmt, generate("strategy", fmt, scope, "da").content)
    assert "International strategi 2030" in text
    assert "Internationale konferencer" in text and "31. december 2025" in text
    assert "På sporet" in text and "Bagud" in text and "Ikke data nok" in text
    assert "30. juni 2026" in text  # the reporting date


def test_strategy_xlsx_lists_indicators_and_measurements(register, scope):
    content = generate("strategy", "xlsx", scope, "da").content
    indicators = readers.xlsx_rows(content, "Indikatorer")
    header = indicators[0]
    by_name = {row[header.index("Indikator")]: row for row in indicators[1:]}
    assert by_name["Internationale konferencer"][header.index("Seneste måling")] == 13
    assert by_name["Internationale konferencer"][header.index("Status")] == "På sporet"
    assert len(readers.xlsx_rows(content, "Målinger")) - 1 == 3  # the one after the reporting date is left out


@pytest.mark.parametrize("kind", ["mapping", "results", "strategy"])
@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "xlsx"])
def test_english_on_request(register, scope, kind, fmt):
    text = readers.text_of(fmt, generate(kind, fmt, scope, "en").content)
    assert "30 June 2026" in text or fmt == "xlsx"
    assert "Teknik- og Miljøforvaltningen" in text
    if kind == "results" and fmt != "xlsx":
        assert "Since 2018 the municipality has taken part in 2 Interreg projects." in text

"""What looking at the printed pages of the edge-case register and the demo changed: notes on method close the
document, a total row leaves the columns it does not total blank, a department without international work takes
no page of its own, a headline figure too long for its card is set smaller, a chart has no legend entry for a series
without values, and participants nobody counted are unknown, not 0."""

from __future__ import annotations

import re

from django.utils import translation

from udsyn.reports.compose.mapping import compose_mapping
from udsyn.reports.data.contrib import register_section, unregister_section
from udsyn.reports.document import ChartBlock, Paragraph, Section
from udsyn.reports.service import generate, report_data

from . import readers


def _mapping_document(scope):
    with translation.override("da"):
        return compose_mapping(report_data("mapping", scope))


def test_how_the_figures_are_counted_and_the_rates_close_the_document_after_added_sections(register, scope):
    def added(scope):
        return Section("Delegationsanmodninger", "added").add(Paragraph("Anmodninger i perioden."))

    register_section("mapping", added)
    try:
        anchors = [s.anchor for s in _mapping_document(scope).sections]
    finally:
        unregister_section("mapping", added)
    assert anchors[-3:] == ["added", "counting", "rates"]


def test_a_total_row_leaves_the_columns_it_does_not_total_blank(register, scope):
    html = generate("mapping", "html", scope, "da").content.decode()
    totals = re.findall(r'<tr class="total">(.*?)</tr>', html)
    memberships = next(t for t in totals if "1.800.000" in t)  # TMF's memberships: fee, co-financing, people, since
    assert memberships.endswith("<td></td><td></td>")
    assert "–" not in re.sub(r"<[^>]+>", "", memberships).replace("1.800.000 kr. + 20.000 €", "")


def test_a_department_without_international_work_takes_no_page_of_its_own(register, scope):
    sections = {s.anchor: s for s in _mapping_document(scope).sections}
    departments = {s.title: s for s in sections.values() if s.title.endswith(")")}
    assert departments["Socialforvaltningen (SOF)"].new_page is False  # one line: "no international work"
    assert departments["Teknik- og Miljøforvaltningen (TMF)"].new_page is True


def test_a_long_headline_figure_is_set_smaller_to_stay_in_its_card(register, scope):
    html = generate("mapping", "html", scope, "en").content.decode()
    cards = {key: (size, readers.normalise(value)) for size, key, value in
             re.findall(r'<span class="figure([^"]*)" data-figure="([^"]+)">([^<]*)<', html)}
    assert cards["annual_fees"] == (" longer", "DKK 1.95 million + € 20,000 + SEK 10,000")  # may wrap
    assert cards["external_funding"] == (" long", "DKK 9.54 million")  # overran its card at the full size
    assert cards["networks"] == ("", "4")


def test_a_chart_names_no_series_without_values(register, scope):
    # the register has visits abroad (Hamburg) and at home: both directions; without the outgoing one, one series
    from udsyn.visits.models import Visit

    Visit.objects.filter(direction="outgoing").delete()
    document = _mapping_document(scope)
    visits = next(s for s in document.sections if s.anchor == "visits")
    chart = next(b for b in visits.blocks if isinstance(b, ChartBlock)).chart
    assert [s.name for s in chart.series] == ["Indgående"]


def test_participants_nobody_counted_are_unknown_not_zero(register, scope):
    report = report_data("results", scope)
    buenos = next(p for p in report.partner_activity if p.partner.startswith("Buenos Aires"))
    assert (buenos.activities, buenos.participants) == (1, None)  # the workshop counted nobody
    text = readers.text_of("html", generate("results", "html", scope, "da").content)
    assert re.search(r"Buenos Aires Argentina Samarbejdsaftale 1 –", text)


def test_an_indicator_keeps_its_text_warnings_chart_and_numbers_on_one_page_in_the_docx(register, scope):
    # LibreOffice broke the page after a warning line, which had no paragraph properties to keep it with the next
    document = readers.docx_document(generate("strategy", "docx", scope, "da").content)
    texts = [p.text for p in document.paragraphs]
    start = texts.index("Netværksmøder")  # the indicator's heading: its text, warnings, chart and caption follow
    block = document.paragraphs[start:texts.index("Målinger af Netværksmøder") + 1]
    assert "⚠ Den seneste måling er 18 måneder gammel." in [p.text for p in block]
    assert [p.text for p in block if not p.paragraph_format.keep_with_next] == []  # set on each, headings too
    # and, as in the PDF, an indicator with a chart starts a page (LibreOffice honoured the chain only in part)
    assert block[0].paragraph_format.page_break_before


def test_a_chart_keeps_with_its_table_in_the_docx(register, scope):
    document = readers.docx_document(generate("mapping", "docx", scope, "da").content)
    caption = next(p for p in document.paragraphs if p.text == "Delegationsbesøg pr. land" and p.runs
                   and p.runs[0].font.size is not None)  # the chart's caption, set small
    assert caption.paragraph_format.keep_with_next

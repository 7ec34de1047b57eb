"""One figure, one place: every headline figure of every report is the register's own aggregate (counted here with
plain queries) and reads the same in HTML, PDF, DOCX and XLSX; zero or unknown facts are never printed."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from udsyn.reports import formatting
from udsyn.reports.data import resolve_scope
from udsyn.reports.document import TOTAL
from udsyn.reports.service import generate, report_data

from . import aggregates, readers
from .conftest import SINCE, UNTIL

RATES = {"EUR": Decimal("7.46")}
FORMATS = ["html", "pdf", "docx", "xlsx"]


def shown(figure) -> str:
    """What a headline card prints for the figure."""
    with_language = formatting.total_figure(figure.value) if figure.kind == TOTAL else formatting.number(figure.value)
    return readers.normalise(with_language)


def numeric(figure):
    """The figure as the workbook stores it: a count, or a total's DKK sum (its text when a rate is missing)."""
    if figure.kind == TOTAL:
        return figure.value.dkk.amount if figure.value.dkk is not None else formatting.total(figure.value)
    return figure.value


def assert_register_figure(figure, expected) -> None:
    if figure.kind == TOTAL:
        assert {p.currency: p.amount for p in figure.value.parts} == expected, figure.key
        dkk = aggregates.in_dkk(expected, RATES)
        assert (figure.value.dkk.amount if figure.value.dkk else None) == dkk, figure.key
    else:
        assert figure.value == expected, figure.key


def overview(content: bytes) -> dict:
    """label -> the figure as stored: the number, or for a total without a DKK sum its text per currency"""
    return {row[0]: row[1] if row[1] is not None or len(row) < 3 else row[2]
            for row in readers.xlsx_rows(content, "Overblik") if row and row[0]}


@pytest.mark.parametrize("kind", ["mapping", "results", "strategy"])
def test_every_headline_figure_reads_the_same_in_every_format(register, scope, kind):
    report = report_data(kind, scope, "da")
    contents = {fmt: generate(kind, fmt, scope, "da").content for fmt in FORMATS}
    html = contents["html"].decode()
    texts = {fmt: readers.text_of(fmt, contents[fmt]) for fmt in ("pdf", "docx")}
    sheet = overview(contents["xlsx"])
    assert report.headline
    for figure in report.headline:
        label = readers.normalise(figure.label)
        if kind == "results":  # a fact is a sentence with its figure in it
            assert shown(figure) in label or formatting.money_short(figure.value.dkk) in figure.label
            assert f"<li>{figure.label}</li>" in html
            needle = label
        else:
            card = re.search(rf'data-figure="{re.escape(figure.key)}">([^<]*)<', html)
            assert card and readers.normalise(card.group(1)) == shown(figure), figure.key
            needle = f"{shown(figure)} {label}"
        for fmt, text in texts.items():
            assert needle in text, (fmt, needle)
        stored = sheet[figure.label]
        if isinstance(stored, float):
            stored = Decimal(str(stored))
        assert stored == numeric(figure), (figure.key, stored)


def test_mapping_headline_is_the_registers_aggregate(register, scope):
    expected = aggregates.mapping(register["municipality"], SINCE, UNTIL)
    report = report_data("mapping", scope)
    assert [f.key for f in report.headline] == list(expected)
    for figure in report.headline:
        assert_register_figure(figure, expected[figure.key])


def test_results_facts_are_the_registers_aggregates_and_never_zero(register, scope):
    expected = aggregates.results(register["municipality"], SINCE, UNTIL)
    report = report_data("results", scope)
    facts = {f.key: f for f in report.facts}
    for key, value in expected.items():
        assert_register_figure(facts[key], value)
    assert facts["partner_activities"].label.endswith(
        f"i alt {aggregates.participants_with_partners(register['municipality'], SINCE, UNTIL)} deltagere.")
    assert all(f.value for f in report.facts)


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_a_quiet_period_prints_no_zero_achievements(register, fmt):
    # 2026 until the end of June: no project started, no agreement signed, no visit received
    scope = resolve_scope(register["municipality"], since=2026, until=UNTIL)
    report = report_data("results", scope)
    assert "new_agreements" not in {f.key for f in report.facts}
    assert "incoming_visits" not in {f.key for f in report.facts}
    text = readers.text_of(fmt, generate("results", fmt, scope, "da").content)
    facts = text.split("Vidste du?", 1)[1].split("Projekter i perioden", 1)[0]
    assert not re.search(r"\b0 (kr|nye|delegations|aktivitet|projekt)", facts)
    assert "hjemtaget 0" not in text and "indgået 0" not in text


def test_a_register_without_any_results_says_so(register):
    scope = resolve_scope(register["municipality"], departments=["SOF"], since=2026, until=UNTIL)
    report = report_data("results", scope)
    assert report.facts == []
    text = readers.text_of("html", generate("results", "html", scope, "da").content)
    assert "Registret har ingen resultater for den valgte periode og de valgte forvaltninger." in text


def test_a_project_without_a_start_date_is_counted_wherever_it_is_listed(register):
    # Karriereprogram (KFF) has an end date only: ongoing in January 2021, so its grant is in the department's total
    scope = resolve_scope(register["municipality"], since=2018, until=dt.date(2021, 1, 31))
    report = report_data("mapping", scope)
    kff = next(s for s in report.sections if s.name == register["kff"].name)
    karriere = next(p for p in kff.projects if p.name == "Karriereprogram")
    assert karriere.start is None and karriere.external_funding.amount == Decimal("725000")
    assert kff.funding_total.amount_in("DKK") >= Decimal("725000")
    assert "National finansiering" in {f.programme for f in kff.funding}
    text = readers.text_of("html", generate("mapping", "html", scope, "da").content)
    assert "til 31. mar. 2021" in text and "– – 31" not in text


def test_an_own_budget_project_is_not_an_externally_funded_one(register, scope):
    report = report_data("mapping", scope)
    tmf = next(s for s in report.sections if s.name == register["tmf"].name)
    assert "Bydelsfestival" in {p.name for p in tmf.projects}
    assert "Kommunens eget budget" not in {f.programme for f in tmf.funding}
    assert report.figure("funded_projects").value == aggregates.mapping(
        register["municipality"], SINCE, UNTIL)["funded_projects"]


def test_strategy_counts_every_indicator_and_flags_old_measurements_and_passed_deadlines(register, scope):
    report = report_data("strategy", scope)
    figures = {f.key: f.value for f in report.headline}
    assert figures["indicators"] == aggregates.indicators(register["municipality"])
    assert sum(v for k, v in figures.items() if k.startswith("status:")) == figures["indicators"]
    meetings = next(i for s in report.strategies for i in s.indicators if i.name == "Netværksmøder")
    assert meetings.warnings == ["Den seneste måling er 18 måneder gammel.",
                                 "Fristen (31. december 2025) er overskredet, uden at målet er nået."]
    assert meetings.method == "Optælling i mødekalenderen" and meetings.source == "Mødekalender"
    conferences = next(i for s in report.strategies for i in s.indicators if i.name == "Internationale konferencer")
    assert conferences.warnings == []
    assert figures["warnings"] == 1
    text = readers.text_of("pdf", generate("strategy", "pdf", scope, "da").content)
    assert "i risiko" in text  # the printed rule names every status
    assert "Den seneste måling er 18 måneder gammel." in text and "Optælling i mødekalenderen" in text


def test_several_municipalities_without_a_choice_lists_them(register):
    from udsyn.organisations.models import Municipality
    from udsyn.reports.data import ScopeError

    Municipality.objects.create(name="Andeby Kommune")
    with pytest.raises(ScopeError, match="Andeby Kommune, Testkøbing Kommune"):
        resolve_scope(None)


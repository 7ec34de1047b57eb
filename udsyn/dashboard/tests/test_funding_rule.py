"""External funding is one rule on the dashboard and in every report (udsyn.reports.data.rules.funding_projects):
a grant counts once, in the period its project started, as a municipality says it "has brought home X since 2013";
each page says which rule its figure follows. Uses the reports' edge-case register."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from udsyn.reports.data import resolve_scope
from udsyn.reports.service import generate, report_data
from udsyn.reports.tests import aggregates, readers
from udsyn.reports.tests.conftest import SINCE, UNTIL, empty_department, register  # noqa: F401 (fixtures)

RATES = {"EUR": Decimal("7.46")}


def test_external_funding_is_one_rule_on_the_dashboard_and_in_every_report(register, client, reader):  # noqa: F811
    # A grant counts once, in the period its project started ("has brought home X since 2018"): a project that
    # started in 2016 and ran into the period is one of the period's projects, but its grant came home before it.
    from udsyn.dashboard.figures import funding_figures
    from udsyn.projects.models import Project

    municipality = register["municipality"]
    Project.objects.create(department=register["tmf"], name="Langt projekt", start=dt.date(2016, 6, 1),
                           end=dt.date(2019, 12, 31), status="completed", external_funding=Decimal("400000"))
    scope = resolve_scope(municipality, since=SINCE, until=UNTIL)
    mapping, results = report_data("mapping", scope), report_data("results", scope)
    expected = aggregates.mapping(municipality, SINCE, UNTIL)["external_funding"]
    assert expected == {"DKK": Decimal("4575000"), "EUR": Decimal("665462.50")}  # Langt projekt is not in it
    dkk = aggregates.in_dkk(expected, RATES)
    dashboard = funding_figures(SINCE, UNTIL, municipality=municipality)
    assert dashboard["total"].dkk == dkk == mapping.figure("external_funding").value.dkk.amount
    assert {f.key: f for f in results.facts}["funding"].value.dkk.amount == dkk
    assert dashboard["total"].count == mapping.figure("funded_projects").value == 5
    assert dashboard["undated"] == 1  # Karriereprogram, running in 2021: counted, and the page says so
    assert "Langt projekt" in {p.name for p in results.projects}  # still one of the period's projects
    assert "Langt projekt" not in {p.name for s in mapping.sections for p in s.projects}  # not ongoing
    # each page says which rule its figure follows
    client.force_login(reader)
    page = readers.html_text(client.get("/", {"since": SINCE}).content)
    assert f"Ekstern finansiering hjemtaget siden {SINCE}" in page
    assert "Som i rapporterne: et tilskud tælles i det år, projektet startede." in page
    text = readers.text_of("html", generate("mapping", "html", scope, "da").content)
    assert "ekstern finansiering hjemtaget i perioden" in text
    assert "Et tilskud er hjemtaget i den periode, projektet startede (som på overbliksiden)" in text

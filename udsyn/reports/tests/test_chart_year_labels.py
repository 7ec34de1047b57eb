"""The money chart's labels under its bars fit under the axis: a label of words is set on two lines at most (the
English "no start date" went on three and its last line was cut off at the chart's edge)."""

import datetime as dt
import re
from decimal import Decimal

import pytest

from udsyn.core.services import record_create
from udsyn.projects.models import Project
from udsyn.reports.insight import two_lines


def test_a_label_of_words_takes_two_lines_broken_where_they_are_most_even():
    assert two_lines("2026") == ["2026"]
    assert two_lines("uden startdato") == ["uden", "startdato"]
    assert two_lines("no start date") == ["no start", "date"]


@pytest.mark.django_db
def test_the_english_chart_sets_no_start_date_on_two_lines(client, coordinator, department):
    for name, start in (("Øresundsmetro", dt.date(2024, 3, 1)), ("Karriereprogram", None)):
        record_create(model=Project, acting_user=coordinator, data={
            "department": department, "name": name, "status": "completed", "start": start,
            "end": dt.date(2025, 12, 31), "external_funding": Decimal("725000"), "budget_currency": "DKK"})
    client.force_login(coordinator)
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    html = client.get("/reports/charts/", {"since": "2024"}).content.decode()
    label = re.search(r'<text [^>]*text-anchor="middle">((?:(?!</text>).)*start(?:(?!</text>).)*)</text>', html)
    assert label, "no label for the projects without a start date"
    assert re.findall(r"<tspan[^>]*>([^<]*)</tspan>", label.group(1)) == ["no start ", "date"]

"""A visit is called by its direction, place and date, the date written as everywhere else on the pages."""

import datetime as dt

import pytest
from django.utils import translation

from udsyn.visits.models import Visit


@pytest.mark.django_db
def test_a_visit_title_writes_its_date_the_danish_way(make, harbin):
    visit = make(Visit, direction="incoming", status="confirmed", city=harbin, start=dt.date(2026, 12, 16))
    with translation.override("da"):
        assert str(visit) == "Indgående Harbin (CN) 16.12.2026"

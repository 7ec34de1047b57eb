"""Dashboard links: headline numbers open the list filtered like the figure; an off-track indicator opens its page."""

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from udsyn.core.services import record_create
from udsyn.strategies.models import Goal, Indicator, Measurement, Strategy, Theme

TODAY = dt.date.today()


@pytest.fixture
def off_track_indicator(owner, department):
    def add(model, **data):
        return record_create(model=model, acting_user=owner, data={"department": department, **data})

    strategy = add(Strategy, name="Erhvervsstrategi 2030")
    goal = add(Goal, theme=add(Theme, strategy=strategy, name="Internationalisering"), text="Flere konferencer")
    indicator = add(Indicator, goal=goal, name="Internationale konferencer", unit="konferencer",
                    baseline=Decimal("0"), baseline_year=TODAY.year - 4, target=Decimal("100"),
                    deadline=dt.date(TODAY.year + 4, 12, 31))
    add(Measurement, indicator=indicator, date=TODAY - dt.timedelta(days=1), value=Decimal("1"))
    return indicator


@pytest.mark.django_db
def test_off_track_indicator_links_to_its_page(client, reader, off_track_indicator):
    client.force_login(reader)
    page = client.get("/").content.decode()
    url = reverse("indicator_detail", args=[off_track_indicator.pk])
    assert f'<a href="{url}">Internationale konferencer</a>' in page
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_headline_numbers_link_to_the_filtered_lists(client, reader, membership, municipality):
    client.force_login(reader)
    page = client.get("/").content.decode()
    year = TODAY.year
    mun = municipality.pk
    memberships = f"{reverse('membership_list')}?active_in={year}&municipality={mun}"
    assert f'<a href="{memberships.replace("&", "&amp;")}">1</a>' in page
    assert f'href="{reverse("partner_list")}?active=true&amp;municipality={mun}"' in page
    assert f'href="{reverse("project_list")}?status=active&amp;active_in={year}&amp;municipality={mun}"' in page
    assert f'href="{reverse("strategy_list")}"' in page
    # The list behind the number shows the same membership.
    listed = client.get(memberships).content.decode()
    assert str(membership.organisation) in listed


@pytest.mark.django_db
def test_page_says_when_the_lists_cannot_narrow_to_the_municipality(client, reader):
    from udsyn.memberships.filters import MembershipFilterSet

    client.force_login(reader)
    page = client.get("/").content.decode()
    note = "listerne, de linker til, viser alle kommuners registreringer"
    assert (note in page) == ("municipality" not in MembershipFilterSet.base_filters)

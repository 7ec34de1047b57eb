"""The search box of the events list's partner filter answers from the user's own municipality only: another
municipality's partner is never offered, and its id in the address names nothing."""

import pytest

from udsyn.organisations.models import City, Department, Municipality
from udsyn.partners.models import Partner


@pytest.fixture
def their_partner(db):
    other = Municipality.objects.create(name="Andeby Kommune")
    their_department = Department.objects.create(municipality=other, name="Borgmesterens Afdeling")
    return Partner.objects.create(department=their_department, kind="twin_city",
                                  city=City.objects.create(name="Bergen", country="US"))


@pytest.fixture
def our_partners(department):
    # Two partner cities named alike: they are told apart and keep one order (by id after the name).
    return [Partner.objects.create(department=department, kind="twin_city",
                                   city=City.objects.create(name="Bergen", country=country))
            for country in ("NO", "NL")]


@pytest.mark.django_db
def test_the_search_offers_only_the_municipality_s_partners(client, reader, our_partners, their_partner):
    client.force_login(reader)
    answer = client.get("/visits/events/", {"lookup": "partner", "lookup_q": "berg"}, HTTP_HX_REQUEST="true")
    assert answer.status_code == 200
    html = answer.content.decode()
    ids = [partner.pk for partner in our_partners]
    assert [f'value="{pk}"' in html for pk in ids] == [True, True]
    assert html.index(f'value="{min(ids)}"') < html.index(f'value="{max(ids)}"')
    assert f'value="{their_partner.pk}"' not in html


@pytest.mark.django_db
def test_another_municipality_s_partner_id_names_nothing(client, reader, our_partners, their_partner):
    client.force_login(reader)
    page = client.get("/visits/events/", {"partner": their_partner.pk})
    assert page.status_code == 400  # an invalid filter, as for any choice the user may not see
    assert f'value="{their_partner.pk}"' not in page.content.decode()
    lookup = client.get("/visits/events/", {"lookup": "partner", "partner": their_partner.pk, "lookup_q": "x"})
    assert f'value="{their_partner.pk}"' not in lookup.content.decode()
    assert client.get("/visits/events/", {"lookup": "department"}).status_code == 404  # not a search filter

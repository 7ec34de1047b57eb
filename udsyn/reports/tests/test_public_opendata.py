"""Open data is the municipality's decision: what its administrators publish is at /opendata/<municipality>/ without a
login; every other record type needs one (and is then scoped); a record marked internal is never published."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal

import pytest

from udsyn.core.services import record_create
from udsyn.memberships.models import Membership
from udsyn.organisations.models import City, Department, Municipality, Person
from udsyn.organisations.services import municipality_update
from udsyn.partners.models import Partner
from udsyn.visits.models import Visit

pytestmark = pytest.mark.django_db


@pytest.fixture
def register(department, coordinator, network):
    """Two partners (one internal), a visit, a membership with a contact person, and a partner of another
    municipality."""
    hamburg = City.objects.create(name="Hamburg", country="DE", latitude=Decimal("53.55"), longitude=Decimal("10.0"))
    harbin = City.objects.create(name="Harbin", country="CN", latitude=Decimal("45.75"), longitude=Decimal("126.6"))
    oslo = City.objects.create(name="Oslo", country="NO", latitude=Decimal("59.9"), longitude=Decimal("10.75"))
    record_create(model=Partner, acting_user=coordinator, data={"department": department, "city": hamburg,
                                                                "kind": "twin_city"})
    record_create(model=Partner, acting_user=coordinator, data={"department": department, "city": harbin,
                                                                "kind": "twin_city", "internal": True})
    record_create(model=Visit, acting_user=coordinator, data={
        "department": department, "direction": "incoming", "status": "confirmed", "start": dt.date(2026, 5, 4),
        "theme": "Klimatilpasning", "notes": "Kun til intern brug"})
    contact = Person.objects.create(name="Karen Kontakt", department=department)
    record_create(model=Membership, acting_user=coordinator, data={
        "department": department, "organisation": network, "annual_fee": Decimal("1000.00"), "fee_currency": "DKK",
        "contact": contact, "value_assessment": "Vi overvejer at melde os ud"})
    other = Department.objects.create(municipality=Municipality.objects.create(name="Andeby Kommune"), name="AF")
    record_create(model=Partner, acting_user=_installation_user(), data={"department": other, "city": oslo,
                                                                         "kind": "twin_city"})
    return {"hamburg": hamburg, "harbin": harbin, "oslo": oslo}


def _installation_user():
    from udsyn.accounts.models import User

    return User.objects.create_user(username="drift", role="installation_admin")


def publish(municipality, *keys, user=None):
    from udsyn.accounts.models import User

    user = user or User.objects.create_user(username=f"admin-{municipality.pk}", role="administrator",
                                            municipality=municipality)
    municipality_update(municipality=municipality, data={"published_types": list(keys)}, acting_user=user)


def test_nothing_is_public_until_the_municipality_publishes_it(client, municipality, register):
    base = f"/opendata/{municipality.slug}"
    assert client.get(f"{base}/").status_code == 200  # the page says nothing is published
    for url in (f"{base}/partners.geojson", f"{base}/calendar.ics", f"{base}/memberships.csv",
                f"{base}/partners.json"):
        assert client.get(url).status_code == 404, url
    # The logged-in files need a login.
    assert client.get("/reports/opendata/partners.geojson").status_code == 302
    assert client.get("/api/v1/opendata/partners.geojson").status_code in (401, 403)


def test_published_types_are_public_and_internal_records_never(client, municipality, register):
    publish(municipality, "partners", "visits", "memberships")
    base = f"/opendata/{municipality.slug}"
    features = json.loads(client.get(f"{base}/partners.geojson").content)["features"]
    assert [f["properties"]["city"] for f in features] == ["Hamburg"]  # not internal Harbin, not Andeby's Oslo
    calendar = client.get(f"{base}/calendar.ics").content.decode()
    assert "Klimatilpasning" in calendar and "BEGIN:VEVENT" in calendar
    rows = list(csv.DictReader(io.StringIO(client.get(f"{base}/partners.csv").content.decode("utf-8-sig"))))
    assert [r["City"] for r in rows] == ["Hamburg"]
    memberships = client.get(f"{base}/memberships.csv").content.decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(memberships)))
    assert "Annual fee" in header and "Contact" not in header and "Value assessment" not in header
    assert "Karen Kontakt" not in memberships and "melde os ud" not in memberships
    assert client.get(f"{base}/projects.csv").status_code == 404  # not published
    assert client.get(f"{base}/people.csv").status_code == 404  # never publishable
    page = client.get(f"{base}/").content.decode()
    assert f"{base}/partners.geojson" in page and f"{base}/projects.csv" not in page


def test_another_municipalitys_publication_shows_only_its_own(client, municipality, register):
    andeby = Municipality.objects.get(name="Andeby Kommune")
    publish(andeby, "partners")
    features = json.loads(client.get(f"/opendata/{andeby.slug}/partners.geojson").content)["features"]
    assert [f["properties"]["city"] for f in features] == ["Oslo"]
    assert client.get(f"/opendata/{municipality.slug}/partners.geojson").status_code == 404


def test_logged_in_open_data_is_scoped_and_leaves_out_internal_records(client, reader, register, municipality):
    client.force_login(reader)
    features = json.loads(client.get("/reports/opendata/partners.geojson").content)["features"]
    assert [f["properties"]["city"] for f in features] == ["Hamburg"]
    rows = client.get("/reports/opendata/partners.csv").content.decode("utf-8-sig")
    assert "Hamburg" in rows and "Harbin" not in rows and "Oslo" not in rows
    andeby = Municipality.objects.get(name="Andeby Kommune")
    assert client.get("/reports/opendata/partners.geojson", {"municipality": andeby.pk}).status_code == 404
    # The list page's own download is the register as the reader sees it, internal records included.
    listed = client.get("/partners/", {"export": "csv"}).content.decode("utf-8-sig")
    assert "Hamburg" in listed and "Harbin" in listed and "Oslo" not in listed


def test_only_the_municipalitys_administrators_decide_what_is_published(client, coordinator, municipality_admin,
                                                                        municipality):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        municipality_update(municipality=municipality, data={"published_types": ["partners"]},
                            acting_user=coordinator)
    client.force_login(coordinator)
    edit = f"/organisations/municipalities/{municipality.pk}/edit/"
    assert "published_types" not in client.get(edit).content.decode()
    client.force_login(municipality_admin)
    form = client.get(f"/organisations/municipalities/{municipality.pk}/edit/").content.decode()
    assert 'name="published_types"' in form
    response = client.post(f"/organisations/municipalities/{municipality.pk}/edit/",
                           {"published_types": ["partners", "events"], "accent_colour": ""})
    assert response.status_code == 302
    municipality.refresh_from_db()
    assert municipality.published_types == ["partners", "events"]
    assert municipality.history.first().history_user == municipality_admin


def test_an_internal_record_can_be_marked_on_its_form(client, coordinator, register):
    partner = Partner.objects.get(city=register["hamburg"])
    client.force_login(coordinator)
    form = client.get(f"/partners/{partner.pk}/edit/").content.decode()
    assert 'name="internal"' in form
    response = client.patch(f"/api/v1/partners/{partner.pk}/", {"internal": True}, content_type="application/json",
                            HTTP_IF_MATCH=f'"{partner.version}"')
    assert response.status_code == 200 and response.json()["internal"] is True
    partner.refresh_from_db()
    assert partner.internal and partner.history.first().internal

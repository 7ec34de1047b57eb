"""The dashboard counts one municipality: the user's own; installation administrators may choose another
municipality or all of them, regional readers one municipality of their region."""

import datetime as dt
from decimal import Decimal

import pytest

from udsyn.accounts.models import User
from udsyn.core.services import record_create
from udsyn.dashboard import figures as dashboard
from udsyn.memberships.models import Membership
from udsyn.organisations.models import City, Department, Municipality, Organisation
from udsyn.partners.models import Partner
from udsyn.projects.models import Project
from udsyn.visits.models import Visit

TODAY = dt.date.today()


def add_records(user, department, *, memberships, fee, partners, projects, visits):
    for i in range(memberships):
        organisation = Organisation.objects.create(name=f"Network {department.pk}-{i}", kind="network")
        record_create(model=Membership, acting_user=user, data={
            "department": department, "organisation": organisation, "annual_fee": Decimal(fee)})
    for i in range(partners):
        city = City.objects.create(name=f"City {department.pk}-{i}", country="DE")
        record_create(model=Partner, acting_user=user, data={"department": department, "city": city,
                                                              "kind": "twin_city"})
    for i in range(projects):
        record_create(model=Project, acting_user=user, data={
            "department": department, "name": f"Project {department.pk}-{i}", "status": "active",
            "start": dt.date(2020, 1, 1), "external_funding": Decimal("1000000")})
    for i in range(visits):
        record_create(model=Visit, acting_user=user, data={
            "department": department, "direction": "incoming", "start": TODAY + dt.timedelta(days=5 + i),
            "status": "confirmed", "theme": f"Visit {department.pk}-{i}"})


@pytest.fixture
def aalborg(db):
    municipality = Municipality.objects.create(name="Aalborg Kommune")
    department = Department.objects.create(municipality=municipality, name="Borgmesterens Forvaltning")
    editor = User.objects.create_user(username="aalborg", password="pw", role="editor", department=department)
    add_records(editor, department, memberships=3, fee="100", partners=1, projects=4, visits=1)
    return {"municipality": municipality, "editor": editor}


@pytest.fixture
def own(owner, department):
    add_records(owner, department, memberships=2, fee="7000", partners=2, projects=1, visits=2)


@pytest.mark.django_db
def test_every_figure_counts_only_the_municipality_asked_for(own, aalborg, municipality):
    mine = dashboard.headline(municipality=municipality)
    theirs = dashboard.headline(municipality=aalborg["municipality"].pk)  # an id works as well
    everyone = dashboard.headline()
    assert (mine["memberships"]["count"], mine["memberships"]["fees"].dkk) == (2, Decimal("14000"))
    assert (theirs["memberships"]["count"], theirs["memberships"]["fees"].dkk) == (3, Decimal("300"))
    assert (mine["partners"]["count"], theirs["partners"]["count"], everyone["partners"]["count"]) == (2, 1, 3)
    assert (mine["projects"]["count"], theirs["projects"]["count"]) == (1, 4)
    assert (mine["funding"]["total"].dkk, theirs["funding"]["total"].dkk) == (Decimal("1000000"), Decimal("4000000"))
    assert [v.theme for v in theirs["visits"]] == [f"Visit {aalborg['editor'].department_id}-0"]
    assert len(mine["visits"]) == 2 and len(everyone["visits"]) == 3
    assert everyone["memberships"]["count"] == 5


def big_figure(page: str, heading_id: str) -> str:
    """The number in the figure whose heading has `heading_id`."""
    section = page.split(f'id="{heading_id}"', 1)[1]
    return section.split('<p class="big">', 1)[1].split("</p>", 1)[0].split(">")[-2].split("<")[0]


@pytest.mark.django_db
def test_each_user_sees_their_own_municipality(client, own, aalborg, reader):
    client.force_login(reader)
    page = client.get("/").content.decode()
    assert "Testkøbing Kommune" in page
    assert big_figure(page, "fig-memberships") == "2"
    assert big_figure(page, "fig-projects") == "1"
    client.force_login(aalborg["editor"])
    page = client.get("/").content.decode()
    assert "Aalborg Kommune" in page
    assert big_figure(page, "fig-memberships") == "3"
    assert big_figure(page, "fig-projects") == "4"


@pytest.mark.django_db
def test_a_reader_cannot_switch_to_another_municipality(client, own, aalborg, reader):
    client.force_login(reader)
    page = client.get("/", {"municipality": aalborg["municipality"].pk}).content.decode()
    assert big_figure(page, "fig-memberships") == "2"
    assert 'name="municipality"' not in page  # no selector offered


@pytest.mark.django_db
def test_an_administrator_chooses_a_municipality_or_all(client, own, aalborg, admin_user):
    client.force_login(admin_user)
    page = client.get("/").content.decode()
    assert big_figure(page, "fig-memberships") == "2"  # their own by default
    assert 'name="municipality"' in page
    page = client.get("/", {"municipality": aalborg["municipality"].pk}).content.decode()
    assert big_figure(page, "fig-memberships") == "3"
    page = client.get("/", {"municipality": "all"}).content.decode()
    assert big_figure(page, "fig-memberships") == "5"
    assert "Alle kommuner" in page


@pytest.mark.django_db
def test_a_user_without_a_municipality_sees_no_figures(client, own, aalborg):
    nobody = User.objects.create_user(username="nobody", password="pw", role="reader")
    client.force_login(nobody)
    page = client.get("/", {"municipality": "all"}).content.decode()
    assert big_figure(page, "fig-memberships") == "0"
    page = client.get("/", {"municipality": aalborg["municipality"].pk}).content.decode()
    assert big_figure(page, "fig-memberships") == "0" and 'name="municipality"' not in page


@pytest.mark.django_db
def test_a_regional_reader_chooses_among_the_region_but_never_all(client, own, aalborg, municipality):
    from udsyn.organisations.models import Municipality, Region

    region = Region.objects.create(name="KKR")
    Municipality.objects.filter(pk__in=[municipality.pk, aalborg["municipality"].pk]).update(region=region)
    regional = User.objects.create_user(username="region", password="pw", role="regional_reader", region=region)
    client.force_login(regional)
    page = client.get("/").content.decode()
    assert 'name="municipality"' in page and "Alle kommuner" not in page
    page = client.get("/", {"municipality": aalborg["municipality"].pk}).content.decode()
    assert big_figure(page, "fig-memberships") == "3"
    page = client.get("/", {"municipality": "all"}).content.decode()
    assert big_figure(page, "fig-memberships") in ("2", "3")  # one municipality of the region, never the sum

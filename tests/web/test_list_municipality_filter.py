"""A list's municipality filter is offered to those who read several municipalities (a region's readers, the
installation's administrators); a user of one municipality gets no select that could only say All or that one."""

import pytest

from udsyn.accounts.models import User
from udsyn.organisations.models import Department, Municipality, Region

LISTS = ["/memberships/", "/partners/", "/projects/", "/visits/", "/visits/events/"]


@pytest.fixture
def neighbour(db):
    municipality = Municipality.objects.create(name="Nabokøbing Kommune", code="998")
    Department.objects.create(municipality=municipality, name="Borgmesterens Forvaltning")
    return municipality


def municipality_select(page: str) -> bool:
    return 'name="municipality"' in page


@pytest.mark.django_db
@pytest.mark.parametrize("path", LISTS)
def test_a_coordinator_of_one_municipality_gets_no_municipality_filter(client, coordinator, neighbour, path):
    client.force_login(coordinator)
    page = client.get(path).content.decode()
    assert 'name="department"' in page  # the panel is there
    assert not municipality_select(page)


@pytest.mark.django_db
def test_a_regional_reader_chooses_among_the_region(client, municipality, neighbour):
    region = Region.objects.create(name="KKR")
    Municipality.objects.filter(pk__in=[municipality.pk, neighbour.pk]).update(region=region)
    regional = User.objects.create_user(username="region", password="pw", role="regional_reader", region=region)
    client.force_login(regional)
    page = client.get("/projects/").content.decode()
    assert municipality_select(page)
    assert f'<option value="{municipality.pk}">' in page
    assert f'<option value="{neighbour.pk}">' in page


@pytest.mark.django_db
def test_an_installation_administrator_chooses_among_all(client, installation_admin, municipality, neighbour):
    client.force_login(installation_admin)
    page = client.get("/memberships/").content.decode()
    assert municipality_select(page)
    assert f'<option value="{neighbour.pk}">' in page


@pytest.mark.django_db
def test_a_municipality_in_the_address_still_filters_and_shows(client, coordinator, municipality):
    """An address saved by a regional colleague keeps its filter visible rather than filtering silently."""
    client.force_login(coordinator)
    page = client.get("/projects/", {"municipality": municipality.pk}).content.decode()
    assert f'<option value="{municipality.pk}" selected>' in page

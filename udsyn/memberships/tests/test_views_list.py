import pytest

from udsyn.core.services import record_create
from udsyn.memberships.models import Membership
from udsyn.organisations.models import Organisation


@pytest.fixture
def two_departments(membership, other_department, outsider):
    strings = Organisation.objects.create(name="STRING", kind="network", country="DK")
    return record_create(model=Membership, acting_user=outsider,
                         data={"department": other_department, "organisation": strings})


@pytest.mark.django_db
def test_filter_by_department_shows_only_that_department(client, reader, two_departments, department):
    client.force_login(reader)
    page = client.get("/memberships/", {"department": department.pk}).content.decode()
    assert "Eurocities" in page
    assert "STRING" not in page


@pytest.mark.django_db
def test_search_and_sort(client, reader, two_departments):
    client.force_login(reader)
    assert "Eurocities" not in client.get("/memberships/", {"q": "string"}).content.decode()
    page = client.get("/memberships/", {"sort": "-organisation__name"}).content.decode()
    assert page.index("STRING") < page.index("Eurocities")


@pytest.mark.django_db
def test_htmx_request_gets_only_the_table(client, reader, two_departments, other_department):
    client.force_login(reader)
    response = client.get("/memberships/", {"department": other_department.pk}, HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert "<table" in body
    assert "<html" not in body and "<form" not in body
    assert "STRING" in body and "Eurocities" not in body
    full = client.get("/memberships/").content.decode()
    assert "<html" in full and 'hx-target="#record-table"' in full


@pytest.mark.django_db
def test_filter_choices_start_with_all(client, reader, department):
    client.force_login(reader)
    page = client.get("/memberships/", {"department": department.pk}).content.decode()
    assert "---------" not in page
    assert '<option value="">Alle</option>' in page
    assert f'<option value="{department.pk}" selected>' in page

"""A list's municipality column (strategies, departments) is for those who read several municipalities: to a user
of one it would say the same on every row, so it is left out for them."""

import re

import pytest

from udsyn.core.services import record_create
from udsyn.organisations.models import Department, Municipality
from udsyn.strategies.models import Strategy

LISTS = ["/strategies/", "/organisations/departments/"]


@pytest.fixture
def strategies(coordinator, department, installation_admin):
    aalborg = Department.objects.create(municipality=Municipality.objects.create(name="Aalborg Kommune"),
                                        name="Borgmesterens Forvaltning")
    record_create(model=Strategy, acting_user=coordinator, data={"department": department, "name": "Vores strategi"})
    record_create(model=Strategy, acting_user=installation_admin, data={"department": aalborg,
                                                                        "name": "Erhvervsstrategi 2030"})


def headers(page: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<th[^>]*>(.*?)</th>", page, re.S)]


@pytest.mark.django_db
@pytest.mark.parametrize("path", LISTS)
def test_a_user_of_one_municipality_sees_no_municipality_column(client, coordinator, strategies, path):
    client.force_login(coordinator)
    page = client.get(path).content.decode()
    assert "Forvaltning" in headers(page) or "Navn" in headers(page)  # the table is there
    assert "Kommune" not in headers(page)
    assert 'data-label="Kommune"' not in page


@pytest.mark.django_db
@pytest.mark.parametrize("path", LISTS)
def test_an_installation_administrator_sees_whose_each_row_is(client, installation_admin, strategies, path):
    client.force_login(installation_admin)
    page = client.get(path).content.decode()
    assert "Kommune" in headers(page)
    assert "Aalborg Kommune" in page

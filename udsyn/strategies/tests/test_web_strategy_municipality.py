"""A strategy says whose it is: an administrator, who sees every municipality's, must not mistake one for another."""

import re

import pytest

from udsyn.core.services import record_create
from udsyn.organisations.models import Department, Municipality
from udsyn.strategies.models import Strategy


@pytest.mark.django_db
def test_the_strategy_list_and_page_name_the_municipality(client, admin_user):
    aalborg = Department.objects.create(municipality=Municipality.objects.create(name="Aalborg Kommune"),
                                        name="Borgmesterens Forvaltning")
    strategy = record_create(model=Strategy, acting_user=admin_user, data={"department": aalborg,
                                                                           "name": "Erhvervsstrategi 2030"})
    client.force_login(admin_user)
    listed = client.get("/strategies/").content.decode()
    assert "Kommune" in listed and "Aalborg Kommune" in listed
    page = client.get(f"/strategies/{strategy.pk}/").content.decode()
    assert re.search(r"<dt>Kommune</dt><dd>(<a [^>]*>)?Aalborg Kommune", page)

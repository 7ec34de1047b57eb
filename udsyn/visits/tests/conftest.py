"""Visits and events of two departments, made through the record services as the personas."""

import datetime as dt

import pytest

from udsyn.core.services import record_create
from udsyn.organisations.models import City


@pytest.fixture
def harbin(db):
    return City.objects.create(name="Harbin", country="CN", latitude=45.75, longitude=126.65)


@pytest.fixture
def kiel(db):
    return City.objects.create(name="Kiel", country="DE", latitude=54.32, longitude=10.14)


@pytest.fixture
def make(owner, outsider, department):
    """make(Model, **data): a record of the owner's department, or of the outsider's with by_outsider=True."""

    def create(model, by_outsider=False, **data):
        user = outsider if by_outsider else owner
        return record_create(model=model, acting_user=user, data={"department": user.department, **data})

    return create


@pytest.fixture
def today():
    return dt.date.today()

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from udsyn.core.services import record_create
from udsyn.memberships.models import Membership


@pytest.mark.django_db
def test_a_period_cannot_end_before_it_starts(owner, department, network):
    with pytest.raises(ValidationError) as error:
        record_create(model=Membership, acting_user=owner, data={
            "department": department, "organisation": network,
            "start": dt.date(2020, 1, 1), "end": dt.date(2019, 1, 1),
        })
    assert "end" in error.value.message_dict
    assert not Membership.objects.exists()


@pytest.mark.django_db
def test_open_ended_period_is_active(membership):
    membership.start = dt.date(2015, 1, 1)
    assert membership.is_active(dt.date(2030, 1, 1))
    membership.end = dt.date(2020, 12, 31)
    assert not membership.is_active(dt.date(2021, 1, 1))

from decimal import Decimal

import pytest

from udsyn.core.services import EditConflict, record_update
from udsyn.memberships.models import Membership


@pytest.mark.django_db
def test_second_edit_based_on_the_same_version_is_refused(membership, owner, colleague):
    record_update(record=membership, data={"purpose": "Climate"}, expected_version=1, acting_user=owner)
    with pytest.raises(EditConflict) as conflict:
        record_update(record=membership, data={"purpose": "Culture"}, expected_version=1, acting_user=colleague)
    assert conflict.value.record.version == 2
    stored = Membership.objects.get(pk=membership.pk)
    assert stored.purpose == "Climate"  # the first edit is not lost
    assert stored.version == 2


@pytest.mark.django_db
def test_edit_based_on_current_version_goes_through(membership, colleague):
    updated = record_update(record=membership, data={"annual_fee": Decimal("1")}, expected_version=1,
                            acting_user=colleague)
    assert updated.version == 2
    assert Membership.objects.get(pk=membership.pk).annual_fee == Decimal("1.00")

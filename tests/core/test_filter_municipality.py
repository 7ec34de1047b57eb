import pytest

from udsyn.core.services import record_create
from udsyn.memberships.models import Membership
from udsyn.organisations.models import Department, Municipality


@pytest.mark.django_db
def test_lists_and_api_narrow_to_one_municipality(client, admin_user, membership, network):
    other = Municipality.objects.create(name="Andeby Kommune")
    their_department = Department.objects.create(municipality=other, name="Borgmesterens Afdeling")
    theirs = record_create(model=Membership, acting_user=admin_user,
                           data={"department": their_department, "organisation": network, "purpose": "Deres"})
    client.force_login(admin_user)
    page = client.get(f"/memberships/?municipality={other.pk}").content.decode()
    assert f"/memberships/{theirs.pk}/" in page
    assert f"/memberships/{membership.pk}/" not in page
    api = client.get(f"/api/v1/memberships/?municipality={membership.department.municipality_id}").json()
    assert [row["id"] for row in api["results"]] == [membership.pk]

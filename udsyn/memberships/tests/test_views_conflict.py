"""Two people edit the same membership: the second save is refused, shown what changed, and keeps its input."""

import pytest
from django.utils import translation

from udsyn.memberships.models import Membership


@pytest.mark.django_db
def test_second_form_with_the_same_version_gets_the_conflict_message(client, owner, colleague, membership):
    base = {"organisation": membership.organisation_id, "department": membership.department_id,
            "annual_fee": "500.000", "fee_currency": "DKK", "fee_year": "2026", "version": "1"}
    client.force_login(owner)
    assert client.post(f"/memberships/{membership.pk}/edit/", {**base, "purpose": "Klima"}).status_code == 302

    client.force_login(colleague)
    with translation.override("da"):
        response = client.post(f"/memberships/{membership.pk}/edit/",
                               {**base, "purpose": "Kultur og byudvikling"}, HTTP_ACCEPT_LANGUAGE="da")
    page = response.content.decode()
    assert response.status_code == 409
    assert "Nogen andre har ændret" in page
    assert "Klima" in page and "owner" in page  # what the other person changed, and who
    assert "Kultur og byudvikling" in page  # the colleague's input is still in the form
    assert 'name="version" value="2"' in page  # a new save is based on the current version
    stored = Membership.objects.get(pk=membership.pk)
    assert stored.purpose == "Klima"
    assert stored.version == 2

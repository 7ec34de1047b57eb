"""A request's history names who wrote each row, in words a reader understands: the rows written when a request came
on the public form are the requester's, "via the public form" (no "who: unknown"); after the retention period their
name is gone from there too, and the deletion is udsyn's own."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone

from udsyn.delegation.models import DelegationRequest

from .conftest import decline

pytestmark = pytest.mark.django_db


def who_column(page: str) -> list[str]:
    """The Who cells of the history table, newest first."""
    table = page.split('id="history-heading"')[1].split("</table>")[0]
    rows = table.split("<tbody>")[1].split("<tr>")[1:]
    return [row.split("<td>")[2].split("</td>")[0].strip() for row in rows]


def test_rows_of_a_public_request_name_the_requester_via_the_form(client, submit, desk, coordinator):
    assert submit().status_code == 302
    request = DelegationRequest.objects.get()
    client.force_login(coordinator)
    page = client.get(f"/delegations/{request.pk}/").content.decode()
    assert who_column(page) == ["Anna Schmidt via den offentlige formular"] * 2  # received, screened
    assert "ukendt" not in page.split('id="history-heading"')[1]

    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    english = client.get(f"/delegations/{request.pk}/").content.decode()
    assert who_column(english) == ["Anna Schmidt, via the public form"] * 2


def test_a_staff_members_rows_name_them(client, submit, desk, coordinator):
    submit()
    request = DelegationRequest.objects.get()
    client.force_login(coordinator)
    decline(request, coordinator)
    assert who_column(client.get(f"/delegations/{request.pk}/").content.decode())[0] == "coordinator"


def test_after_the_retention_period_the_form_and_udsyn_are_named_without_personal_data(client, submit, desk,
                                                                                        coordinator):
    submit()
    request = DelegationRequest.objects.get()
    DelegationRequest.objects.filter(pk=request.pk).update(submitted_at=timezone.now() - dt.timedelta(days=400))
    call_command("delegation_retention")
    client.force_login(coordinator)
    page = client.get(f"/delegations/{request.pk}/").content.decode()
    assert who_column(page) == ["udsyn, automatisk", "Anmoderen via den offentlige formular",
                                "Anmoderen via den offentlige formular"]
    assert "Anna Schmidt" not in page

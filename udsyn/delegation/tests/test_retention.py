"""Personal data older than the desk's retention period is gone after `udsyn delegation-retention` runs — from the
request, its history, its files and its letters — and the statistics' counts stay."""

import datetime as dt
import os

import pytest
from django.core.management import call_command
from django.utils import timezone

from udsyn.delegation.models import DelegationRequest, Letter, RequestAttachment
from udsyn.delegation.services import delegation_request_decide
from udsyn.delegation.stats import delegation_statistics

from .conftest import accept, hold, pdf_file

pytestmark = pytest.mark.django_db


def _age(request: DelegationRequest, days: int) -> None:
    """Pretend the request arrived `days` ago."""
    DelegationRequest.objects.filter(pk=request.pk).update(
        submitted_at=timezone.now() - dt.timedelta(days=days))


def test_the_command_deletes_personal_data_past_the_retention_period_and_keeps_the_rest(
        submit, desk, coordinator, department, capsys):
    assert submit(attachments=[pdf_file()]).status_code == 302
    assert submit(address="198.51.100.9", contact_name="Jan Novak", contact_email="jan@example.cz").status_code == 302
    old, recent = DelegationRequest.objects.order_by("pk")
    delegation_request_decide(request=old, outcome="decline", expected_version=old.version, acting_user=coordinator)
    letter = Letter.objects.get(request=old)
    from udsyn.delegation.services import letter_send

    letter_send(letter=letter, subject=letter.subject, body=letter.body, recipient=letter.recipient,
                acting_user=coordinator)
    file_path = RequestAttachment.objects.get().file.path
    assert os.path.exists(file_path)
    assert submit(address="198.51.100.10", contact_name="Ola Nordmann", country="NO").status_code == 302
    visited = DelegationRequest.objects.order_by("pk").last()
    accept(visited, coordinator, department)
    hold(visited, coordinator, participants=11)
    _age(old, 366)
    _age(recent, 364)
    _age(visited, 400)
    before = delegation_statistics(desk.municipality).as_json()
    assert [before["totals"][k] for k in ("requests", "accepted", "declined", "held", "participants")] == \
        [3, 1, 1, 1, 11]

    call_command("delegation_retention")
    assert "Personal data deleted from 2 delegation request(s)." in capsys.readouterr().out

    old.refresh_from_db()
    assert (old.contact_name, old.contact_email, old.contact_phone, old.contact_role, old.client_hash) == \
        ("", "", "", "", "")
    assert old.erased_at is not None
    for entry in old.history.all():  # the history keeps no copy
        assert (entry.contact_name, entry.contact_email, entry.contact_phone, entry.client_hash) == ("", "", "", "")
    assert not RequestAttachment.objects.exists()
    assert not os.path.exists(file_path)
    letter.refresh_from_db()
    assert (letter.recipient, letter.body) == ("", "") and letter.sent_at is not None
    assert all((h.recipient, h.body) == ("", "") for h in letter.history.all())
    # What the statistics count stays.
    assert (old.organisation_name, old.country, old.size, old.level, old.status, old.decline_reason) == (
        "Hamburg Behörde für Umwelt", "DE", 12, "professional", "declined", "other")
    assert old.preferred_start is not None and old.submitted_at is not None
    # The younger request is untouched.
    recent.refresh_from_db()
    assert (recent.contact_name, recent.erased_at) == ("Jan Novak", None)

    visited.refresh_from_db()
    assert (visited.contact_name, visited.contact_email) == ("", "") and visited.participants == 11
    # ... and so the statistics count exactly what they counted before: per year, month, country, level, theme,
    # department, and the reasons for declining
    assert delegation_statistics(desk.municipality).as_json() == before

    call_command("delegation_retention")  # running again clears nothing more
    assert "from 0 delegation request(s)" in capsys.readouterr().out


def test_the_retention_period_is_the_desk_s_own(submit, desk, coordinator):
    from udsyn.core.services import record_update

    record_update(record=desk, data={"retention_days": 30}, expected_version=desk.version, acting_user=coordinator)
    submit()
    request = DelegationRequest.objects.get()
    _age(request, 31)
    call_command("delegation_retention")
    assert DelegationRequest.objects.get().contact_email == ""


def test_the_request_page_says_the_contact_was_deleted_and_the_receipt_still_works(client, submit, desk,
                                                                                  coordinator):
    response = submit()
    request = DelegationRequest.objects.get()
    _age(request, 400)
    call_command("delegation_retention")
    client.force_login(coordinator)
    page = client.get(f"/delegations/{request.pk}/").content.decode()
    assert "efter opbevaringsperioden" in page and "anna.schmidt" not in page
    client.logout()
    assert client.get(response["Location"]).status_code == 200

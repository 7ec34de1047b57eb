"""Cancelling an accepted visit: the request and its register visit are cancelled with history, a letter in the
request's language is drafted when wanted, the capacity is free again, the hosts' calendar strikes the visit, and
the statistics count an accepted visit that was never held."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from udsyn.delegation import services
from udsyn.delegation.models import DelegationRequest, DepartmentCapacity, Letter, Status
from udsyn.delegation.stats import delegation_statistics

from .conftest import accept, decline, future, hold

pytestmark = pytest.mark.django_db


@pytest.fixture
def accepted(submit, coordinator, department):
    """An accepted request for a visit in 45 days."""
    assert submit().status_code == 302
    request = DelegationRequest.objects.get()
    return accept(request, coordinator, department, future(45))


def cancel(client, request, follow=False, **data):
    return client.post(f"/delegations/{request.pk}/cancel/", {"version": request.version, **data}, follow=follow)


def test_the_host_cancels_the_visit_with_a_reason_and_a_letter_in_the_request_language(client, owner, accepted):
    client.force_login(owner)  # an editor of the host department
    page = client.get(f"/delegations/{accepted.pk}/").content.decode()
    assert f'action="/delegations/{accepted.pk}/cancel/"' in page
    response = cancel(client, accepted, reason="host", note="The mayor's office needs the hall", letter="on")
    assert response.status_code == 302
    accepted.refresh_from_db()
    assert (accepted.status, accepted.cancel_reason, accepted.cancelled_by) == (Status.CANCELLED, "host", owner)
    assert accepted.cancel_note == "The mayor's office needs the hall" and accepted.cancelled_at is not None
    visit = accepted.visit
    assert visit.status == "cancelled"
    visit_row = visit.history.latest()
    assert (visit_row.history_user, visit_row.status) == (owner, "cancelled")
    assert visit_row.history_change_reason == (f"Besøg aflyst: Vi kan ikke længere tage imod delegationen "
                                               f"(delegationshenvendelse {accepted.number})")
    request_row = accepted.history.latest()
    assert (request_row.history_user, request_row.status) == (owner, "cancelled")
    letter = Letter.objects.get(request=accepted, kind="cancel")
    assert (letter.language, letter.recipient, letter.sent_at) == ("en", "anna.schmidt@example.org", None)
    day = future(45)
    assert letter.subject.startswith(f"Your visit to Testkøbing Kommune on {day.day} ")
    assert "we have to cancel your delegation's visit" in letter.body
    assert "no longer able to receive your delegation on that day" in letter.body
    assert "The mayor's office" not in letter.body  # the note is for the register only
    page = client.get(f"/delegations/{accepted.pk}/").content.decode()
    assert "Besøg aflyst" in page and "The mayor&#x27;s office needs the hall" in page
    assert f'action="/delegations/{accepted.pk}/cancel/"' not in page  # nothing more to cancel


def test_a_delegation_that_called_off_gets_a_thank_you_in_danish(client, coordinator, submit, department):
    assert submit(language="da").status_code == 302
    request = accept(DelegationRequest.objects.get(), coordinator, department, future(45))
    client.force_login(coordinator)
    assert cancel(client, request, reason="delegation", letter="on").status_code == 302
    letter = Letter.objects.get(request=request, kind="cancel")
    assert letter.body.startswith("Kære Anna Schmidt")
    assert "Tak, fordi I har givet os besked om, at jeres delegation ikke kan komme" in letter.body
    assert "beklager" not in letter.body


def test_no_letter_when_none_is_wanted_and_the_reason_is_required(client, coordinator, accepted):
    client.force_login(coordinator)
    response = cancel(client, accepted, note="Told them on the phone")
    assert response.status_code == 400 and "Told them on the phone" in response.content.decode()
    assert DelegationRequest.objects.get().status == Status.ACCEPTED
    assert cancel(client, accepted, reason="circumstances").status_code == 302
    assert DelegationRequest.objects.get().status == Status.CANCELLED
    assert not Letter.objects.filter(kind="cancel").exists()


def test_only_a_coming_visit_is_cancelled_and_only_by_those_who_handle_it(client, coordinator, outsider, reader,
                                                                         stranger, accepted, submit):
    for user in (outsider, reader, stranger):
        client.force_login(user)
        assert cancel(client, accepted, reason="host").status_code == 404
    assert DelegationRequest.objects.get().status == Status.ACCEPTED
    assert submit(address="198.51.100.9").status_code == 302
    waiting = DelegationRequest.objects.get(status=Status.SCREENED)
    with pytest.raises(ValidationError):
        services.delegation_request_cancel(request=waiting, reason="host", expected_version=waiting.version,
                                           acting_user=coordinator)
    held = services.delegation_request_decide(request=waiting, outcome="accept", expected_version=waiting.version,
                                              acting_user=coordinator, visit_start=timezone.localdate())
    held = hold(held, coordinator, 5)
    client.force_login(coordinator)
    response = cancel(client, held, reason="delegation", follow=True)
    assert "Kun et accepteret besøg, der ikke har fundet sted, kan aflyses." in response.content.decode()
    held.refresh_from_db()
    assert (held.status, held.visit.status) == (Status.HELD, "held")


def test_a_cancelled_visit_frees_the_capacity_and_is_struck_from_the_hosts_calendar(client, coordinator, desk,
                                                                                   department, accepted, submit):
    DepartmentCapacity.objects.create(desk=desk, department=department, per_week=1)
    day = future(45).isoformat()
    assert submit(address="198.51.100.9", preferred_start=day, preferred_end=day).status_code == 302
    same_week = DelegationRequest.objects.get(status=Status.SCREENED)
    assert [r["rule"] for r in same_week.suggestion_reasons if r["ok"] is False] == ["capacity"]
    client.force_login(coordinator)
    assert cancel(client, accepted, reason="delegation").status_code == 302
    calendar = client.get(f"/delegations/{accepted.pk}/programme.ics").content.decode()
    assert "STATUS:CANCELLED" in calendar and "STATUS:CONFIRMED" not in calendar
    assert f"SEQUENCE:{DelegationRequest.objects.get(pk=accepted.pk).version}" in calendar
    assert client.post(f"/delegations/{same_week.pk}/screen/", {"version": same_week.version}).status_code == 302
    same_week.refresh_from_db()
    assert same_week.suggestion == "accept" and same_week.suggested_date == future(45)


def test_the_receipt_tells_the_delegation_the_visit_is_cancelled(client, coordinator, accepted, desk):
    services.delegation_request_cancel(request=accepted, reason="host", expected_version=accepted.version,
                                       acting_user=coordinator, letter=False)
    page = client.get(f"/delegation/{desk.municipality.slug}/receipt/{accepted.reference}/?lang=en")
    assert "The visit is cancelled" in page.content.decode()


def test_a_cancelled_visit_counts_as_accepted_and_never_as_held(client, submit, coordinator, department, desk):
    for address in ("198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4"):
        assert submit(address=address).status_code == 302
    held, cancelled, declined, _waiting = DelegationRequest.objects.order_by("pk")
    accept(held, coordinator, department)
    hold(held, coordinator, 9)
    cancelled = accept(cancelled, coordinator, department, future(45))
    services.delegation_request_cancel(request=cancelled, reason="delegation", expected_version=cancelled.version,
                                       acting_user=coordinator)
    decline(declined, coordinator)
    totals = delegation_statistics(desk.municipality).totals
    assert (totals.requests, totals.accepted, totals.declined, totals.held, totals.cancelled) == (4, 2, 1, 1, 1)
    assert (totals.waiting, totals.participants) == (1, 9)  # the cancelled group's 12 never came
    client.force_login(coordinator)
    page = client.get("/delegations/statistics/").content.decode()
    assert '<p class="big" id="figure-held">1</p>' in page and "1 accepteret besøg aflyst" in page
    api = client.get("/api/v1/delegation-requests/statistics/").json()["totals"]
    assert (api["held"], api["cancelled"], api["accepted"]) == (1, 1, 2)


def test_the_api_cancels_with_the_version_it_read(client, coordinator, accepted):
    client.force_login(coordinator)
    url = f"/api/v1/delegation-requests/{accepted.pk}/cancellation/"
    assert client.post(url, {"reason": "host"}, content_type="application/json").status_code == 428
    stale = client.post(url, {"reason": "host", "version": accepted.version - 1}, content_type="application/json")
    assert stale.status_code == 409
    response = client.post(url, {"reason": "host", "letter": False}, content_type="application/json",
                           HTTP_IF_MATCH=f'"{accepted.version}"')
    assert response.status_code == 200, response.content
    data = response.json()
    assert (data["status"], data["cancel_reason"], data["cancelled_by"]) == ("cancelled", "host", coordinator.pk)
    assert not Letter.objects.filter(kind="cancel").exists()
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "post" in paths["/api/v1/delegation-requests/{id}/cancellation/"]

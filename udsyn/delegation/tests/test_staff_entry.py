"""A request that came by e-mail, telephone, letter or in person, entered by the staff on the delegation's behalf:
the same screening and history as one from the public form, its source naming who entered it; only coordinators and
the desk department's editors may enter one."""

import datetime as dt

import pytest
from django.utils import timezone

from udsyn.delegation.models import DelegationRequest, Status

from .conftest import future, pdf_file

pytestmark = pytest.mark.django_db


def staff_data(**changes) -> dict:
    """What a coordinator types in after a telephone call."""
    data = {
        "channel": "phone", "received": timezone.localdate().isoformat(), "language": "en",
        "organisation_name": "Kommune Tromsø", "organisation_kind": "authority", "country": "NO",
        "city_name": "Tromsø", "size": "6", "level": "management", "wishes": "District heating and harbour plans.",
        "preferred_start": future(40).isoformat(), "preferred_end": "", "languages": "Norwegian, English",
        "contact_name": "Kari Nordmann", "contact_role": "", "contact_email": "", "contact_phone": "+47 77 00 00",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def enter(client, **changes):
    return client.post("/delegations/new/", staff_data(**changes))


def test_a_coordinator_enters_a_telephone_request_screened_and_sourced_like_the_public_ones(client, coordinator,
                                                                                           desk, themes):
    coordinator.first_name, coordinator.last_name = "Carla", "Koordinator"
    coordinator.save()
    client.force_login(coordinator)
    page = client.get("/delegations/new/").content.decode()
    assert 'value="phone"' in page and 'value="in_person"' in page and 'value="form"' not in page
    response = enter(client, themes=[themes[0].pk])
    assert response.status_code == 302
    request = DelegationRequest.objects.get()
    assert response["Location"] == f"/delegations/{request.pk}/"
    assert (request.channel, request.entered_by, request.language, request.department) == (
        "phone", coordinator, "en", desk.department)
    assert (request.status, request.suggestion, request.suggested_date) == (Status.SCREENED, "accept", future(40))
    assert request.screening_rules["version"] == desk.version and request.consent_at is None
    rows = list(request.history.order_by("history_id"))
    assert [(r.history_type, r.status, r.history_user) for r in rows] == [
        ("+", "requested", coordinator), ("~", "screened", coordinator)]
    assert rows[0].history_change_reason == "Telefon, indtastet af Carla Koordinator"
    assert rows[1].history_change_reason.startswith("Screenet efter reglerne")
    detail = client.get(response["Location"]).content.decode()
    assert detail.count("Telefon, indtastet af Carla Koordinator") >= 2  # the source, and the history's first row
    assert "Sendt af delegationen via den offentlige formular" not in detail


def test_a_public_request_names_the_form_as_its_source(client, coordinator, submit):
    assert submit().status_code == 302
    client.force_login(coordinator)
    page = client.get(f"/delegations/{DelegationRequest.objects.get().pk}/").content.decode()
    assert "Sendt af delegationen via den offentlige formular" in page


def test_the_lead_time_counts_from_the_day_the_letter_came(client, owner, desk):
    client.force_login(owner)  # an editor of the desk's department
    ten_days_ago = timezone.localdate() - dt.timedelta(days=10)
    assert enter(client, channel="letter", received=ten_days_ago.isoformat(), contact_email="kari@example.no",
                 preferred_start=future(15).isoformat()).status_code == 302
    assert enter(client, channel="email", preferred_start=future(15).isoformat()).status_code == 302
    by_letter, by_email = DelegationRequest.objects.order_by("pk")
    assert timezone.localdate(by_letter.submitted_at) == ten_days_ago
    assert by_letter.suggestion == "accept"  # 25 days' notice from the day the letter came (21 needed)
    assert (by_email.suggestion, by_email.decline_reason) == ("decline", "")
    assert [r["rule"] for r in by_email.suggestion_reasons if r["ok"] is False] == ["lead_time"]


def test_an_e_mail_with_its_file_is_entered_and_answered_in_danish(client, coordinator, desk, private_files):
    client.force_login(coordinator)
    response = client.post("/delegations/new/", {**staff_data(channel="email", language="da",
                                                              contact_email="kari@example.no"),
                                                 "attachments": pdf_file("invitation.pdf")})
    assert response.status_code == 302
    request = DelegationRequest.objects.get()
    assert [a.name for a in request.attachments.all()] == ["invitation.pdf"]
    assert request.attachments.get().file.path.startswith(str(private_files))
    client.post(f"/delegations/{request.pk}/decide/", {"version": request.version, "outcome": "decline",
                                                       "decline_reason": "capacity"})
    letter = request.letters.get()
    assert (letter.language, letter.recipient) == ("da", "kari@example.no")
    assert letter.body.startswith("Kære Kari Nordmann")


@pytest.mark.parametrize("changes, field, message", [
    ({"received": future(1).isoformat()}, "received", "Henvendelsen kan ikke være modtaget i fremtiden."),
    ({"received": (timezone.localdate() - dt.timedelta(days=30)).isoformat(),
      "preferred_start": (timezone.localdate() - dt.timedelta(days=40)).isoformat()}, "preferred_start",
     "Besøget kan ikke ønskes før den dag, henvendelsen kom."),
    ({"channel": "form"}, "channel", "form er ikke en af de tilgængelige valgmuligheder."),
    ({"contact_name": ""}, "contact_name", "Dette felt er påkrævet."),
])
def test_bad_input_is_refused_with_a_clear_error_and_what_was_typed_stays(client, coordinator, desk, changes,
                                                                          field, message):
    client.force_login(coordinator)
    response = enter(client, **changes)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page and f'id="id_{field}_error"' in page
    assert "District heating and harbour plans." in page
    assert not DelegationRequest.objects.exists()


def test_only_coordinators_and_the_desk_departments_editors_enter_requests(client, desk, owner, outsider, reader,
                                                                           stranger, coordinator):
    assert client.get("/delegations/new/").status_code == 302  # to the login page
    for user in (outsider, reader, stranger):  # another department, a reader, another municipality
        client.force_login(user)
        assert client.get("/delegations/new/").status_code == 403
        assert enter(client).status_code == 403
        assert "/delegations/new/" not in client.get("/delegations/").content.decode()
    assert not DelegationRequest.objects.exists()
    for user in (owner, coordinator):
        client.force_login(user)
        assert "/delegations/new/" in client.get("/delegations/").content.decode()
        assert enter(client).status_code == 302
    assert DelegationRequest.objects.filter(channel="phone").count() == 2


def test_the_service_refuses_the_public_forms_channel_and_users_who_may_not(desk, coordinator, outsider):
    from django.core.exceptions import PermissionDenied, ValidationError

    from udsyn.delegation import services

    data = {"channel": "phone", "language": "en", "submitted_at": timezone.now(), "organisation_name": "X",
            "country": "NO", "size": 3, "level": "professional", "wishes": "-", "preferred_start": future(40)}
    with pytest.raises(PermissionDenied):
        services.delegation_request_enter(desk=desk, data=data, themes=[], attachments=[], acting_user=outsider)
    with pytest.raises(ValidationError):
        services.delegation_request_enter(desk=desk, data={**data, "channel": "form"}, themes=[], attachments=[],
                                          acting_user=coordinator)
    assert not DelegationRequest.objects.exists()

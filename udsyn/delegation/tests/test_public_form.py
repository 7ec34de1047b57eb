"""The public request form: anyone may ask for a visit, in Danish or English; the request is stored, screened and
acknowledged with a receipt that shows no personal data. Bad input loses nothing; robots and floods are kept out."""

import re

import pytest

from udsyn.delegation.models import DelegationRequest, RequestAttachment, Status

from .conftest import form_data, future, pdf_file

pytestmark = pytest.mark.django_db


def test_anonymous_visitor_sees_the_form_in_danish_by_default_and_in_english_on_request(client, desk, themes):
    danish = client.get(f"/delegation/{desk.municipality.slug}/")
    assert danish.status_code == 200
    page = danish.content.decode()
    assert "Anmod om et besøg" in page and 'lang="da"' in page
    assert "Klimatilpasning" in page
    english = client.get(f"/delegation/{desk.municipality.slug}/?lang=en").content.decode()
    assert "Request a visit to Testkøbing Kommune" in english and 'lang="en"' in english
    assert "Climate adaptation" in english
    assert "365 days after the request" in english  # the consent names the retention period


def test_public_pages_carry_no_inline_script_and_no_staff_menu(client, desk):
    page = client.get(f"/delegation/{desk.municipality.slug}/?lang=en").content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)", page)  # no inline script (CSP without 'unsafe-inline')
    assert not re.search(r"\son[a-z]+=", page)  # no inline event handlers
    assert "/memberships/" not in page and "/delegations/" not in page


def test_a_submitted_request_is_stored_screened_and_acknowledged(client, desk, themes, submit):
    climate, _libraries = themes
    response = submit(themes=[climate.pk])
    assert response.status_code == 302
    request = DelegationRequest.objects.get()
    assert response["Location"] == f"/delegation/{desk.municipality.slug}/receipt/{request.reference}/?lang=en"
    assert (request.department, request.language, request.channel) == (desk.department, "en", "form")
    assert request.status == Status.SCREENED and request.suggestion == "accept"
    assert request.consent_at is not None and request.contact_email == "anna.schmidt@example.org"
    assert list(request.themes.all()) == [climate]
    reasons = [entry.history_change_reason for entry in request.history.order_by("history_id")]
    assert reasons == ["Modtaget via den offentlige formular", "Screenet efter reglerne: Godkend"]  # staff read Danish
    assert request.screening_rules["min_lead_days"] == 21  # the rules are kept with the request

    receipt = client.get(response["Location"])
    page = receipt.content.decode()
    assert receipt.status_code == 200 and request.number in page
    assert "Hamburg Behörde für Umwelt" in page and "Received; being considered" in page
    assert "anna.schmidt" not in page and "Anna Schmidt" not in page  # no personal data on the receipt
    assert receipt["Cache-Control"] == "no-store"


def test_the_receipt_is_found_only_under_its_own_municipality(client, desk, submit, other_municipality):
    from udsyn.core.services import record_create
    from udsyn.delegation.models import Desk

    submit()
    reference = DelegationRequest.objects.get().reference
    other, department = other_municipality
    admin = _admin(department)
    record_create(model=Desk, acting_user=admin, data={"municipality": other, "department": department})
    assert client.get(f"/delegation/{other.slug}/receipt/{reference}/").status_code == 404
    assert client.get(f"/delegation/{desk.municipality.slug}/receipt/not-a-reference/").status_code == 404


def _admin(department):
    from udsyn.accounts.models import User

    return User.objects.create_user(username="root", role="administrator", department=department,
                                    is_superuser=True)


def test_bad_input_is_refused_with_clear_errors_and_nothing_typed_is_lost(client, desk, submit):
    response = submit(organisation_name="", preferred_start="2001-01-01", size="0", contact_email="not-an-address")
    assert response.status_code == 400
    page = response.content.decode()
    assert "The date has passed" in page
    assert "This field is required." in page
    assert 'value="Anna Schmidt"' in page and "Cloudburst plans" in page  # what was typed stays
    assert not DelegationRequest.objects.exists()


def test_a_request_without_consent_is_refused(client, desk, submit):
    response = submit(consent=None)
    assert response.status_code == 400
    assert "agree to how we keep the contact details" in response.content.decode()
    assert not DelegationRequest.objects.exists()


def test_a_robot_filling_the_hidden_field_gets_thanks_and_stores_nothing(client, desk, submit):
    response = submit(homepage="http://spam.example")
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    assert not DelegationRequest.objects.exists()


def test_too_many_requests_from_one_address_within_the_hour_are_refused(client, desk, submit, settings):
    settings.DELEGATION_REQUESTS_PER_HOUR = 2
    assert submit().status_code == 302
    assert submit().status_code == 302
    refused = submit()
    assert refused.status_code == 429
    assert "wait an hour" in refused.content.decode() and 'value="Anna Schmidt"' in refused.content.decode()
    assert DelegationRequest.objects.count() == 2
    assert submit(address="198.51.100.20").status_code == 302  # another sender is not held up


def test_attachments_are_kept_privately_and_checked_by_content(client, desk, submit, private_files):
    response = submit(attachments=[pdf_file()])
    assert response.status_code == 302
    attachment = RequestAttachment.objects.get()
    assert attachment.content_type == "application/pdf" and attachment.name == "programme.pdf"
    assert str(private_files) in attachment.file.path
    with pytest.raises(ValueError):
        attachment.file.url  # noqa: B018 - private files have no public address


def test_a_renamed_program_is_refused_and_nothing_is_stored(client, desk, submit):
    fake = pdf_file()
    fake.seek(0)
    fake.write(b"MZ\x90\x00\x03\x00\x00\x00" + bytes(range(256)) * 8)
    fake.seek(0)
    response = submit(attachments=[fake])
    assert response.status_code == 400
    assert "“programme.pdf” is not a file of an accepted kind" in response.content.decode()
    assert not DelegationRequest.objects.exists()


def test_files_over_the_size_limit_and_too_many_files_are_refused(client, desk, submit, settings):
    settings.DELEGATION_ATTACHMENT_MAX_MB = 1
    large = submit(attachments=[pdf_file(size=1_200_000)])
    assert large.status_code == 400 and "files may be at most 1 MB" in large.content.decode()
    many = submit(attachments=[pdf_file(f"{n}.pdf") for n in range(4)])
    assert many.status_code == 400 and "Send at most 3 files." in many.content.decode()
    assert not DelegationRequest.objects.exists()


def test_a_closed_desk_says_so_and_an_unknown_municipality_is_404(client, desk, submit, coordinator):
    from udsyn.core.services import record_update

    record_update(record=desk, data={"is_open": False}, expected_version=desk.version, acting_user=coordinator)
    page = client.get(f"/delegation/{desk.municipality.slug}/?lang=en").content.decode()
    assert "does not take requests on this form" in page and "delegations@testkobing.dk" in page
    assert submit().status_code == 200 and not DelegationRequest.objects.exists()
    assert client.get("/delegation/no-such-kommune/").status_code == 404


def test_the_embeddable_form_may_be_framed_by_the_municipality_website_only(client, desk, coordinator, submit):
    from udsyn.core.services import record_update

    plain = client.get(f"/delegation/{desk.municipality.slug}/")
    assert plain["X-Frame-Options"] == "DENY"
    record_update(record=desk, data={"website": "https://www.testkobing.dk/besog"}, expected_version=desk.version,
                  acting_user=coordinator)
    embedded = client.get(f"/delegation/{desk.municipality.slug}/embed/?lang=en")
    assert embedded.status_code == 200 and "X-Frame-Options" not in embedded
    # The site's policy (no inline script) with the desk's own frame-ancestors.
    policy = [d.strip() for d in embedded["Content-Security-Policy"].split(";")]
    assert "frame-ancestors 'self' https://www.testkobing.dk" in policy and "script-src 'self'" in policy
    assert 'class="site-header"' not in embedded.content.decode()


def test_dates_in_the_past_and_a_period_ending_before_it_starts_are_refused(client, desk, submit):
    response = submit(preferred_start=future(30).isoformat(), preferred_end=future(10).isoformat())
    assert response.status_code == 400
    assert "The end date cannot be before the start date." in response.content.decode()


def test_behind_a_proxy_the_rate_limit_counts_the_visitor_address_the_proxy_saw(client, desk, settings):
    settings.DELEGATION_REQUESTS_PER_HOUR = 1
    settings.CLIENT_ADDRESS_HEADER = "X-Forwarded-For"
    url = f"/delegation/{desk.municipality.slug}/?lang=en"

    def post(forwarded):
        return client.post(url, form_data(), REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)

    assert post("198.51.100.1").status_code == 302
    assert post("203.0.113.5, 198.51.100.2").status_code == 302  # a forged first entry does not matter
    assert post("198.51.100.2").status_code == 429  # the same visitor again
    assert DelegationRequest.objects.count() == 2

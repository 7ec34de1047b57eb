import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from udsyn.extraction.model import Record
from udsyn.imports.models import Candidate
from udsyn.memberships.models import Membership

from .conftest import network_record


@pytest.mark.django_db
def test_the_review_queue_shows_the_evidence_marked(client, owner, candidate_of):
    candidate = candidate_of(network_record(start=None, end=None))
    client.force_login(owner)
    page = client.get(candidate.document.get_absolute_url()).content.decode()
    assert "Eurocities" in page
    assert "<mark>" in page
    assert reverse("import_candidate_accept", args=[candidate.pk]) in page
    detail = client.get(candidate.get_absolute_url()).content.decode()
    assert "<mark>Forvaltningen er medlem af Eurocities" in detail
    assert 'name="annual_fee"' in detail  # the form is prefilled with the proposal


@pytest.mark.django_db
def test_accept_from_the_queue_creates_the_record(client, owner, candidate_of):
    candidate = candidate_of(network_record())
    client.force_login(owner)
    response = client.post(reverse("import_candidate_accept", args=[candidate.pk]))
    assert response.status_code == 302
    membership = Membership.objects.get()
    assert membership.source_document == candidate.document
    record_page = client.get(reverse("membership_detail", args=[membership.pk])).content.decode()
    assert candidate.document.name in record_page  # the detail page shows the source


@pytest.mark.django_db
def test_edit_then_accept_uses_the_reviewers_values(client, owner, department, candidate_of):
    candidate = candidate_of(network_record())
    client.force_login(owner)
    response = client.post(candidate.get_absolute_url(), {
        "name": "Eurocities", "annual_fee": "620.000", "fee_currency": "DKK", "department": department.pk})
    assert response.status_code == 302, response.content.decode()
    assert Membership.objects.get().annual_fee == 620000


@pytest.mark.django_db
def test_a_partner_without_a_known_city_asks_for_the_country(client, owner, department, candidate_of):
    candidate = candidate_of(Record(type="partner", name="Qwxzyville", quote="Qwxzyville"))
    client.force_login(owner)
    response = client.post(candidate.get_absolute_url(), {"name": "Qwxzyville", "kind": "twin_city",
                                                          "department": department.pk})
    assert response.status_code == 400
    assert "Qwxzyville" in response.content.decode()
    response = client.post(candidate.get_absolute_url(), {"name": "Qwxzyville", "kind": "twin_city",
                                                          "country": "NO", "department": department.pk})
    assert response.status_code == 302
    assert Candidate.objects.get(pk=candidate.pk).accepted.city.country == "NO"


@pytest.mark.django_db
def test_merge_and_reject_through_the_pages(client, owner, membership, candidate_of):
    merge_me = candidate_of(network_record(fields={"purpose": "Byudvikling"}))
    reject_me = candidate_of(network_record(name="Energy Cities", start=500))
    client.force_login(owner)

    page = client.get(merge_me.get_absolute_url()).content.decode()
    assert reverse("import_candidate_merge", args=[merge_me.pk]) in page
    client.post(reverse("import_candidate_merge", args=[merge_me.pk]), {
        "target_type": ContentType.objects.get_for_model(Membership).pk, "target_id": membership.pk})
    client.post(reverse("import_candidate_reject", args=[reject_me.pk]), {"reason": "Gammel"})

    membership.refresh_from_db()
    assert membership.purpose == "Byudvikling"
    assert Candidate.objects.get(pk=merge_me.pk).status == Candidate.Status.MERGED
    assert Candidate.objects.get(pk=reject_me.pk).status == Candidate.Status.REJECTED


@pytest.mark.django_db
def test_bulk_accept_through_the_page_previews_then_applies_then_undoes(client, owner, candidate_of):
    sure = candidate_of(network_record(confidence=0.9))
    url = reverse("import_bulk_accept", args=[sure.document.pk])
    client.force_login(owner)
    preview = client.post(url, {"min_confidence": 85, "action": "preview"})
    assert preview.status_code == 200 and not Membership.objects.exists()
    assert "opret 1, læg 0 sammen" in preview.content.decode()
    fingerprint = preview.context["result"].fingerprint

    applied = client.post(url, {"min_confidence": 85, "action": "apply", "fingerprint": fingerprint})

    assert applied.status_code == 302
    assert list(Membership.objects.values_list("organisation__name", flat=True)) == ["Eurocities"]
    page = client.get(sure.document.get_absolute_url()).content.decode()
    approval = sure.document.bulk_approvals.get()
    assert reverse("import_bulk_undo", args=[approval.pk]) in page
    client.post(reverse("import_bulk_undo", args=[approval.pk]))
    assert not Membership.objects.exists()
    assert Candidate.objects.get(pk=sure.pk).status == Candidate.Status.PROPOSED


@pytest.mark.django_db
def test_applying_an_outdated_preview_does_nothing_and_shows_the_new_one(client, owner, candidate_of):
    sure = candidate_of(network_record(confidence=0.9))
    client.force_login(owner)
    response = client.post(reverse("import_bulk_accept", args=[sure.document.pk]),
                           {"min_confidence": 85, "action": "apply", "fingerprint": "an older preview"})
    assert response.status_code == 200 and not Membership.objects.exists()
    assert "Køen er ændret siden forhåndsvisningen" in response.content.decode()


@pytest.mark.django_db
def test_a_reader_can_look_but_not_decide(client, reader, candidate_of):
    candidate = candidate_of(network_record())
    client.force_login(reader)
    page = client.get(candidate.document.get_absolute_url()).content.decode()
    assert "Eurocities" in page
    assert reverse("import_candidate_accept", args=[candidate.pk]) not in page
    assert client.post(reverse("import_candidate_accept", args=[candidate.pk])).status_code == 403
    assert client.post(reverse("import_candidate_reject", args=[candidate.pk])).status_code == 403
    assert client.post(candidate.get_absolute_url(), {"name": "X"}).status_code == 403
    assert Candidate.objects.get(pk=candidate.pk).status == Candidate.Status.PROPOSED


@pytest.mark.django_db
def test_the_original_file_can_be_downloaded(client, reader, candidate_of):
    candidate = candidate_of(network_record())
    client.force_login(reader)
    response = client.get(reverse("import_document_file", args=[candidate.document.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"document Eurocities")

"""Bulk approval: a preview that says what will happen, no duplicates ever, and an undo."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from udsyn.core.services import record_create, record_update
from udsyn.extraction.model import Record
from udsyn.imports.bulk import bulk_accept, bulk_undo
from udsyn.imports.models import BulkApproval, Candidate
from udsyn.memberships.models import Membership
from udsyn.organisations.models import Organisation
from udsyn.partners.models import Partner

from .conftest import network_record


def status(candidate: Candidate) -> str:
    return Candidate.objects.get(pk=candidate.pk).status


def at(start: int, **values) -> Record:
    return network_record(start=start, end=start + 5, **values)


@pytest.mark.django_db
def test_only_proposals_at_or_above_the_confidence_are_decided(document_of, owner):
    document = document_of([at(10, name="Eurocities", confidence=0.9), at(20, name="Energy Cities", confidence=0.5),
                            Record(type="money", value=500000, currency="DKK", confidence=0.95, quote="500.000 kr.")])

    result = bulk_accept(document=document, min_confidence=0.8, acting_user=owner, apply=True)

    assert [s.record.organisation.name for s in result.created] == ["Eurocities"]
    assert result.below == 1
    assert Membership.objects.count() == 1
    assert list(document.candidates.filter(status="proposed").values_list("name", flat=True).order_by("name")) == [
        "", "Energy Cities"]  # the unsure network, and the amount (evidence, never a record)


@pytest.mark.django_db
def test_the_preview_keeps_nothing_and_tells_what_will_happen(document_of, owner, membership):
    document = document_of([at(10, name="Eurocities"), at(20, name="Energy Cities"), at(30, name="Energy Cities"),
                            Record(type="partner", name="Qwxzyville", confidence=0.9, quote="Qwxzyville", start=40)])

    preview = bulk_accept(document=document, min_confidence=0.8, acting_user=owner)

    assert not preview.applied
    assert [(s.candidate.name, s.action) for s in preview.steps] == [
        ("Eurocities", "merge"), ("Energy Cities", "create"), ("Energy Cities", "merge"), ("Qwxzyville", "skip")]
    assert preview.steps[2].into_new  # the second Energy Cities merges into the one the first creates
    assert "Qwxzyville" in preview.skipped[0].reason  # the city is unknown: why it waits for a person
    assert Membership.objects.count() == 1 and not BulkApproval.objects.exists()
    assert document.candidates.filter(status="proposed").count() == 4
    assert Organisation.objects.filter(name="Energy Cities").count() == 0  # reference rows rolled back too


@pytest.mark.django_db
def test_bulk_approval_merges_into_what_the_register_has_and_never_duplicates(document_of, owner, membership):
    # Eurocities is in the register (500.000 kr., no start); the document names it twice and gives its start.
    document = document_of([at(10, name="EUROCITIES", fields={"department": "Teknik- og Miljøforvaltningen",
                                                              "period_start": "2015"}),
                            at(20, name="Energy Cities"), at(30, name="Eurocities"), at(40, name="Energy Cities")])

    result = bulk_accept(document=document, min_confidence=0.8, acting_user=owner, apply=True)

    assert (len(result.created), len(result.merged), len(result.skipped)) == (1, 3, 0)
    assert sorted(Membership.objects.values_list("organisation__name", flat=True)) == ["Energy Cities", "Eurocities"]
    membership.refresh_from_db()
    assert str(membership.start) == "2015-01-01" and membership.annual_fee == Decimal("500000.00")
    assert not document.candidates.filter(status="proposed", record_type="network").exists()


@pytest.mark.django_db
def test_a_same_named_record_of_another_department_is_left_for_a_person(document_of, owner, coordinator,
                                                                          other_department, network):
    record_create(model=Membership, acting_user=coordinator, data={"department": other_department,
                                                                   "organisation": network})
    document = document_of([at(10, name="Eurocities")])  # the document names the owner's department

    result = bulk_accept(document=document, min_confidence=0.8, acting_user=coordinator, apply=True)

    assert [s.action for s in result.steps] == ["skip"]
    assert "Kultur- og Fritidsforvaltningen" in result.skipped[0].reason
    assert Membership.objects.count() == 1


@pytest.mark.django_db
def test_a_look_alike_is_left_for_a_person(document_of, owner, department):
    smart = Organisation.objects.create(name="Nordic Smart Cities", kind="network")
    record_create(model=Membership, acting_user=owner, data={"department": department, "organisation": smart})
    document = document_of([at(10, name="Nordic Safe Cities")])

    result = bulk_accept(document=document, min_confidence=0.8, acting_user=owner, apply=True)

    assert [s.action for s in result.steps] == ["skip"]
    assert "Nordic Smart Cities" in result.skipped[0].reason
    assert Membership.objects.count() == 1


@pytest.mark.django_db
def test_applying_keeps_nothing_when_the_queue_changed_since_the_preview(document_of, owner):
    document = document_of([at(10, name="Eurocities"), at(20, name="Energy Cities")])
    preview = bulk_accept(document=document, min_confidence=0.8, acting_user=owner)
    Candidate.objects.filter(name="Energy Cities").update(status="rejected")  # someone decided meanwhile

    result = bulk_accept(document=document, min_confidence=0.8, acting_user=owner, apply=True,
                         expected=preview.fingerprint)

    assert not result.applied and [s.candidate.name for s in result.steps] == ["Eurocities"]
    assert not Membership.objects.exists()


@pytest.mark.django_db
def test_undo_removes_what_was_created_and_empties_what_was_filled(document_of, owner, membership):
    document = document_of([at(10, name="Eurocities", fields={"department": "Teknik- og Miljøforvaltningen",
                                                              "purpose": "Byudvikling"}),
                            at(20, name="Energy Cities")])
    result = bulk_accept(document=document, min_confidence=0.8, acting_user=owner, apply=True)
    assert Membership.objects.count() == 2

    undone = bulk_undo(approval=result.approval, acting_user=owner)

    assert (undone.removed, undone.restored, undone.kept) == (1, 1, [])
    membership.refresh_from_db()
    assert membership.purpose == "" and Membership.objects.count() == 1
    assert document.candidates.filter(status="proposed").count() == 2
    assert membership.history.count() == 3  # created, merged, undone: the history keeps all three
    assert BulkApproval.objects.get().undone_by == owner


@pytest.mark.django_db
def test_undo_leaves_a_record_someone_changed_since(document_of, owner):
    document = document_of([at(10, name="Energy Cities"), at(20, name="Eurocities")])
    result = bulk_accept(document=document, min_confidence=0.8, acting_user=owner, apply=True)
    edited = Membership.objects.get(organisation__name="Energy Cities")
    record_update(record=edited, data={"purpose": "Energi"}, expected_version=edited.version, acting_user=owner)

    undone = bulk_undo(approval=result.approval, acting_user=owner)

    assert undone.kept == [str(edited)] and undone.removed == 1
    assert list(Membership.objects.values_list("organisation__name", flat=True)) == ["Energy Cities"]
    assert status(Candidate.objects.get(name="Energy Cities")) == "accepted"
    assert status(Candidate.objects.get(name="Eurocities")) == "proposed"


@pytest.mark.django_db
def test_a_partner_city_with_an_institution_is_not_the_city_itself(document_of, owner, department):
    from udsyn.organisations.places import city_get_or_create

    museum = Organisation.objects.create(name="Glyptothek", kind="other")
    record_create(model=Partner, acting_user=owner, data={"department": department, "kind": "cooperation_agreement",
                                                          "city": city_get_or_create("München", "DE"),
                                                          "institution": museum})
    document = document_of([Record(type="partner", name="München", confidence=0.9, quote="München", start=5,
                                   fields={"country": "DE", "department": "Teknik- og Miljøforvaltningen"})])

    result = bulk_accept(document=document, min_confidence=0.8, acting_user=owner, apply=True)

    assert [s.action for s in result.steps] == ["skip"] and Partner.objects.count() == 1


@pytest.mark.django_db
def test_a_reader_may_neither_preview_nor_undo(document_of, owner, reader):
    document = document_of([at(10, name="Eurocities")])
    with pytest.raises(PermissionDenied):
        bulk_accept(document=document, min_confidence=0, acting_user=reader)
    result = bulk_accept(document=document, min_confidence=0, acting_user=owner, apply=True)
    with pytest.raises(PermissionDenied):
        bulk_undo(approval=result.approval, acting_user=reader)
    assert Membership.objects.count() == 1


@pytest.mark.django_db
def test_a_proposal_naming_no_department_merges_into_the_record_of_whichever_department(
        document_of, coordinator, other_department, network):
    theirs = record_create(model=Membership, acting_user=coordinator, data={"department": other_department,
                                                                            "organisation": network})
    document = document_of([at(10, name="Eurocities", fields={})])  # the document does not say whose

    result = bulk_accept(document=document, min_confidence=0.8, acting_user=coordinator, apply=True)

    assert [(s.action, s.record) for s in result.steps] == [("merge", theirs)]
    assert Membership.objects.count() == 1

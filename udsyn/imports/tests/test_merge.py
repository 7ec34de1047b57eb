from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from udsyn.core.services import record_create
from udsyn.extraction.model import Record
from udsyn.imports.models import Candidate
from udsyn.imports.services import candidate_merge
from udsyn.memberships.models import Membership

from .conftest import network_record


@pytest.mark.django_db
def test_merge_fills_only_the_empty_fields_and_notes_the_source(candidate_of, owner, membership):
    # The register says 500.000 DKK already; the document says 620.000 and that the membership began in 2015.
    candidate = candidate_of(network_record(fields={"annual_fee": {"value": 620000, "currency": "DKK"},
                                                    "period_start": "2015", "purpose": "Byudvikling"}))
    assert candidate.matched == membership  # the pipeline's candidate was linked to the register record

    merged = candidate_merge(candidate=candidate, target=membership, acting_user=owner)

    assert merged.pk == membership.pk
    assert merged.annual_fee == Decimal("500000.00")  # not overwritten
    assert str(merged.start) == "2015-01-01"  # was empty: filled
    assert merged.purpose == "Byudvikling"
    assert merged.version == 2
    latest = merged.history.latest()
    assert candidate.document.name in latest.history_change_reason
    assert candidate.quote[:30] in latest.history_change_reason
    assert latest.history_user == owner
    candidate.refresh_from_db()
    assert candidate.status == Candidate.Status.MERGED and candidate.accepted == merged
    assert Membership.objects.count() == 1


@pytest.mark.django_db
def test_merge_into_a_record_of_another_kind_is_refused(candidate_of, owner, membership):
    candidate = candidate_of(Record(type="project", name="ATELIER", quote="ATELIER"))
    with pytest.raises(ValidationError):
        candidate_merge(candidate=candidate, target=membership, acting_user=owner)
    assert Candidate.objects.get(pk=candidate.pk).status == Candidate.Status.PROPOSED


@pytest.mark.django_db
def test_merge_fills_the_fee_currency_with_the_fee(candidate_of, owner, department, network):
    empty = record_create(model=Membership, acting_user=owner, data={"department": department,
                                                                     "organisation": network})
    candidate = candidate_of(network_record(fields={"annual_fee": {"value": 12000, "currency": "EUR"}}))
    merged = candidate_merge(candidate=candidate, target=empty, acting_user=owner)
    assert (merged.annual_fee, merged.fee_currency) == (Decimal("12000.00"), "EUR")

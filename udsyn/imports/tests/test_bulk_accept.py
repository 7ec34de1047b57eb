import pytest

from udsyn.extraction.model import Record
from udsyn.imports.models import Candidate
from udsyn.imports.services import candidates_bulk_accept
from udsyn.memberships.models import Membership
from udsyn.partners.models import Partner

from .conftest import network_record


@pytest.mark.django_db
def test_bulk_accept_takes_only_candidates_at_or_above_the_confidence(candidate_of, owner):
    sure = candidate_of(network_record(name="Eurocities", confidence=0.9))
    unsure = candidate_of(network_record(name="Energy Cities", confidence=0.5))
    money = candidate_of(Record(type="money", value=500000, currency="DKK", confidence=0.95, quote="500.000 kr."))

    outcome = candidates_bulk_accept(candidates=Candidate.objects.all(), min_confidence=0.8, acting_user=owner)

    assert [m.organisation.name for m in outcome.accepted] == ["Eurocities"]
    assert Membership.objects.count() == 1
    assert Candidate.objects.get(pk=sure.pk).status == Candidate.Status.ACCEPTED
    assert Candidate.objects.get(pk=unsure.pk).status == Candidate.Status.PROPOSED
    assert Candidate.objects.get(pk=money.pk).status == Candidate.Status.PROPOSED


@pytest.mark.django_db
def test_a_candidate_that_cannot_be_accepted_stays_for_review_with_its_reason(candidate_of, owner):
    candidate_of(network_record(confidence=0.9))
    nowhere = candidate_of(Record(type="partner", name="Qwxzyville", confidence=0.9, quote="Qwxzyville"))

    outcome = candidates_bulk_accept(candidates=Candidate.objects.all(), min_confidence=0.8, acting_user=owner)

    assert len(outcome.accepted) == 1
    assert [c.pk for c, _ in outcome.failed] == [nowhere.pk]
    assert "Qwxzyville" in outcome.failed[0][1]
    assert not Partner.objects.exists()
    assert Candidate.objects.get(pk=nowhere.pk).status == Candidate.Status.PROPOSED

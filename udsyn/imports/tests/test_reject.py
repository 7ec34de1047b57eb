import pytest

from udsyn.imports.models import Candidate, ImportBatch
from udsyn.imports.services import candidate_reject
from udsyn.memberships.models import Membership

from .conftest import network_record


@pytest.mark.django_db
def test_rejecting_records_the_decision_and_creates_nothing(candidate_of, owner):
    candidate = candidate_of(network_record())
    candidate_reject(candidate=candidate, acting_user=owner, reason="Not a membership")
    candidate.refresh_from_db()
    assert candidate.status == Candidate.Status.REJECTED
    assert candidate.decided_by == owner
    assert candidate.history.latest().history_change_reason == "Not a membership"
    assert not Membership.objects.exists()
    # The only candidate is decided: the batch is reviewed.
    assert candidate.batch.__class__.objects.get(pk=candidate.batch_id).status == ImportBatch.Status.FINISHED

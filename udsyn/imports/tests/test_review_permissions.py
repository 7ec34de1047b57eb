import pytest
from django.core.exceptions import PermissionDenied

from udsyn.imports.models import Candidate
from udsyn.imports.services import (
    batch_create,
    candidate_accept,
    candidate_merge,
    candidate_reject,
)
from udsyn.memberships.models import Membership

from .conftest import network_record


@pytest.mark.django_db
def test_a_reader_can_neither_import_nor_decide(candidate_of, reader, membership):
    candidate = candidate_of(network_record())
    with pytest.raises(PermissionDenied):
        batch_create(name="x", acting_user=reader)
    with pytest.raises(PermissionDenied):
        candidate_accept(candidate=candidate, acting_user=reader)
    with pytest.raises(PermissionDenied):
        candidate_reject(candidate=candidate, acting_user=reader)
    with pytest.raises(PermissionDenied):
        candidate_merge(candidate=candidate, target=membership, acting_user=reader)
    assert Candidate.objects.get(pk=candidate.pk).status == Candidate.Status.PROPOSED
    assert Membership.objects.count() == 1


@pytest.mark.django_db
def test_an_editor_cannot_accept_into_another_department(candidate_of, owner, other_department):
    candidate = candidate_of(network_record())
    with pytest.raises(PermissionDenied):
        candidate_accept(candidate=candidate, acting_user=owner, department=other_department)
    assert not Membership.objects.filter(department=other_department).exists()
    assert Candidate.objects.get(pk=candidate.pk).status == Candidate.Status.PROPOSED


@pytest.mark.django_db
def test_an_editor_of_another_department_gets_their_own_by_default(candidate_of, outsider, other_department):
    # The document names the Technical department, which the outsider may not write to.
    candidate = candidate_of(network_record())
    membership = candidate_accept(candidate=candidate, acting_user=outsider)
    assert membership.department == other_department


@pytest.mark.django_db
def test_an_editor_cannot_merge_into_another_departments_record(candidate_of, outsider, membership):
    candidate = candidate_of(network_record())
    with pytest.raises(PermissionDenied):
        candidate_merge(candidate=candidate, target=membership, acting_user=outsider)
    assert Candidate.objects.get(pk=candidate.pk).status == Candidate.Status.PROPOSED


@pytest.mark.django_db
def test_a_coordinator_may_accept_into_any_department_of_the_municipality(candidate_of, coordinator,
                                                                          other_department):
    candidate = candidate_of(network_record())
    membership = candidate_accept(candidate=candidate, acting_user=coordinator, department=other_department)
    assert membership.department == other_department

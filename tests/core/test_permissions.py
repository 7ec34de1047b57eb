import pytest
from django.core.exceptions import PermissionDenied

from udsyn.core.services import record_create, record_delete, record_update
from udsyn.memberships.models import Membership


@pytest.mark.django_db
def test_outsider_cannot_change_another_departments_record(membership, outsider):
    with pytest.raises(PermissionDenied):
        record_update(record=membership, data={"purpose": "x"}, expected_version=1, acting_user=outsider)
    with pytest.raises(PermissionDenied):
        record_delete(record=membership, acting_user=outsider)
    assert Membership.objects.get(pk=membership.pk).purpose == ""


@pytest.mark.django_db
def test_editor_cannot_move_a_record_to_another_department(membership, owner, other_department):
    with pytest.raises(PermissionDenied):
        record_update(record=membership, data={"department": other_department}, expected_version=1,
                      acting_user=owner)


@pytest.mark.django_db
def test_reader_cannot_create(reader, department, network):
    with pytest.raises(PermissionDenied):
        record_create(model=Membership, acting_user=reader, data={"department": department,
                                                                  "organisation": network})


@pytest.mark.django_db
def test_coordinator_changes_any_department_of_the_municipality(membership, coordinator, other_department):
    updated = record_update(record=membership, data={"department": other_department}, expected_version=1,
                            acting_user=coordinator)
    assert updated.department == other_department


@pytest.mark.django_db
def test_deleting_a_strategy_does_not_take_another_departments_goals_with_it(owner, outsider, department,
                                                                             other_department):
    from udsyn.strategies.models import Goal, Strategy, Theme

    strategy = record_create(model=Strategy, acting_user=owner, data={"department": department, "name": "S"})
    theme = record_create(model=Theme, acting_user=owner, data={"department": department, "strategy": strategy,
                                                                "name": "T"})
    record_create(model=Goal, acting_user=outsider, data={"department": other_department, "theme": theme,
                                                          "text": "Their goal"})
    with pytest.raises(PermissionDenied):
        record_delete(record=strategy, acting_user=owner)
    assert Goal.objects.filter(text="Their goal").exists()
    assert Strategy.objects.filter(pk=strategy.pk).exists()

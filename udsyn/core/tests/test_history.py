from decimal import Decimal

import pytest

from udsyn.core.services import record_update


@pytest.mark.django_db
def test_every_change_keeps_who_when_and_what(membership, owner, colleague):
    record_update(record=membership, data={"annual_fee": Decimal("550000.00")}, expected_version=1,
                  acting_user=colleague, reason="Fee for 2027")
    history = list(membership.history.order_by("history_date"))
    assert [h.history_type for h in history] == ["+", "~"]
    assert history[0].history_user == owner
    assert history[1].history_user == colleague
    assert history[1].history_change_reason == "Fee for 2027"
    delta = history[1].diff_against(history[0])
    changed = {c.field: (c.old, c.new) for c in delta.changes}
    assert changed["annual_fee"] == (Decimal("500000.00"), Decimal("550000.00"))


@pytest.mark.django_db
def test_many_to_many_changes_are_named_in_the_history(membership, colleague):
    from udsyn.organisations.models import Person

    mayor = Person.objects.create(name="Borgmester Hansen", is_politician=True)
    record_update(record=membership, data={"representatives": [mayor]}, expected_version=1,
                  acting_user=colleague, reason="New representative")
    latest = membership.history.latest()
    assert latest.history_user == colleague
    assert "Borgmester Hansen" in latest.history_change_reason
    assert latest.history_change_reason.startswith("New representative")

"""Two people saving the same record at the same moment, on real PostgreSQL connections."""

import threading
from decimal import Decimal

import pytest
from django.db import connections

from conftest import require_postgres
from udsyn.core.services import EditConflict, record_update
from udsyn.memberships.models import Membership


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_simultaneous_edits_with_the_same_version_let_exactly_one_win(membership, owner, colleague):
    require_postgres()
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def edit(user, purpose):
        barrier.wait()
        try:
            record_update(record=membership, data={"purpose": purpose, "annual_fee": Decimal("1.00")},
                          expected_version=1, acting_user=user)
            outcomes[purpose] = "saved"
        except EditConflict:
            outcomes[purpose] = "conflict"
        finally:
            connections.close_all()

    threads = [threading.Thread(target=edit, args=(owner, "A")), threading.Thread(target=edit, args=(colleague, "B"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert sorted(outcomes.values()) == ["conflict", "saved"]
    stored = Membership.objects.get(pk=membership.pk)
    winner = next(p for p, o in outcomes.items() if o == "saved")
    assert stored.purpose == winner
    assert stored.version == 2
    assert stored.history.count() == 2

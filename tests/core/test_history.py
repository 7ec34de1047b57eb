from decimal import Decimal

import pytest
from django.utils import translation

from udsyn.core.history import reason_text
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
    with translation.override("da"):
        shown = reason_text(latest.history_change_reason, type(membership))
    assert shown == "New representative (repræsentanter: Borgmester Hansen)"


def _history_changes(page: str) -> list[str]:
    """The history table's change lines ("label: old → new") as text."""
    import re
    from html import unescape

    section = page[page.index('id="history-heading"'):]
    return [" ".join(unescape(re.sub(r"<[^>]+>", "", item)).split())
            for item in re.findall(r'<ul class="changes">(.*?)</ul>', section, re.S)]


@pytest.mark.django_db
def test_a_foreign_key_set_from_empty_shows_an_empty_old_value_and_a_deleted_one_says_so(client, reader,
                                                                                           membership, colleague):
    from django.urls import reverse

    from udsyn.organisations.models import Person

    anna = Person.objects.create(name="Anna Kontakt")
    bo = Person.objects.create(name="Bo Kontakt")
    membership = record_update(record=membership, data={"contact": anna}, expected_version=1,
                               acting_user=colleague)
    membership = record_update(record=membership, data={"contact": bo}, expected_version=2, acting_user=colleague)
    client.force_login(reader)
    url = reverse("membership_detail", args=[membership.pk])
    newest, first = _history_changes(client.get(url).content.decode())[:2]
    assert newest == "Kontaktperson: Anna Kontakt → Bo Kontakt"
    assert first == "Kontaktperson: – → Anna Kontakt"  # empty before, not "(slettet)"
    anna.delete()  # a person really gone is still named as deleted in the rows that had them
    newest, first = _history_changes(client.get(url).content.decode())[:2]
    assert newest == "Kontaktperson: (slettet) → Bo Kontakt"
    assert first == "Kontaktperson: – → (slettet)"

"""In a list, amounts and counts stand right-aligned under their heading so their digits line up (a fee of
1.300.000 kr. above one of 500.000 kr.); names, dates and choices stay left-aligned. A count is written as the total
under the table writes it (3.000 participants, not 3000), in the list and on the record's page; a year stays 2026."""

import re

import pytest


@pytest.mark.django_db
def test_money_column_is_right_aligned_and_the_others_are_not(client, reader, membership):
    client.force_login(reader)
    page = client.get("/memberships/").content.decode()
    assert re.search(r'<th scope="col" class="num"[^>]*>\s*<a [^>]*>Årligt kontingent', page)
    assert '<td data-label="Årligt kontingent" class="num">500.000\xa0kr.</td>' in page
    assert '<td data-label="Forvaltning">' in page and '<td data-label="Fra">' in page  # not numbers: left


@pytest.mark.django_db
def test_counts_are_right_aligned_and_written_with_thousands(client, owner, reader, department):
    from udsyn.core.services import record_create
    from udsyn.visits.models import Event

    event = record_create(model=Event, acting_user=owner, data={
        "department": department, "name": "Citizen Day", "kind": "culture", "date": "2019-09-28",
        "participants": 3000})
    client.force_login(reader)
    page = client.get("/visits/events/").content.decode()
    assert '<td data-label="Deltagere" class="num">3.000</td>' in page
    assert "3.000" in client.get(f"/visits/events/{event.pk}/").content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert '<td data-label="Participants" class="num">3,000</td>' in client.get("/visits/events/").content.decode()


@pytest.mark.django_db
def test_a_year_is_no_count(client, reader, membership):
    client.force_login(reader)
    page = client.get(f"/memberships/{membership.pk}/").content.decode()
    assert "2026" in page and "2.026" not in page

"""The participant total under the events list is written the reader's way (3.565 / 3,565) and says how many of the
events it adds up have no participant count, so a total over partly counted events is not taken for the whole."""

import pytest

from udsyn.visits.models import Event


@pytest.mark.django_db
def test_total_with_thousands_and_the_events_without_a_count(client, reader, make):
    make(Event, name="Velkomstdag", kind="culture", date="2025-09-20")  # participants not counted
    make(Event, name="Citizen Day", kind="culture", date="2019-09-28", participants=3000)
    make(Event, name="Erhvervsforum", kind="conference", date="2019-09-17", participants=565)
    client.force_login(reader)
    page = client.get("/visits/events/").content.decode()
    assert "3.565 deltagere i alt i de viste arrangementer (ét arrangement har intet deltagertal)" in page
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = client.get("/visits/events/").content.decode()
    assert "3,565 participants in all the events listed (one event has no participant count)" in page
    counted = client.get("/visits/events/", {"kind": "conference"}).content.decode()
    assert "565 participants in all the events listed</p>" in counted  # every event counted: nothing to add

"""A partner city a Danish document calls by its Danish name (Wien) is the register's city of that place (GeoNames'
Vienna): the real pipeline links it, the review page shows the document's spelling beside the register's name, and
accepting it neither makes a second city nor renames the register's."""

import pytest

from udsyn.core.services import record_create
from udsyn.imports.models import Candidate
from udsyn.imports.services import document_ingest, jobs_run_inline
from udsyn.organisations.models import City
from udsyn.organisations.places import city_get_or_create
from udsyn.partners.models import Partner

TEXT = ("Internationalt samarbejde\n\n"
        "Kommunen indgik en venskabsbyaftale med Wien. Samarbejdet handler om byfornyelse og kultur.\n")


def imported_candidate(batch) -> Candidate:
    """The document read by the real pipeline (no stand-in), as an upload is."""
    outcome = document_ingest(batch=batch, name="venskabsbyer.txt", data=TEXT.encode(), acting_user=batch.created_by)
    jobs_run_inline([outcome.job])
    return Candidate.objects.get(document=outcome.document, record_type="partner")


@pytest.mark.django_db
def test_wien_is_the_register_city_vienna_and_the_review_shows_both_names(client, coordinator, department, batch):
    vienna = city_get_or_create("Vienna", "AT")
    assert (vienna.country, round(vienna.latitude), round(vienna.longitude)) == ("AT", 48, 16)  # Austria's capital
    partner = record_create(model=Partner, acting_user=coordinator, data={
        "department": department, "city": vienna, "kind": "twin_city"})

    candidate = imported_candidate(batch)
    assert candidate.name == "Wien" and candidate.fields["city"] == "Vienna" and candidate.fields["country"] == "AT"
    assert candidate.matched == partner  # the same place: the register's partner, not a new one

    client.force_login(coordinator)
    page = client.get(candidate.get_absolute_url()).content.decode()
    assert "venskabsbyaftale med <mark" in page and ">Wien</mark>" in page  # the document's spelling, in its quote
    assert f'<a href="/partners/{partner.pk}/">Vienna</a>' in page  # the register's partner it is linked to
    assert "Dokumentet skriver “Wien”: registrets navn for byen er Vienna." in page


@pytest.mark.django_db
def test_a_city_the_register_already_has_under_the_danish_name_keeps_it(client, coordinator, department, batch):
    """Someone registered the city as they write it (Wien): the document's Wien is that city, nothing to explain."""
    city_get_or_create("Wien", "AT", as_written=True)
    candidate = imported_candidate(batch)
    client.force_login(coordinator)
    assert "registrets navn for byen" not in client.get(candidate.get_absolute_url()).content.decode()
    client.post(candidate.get_absolute_url(), {"name": "Wien", "kind": "twin_city", "department": department.pk})
    assert [c.name for c in City.objects.all()] == ["Wien"] and Partner.objects.get().city.name == "Wien"


@pytest.mark.django_db
def test_accepting_wien_adds_the_partner_in_vienna_and_says_so(client, coordinator, department, batch):
    candidate = imported_candidate(batch)
    client.force_login(coordinator)
    review = client.get(candidate.get_absolute_url()).content.decode()
    assert 'value="Wien"' in review  # the document's spelling, to accept or change
    assert "Dokumentet skriver “Wien”: registrets navn for byen er Vienna." in review  # said before accepting
    response = client.post(candidate.get_absolute_url(), {"name": "Wien", "kind": "twin_city",
                                                          "department": department.pk}, follow=True)
    page = response.content.decode()
    assert "“Wien” er den by, registret kalder Vienna." in page
    [city] = City.objects.all()
    assert (city.name, city.country) == ("Vienna", "AT")
    assert Partner.objects.get().city == city
    assert "Vienna" in client.get("/partners/").content.decode()

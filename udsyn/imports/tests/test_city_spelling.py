"""A reviewer who writes a city's name their way keeps it (Göteborg, not GeoNames' Gothenburg); a city the register
has already is reused, and the reviewer is told what the register calls it."""

import pytest

from udsyn.extraction.model import Record
from udsyn.organisations.models import City
from udsyn.organisations.places import city_get_or_create


@pytest.mark.django_db
def test_a_city_typed_by_the_reviewer_keeps_its_spelling(client, owner, department, candidate_of):
    candidate = candidate_of(Record(type="partner", name="Geteborg", quote="Geteborg", confidence=0.8))
    client.force_login(owner)
    response = client.post(candidate.get_absolute_url(), {"name": "Göteborg", "kind": "twin_city",
                                                          "department": department.pk})
    assert response.status_code == 302
    city = City.objects.get()
    assert (city.name, city.country) == ("Göteborg", "SE") and city.latitude is not None


@pytest.mark.django_db
def test_the_same_place_under_another_name_is_the_same_city_and_the_reviewer_is_told(client, owner, department,
                                                                                      candidate_of):
    gothenburg = city_get_or_create("Gothenburg", "SE")
    candidate = candidate_of(Record(type="partner", name="Geteborg", quote="Geteborg", confidence=0.8))
    client.force_login(owner)
    response = client.post(candidate.get_absolute_url(), {"name": "Göteborg", "kind": "twin_city",
                                                          "department": department.pk}, follow=True)
    assert list(City.objects.all()) == [gothenburg]
    assert "“Göteborg” er den by, registret kalder Gothenburg." in response.content.decode()

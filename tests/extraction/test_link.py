from udsyn.extraction.link import link_names, match_name, resolve_place

REGISTER = ["Økonomiforvaltningen", "Københavns Kommune", "Eurocities", "Teknik- og Miljøforvaltningen",
            "ICLEI - Local Governments for Sustainability", "Union of Baltic Cities"]


def test_ocr_damaged_and_misspelt_names_find_the_register_entry():
    assert match_name("@konomiforvaltningen", REGISTER).name == "Økonomiforvaltningen"
    assert match_name("Kgbenhavns Kommune", REGISTER).name == "Københavns Kommune"
    assert match_name("Eurocitics", REGISTER).name == "Eurocities"
    assert match_name("EUROCITIES", REGISTER).via == "exact"


def test_acronyms_go_through_the_alias_table():
    assert match_name("ICLEI", REGISTER).via == "alias"
    assert match_name("UBC", REGISTER).name == "Union of Baltic Cities"
    assert match_name("NBC", REGISTER, aliases={"NBC": "Eurocities"}).name == "Eurocities"


def test_unrelated_names_do_not_match():
    links = link_names(["Aarhus Kommune", "EU", "Nordic Safe Cities"], REGISTER)
    assert links == {"Aarhus Kommune": None, "EU": None, "Nordic Safe Cities": None}


def test_places_resolve_with_danish_exonyms():
    assert resolve_place("Hamborg").country == "DE"
    assert resolve_place("Göteborg").country == "SE"
    assert resolve_place("Nuuk").country == "GL"
    assert resolve_place("Hamborgs").name == "Hamburg"

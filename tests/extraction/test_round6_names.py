"""Round 6 (issue 8): general classes of names, each with a short text of our own (no name from a document)."""

import pytest

from udsyn.extraction import extract_bytes

from .found import names


def _names(text: str, type_: str, name: str = "a.txt") -> list[str]:
    return names(text, type_, name)


@pytest.mark.parametrize(("text", "partner"), [
    ("Vores venskabsby er Otepää i Estland. I februar var ni løbere fra skiklubben på lejr i byen. De rejste via "
     "Stockholm og Tallinn med nattefærgen.", "Otepää"),
    ("Kulturskolen sendte 22 elever til vennskapsbyen Sandavágur på Færøyane. Reisen gikk via Bergen og Tórshavn.",
     "Sandavágur"),
    ("Our twin town Kartuzy in Poland hosted 14 pupils; they travelled via Berlin, Szczecin and Gdańsk by train.",
     "Kartuzy"),
])
def test_every_town_travelled_via_is_no_partner(text, partner):
    assert _names(text, "partner") == [partner]


def _records(text: str, name: str = "a.txt"):
    return extract_bytes(text.encode(), name).records


def test_a_twin_town_heading_with_its_region_and_country_names_the_town():
    text = ("# Venskabsbyer\n\nKommunen har to venskabsbyer.\n\n## Pont-Aven – Bretagne, Frankrig\n\n"
            "Pont-Aven er en lille by. Forbindelsen begyndte i 1981.\n\n## Kuressaare – Saaremaa, Estland\n\n"
            "Samarbejdet handler om skoler.\n")
    assert _names(text, "partner", "a.md") == ["Kuressaare", "Pont-Aven"]


def test_a_sentence_opening_with_a_common_word_names_no_town():
    text = ("Vennskapsbyer: Kulturskolen sendte elever til vennskapsbyen Sandavágur på Færøyane. "
            "Reisen gikk fint.")
    assert _names(text, "partner") == ["Sandavágur"]


def test_the_region_a_partner_lies_in_is_no_partner():
    text = ("In May a memorandum of understanding was signed with Qufu in Shandong Province, China. "
            "We also have a cooperation agreement with Shandong Province, China, on trade.")
    assert _names(text, "partner") == ["Qufu", "Shandong Province"]


@pytest.mark.parametrize("text", [
    "In November the City Council decided not to apply for membership of NECSTouR.",
    "Administrasjonen foreslår at kommunen søker medlemskap i European Route of Industrial Heritage.",
    "Kommunstyrelsen beslutade att kommunen ansöker om medlemskap i Energy Cities.",
])
def test_applying_for_a_membership_is_no_membership(text):
    assert _names(text, "network") == []


def test_a_forum_of_a_network_named_before_is_no_membership_of_its_own():
    text = ("Kildeby has been a member of Euroregion Baltic since 2019, and our coordinator sits on the steering "
            "group of its Water Forum.")
    assert _names(text, "network") == ["Euroregion Baltic"]


def test_a_working_group_row_under_a_membership_and_both_sides_of_a_fee_conversion():
    sheet = ("Netværk;Forvaltning;Årligt kontingent\n"
             "Wadden Sea Forum;Teknik og Miljø;2.500 EUR (ca. 18.650 kr.)\n"
             "– arbejdsgruppen Climate & Coast under Wadden Sea Forum;Teknik og Miljø;Indgår\n")
    recs = _records(sheet, "a.csv")
    assert sorted({r.name for r in recs if r.type == "network"}) == ["Wadden Sea Forum"]
    assert {(r.value, r.currency) for r in recs if r.type == "money"} == {(2500, "EUR"), (18650, "DKK")}


_DAMAGED = ("Kommunen har venskabsbyer i Norden siden 1950'eme. Aftalen blev underskrevet pa radhuset, og "
            "kommunalbestyrelsen gik ind for det. Venskabsbyerne er Ris0r i Norge og 0regrund i Sverige. "
            "I 1989 kom en venskabsaftale med Eidi pa Faer@eme til. Forste m@de blev holdt i sommer, og "
            "b@rn og unge deltog i udvekslingen, som blev en sucees for bade skoler og foreninger.")


def test_a_scanned_zero_for_o_slash_and_a_damaged_country_beside_a_small_town():
    partners = {r.name: r.fields.get("country") for r in extract_bytes(_DAMAGED.encode(), "a.txt").records
                if r.type == "partner"}
    assert partners == {"Risør": "NO", "Öregrund": "SE", "Eiði": "FO"}


def test_a_zero_in_a_figure_or_code_stays():
    from udsyn.extraction.ocrfigures import ZERO_IN_WORD as _ZERO_IN_WORD

    assert _ZERO_IN_WORD.sub("@", "kl. 10.00, 0,5 mio., A0-plakat, 2000 borgere, Sk0le") == \
        "kl. 10.00, 0,5 mio., A0-plakat, 2000 borgere, Sk@le"


@pytest.mark.parametrize(("text", "network"), [
    ("Kommunen er medlem af Klimaalliancen Nordjylland og af Eurocities.", ["Eurocities"]),
    ("Sjøvoll kommune er medlem av nettverket Klimapartnere Innlandet og av Climate Alliance.", ["Climate Alliance"]),
    ("Kommunen er medlem af Region Sønderjylland-Schleswig og af Wadden Sea Forum.",
     ["Region Sønderjylland-Schleswig", "Wadden Sea Forum"]),
])
def test_a_network_named_after_a_home_region_is_a_body_at_home(text, network):
    assert _names(text, "network") == network


@pytest.mark.parametrize(("text", "project"), [
    ("Projektet hedder Unge Stemmer i Norden og får støtte fra Nordplus.", "Unge Stemmer i Norden"),
    ("The project is called Bridges over the Baltic and runs until 2027.", "Bridges over the Baltic"),
    ("Projektet hedder Green Harbours og får støtte fra Interreg.", "Green Harbours"),
])
def test_a_name_after_a_naming_verb_runs_on_over_lower_case_particles(text, project):
    assert _names(text, "project") == [project]


@pytest.mark.parametrize(("text", "project"), [
    ("Ungdomsudvekslingen »Sommerbro 89« førte i juli 31 unge til venskabsbyen Risør i Norge.", "Sommerbro 89"),
    ('The exchange "Bridges over the Baltic" took 20 pupils to our twin town Kärdla in Estonia.',
     "Bridges over the Baltic"),
    ("Utvekslingen «Fjord til fjell» sendte 12 elever til vennskapsbyen Ribe i Danmark.", "Fjord til fjell"),
])
def test_an_exchange_or_camp_named_in_quotes_is_a_project_below_the_line(text, project):
    recs = [r for r in extract_bytes(text.encode(), "a.txt").records if r.type == "project"]
    assert [(r.name, r.confidence < 0.8) for r in recs] == [(project, True)]


@pytest.mark.parametrize("text", [
    "Udvalget drøftede i 2025 også et medlemskab af Cittaslow, men besluttede at vente.",
    "Direktøren indstiller, at udvalget anbefaler Byrådet at søge om medlemskab af Douzelage.",
])
def test_a_membership_discussed_or_to_be_applied_for_in_minutes_is_none(text):
    assert _names(text, "network") == []


@pytest.mark.parametrize(("text", "networks"), [
    ("Kommunen är medlem i Nordiska Föreningen för Vänorter och i Climate Alliance.",
     ["Climate Alliance", "Nordiska Föreningen för Vänorter"]),
    ("Kommunen er medlem af Eurocities i Bruxelles og af Energy Cities.", ["Energy Cities", "Eurocities"]),
])
def test_a_name_after_a_membership_cue_runs_on_over_particles_but_not_to_a_place(text, networks):
    assert _names(text, "network") == networks


def test_an_association_of_the_home_countrys_municipalities_is_no_membership():
    text = "Kommunen er medlem af Kommunernes Landsforening og af Climate Alliance."
    assert _names(text, "network") == ["Climate Alliance"]


def test_a_name_cut_by_a_scanned_at_sign_is_no_partner():
    text = ("Venskabsbyer: Lillehammer i Norge. I l979 blev der indgaet en aftale med Tor@havn. Besog og m@der "
            "blev holdt, og b@rn deltog i udvekslingen.")
    assert "Tor" not in _names(text, "partner")


@pytest.mark.parametrize(("text", "partners"), [
    ("Projektpartnere: Mönsterås kommun (Sverige), Rewal (Polen), Käsmu (Estland) og Kommunen selv som leadpartner.",
     ["Käsmu", "Mönsterås", "Rewal"]),
    ("The project partners are Kõpu Village Society (Estonia), Hel Marine Station (Poland) and Sölvesborg "
     "Municipality (Sweden).", ["Hel Marine Station", "Kõpu Village Society", "Sölvesborg"]),
    ("Partnerne i projektet er Hasle (Danmark), Ystad (Sverige) og Nida (Litauen).", ["Nida", "Ystad"]),
])
def test_a_labelled_list_of_partners_with_their_countries_in_brackets(text, partners):
    assert _names(text, "partner") == partners


def test_a_partner_tables_country_given_as_a_code_and_a_kick_off_venue():
    text = ("Partners\n\nSix partners from four countries take part:\n\n"
            "Partner: Baltic Reed Institute; Country: LV; Role: Pilot site\n"
            "Partner: Wetland Design BV; Country: NL; Role: Design\n"
            "Partner: Gmina Rewal; Country: PL; Role: Pilot site\n\n"
            "The partners met for the kick-off in Gdańsk in October 2024.\n")
    assert _names(text, "partner") == ["Baltic Reed Institute", "Rewal", "Wetland Design BV"]


@pytest.mark.parametrize(("text", "projects"), [
    ("# About the project\n\nReed beds once lined the bays. LIFE BALTIC REEDS brings them back in four towns.\n",
     ["LIFE BALTIC REEDS"]),
    ("The LIFE programme funds projects. We applied to LIFE NAT and to LIFE CLIMATE in 2024.", []),
])
def test_a_life_projects_name_in_capitals(text, projects):
    assert _names(text, "project", "a.md") == projects

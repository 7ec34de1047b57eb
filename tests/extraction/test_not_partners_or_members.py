"""What is not a partner (a venue, a direction, a company's seat) and not a membership (denied, considered,
ended, a forum inside a network)."""

import pytest

from udsyn.extraction import extract_bytes


def _names(text: str, type_: str) -> list[str]:
    return sorted(r.name for r in extract_bytes(text.encode(), "a.txt").records if r.type == type_)


@pytest.mark.parametrize("text", [
    "Samarbejdet begyndte på en konference om kystturisme i Bruxelles i 2022.",
    "Venskabsbyen ligger cirka 100 km sydvest for Tallinn.",
    "Samarbejdet med erhvervslivet vokser: Maskinfabrik A/S har en afdeling i Tallinn.",
    "Our twin town Hanko lies on the coast about 130 km west of Helsinki.",
])
def test_venues_directions_and_seats_are_not_partners(text):
    assert not {"Bruxelles", "Tallinn", "Helsinki"} & set(_names(text, "partner"))


def test_denied_considered_and_ended_memberships():
    text = ("Kommunen er medlem af Energy Cities. Kommunen er ikke medlem af Eurocities, og den overvejer et "
            "medlemskab af POLIS. Kommunen meldte sig ud af ICLEI i 2022. Eurocities holdt sin konference i Oslo.")
    assert _names(text, "network") == ["Energy Cities"]


def test_a_forum_inside_a_network_is_part_of_the_membership():
    text = ("Kommunen er medlem af Eurocities og deltager i Eurocities' Mobility Forum. Kommunen er også medlem "
            "af Nordisk Kystforum.")
    assert _names(text, "network") == ["Eurocities", "Nordisk Kystforum"]


def test_the_longest_name_of_a_network_is_kept():
    text = "Byrådet har tilsluttet sig Global Covenant of Mayors for Climate & Energy i 2020."
    assert _names(text, "network") == ["Global Covenant of Mayors for Climate & Energy"]


def test_coordinated_memberships_and_national_bodies():
    text = "The city is a member of the Union of the Baltic Cities (UBC) and ICLEI Europe."
    assert _names(text, "network") == ["ICLEI Europe", "Union of Baltic Cities"]
    text = ("Norrvik kommun är medlem i Energy Cities. Kommunen är också medlem i Sveriges Ekokommuner och i "
            "Klimatkommunerna, som är nationella nätverk.")
    assert _names(text, "network") == ["Energy Cities"]


def test_a_network_introduced_by_what_it_is_and_a_city_state_partner():
    text = "Medlemskaber\n\nISCA er et internationalt netværk for byer, der udvikler sportsfaciliteter."
    assert _names(text, "network") == ["ISCA"]
    text = "Biblioteket har bilaterale samarbejder med blandt andet Singapore."
    assert _names(text, "partner") == ["Singapore"]


def test_courses_and_a_departments_units_under_a_project_heading_are_not_projects():
    text = ("# Internationale projekter\n\n## Solutions Lab\n\nProjektet AI4Cities drives sammen med Solutions Lab i "
            "Teknik- og Miljøforvaltningen.\n\n## Skoleledelsesuddannelse\n\nEt forløb for skoleledere.\n")
    assert "Solutions Lab" not in _names(text, "project")
    assert "Skoleledelsesuddannelse" not in _names(text, "project")


@pytest.mark.parametrize("sentence", [
    "Udvalget anbefaler ikke et medlemskab af Eurocities.",
    "Kommunen er ikke selv medlem af CEMR, men følger arbejdet gennem KL.",
    "Byrådet har sagt nej tak til en invitation om at blive medlem af Energy Cities.",
    "Kommunen har søkt om å bli med i Eurocities; søknaden behandles til høsten.",
    "Byrådet har drøftet et medlemskab af ICLEI, men har besluttet at vente.",
    "The council declined an invitation to join Energy Cities.",
])
def test_memberships_advised_against_declined_applied_for_or_only_discussed(sentence):
    assert _names(sentence, "network") == []


def test_a_section_on_memberships_left_names_none_and_one_under_evaluation_stays():
    text = ("# Netværk\n\nKommunen er medlem af POLIS. Medlemskabet af Energy Cities evalueres i 2026.\n\n"
            "## Medlemskaber, vi har forladt\n\nKommunen meldte sig ud af ICLEI. Eurocities blev fravalgt.\n\n"
            "## Tidligere medlemskaber\n\n- Eurotowns\n")
    assert _names(text, "network") == ["Energy Cities", "POLIS"]


def test_a_membership_with_a_movement_word_and_an_adjective_before_the_name():
    text = "Kommunen er desuden med i den internationale Cittaslow-bevægelse."
    assert _names(text, "network") == ["Cittaslow"]


def test_the_own_town_its_council_and_its_local_associations_are_neither_partners_nor_networks():
    text = ("Westbury is a small town in Wiltshire. Westbury has two twin towns, Bad Sooden-Allendorf in Germany "
            "and Lannion in France. The Town Council pays for the civic visits, and the Westbury Twinning "
            "Association arranges the exchanges. Membership of the Westbury Twinning Association costs £10.")
    result = extract_bytes(text.encode(), "a.txt")
    assert sorted(r.name for r in result.records if r.type == "partner") == ["Bad Sooden-Allendorf", "Lannion"]
    assert [r.name for r in result.records if r.type == "network"] == []
    text = "Vänorter\n\nLövsta kommun har tre vänorter. Lövsta är vänort med Skagen sedan 1952."
    assert _names(text, "partner") == ["Skagen"]

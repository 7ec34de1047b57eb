"""Round 6 (issue 8): general classes of counts, each with a short text of our own: Nynorsk plurals, people named by
what they do (løbere, sejlere), an ordinal between a number and its noun, the same count for an earlier year in
brackets, a share of an amount ("hvoraf 350.000 kr.", "varav 75 procent") and a goal's figures are no counts."""

import pytest

from udsyn.extraction import extract_bytes
from udsyn.extraction.counts import find_counts


def _counts(text: str) -> list[int]:
    return sorted(r.value for r in extract_bytes(text.encode(), "a.txt").records if r.type == "count")


def test_nynorsk_plurals_are_counted():
    text = ("Vennskapskommunar: kommunen har tre vennskapskommunar i Sverige og Estland. I 2024 tok kommunen imot to "
            "delegasjonar. Ungdomsskulen hadde utveksling med ein skule i vennskapsbyen der 27 elevar og 4 lærarar "
            "deltok.")
    assert _counts(text) == [2, 3, 4, 27]


def test_people_named_by_their_sport_are_counted():
    text = "Vores venskabsby ligger i Estland. I februar var ni langrendsløbere fra skiklubben på lejr i venskabsbyen."
    assert _counts(text) == [9]


def test_an_ordinal_between_number_and_noun():
    assert [(c.value, c.noun) for c in find_counts("To 8. klasser var på lejrskole i venskabsbyen.")] == [
        (2, "klasser")]


def test_the_same_count_for_an_earlier_year_in_brackets():
    found = [(c.value, c.noun) for c in find_counts("27 delegations (2023: 19) from abroad visited us in 2024.")]
    assert (19, "delegations") in found and (27, "delegations") in found


@pytest.mark.parametrize("text", [
    "Det samlade budgeten för EU-projektet är 2,6 miljoner euro, varav 75 procent kommer från fonden.",
    "Egenfinansieringen af Interreg-projektet er ca. 1,23 mio. kr., hvoraf 350.000 kr. er kontante udgifter.",
    "Interreg-prosjektet har et budsjett på NOK 1,6 mill., hvorav 60 prosent dekkes av programmet.",
])
def test_a_share_of_an_amount_is_no_count(text):
    assert _counts(text) == []


def test_a_part_of_a_count_still_counts():
    assert _counts("Kommunen har fem vänorter, varav fyra i Norden.") == [4, 5]


@pytest.mark.parametrize("text", [
    "Our international work grew in 2025. Goals for 2026: four EU projects and 20 students abroad.",
    "Internationalt arbejde: Målet for 2028 er 8 EU-projekter.",
    "International strategy. The target is 12 partners in the Baltic Sea region.",
])
def test_a_goals_figures_are_targets_not_counts(text):
    assert _counts(text) == []


def test_a_stated_count_beside_a_goal_still_counts():
    assert _counts("Internationalt arbejde: Målet for 2028 er 8 EU-projekter. I 2025 deltog vi i 4 EU-projekter.") \
        == [4]


def test_a_count_in_brackets_after_a_count_restates_the_group():
    assert _counts("To 8. klasser (47 elever) var på lejrskole i venskabsbyen.") == [2, 47]


def test_a_detail_in_brackets_after_a_name_stays_below_the_filter():
    assert _counts("Internationalt arbejde: Advisory Board møder (8 møder afholdt).") == []


def test_a_rate_is_kept_below_the_bulk_accept_line():
    recs = [r for r in extract_bytes("Vänort: Nysted; Land: Danmark; Kommentar: Skolutbyte, 4 klasser per år\n"
                                     "Vänort: Cervia; Land: Italien; Kommentar: Kulturutbyte\n".encode(),
                                     "a.txt").records if r.type == "count"]
    assert [(r.value, r.confidence < 0.8) for r in recs] == [(4, True)]


def test_swedish_leaders_are_counted():
    assert _counts("I augusti besökte 32 ungdomar och sex ledare från vänorten kommunen.") == [6, 32]

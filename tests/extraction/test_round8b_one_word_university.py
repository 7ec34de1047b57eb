"""Round 8b: a university named in one word after its town ("X-universitetet", "Xuniversitetet") is an institution
abroad placed in that town's country (or the country named after it), a partner of its own, never the town; a
university at home is none. Texts of our own."""

import pytest

from udsyn.extraction import extract_bytes


def _partners(text: str) -> dict[str, tuple]:
    return {r.name: (r.fields.get("country"), bool(r.fields.get("institution")))
            for r in extract_bytes(text.encode(), "a.txt").records if r.type == "partner"}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Kommunen samarbejder med Savonlinna-universitetet i Finland om forskning.", "Savonlinna-universitetet", "FI"),
    ("Kommunen har indgået en samarbejdsaftale med Vaasauniversitetet.", "Vaasauniversitetet", "FI"),
    ("Kommunen har en samarbejdsaftale med Porvoo-universitetet.", "Porvoo-universitetet", "FI"),
    ("Kommunen samarbejder med Universität Lemgo om klimatilpasning.", "Universität Lemgo", "DE"),
])
def test_a_one_word_university_abroad_is_a_partner(text, name, country):
    assert _partners(text) == {name: (country, True)}


def test_a_university_at_home_is_no_partner():
    assert _partners("Kommunen samarbejder med Nørreskov-universitetet om forskning.") == {}


def test_a_university_named_after_a_person_is_no_town_abroad():
    # The founder's name is another city's alias in the index; the university is at home.
    assert _partners("Kommunen samarbetar med Franklinuniversitetet om forskning.") == {}

"""Round 8b: a municipality the place index does not know, named with its municipality word as the last item of a
list of towns abroad ("Hamar, Gjøvik og Nord-Fron kommune"), is a partner in the country of the towns listed with it
when they all lie in one country that writes that word (kommune: Norway or Denmark; kommun: Sweden); after towns
of a country that writes another word it is none. Texts of our own."""

import pytest

from udsyn.extraction import extract_bytes


def _partners(text: str) -> dict[str, str]:
    return {r.name: r.fields.get("country") for r in extract_bytes(text.encode(), "a.txt").records
            if r.type == "partner"}


@pytest.mark.parametrize(("text", "last"), [
    ("Kommunen har venskabssamarbejde med Hamar, Gjøvik og Nord-Fron kommune.", "Nord-Fron"),
    ("Kommunen samarbejder med Hamar, Gjøvik og Nordre Land kommune om turisme.", "Nordre Land"),
])
def test_the_last_municipality_of_a_list_abroad_is_a_partner(text, last):
    assert _partners(text) == {"Hamar": "NO", "Gjøvik": "NO", last: "NO"}


def test_a_municipality_after_towns_of_a_country_writing_another_word_is_none():
    found = _partners("Kommunen samarbejder med Porvoo, Savonlinna og Nordre Land kommune om turisme.")
    assert "Nordre Land" not in found

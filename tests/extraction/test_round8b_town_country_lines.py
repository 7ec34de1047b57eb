"""Round 8b: a twin-town list copied from a web page as town/country lines separated by blank lines ("Town\\nCountry
\\n\\nTown\\nCountry") names each town as a partner, a small town included: the country line after it is its
country, not the rest of a longer name. Texts of our own."""

import pytest

from udsyn.extraction import extract_bytes


def _partners(text: str) -> dict[str, str]:
    return {r.name: r.fields.get("country") for r in extract_bytes(text.encode(), "a.txt").records
            if r.type == "partner"}


@pytest.mark.parametrize("text", [
    "Venskabsbyer\n\nHamar\nNorge\n\nPorvoo\nFinland\n\nWernigerode\nTyskland\n",
    "Vänorter\n\nWernigerode\nTyskland\n\nHamar\nNorge\n\nPorvoo\nFinland\n\nKontakta oss\n",
    "Venskabsbyer\n\nLemgo\nTyskland\n\nSavonlinna\nFinland\n\nFerrol\nSpanien\n",
])
def test_each_town_of_town_country_lines_is_a_partner(text):
    found = _partners(text)
    expected = {"Hamar": "NO", "Porvoo": "FI", "Wernigerode": "DE"} if "Hamar" in text else {
        "Lemgo": "DE", "Savonlinna": "FI", "Ferrol": "ES"}
    assert found == expected


def test_a_word_of_a_longer_name_is_still_no_town():
    text = "Venskabsbyer\n\nKommunen samarbejder med Lemgo Grand Hotel om turisme.\n"
    assert "Lemgo" not in _partners(text)


@pytest.mark.parametrize("text", [
    "Venskabsbyer\n\nKommunen har venskabsbyer i flere lande.\n\nLemgo\nTyskland\n\nSavonlinna\nFinland\n\n"
    "Ferrol\nSpanien\n",
    "Vänorter\n\nKommunen har tre vänorter.\n\nLemgo\nTyskland\n\nSavonlinna\nFinland\n\nFerrol\nSpanien\n",
])
def test_a_town_over_its_country_line_is_no_heading(text):
    # Under a paragraph, "Town" over "Country" looked like a run-in heading over a short paragraph.
    assert _partners(text) == {"Lemgo": "DE", "Savonlinna": "FI", "Ferrol": "ES"}

"""Leaving a network told in the present or future ('Samtidigt lämnar kommunen nätverket X', 'medlemskabet
ophører', 'membership ends at the turn of the year') is no membership; a news headline under a network section
('Skolen får EU-støtte') is a clause, no network's name."""

from __future__ import annotations

import pytest

from tests.extraction.found import names


@pytest.mark.parametrize("text", [
    "Samtidigt lämnar kommunen nätverket Coastal Heritage Network.",
    "Kommunen forlader netværket Coastal Heritage Network ved årsskiftet.",
    "Medlemskabet af Coastal Heritage Network ophører den 31. december.",
    "Kommunen forlater nettverket Coastal Heritage Network neste år.",
    "The municipality leaves the Coastal Heritage Network at the end of the year.",
])
def test_leaving_in_the_present_is_no_membership(text):
    assert names(text, "network") == []


def test_joining_stays():
    assert names("Kommunen blir medlem i nätverket Coastal Heritage Network från den 1 juli.", "network") == [
        "Coastal Heritage Network"]


@pytest.mark.parametrize("headline", ["Skolen får EU-støtte", "Jugendhuset får EU-stöd", "Harbour school wins EU grant",
                                      "Ungdomsrådet går ud af netværket"])
def test_a_headline_under_a_network_section_is_no_network(headline):
    text = (f"# Netværk og medlemskaber\n\nKommunen er medlem af netværket Coastal Heritage Network.\n\n"
            f"## {headline}\n\nSkolen har fået 200.000 kr. til et projekt om klima.\n")
    assert names(text, "network", "a.md") == ["Coastal Heritage Network"]

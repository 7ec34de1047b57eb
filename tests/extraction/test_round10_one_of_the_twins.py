"""A sentence that points back at one of the twin towns the sentence before counted ('Kommunen har to
venskabsbyer. Den anden, Pirna i Tyskland, fejrer 30 år med os') names a partner without a cue of its own."""

from __future__ import annotations

import pytest

from tests.extraction.found import names


@pytest.mark.parametrize("text,town", [
    ("Kommunen har to venskabsbyer. Den anden, Pirna i Tyskland, fejrer 30 år med kommunen næste år.", "Pirna"),
    ("Kommunen har två vänorter. Den äldsta är Gniezno i Polen, och skolorna har träffats sedan 1990.", "Gniezno"),
    ("Kommunen har tre vennskapsbyer. Den eldste er Alytus i Litauen, som korpset besøkte i fjor.", "Alytus"),
    ("The town has two twin towns. The other, Oschatz in Germany, will host the choir festival next summer.",
     "Oschatz"),
])
def test_one_of_the_counted_twins(text, town):
    assert town in names(text, "partner")


def test_without_twin_towns_before_no_partner():
    text = "Kommunen har to biblioteker. Den anden, i Pirna i Tyskland, er en gave fra en forening."
    assert names(text, "partner") == []

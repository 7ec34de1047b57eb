"""Nynorsk cue words: 'partnarane er ...', 'saman med', and Nynorsk country names ('på Færøyane', 'i Noreg') place
partner towns as the Bokmål words do."""

from __future__ import annotations

import pytest

from tests.extraction.found import names
from udsyn.extraction.gazetteer import resolve_country

TEXTS = [
    ("Kulturskulen leier prosjektet, og partnarane er musikkskular i Gniezno i Polen og Pirna i Tyskland.",
     ["Gniezno", "Pirna"]),
    ("Biblioteket har to partnarar i prosjektet: bibliotek i Alytus i Litauen og Rēzekne i Latvia.",
     ["Alytus", "Rēzekne"]),
    ("Ungdomsrådet skal i haust arbeide saman med ungdomsråda i Chojnice i Polen og Bautzen i Tyskland.",
     ["Bautzen", "Chojnice"]),
    ("Skulen er samarbeidspartnar for ein barneskule i Miðvágur på Færøyane.", ["Miðvágur"]),
]


@pytest.mark.parametrize("text,towns", TEXTS)
def test_nynorsk_partner_cues(text, towns):
    assert names(text, "partner") == towns


@pytest.mark.parametrize("word,code", [("Færøyane", "FO"), ("Noreg", "NO"), ("Færøyene", "FO"), ("Latvia", "LV")])
def test_nynorsk_country_names(word, code):
    assert resolve_country(word) == code
